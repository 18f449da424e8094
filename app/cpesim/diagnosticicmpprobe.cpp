#include "diagnosticicmpprobe.h"

#include <QRandomGenerator>
#include <QSocketNotifier>
#include <QTcpSocket>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <ctime>
#include <linux/errqueue.h>
#include <netinet/icmp6.h>
#include <netinet/in.h>
#include <netinet/ip.h>
#include <netinet/ip_icmp.h>
#include <sys/socket.h>
#include <unistd.h>

namespace cpesim {

namespace {

constexpr int kErrorPollMs = 5;
constexpr quint16 kEchoPort = 7; // RFC 862, the target of the TCP-connect emulation

qint64 realtimeUs()
{
    timespec ts{};
    clock_gettime(CLOCK_REALTIME, &ts);
    return qint64(ts.tv_sec) * 1'000'000 + ts.tv_nsec / 1000;
}

quint16 checksum(const unsigned char *data, size_t size)
{
    // RFC 792 / RFC 1071 Internet checksum.
    quint32 sum = 0;
    for (size_t i = 0; i + 1 < size; i += 2)
        sum += quint32(data[i] << 8 | data[i + 1]);
    if (size % 2)
        sum += quint32(data[size - 1] << 8);
    while (sum >> 16)
        sum = (sum & 0xffff) + (sum >> 16);
    return quint16(~sum);
}

quint16 read16(const unsigned char *p)
{
    return quint16(p[0] << 8 | p[1]);
}

QHostAddress addressOf(const sockaddr_storage &storage)
{
    QHostAddress a;
    a.setAddress(reinterpret_cast<const sockaddr *>(&storage));
    return a;
}

// SCM_TIMESTAMPNS of a received message, or now.
qint64 receiveTimeUs(msghdr &message)
{
    for (cmsghdr *c = CMSG_FIRSTHDR(&message); c; c = CMSG_NXTHDR(&message, c)) {
        if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_TIMESTAMPNS) {
            timespec ts{};
            std::memcpy(&ts, CMSG_DATA(c), sizeof ts);
            return qint64(ts.tv_sec) * 1'000'000 + ts.tv_nsec / 1000;
        }
    }
    return realtimeUs();
}

int openIcmp(int family, int type)
{
    const int protocol = family == AF_INET ? int(IPPROTO_ICMP) : int(IPPROTO_ICMPV6);
    return ::socket(family, type | SOCK_NONBLOCK | SOCK_CLOEXEC, protocol);
}

} // namespace

DiagnosticIcmpProbe::DiagnosticIcmpProbe(const DiagnosticWanProfile &wan, QObject *parent)
    : QObject(parent), m_wan(wan)
{
    m_timeout.setSingleShot(true);
    m_delay.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        IcmpReply r;
        r.kind = IcmpReply::Timeout;
        finishNow(r);
    });
    connect(&m_errorPoll, &QTimer::timeout, this, &DiagnosticIcmpProbe::drainErrorQueue);
    connect(&m_delay, &QTimer::timeout, this, [this] { finishNow(m_pending); });
    m_id = quint16(QRandomGenerator::global()->bounded(1, 0xffff));
    m_sequence = quint16(QRandomGenerator::global()->bounded(0, 0x7fff));
}

DiagnosticIcmpProbe::~DiagnosticIcmpProbe()
{
    closeSocket();
}

QString DiagnosticIcmpProbe::modeName(Mode mode)
{
    switch (mode) {
    case Mode::Datagram:
        return QStringLiteral("ICMP datagram socket");
    case Mode::Raw:
        return QStringLiteral("raw ICMP socket");
    case Mode::TcpConnect:
        return QStringLiteral("EMULATED ping: TCP connect time to port 7 (no ICMP socket allowed)");
    }
    return {};
}

DiagnosticIcmpProbe::Mode DiagnosticIcmpProbe::availableMode(QAbstractSocket::NetworkLayerProtocol protocol)
{
    const QByteArray forced = qgetenv("CWMP_SIM_ICMP_MODE");
    if (forced == "tcp")
        return Mode::TcpConnect;
    const int family = protocol == QAbstractSocket::IPv6Protocol ? AF_INET6 : AF_INET;
    if (forced != "raw") {
        const int fd = openIcmp(family, SOCK_DGRAM);
        if (fd >= 0) {
            ::close(fd);
            return Mode::Datagram;
        }
        if (forced == "datagram")
            return Mode::TcpConnect;
    }
    const int fd = openIcmp(family, SOCK_RAW);
    if (fd >= 0) {
        ::close(fd);
        return Mode::Raw;
    }
    return Mode::TcpConnect;
}

