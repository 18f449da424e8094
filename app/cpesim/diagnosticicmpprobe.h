#pragma once

#include "diagnosticwanprofile.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QTimer>

class QSocketNotifier;
class QTcpSocket;

namespace cpesim {

// What became of one probe.
struct IcmpReply {
    enum Kind { EchoReply, TimeExceeded, Unreachable, Timeout, Failed };
    Kind kind = Failed;
    qint64 rttUs = 0;       // send to receive, kernel timestamps where available
    QHostAddress from;      // who answered (the destination, or a router on the way)
    int icmpType = -1;
    int icmpCode = -1;
    QString error;          // for Failed
};

// One ICMP echo request at a time, for IPPing, TraceRoute and ServerSelection. It uses an
// unprivileged ICMP datagram socket (socket(AF_INET, SOCK_DGRAM, IPPROTO_ICMP), allowed by
// net.ipv4.ping_group_range), else a raw socket (root or CAP_NET_RAW), else — clearly
// labelled as emulation — the time a TCP connection attempt to port 7 takes to be accepted
// or refused, which is one network round trip too. Time-exceeded answers (traceroute) come
// from the raw socket, or through IP_RECVERR on the datagram socket.
class DiagnosticIcmpProbe : public QObject
{
    Q_OBJECT

public:
    enum class Mode { Datagram, Raw, TcpConnect };

    explicit DiagnosticIcmpProbe(const DiagnosticWanProfile &wan, QObject *parent = nullptr);
    ~DiagnosticIcmpProbe() override;

    // The mode this process gets for that address family; CWMP_SIM_ICMP_MODE
    // (datagram|raw|tcp) forces one, for tests.
    static Mode availableMode(QAbstractSocket::NetworkLayerProtocol protocol);
    static QString modeName(Mode mode);
    Mode mode() const { return m_mode; }

    // ttl 0: the system default. finished() follows exactly once, never from inside send().
    void send(const QHostAddress &target, int ttl, int payloadBytes, int dscp, int timeoutMs);
    void cancel();
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void finished(const cpesim::IcmpReply &reply);

private:
    bool openSocket(QAbstractSocket::NetworkLayerProtocol protocol, QString *why);
    void closeSocket();
    void onReadable();
    void drainErrorQueue();
    void sendTcp(const QHostAddress &target, int timeoutMs);
    void deliver(IcmpReply reply);
    void finishNow(const IcmpReply &reply);

    const DiagnosticWanProfile &m_wan;
    Mode m_mode = Mode::Datagram;
    int m_fd = -1;
    QAbstractSocket::NetworkLayerProtocol m_family = QAbstractSocket::UnknownNetworkLayerProtocol;
    QSocketNotifier *m_notifier = nullptr;
    QTcpSocket *m_tcp = nullptr;
    QElapsedTimer m_tcpClock;
    QTimer m_timeout;
    QTimer m_errorPoll;
    QTimer m_delay;
    QHostAddress m_target;
    quint16 m_id = 0;
    quint16 m_sequence = 0;
    qint64 m_sentUs = 0;
    int m_timeoutMs = 0;
    bool m_busy = false;
    bool m_answered = false;
    IcmpReply m_pending;
};

} // namespace cpesim
