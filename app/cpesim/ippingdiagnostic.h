#pragma once

#include "diagnosticicmpprobe.h"
#include "diagnostictest.h"

#include <QList>
#include <QTimer>

namespace cpesim {

// IPPing (TR-181 Device.IP.Diagnostics.IPPing., TR-098 IPPingDiagnostics.): NumberOfRepetitions
// ICMP echo requests of DataBlockSize bytes to Host, each waited for Timeout ms.
class IpPingDiagnostic : public DiagnosticTest
{
    Q_OBJECT

public:
    static constexpr int kIntervalMs = 100; // between replies and the next request
    static constexpr quint32 kDefaultTimeoutMs = 1000;

    using DiagnosticTest::DiagnosticTest;
    void start() override;

private:
    void sendNext();
    void onReply(const IcmpReply &reply);
    void report();

    DiagnosticIcmpProbe *m_probe = nullptr;
    QHostAddress m_target;
    quint32 m_repetitions = 1;
    QList<qint64> m_rttUs;
    quint32 m_sent = 0;
    quint32 m_failed = 0;
    bool m_unreachable = false;
};

} // namespace cpesim
