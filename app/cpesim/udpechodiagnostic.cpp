#include "udpechodiagnostic.h"

#include <QNetworkDatagram>
#include <QRandomGenerator>
#include <QUdpSocket>
#include <QVariant>
#include <QtEndian>

#include <algorithm>

namespace cpesim {

void UdpEchoDiagnostic::start()
{
    clearTable(QStringLiteral("IndividualPacketResult."));
    for (const char *name : {"SuccessCount", "FailureCount", "AverageResponseTime", "MinimumResponseTime", "MaximumResponseTime"})
        setResult(QString::fromLatin1(name), 0);
    m_repetitions = inputUInt(QStringLiteral("NumberOfRepetitions"), 1);
    m_timeoutMs = inputUInt(QStringLiteral("Timeout"), kDefaultTimeoutMs);
    m_port = quint16(std::clamp<quint32>(inputUInt(QStringLiteral("Port"), 7), 1, 65535));
    m_firstSn = QRandomGenerator::global()->bounded(1u, 1u << 30);
    resolve(input(QStringLiteral("Host")), [this](const QHostAddress &address) {
        if (address.isNull()) {
            finishError({QStringLiteral("Error_CannotResolveHostName")});
            return;
        }
        m_target = address;
        m_socket = new QUdpSocket(this);
        if (!m_socket->bind(address.protocol() == QAbstractSocket::IPv6Protocol ? QHostAddress::AnyIPv6 : QHostAddress::AnyIPv4, 0)) {
            finishError({QStringLiteral("Error_Internal")});
            return;
        }
        m_socket->setSocketOption(QAbstractSocket::TypeOfServiceOption, QVariant(int(input(QStringLiteral("DSCP")).toUInt() & 0x3f) << 2));
        setResult(QStringLiteral("IPAddressUsed"), localAddressFor(address));
        connect(m_socket, &QUdpSocket::readyRead, this, &UdpEchoDiagnostic::onReadable);
        connect(&m_sendTimer, &QTimer::timeout, this, &UdpEchoDiagnostic::sendNext);
        m_sendTimer.start(int(inputUInt(QStringLiteral("InterTransmissionTime"), 1000)));
        sendNext();
    });
}

void UdpEchoDiagnostic::sendNext()
{
    if (quint32(m_packets.size()) >= m_repetitions) {
        m_sendTimer.stop();
        return;
    }
    Packet p;
    p.sn = m_firstSn + quint32(m_packets.size());
    const int size = std::max<int>(kEchoPlusHeaderBytes, int(inputUInt(QStringLiteral("DataBlockSize"), 24)));
    QByteArray datagram(size, '\0');
    qToBigEndian(p.sn, datagram.data());
    for (int i = kEchoPlusHeaderBytes; i < size; ++i)
        datagram[i] = char('a' + i % 26);
    p.sentUs = nowUs();
    m_bySn.insert(p.sn, int(m_packets.size()));
    m_packets.append(p);
    m_socket->writeDatagram(datagram, m_target, m_port);
    const quint32 sn = p.sn;
    QTimer::singleShot(int(m_timeoutMs), this, [this, sn] {
        Packet &q = m_packets[m_bySn.value(sn)];
        if (q.receivedUs == 0)
            q.timedOut = true;
        checkDone();
    });
    if (quint32(m_packets.size()) >= m_repetitions)
        m_sendTimer.stop();
}

void UdpEchoDiagnostic::onReadable()
{
    while (m_socket->hasPendingDatagrams()) {
        const QNetworkDatagram d = m_socket->receiveDatagram();
        const qint64 at = nowUs();
        if (d.data().size() < 4)
            continue;
        const quint32 sn = qFromBigEndian<quint32>(d.data().constData());
        if (!m_bySn.contains(sn))
            continue;
        if (!m_wan.isActive()) {
            accept(sn, at, d.data());
            continue;
        }
        // Emulated WAN: a lost reply never arrives, a delayed one arrives later.
        if (m_wan.sampleLoss(*QRandomGenerator::global()))
            continue;
        const qint64 extraUs = m_wan.sampleDelayUs(*QRandomGenerator::global());
        const QByteArray data = d.data();
        QTimer::singleShot(int(extraUs / 1000), this, [this, sn, at, extraUs, data] { accept(sn, at + extraUs, data); });
    }
}

void UdpEchoDiagnostic::accept(quint32 sn, qint64 receivedUs, const QByteArray &datagram)
{
    Packet &p = m_packets[m_bySn.value(sn)];
    if (p.receivedUs != 0 || p.timedOut)
        return; // duplicate, or too late
    p.receivedUs = receivedUs;
    if (datagram.size() >= kEchoPlusHeaderBytes) {
        const char *h = datagram.constData();
        p.respSn = qFromBigEndian<quint32>(h + 4);
        p.respRcvTimeStamp = qFromBigEndian<quint32>(h + 8);
        p.respReplyTimeStamp = qFromBigEndian<quint32>(h + 12);
        p.respReplyFailureCount = qFromBigEndian<quint32>(h + 16);
    }
    checkDone();
}

void UdpEchoDiagnostic::checkDone()
{
    if (quint32(m_packets.size()) < m_repetitions)
        return;
    for (const Packet &p : std::as_const(m_packets)) {
        if (p.receivedUs == 0 && !p.timedOut)
            return;
    }
    report();
}

void UdpEchoDiagnostic::report()
{
    QList<qint64> rtt;
    for (const Packet &p : std::as_const(m_packets)) {
        if (p.receivedUs != 0)
            rtt.append(std::max<qint64>(0, p.receivedUs - p.sentUs));
    }
    setResult(QStringLiteral("SuccessCount"), rtt.size());
    setResult(QStringLiteral("FailureCount"), m_packets.size() - rtt.size());
    if (!rtt.isEmpty()) {
        qint64 sum = 0;
        for (const qint64 v : rtt)
            sum += v;
        setResult(QStringLiteral("MinimumResponseTime"), *std::min_element(rtt.cbegin(), rtt.cend()));
        setResult(QStringLiteral("MaximumResponseTime"), *std::max_element(rtt.cbegin(), rtt.cend()));
        setResult(QStringLiteral("AverageResponseTime"), sum / rtt.size());
    }
    if (inputBool(QStringLiteral("EnableIndividualPacketResults"))) {
        const quint32 max = inputUInt(QStringLiteral("UDPEchoDiagnosticsMaxResults"), 100);
        quint32 rows = 0;
        for (const Packet &p : std::as_const(m_packets)) {
            if (rows++ >= max)
                break;
            const QString row = addRow(QStringLiteral("IndividualPacketResult."));
            if (row.isEmpty())
                break;
            setResult(row + QStringLiteral("PacketSuccess"), p.receivedUs != 0 ? QStringLiteral("true") : QStringLiteral("false"));
            setResult(row + QStringLiteral("PacketSendTime"), dateTime(p.sentUs));
            setResult(row + QStringLiteral("PacketReceiveTime"), dateTime(p.receivedUs));
            setResult(row + QStringLiteral("TestGenSN"), p.sn);
            setResult(row + QStringLiteral("TestRespSN"), p.respSn);
            setResult(row + QStringLiteral("TestRespRcvTimeStamp"), p.respRcvTimeStamp);
            setResult(row + QStringLiteral("TestRespReplyTimeStamp"), p.respReplyTimeStamp);
            setResult(row + QStringLiteral("TestRespReplyFailureCount"), p.respReplyFailureCount);
        }
    }
    finish(completeState());
}

} // namespace cpesim
