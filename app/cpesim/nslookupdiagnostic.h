#pragma once

#include "diagnostictest.h"

#include <QElapsedTimer>
#include <QTimer>

class QDnsLookup;

namespace cpesim {

// NSLookupDiagnostics (TR-181 Device.DNS.Diagnostics.NSLookupDiagnostics., TR-098
// NSLookupDiagnostics.): NumberOfRepetitions lookups of HostName, one Result row each. With
// DNSServer empty the system resolver answers (Qt's QHostInfo: /etc/hosts and the
// configured servers); with DNSServer set, A and AAAA queries go to that server
// (QDnsLookup). A DNSServer name that cannot be resolved is Error_DNSServerNotResolved.
class NsLookupDiagnostic : public DiagnosticTest
{
    Q_OBJECT

public:
    static constexpr quint32 kDefaultTimeoutMs = 5000;
    static constexpr int kMaxAddresses = 10; // Result.{i}.IPAddresses holds at most 10

    using DiagnosticTest::DiagnosticTest;
    void start() override;

private:
    void lookupNext();
    void lookupWithSystem();
    void lookupWithServer();
    void record(const QString &status, const QStringList &addresses);
    static QString systemNameServer();

    QHostAddress m_server;
    quint32 m_repetitions = 1;
    quint32 m_done = 0;
    quint32 m_successes = 0;
    QElapsedTimer m_clock;
    QTimer m_timeout;
    int m_hostInfoId = -1;
    QList<QDnsLookup *> m_queries;
    QStringList m_collected;
    bool m_waiting = false;
    bool m_serverUnreachable = false;
};

} // namespace cpesim
