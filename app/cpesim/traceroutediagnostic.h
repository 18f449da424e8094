#pragma once

#include "diagnosticicmpprobe.h"
#include "diagnostictest.h"

#include <QList>

namespace cpesim {

// TraceRoute (TR-181 Device.IP.Diagnostics.TraceRoute., TR-098 TraceRouteDiagnostics.):
// ICMP echo requests with TTL 1, 2, … up to MaxHopCount, NumberOfTries per hop; each router
// on the way answers "time exceeded", the destination answers the echo. One RouteHops row
// per hop with the last address seen, the ICMP code and one RTT per try (0: no answer).
// TR-098 names the row parameters HopHost, HopHostAddress, HopErrorCode, HopRTTimes.
class TraceRouteDiagnostic : public DiagnosticTest
{
    Q_OBJECT

public:
    static constexpr quint32 kDefaultTimeoutMs = 5000;
    static constexpr quint32 kDefaultMaxHops = 30;
    static constexpr int kReverseLookupMs = 1500; // hop names are best effort

    using DiagnosticTest::DiagnosticTest;
    void start() override;

private:
    struct Hop {
        QHostAddress address;
        QString name;
        int errorCode = 0;
        QList<qint64> rttUs; // one per try, -1: no answer
    };

    void probe();
    void onReply(const IcmpReply &reply);
    void nameHopsAndReport();
    void report();

    DiagnosticIcmpProbe *m_probe = nullptr;
    QHostAddress m_target;
    quint32 m_tries = 3;
    quint32 m_maxHops = kDefaultMaxHops;
    QList<Hop> m_hops;
    bool m_reached = false;
    int m_lookupsPending = 0;
    bool m_reported = false;
};

} // namespace cpesim
