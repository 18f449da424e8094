#include "nslookupdiagnostic.h"

#include <QDnsLookup>
#include <QFile>
#include <QHostInfo>

namespace cpesim {

void NsLookupDiagnostic::start()
{
    clearTable(QStringLiteral("Result."));
    setResult(QStringLiteral("SuccessCount"), 0);
    m_repetitions = inputUInt(QStringLiteral("NumberOfRepetitions"), 1);
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        if (!m_waiting)
            return;
        if (m_hostInfoId >= 0)
            QHostInfo::abortHostLookup(m_hostInfoId);
        for (QDnsLookup *q : std::as_const(m_queries))
            q->abort();
        record(QStringLiteral("Error_Timeout"), {});
    });
    if (input(QStringLiteral("HostName")).trimmed().isEmpty()) {
        finishError({QStringLiteral("Error_Other")});
        return;
    }
    const QString server = input(QStringLiteral("DNSServer")).trimmed();
    if (server.isEmpty()) {
        lookupNext();
        return;
    }
    resolve(server, [this](const QHostAddress &address) {
        if (address.isNull()) {
            finishError({QStringLiteral("Error_DNSServerNotResolved")});
            return;
        }
        m_server = address;
        lookupNext();
    });
}

void NsLookupDiagnostic::lookupNext()
{
    if (m_done >= m_repetitions) {
        setResult(QStringLiteral("SuccessCount"), m_successes);
        finish(completeState());
        return;
    }
    m_waiting = true;
    m_collected.clear();
    m_clock.start();
    m_timeout.start(int(inputUInt(QStringLiteral("Timeout"), kDefaultTimeoutMs)));
    if (m_server.isNull())
        lookupWithSystem();
    else
        lookupWithServer();
}

void NsLookupDiagnostic::lookupWithSystem()
{
    m_hostInfoId = QHostInfo::lookupHost(input(QStringLiteral("HostName")).trimmed(), this, [this](const QHostInfo &info) {
        m_hostInfoId = -1;
        if (!m_waiting)
            return;
        QStringList addresses;
        for (const QHostAddress &a : info.addresses())
            addresses << a.toString();
        record(info.error() == QHostInfo::NoError && !addresses.isEmpty() ? QStringLiteral("Success")
                                                                          : QStringLiteral("Error_HostNameNotResolved"),
               addresses);
    });
}

void NsLookupDiagnostic::lookupWithServer()
{
    for (QDnsLookup *q : std::as_const(m_queries))
        q->deleteLater();
    m_queries.clear();
    m_serverUnreachable = false;
    for (const QDnsLookup::Type type : {QDnsLookup::A, QDnsLookup::AAAA}) {
        auto *q = new QDnsLookup(type, input(QStringLiteral("HostName")).trimmed(), m_server, this);
        m_queries.append(q);
        connect(q, &QDnsLookup::finished, this, [this, q] {
            if (q->error() == QDnsLookup::NoError) {
                for (const QDnsHostAddressRecord &r : q->hostAddressRecords())
                    m_collected << r.value().toString();
            } else if (q->error() == QDnsLookup::ResolverError || q->error() == QDnsLookup::ServerFailureError) {
                m_serverUnreachable = true;
            }
            for (const QDnsLookup *other : std::as_const(m_queries)) {
                if (!other->isFinished())
                    return;
            }
            if (!m_waiting)
                return;
            const QString status = !m_collected.isEmpty() ? QStringLiteral("Success")
                : m_serverUnreachable                      ? QStringLiteral("Error_DNSServerNotAvailable")
                                                           : QStringLiteral("Error_HostNameNotResolved");
            record(status, m_collected);
        });
        q->lookup();
    }
}

void NsLookupDiagnostic::record(const QString &status, const QStringList &addresses)
{
    m_waiting = false;
    m_timeout.stop();
    ++m_done;
    const bool ok = status == u"Success";
    if (ok)
        ++m_successes;
    const QString row = addRow(QStringLiteral("Result."));
    if (!row.isEmpty()) {
        setResult(row + QStringLiteral("Status"), status);
        // Neither resolver says whether the answer was authoritative; a stub resolver's
        // answers are cached ones as a rule.
        setResult(row + QStringLiteral("AnswerType"), ok ? QStringLiteral("NonAuthoritative") : QStringLiteral("None"));
        setResult(row + QStringLiteral("HostNameReturned"), ok ? input(QStringLiteral("HostName")).trimmed() : QString());
        setResult(row + QStringLiteral("IPAddresses"), addresses.mid(0, kMaxAddresses).join(u','));
        setResult(row + QStringLiteral("DNSServerIP"), m_server.isNull() ? systemNameServer() : m_server.toString());
        setResult(row + QStringLiteral("ResponseTime"), ok ? std::max<qint64>(0, m_clock.elapsed()) : 0);
    }
    QMetaObject::invokeMethod(this, &NsLookupDiagnostic::lookupNext, Qt::QueuedConnection);
}

QString NsLookupDiagnostic::systemNameServer()
{
    QFile resolv(QStringLiteral("/etc/resolv.conf"));
    if (!resolv.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    while (!resolv.atEnd()) {
        const QList<QByteArray> words = resolv.readLine().simplified().split(' ');
        if (words.size() >= 2 && words.at(0) == "nameserver")
            return QString::fromLatin1(words.at(1));
    }
    return {};
}

} // namespace cpesim
