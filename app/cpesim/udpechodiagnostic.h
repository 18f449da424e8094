#pragma once

#include "diagnostictest.h"

#include <QHash>
#include <QList>
#include <QTimer>

class QUdpSocket;

namespace cpesim {

// UDPEchoDiagnostics (TR-181 Device.IP.Diagnostics.UDPEchoDiagnostics., TR-143 A.1.4):
// NumberOfRepetitions datagrams of DataBlockSize bytes to Host:Port, InterTransmissionTime
// apart, each waited for Timeout ms. Every datagram starts with the UDP Echo Plus fields
// (TestGenSN, TestRespSN, TestRespRcvTimeStamp, TestRespReplyTimeStamp,
// TestRespReplyFailureCount, 4 bytes each, network order); a plain echo server returns
// them as sent (zeros), an Echo Plus server fills them in.
class UdpEchoDiagnostic : public DiagnosticTest
{
    Q_OBJECT

public:
    static constexpr int kEchoPlusHeaderBytes = 20;
    static constexpr quint32 kDefaultTimeoutMs = 1000;

    using DiagnosticTest::DiagnosticTest;
    void start() override;

private:
    struct Packet {
        quint32 sn = 0;
        qint64 sentUs = 0;
        qint64 receivedUs = 0; // 0: no reply (yet)
        quint32 respSn = 0;
        quint32 respRcvTimeStamp = 0;
        quint32 respReplyTimeStamp = 0;
        quint32 respReplyFailureCount = 0;
        bool timedOut = false;
    };

    void sendNext();
    void onReadable();
    void accept(quint32 sn, qint64 receivedUs, const QByteArray &datagram);
    void checkDone();
    void report();

    QUdpSocket *m_socket = nullptr;
    QHostAddress m_target;
    quint16 m_port = 7;
    quint32 m_repetitions = 1;
    quint32 m_timeoutMs = kDefaultTimeoutMs;
    QList<Packet> m_packets;
    QHash<quint32, int> m_bySn;
    QTimer m_sendTimer;
    quint32 m_firstSn = 1;
};

} // namespace cpesim
