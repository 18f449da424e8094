#include "retrypolicy.h"

#include <algorithm>
#include <cmath>

namespace cpesim {

RetryPolicy::RetryPolicy(quint32 minimumWaitSeconds, quint32 multiplier)
    // The data model bounds both (1..65535, 1000..65535); a value outside them comes from a
    // hand-edited profile and is clamped rather than trusted.
    : m_minimumSeconds(std::clamp<quint32>(minimumWaitSeconds, 1, 65535))
    , m_factor(std::clamp<quint32>(multiplier, 1000, 65535) / 1000.0)
{
}

qint64 RetryPolicy::minimumWaitMs(quint32 retry) const
{
    const int n = std::clamp<int>(int(std::min<quint32>(retry, kMaxExponent)), 1, kMaxExponent);
    return qint64(m_minimumSeconds * std::pow(m_factor, n - 1) * 1000.0);
}

qint64 RetryPolicy::maximumWaitMs(quint32 retry) const
{
    const int n = std::clamp<int>(int(std::min<quint32>(retry, kMaxExponent)), 1, kMaxExponent);
    return qint64(m_minimumSeconds * std::pow(m_factor, n) * 1000.0);
}

qint64 RetryPolicy::waitMs(quint32 retry, double random01) const
{
    const qint64 low = minimumWaitMs(retry);
    const qint64 high = maximumWaitMs(retry);
    return low + qint64(double(high - low) * std::clamp(random01, 0.0, 1.0));
}

} // namespace cpesim
