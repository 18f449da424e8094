#include "serverselectiondiagnostic.h"

#include <QNetworkDatagram>
#include <QUdpSocket>
#include <QtEndian>

#include <algorithm>

namespace cpesim {

void ServerSelectionDiagnostic::start()
{
    for (const char *name : {"MinimumResponseTime", "AverageResponseTime", "MaximumResponseTime"})
        setResult(QString::fromLatin1(name), 0);
    setResult(QStringLiteral("FastestHost"), QString());
    setResult(QStringLiteral("IPAddressUsed"), QString());
    m_repetitions = inputUInt(QStringLiteral("NumberOfRepetitions"), 1);
    m_udp = input(QStringLiteral("Protocol")) == u"UDP Echo";
    for (const QString &item : input(QStringLiteral("HostList")).split(u',', Qt::SkipEmptyParts)) {
        Candidate c;
        c.name = item.trimmed();
        c.host = c.name;
        // "host:port" (UDP Echo); an IPv6 literal needs brackets for that.
        const qsizetype colon = c.name.lastIndexOf(u':');
        if (m_udp && colon > 0 && (c.name.count(u':') == 1 || c.name.startsWith(u'['))) {
            bool ok = false;
            const uint port = c.name.mid(colon + 1).toUInt(&ok);
            if (ok && port > 0 && port < 65536) {
                c.host = c.name.left(colon);
                c.port = quint16(port);
            }
        }
        m_candidates.append(c);
    }
    if (m_candidates.isEmpty()) {
        finishError({QStringLiteral("Error_Other")});
        return;
    }
    m_udpTimeout.setSingleShot(true);
    connect(&m_udpTimeout, &QTimer::timeout, this, [this] { onAnswer(false, 0); });
    resolveNext();
}

void ServerSelectionDiagnostic::resolveNext()
{
    if (m_current >= m_candidates.size()) {
        bool any = false;
        for (const Candidate &c : std::as_const(m_candidates))
            any = any || !c.address.isNull();
        if (!any) {
            finishError({QStringLiteral("Error_CannotResolveHostName")});
            return;
        }
        m_current = 0;
        probeNext();
        return;
    }
    resolve(m_candidates.at(m_current).host, [this](const QHostAddress &address) {
        m_candidates[m_current].address = address;
        ++m_current;
        resolveNext();
    });
}

void ServerSelectionDiagnostic::probeNext()
{
    while (m_current < m_candidates.size() && (m_candidates.at(m_current).address.isNull() || m_tries >= m_repetitions)) {
        ++m_current;
        m_tries = 0;
    }
    if (m_current >= m_candidates.size()) {
        report();
        return;
    }
    ++m_tries;
    const int timeout = int(inputUInt(QStringLiteral("Timeout"), kDefaultTimeoutMs));
    if (m_udp) {
        sendUdp();
        m_udpTimeout.start(timeout);
        return;
    }
    if (!m_probe) {
        m_probe = new DiagnosticIcmpProbe(m_wan, this);
        connect(m_probe, &DiagnosticIcmpProbe::finished, this,
                [this](const IcmpReply &r) { onAnswer(r.kind == IcmpReply::EchoReply, r.rttUs); });
    }
    m_probe->send(m_candidates.at(m_current).address, 0, 64, 0, timeout);
}

void ServerSelectionDiagnostic::sendUdp()
{
    const Candidate &c = m_candidates.at(m_current);
    delete m_socket;
    m_socket = new QUdpSocket(this);
    connect(m_socket, &QUdpSocket::readyRead, this, [this] {
        while (m_socket && m_socket->hasPendingDatagrams()) {
            const QNetworkDatagram d = m_socket->receiveDatagram();
            if (d.data().size() >= 4 && qFromBigEndian<quint32>(d.data().constData()) == m_udpSn && m_udpTimeout.isActive()) {
                m_udpTimeout.stop();
                onAnswer(true, nowUs() - m_udpSentUs);
                return;
            }
        }
    });
    QByteArray datagram(20, '\0');
    qToBigEndian(++m_udpSn, datagram.data());
    m_udpSentUs = nowUs();
    m_socket->writeDatagram(datagram, c.address, c.port);
}

void ServerSelectionDiagnostic::onAnswer(bool ok, qint64 rttUs)
{
    if (ok)
        m_candidates[m_current].rttUs.append(rttUs);
    QMetaObject::invokeMethod(this, &ServerSelectionDiagnostic::probeNext, Qt::QueuedConnection);
}

void ServerSelectionDiagnostic::report()
{
    const Candidate *best = nullptr;
    qint64 bestAvg = 0;
    for (const Candidate &c : std::as_const(m_candidates)) {
        if (c.rttUs.isEmpty())
            continue;
        qint64 sum = 0;
        for (const qint64 v : c.rttUs)
            sum += v;
        const qint64 avg = sum / c.rttUs.size();
        if (!best || avg < bestAvg) {
            best = &c;
            bestAvg = avg;
        }
    }
    if (best) {
        setResult(QStringLiteral("FastestHost"), best->name);
        setResult(QStringLiteral("MinimumResponseTime"), *std::min_element(best->rttUs.cbegin(), best->rttUs.cend()));
        setResult(QStringLiteral("AverageResponseTime"), bestAvg);
        setResult(QStringLiteral("MaximumResponseTime"), *std::max_element(best->rttUs.cbegin(), best->rttUs.cend()));
        setResult(QStringLiteral("IPAddressUsed"), localAddressFor(best->address));
    }
    finish(completeState());
}

} // namespace cpesim