bool DiagnosticIcmpProbe::openSocket(QAbstractSocket::NetworkLayerProtocol protocol, QString *why)
{
    if (m_fd >= 0 && m_family == protocol)
        return true;
    closeSocket();
    m_family = protocol;
    m_mode = availableMode(protocol);
    if (m_mode == Mode::TcpConnect)
        return true;
    const int family = protocol == QAbstractSocket::IPv6Protocol ? AF_INET6 : AF_INET;
    m_fd = openIcmp(family, m_mode == Mode::Datagram ? SOCK_DGRAM : SOCK_RAW);
    if (m_fd < 0) {
        *why = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    const int on = 1;
    setsockopt(m_fd, SOL_SOCKET, SO_TIMESTAMPNS, &on, sizeof on);
    if (m_mode == Mode::Datagram) {
        // Time-exceeded and unreachable answers arrive on the error queue.
        if (family == AF_INET)
            setsockopt(m_fd, IPPROTO_IP, IP_RECVERR, &on, sizeof on);
        else
            setsockopt(m_fd, IPPROTO_IPV6, IPV6_RECVERR, &on, sizeof on);
    } else if (family == AF_INET6) {
        icmp6_filter filter;
        ICMP6_FILTER_SETBLOCKALL(&filter);
        ICMP6_FILTER_SETPASS(ICMP6_ECHO_REPLY, &filter);
        ICMP6_FILTER_SETPASS(ICMP6_TIME_EXCEEDED, &filter);
        ICMP6_FILTER_SETPASS(ICMP6_DST_UNREACH, &filter);
        setsockopt(m_fd, IPPROTO_ICMPV6, ICMP6_FILTER, &filter, sizeof filter);
    }
    m_notifier = new QSocketNotifier(m_fd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &DiagnosticIcmpProbe::onReadable);
    return true;
}

void DiagnosticIcmpProbe::closeSocket()
{
    delete m_notifier;
    m_notifier = nullptr;
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
    if (m_tcp) {
        m_tcp->disconnect(this);
        m_tcp->abort();
        m_tcp->deleteLater();
        m_tcp = nullptr;
    }
}

void DiagnosticIcmpProbe::send(const QHostAddress &target, int ttl, int payloadBytes, int dscp, int timeoutMs)
{
    m_busy = true;
    m_answered = false;
    m_target = target;
    m_timeoutMs = std::max(1, timeoutMs);
    QString why;
    const auto protocol = target.protocol() == QAbstractSocket::IPv6Protocol ? QAbstractSocket::IPv6Protocol
                                                                              : QAbstractSocket::IPv4Protocol;
    if (!openSocket(protocol, &why)) {
        IcmpReply r;
        r.error = why;
        QMetaObject::invokeMethod(this, [this, r] { finishNow(r); }, Qt::QueuedConnection);
        return;
    }
    if (m_mode == Mode::TcpConnect) {
        sendTcp(target, m_timeoutMs);
        return;
    }
    const bool v6 = protocol == QAbstractSocket::IPv6Protocol;
    if (ttl > 0) {
        if (v6)
            setsockopt(m_fd, IPPROTO_IPV6, IPV6_UNICAST_HOPS, &ttl, sizeof ttl);
        else
            setsockopt(m_fd, IPPROTO_IP, IP_TTL, &ttl, sizeof ttl);
    }
    const int tos = (dscp & 0x3f) << 2; // DSCP is the upper six bits of TOS / traffic class
    if (v6)
        setsockopt(m_fd, IPPROTO_IPV6, IPV6_TCLASS, &tos, sizeof tos);
    else
        setsockopt(m_fd, IPPROTO_IP, IP_TOS, &tos, sizeof tos);

    ++m_sequence;
    QByteArray packet(8 + std::clamp(payloadBytes, 0, 65'000), '\0');
    auto *p = reinterpret_cast<unsigned char *>(packet.data());
    p[0] = v6 ? ICMP6_ECHO_REQUEST : ICMP_ECHO;
    p[4] = quint8(m_id >> 8);
    p[5] = quint8(m_id);
    p[6] = quint8(m_sequence >> 8);
    p[7] = quint8(m_sequence);
    for (qsizetype i = 8; i < packet.size(); ++i)
        p[i] = quint8(i);
    if (!v6) {
        const quint16 sum = checksum(p, size_t(packet.size()));
        p[2] = quint8(sum >> 8);
        p[3] = quint8(sum);
    }
    sockaddr_storage to{};
    socklen_t toLength = 0;
    if (v6) {
        auto *s = reinterpret_cast<sockaddr_in6 *>(&to);
        s->sin6_family = AF_INET6;
        const Q_IPV6ADDR a = target.toIPv6Address();
        std::memcpy(&s->sin6_addr, &a, 16);
        toLength = sizeof(sockaddr_in6);
    } else {
        auto *s = reinterpret_cast<sockaddr_in *>(&to);
        s->sin_family = AF_INET;
        s->sin_addr.s_addr = htonl(target.toIPv4Address());
        toLength = sizeof(sockaddr_in);
    }
    m_sentUs = realtimeUs();
    if (::sendto(m_fd, packet.constData(), size_t(packet.size()), 0, reinterpret_cast<sockaddr *>(&to), toLength) < 0) {
        const int error = errno;
        IcmpReply r;
        if (error == EHOSTUNREACH || error == ENETUNREACH) {
            r.kind = IcmpReply::Unreachable;
            r.error = QString::fromLocal8Bit(std::strerror(error));
        } else {
            r.error = QString::fromLocal8Bit(std::strerror(error));
        }
        QMetaObject::invokeMethod(this, [this, r] { finishNow(r); }, Qt::QueuedConnection);
        return;
    }
    m_timeout.start(m_timeoutMs);
    if (m_mode == Mode::Datagram)
        m_errorPoll.start(kErrorPollMs);
}

void DiagnosticIcmpProbe::onReadable()
{
    if (m_fd < 0)
        return;
    const bool v6 = m_family == QAbstractSocket::IPv6Protocol;
    for (;;) {
        unsigned char buffer[2048];
        char control[256];
        sockaddr_storage from{};
        iovec io{buffer, sizeof buffer};
        msghdr message{};
        message.msg_name = &from;
        message.msg_namelen = sizeof from;
        message.msg_iov = &io;
        message.msg_iovlen = 1;
        message.msg_control = control;
        message.msg_controllen = sizeof control;
        const ssize_t n = ::recvmsg(m_fd, &message, 0);
        if (n < 0) {
            if (errno == EAGAIN || errno == EWOULDBLOCK) {
                drainErrorQueue();
                return;
            }
            drainErrorQueue();
            return;
        }
        if (!m_busy || m_answered)
            continue;
        const unsigned char *icmp = buffer;
        size_t size = size_t(n);
        if (m_mode == Mode::Raw && !v6) {
            const size_t ihl = size_t(buffer[0] & 0x0f) * 4;
            if (size < ihl + 8)
                continue;
            icmp += ihl;
            size -= ihl;
        }
        if (size < 8)
            continue;
        const int type = icmp[0];
        const int code = icmp[1];
        const quint16 id = read16(icmp + 4);
        const quint16 seq = read16(icmp + 6);
        const qint64 at = receiveTimeUs(message);
        const bool isReply = v6 ? type == ICMP6_ECHO_REPLY : type == ICMP_ECHOREPLY;
        IcmpReply r;
        r.from = addressOf(from);
        r.icmpType = type;
        r.icmpCode = code;
        r.rttUs = std::max<qint64>(0, at - m_sentUs);
        if (isReply) {
            // The kernel sets the id of a datagram socket's requests itself.
            if (seq != m_sequence || (m_mode == Mode::Raw && id != m_id))
                continue;
            r.kind = IcmpReply::EchoReply;
            deliver(r);
            return;
        }
        if (m_mode != Mode::Raw)
            continue;
        const bool exceeded = v6 ? type == ICMP6_TIME_EXCEEDED : type == ICMP_TIME_EXCEEDED;
        const bool unreachable = v6 ? type == ICMP6_DST_UNREACH : type == ICMP_DEST_UNREACH;
        if (!exceeded && !unreachable)
            continue;
        // The error quotes our request: its IP header, then the first 8 bytes of our ICMP.
        const unsigned char *inner = icmp + 8;
        size_t innerSize = size - 8;
        size_t innerHeader = v6 ? 40 : size_t(innerSize > 0 ? (inner[0] & 0x0f) * 4 : 0);
        if (innerSize < innerHeader + 8)
            continue;
        const unsigned char *quoted = inner + innerHeader;
        if (read16(quoted + 4) != m_id || read16(quoted + 6) != m_sequence)
            continue;
        r.kind = exceeded ? IcmpReply::TimeExceeded : IcmpReply::Unreachable;
        deliver(r);
        return;
    }
}

void DiagnosticIcmpProbe::drainErrorQueue()
{
    if (m_fd < 0 || m_mode != Mode::Datagram)
        return;
    for (;;) {
        unsigned char buffer[2048];
        char control[512];
        sockaddr_storage from{};
        iovec io{buffer, sizeof buffer};
        msghdr message{};
        message.msg_name = &from;
        message.msg_namelen = sizeof from;
        message.msg_iov = &io;
        message.msg_iovlen = 1;
        message.msg_control = control;
        message.msg_controllen = sizeof control;
        const ssize_t n = ::recvmsg(m_fd, &message, MSG_ERRQUEUE);
        if (n < 0)
            return;
        if (!m_busy || m_answered || n < 8)
            continue;
        // The returned data is our own request; its sequence number says which probe.
        if (read16(buffer + 6) != m_sequence)
            continue;
        for (cmsghdr *c = CMSG_FIRSTHDR(&message); c; c = CMSG_NXTHDR(&message, c)) {
            const bool ipError = (c->cmsg_level == IPPROTO_IP && c->cmsg_type == IP_RECVERR)
                || (c->cmsg_level == IPPROTO_IPV6 && c->cmsg_type == IPV6_RECVERR);
            if (!ipError)
                continue;
            sock_extended_err error{};
            std::memcpy(&error, CMSG_DATA(c), sizeof error);
            if (error.ee_origin != SO_EE_ORIGIN_ICMP && error.ee_origin != SO_EE_ORIGIN_ICMP6)
                continue;
            IcmpReply r;
            r.icmpType = error.ee_type;
            r.icmpCode = error.ee_code;
            const sockaddr *offender = SO_EE_OFFENDER(reinterpret_cast<sock_extended_err *>(CMSG_DATA(c)));
            r.from.setAddress(offender);
            r.rttUs = std::max<qint64>(0, receiveTimeUs(message) - m_sentUs);
            const bool exceeded = error.ee_origin == SO_EE_ORIGIN_ICMP ? error.ee_type == ICMP_TIME_EXCEEDED
                                                                       : error.ee_type == ICMP6_TIME_EXCEEDED;
            r.kind = exceeded ? IcmpReply::TimeExceeded : IcmpReply::Unreachable;
            deliver(r);
            return;
        }
    }
}

void DiagnosticIcmpProbe::sendTcp(const QHostAddress &target, int timeoutMs)
{
    if (m_tcp) {
        m_tcp->disconnect(this);
        m_tcp->abort();
        m_tcp->deleteLater();
    }
    m_tcp = new QTcpSocket(this);
    m_tcpClock.start();
    const auto done = [this](bool answered) {
        IcmpReply r;
        r.kind = answered ? IcmpReply::EchoReply : IcmpReply::Unreachable;
        r.rttUs = m_tcpClock.nsecsElapsed() / 1000;
        r.from = m_target;
        m_tcp->disconnect(this);
        m_tcp->abort();
        deliver(r);
    };
    connect(m_tcp, &QTcpSocket::connected, this, [done] { done(true); });
    connect(m_tcp, &QTcpSocket::errorOccurred, this, [done](QAbstractSocket::SocketError e) {
        // A refusal (RST) is an answer from the host: one round trip.
        done(e == QAbstractSocket::ConnectionRefusedError);
    });
    m_timeout.start(timeoutMs);
    m_tcp->connectToHost(target, kEchoPort);
}

void DiagnosticIcmpProbe::deliver(IcmpReply reply)
{
    m_answered = true;
    m_errorPoll.stop();
    if (!m_wan.isActive()) {
        finishNow(reply);
        return;
    }
    // Emulated WAN: a lost answer is a timeout; the added delay is really waited for, so
    // the timestamps and the test's duration agree with the figures.
    if (m_wan.sampleLoss(*QRandomGenerator::global()))
        return; // m_timeout fires
    const qint64 extraUs = m_wan.sampleDelayUs(*QRandomGenerator::global());
    reply.rttUs += extraUs;
    if (reply.rttUs / 1000 >= m_timeoutMs)
        return;
    m_pending = reply;
    m_delay.start(int(extraUs / 1000));
}

void DiagnosticIcmpProbe::finishNow(const IcmpReply &reply)
{
    if (!m_busy)
        return;
    m_busy = false;
    m_timeout.stop();
    m_errorPoll.stop();
    m_delay.stop();
    Q_EMIT finished(reply);
}

void DiagnosticIcmpProbe::cancel()
{
    m_busy = false;
    m_timeout.stop();
    m_errorPoll.stop();
    m_delay.stop();
    if (m_tcp)
        m_tcp->abort();
}

} // namespace cpesim
