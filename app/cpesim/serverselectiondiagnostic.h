#pragma once

#include "diagnosticicmpprobe.h"
#include "diagnostictest.h"

#include <QList>

class QUdpSocket;

namespace cpesim {

// ServerSelectionDiagnostics (TR-181 Device.IP.Diagnostics.ServerSelectionDiagnostics.): every
// host of HostList is probed NumberOfRepetitions times — ICMP echo, or with Protocol
// "UDP Echo" a datagram to the host's port (HostList items may say host:port; 7 otherwise);
// FastestHost is the one with the best average, whose min/avg/max are reported in µs.
class ServerSelectionDiagnostic : public DiagnosticTest
{
    Q_OBJECT

public:
    static constexpr quint32 kDefaultTimeoutMs = 1000;
    static constexpr quint16 kDefaultEchoPort = 7;

    using DiagnosticTest::DiagnosticTest;
    void start() override;

private:
    struct Candidate {
        QString name; // as listed
        QString host;
        quint16 port = kDefaultEchoPort;
        QHostAddress address;
        QList<qint64> rttUs;
    };

    void resolveNext();
    void probeNext();
    void onAnswer(bool ok, qint64 rttUs);
    void sendUdp();
    void report();

    QList<Candidate> m_candidates;
    int m_current = 0;
    quint32 m_tries = 0;
    quint32 m_repetitions = 1;
    bool m_udp = false;
    DiagnosticIcmpProbe *m_probe = nullptr;
    QUdpSocket *m_socket = nullptr;
    QTimer m_udpTimeout;
    qint64 m_udpSentUs = 0;
    quint32 m_udpSn = 0;
};

} // namespace cpesim
