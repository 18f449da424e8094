#pragma once

#include <QtGlobal>

namespace cpesim {

// Session retry back-off of TR-069 §3.2.1.1 (cwmp-facts §4.4): before retry n the CPE waits a
// random time in [m·k^(n-1), m·k^n] seconds, m = CWMPRetryMinimumWaitInterval,
// k = CWMPRetryIntervalMultiplier / 1000, n capped at 10.
class RetryPolicy
{
public:
    static constexpr quint32 kDefaultMinimumWaitSeconds = 5;
    static constexpr quint32 kDefaultMultiplier = 2000;
    static constexpr int kMaxExponent = 10;

    RetryPolicy(quint32 minimumWaitSeconds, quint32 multiplier);

    // Lower and upper bound of the wait before retry `retry` (1, 2, …), in milliseconds.
    qint64 minimumWaitMs(quint32 retry) const;
    qint64 maximumWaitMs(quint32 retry) const;
    // A random wait within the bounds; `random01` in [0, 1).
    qint64 waitMs(quint32 retry, double random01) const;

private:
    double m_minimumSeconds;
    double m_factor;
};

} // namespace cpesim
