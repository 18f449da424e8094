#include "diagnosticoutcome.h"

#include <QHash>

namespace diagnostics {

QString DiagnosticOutcome::forState(const QString &state)
{
    static const QHash<QString, const char *> texts = {
        {QStringLiteral("Complete"), QT_TR_NOOP("The test completed.")},
        {QStringLiteral("Completed"), QT_TR_NOOP("The test completed.")},
        {QStringLiteral("None"), QT_TR_NOOP("The device dropped the test before it ended (an input changed, or it rebooted).")},
        {QStringLiteral("Requested"), QT_TR_NOOP("The device still reports the test as requested.")},
        {QStringLiteral("Canceled"), QT_TR_NOOP("The test was cancelled.")},
        {QStringLiteral("Error_CannotResolveHostName"), QT_TR_NOOP("The device could not resolve the host name.")},
        {QStringLiteral("Error_NoRouteToHost"), QT_TR_NOOP("The device has no route to the host.")},
        {QStringLiteral("Error_NoRoute"), QT_TR_NOOP("The device has no route to the host.")},
        {QStringLiteral("Error_InitConnectionFailed"), QT_TR_NOOP("The device could not open a connection to the test server.")},
        {QStringLiteral("Error_NoResponse"), QT_TR_NOOP("The test server did not answer the device.")},
        {QStringLiteral("Error_TransferFailed"), QT_TR_NOOP("The transfer broke off or the server refused it.")},
        {QStringLiteral("Error_PasswordRequestFailed"), QT_TR_NOOP("The FTP server did not accept the user name.")},
        {QStringLiteral("Error_LoginFailed"), QT_TR_NOOP("The server refused the login.")},
        {QStringLiteral("Error_NoTransferMode"), QT_TR_NOOP("The FTP server refused binary transfer mode.")},
        {QStringLiteral("Error_NoPASV"), QT_TR_NOOP("The FTP server refused passive mode.")},
        {QStringLiteral("Error_NoCWD"), QT_TR_NOOP("The FTP server refused to change to the directory.")},
        {QStringLiteral("Error_NoSTOR"), QT_TR_NOOP("The FTP server refused to store the file.")},
        {QStringLiteral("Error_NoTransferComplete"), QT_TR_NOOP("The upload did not complete.")},
        {QStringLiteral("Error_IncorrectSize"), QT_TR_NOOP("The device received a different number of bytes than the server announced.")},
        {QStringLiteral("Error_Timeout"), QT_TR_NOOP("The test timed out on the device.")},
        {QStringLiteral("Error_MaxHopCountExceeded"), QT_TR_NOOP("The host was not reached within the maximum hop count.")},
        {QStringLiteral("Error_DNSServerNotResolved"), QT_TR_NOOP("The device could not resolve the DNS server's name.")},
        {QStringLiteral("Error_DNSServerNotAvailable"), QT_TR_NOOP("The DNS server did not answer.")},
        {QStringLiteral("Error_Internal"), QT_TR_NOOP("The device reported an internal error.")},
        {QStringLiteral("Error_Other"), QT_TR_NOOP("The device reported an unspecified error.")},
        {QStringLiteral("Error"), QT_TR_NOOP("The device reported an unspecified error.")},
    };
    const auto it = texts.constFind(state);
    if (it != texts.constEnd())
        return tr(it.value());
    return tr("The device ended the test with \"%1\".").arg(state);
}

QString DiagnosticOutcome::notReported(int seconds)
{
    return tr("The device did not report the result within %1 s.").arg(seconds);
}

QString DiagnosticOutcome::summary(DiagnosticKind kind, const DiagnosticResult &r)
{
    const auto f = [&r](const char *name) { return r.figures.value(QString::fromLatin1(name)); };
    switch (kind) {
    case DiagnosticKind::IpPing:
    case DiagnosticKind::UdpEcho: {
        const int ok = int(f("successCount"));
        const int total = ok + int(f("failureCount"));
        if (ok == 0)
            return tr("No reply to %1 requests.").arg(total);
        return tr("%1 of %2 replies, %3 ms on average (%4 to %5 ms).")
            .arg(ok)
            .arg(total)
            .arg(f("rttAvgMs"), 0, 'f', 2)
            .arg(f("rttMinMs"), 0, 'f', 2)
            .arg(f("rttMaxMs"), 0, 'f', 2);
    }
    case DiagnosticKind::TraceRoute:
        // Two texts, not "%n hop(s)": the English is the source text, with no plural forms.
        if (r.hops.size() == 1)
            return tr("1 hop, %1 ms to the host.").arg(f("responseTimeMs"), 0, 'f', 1);
        return tr("%1 hops, %2 ms to the host.").arg(r.hops.size()).arg(f("responseTimeMs"), 0, 'f', 1);
    case DiagnosticKind::Download:
    case DiagnosticKind::Upload:
        return tr("%1 bytes in %2 s: %3 Mbit/s.")
            .arg(qint64(f("testBytes")))
            .arg(f("durationS"), 0, 'f', 3)
            .arg(f("throughputBps") / 1e6, 0, 'f', 2);
    case DiagnosticKind::ServerSelection:
        if (r.texts.value(QStringLiteral("fastestHost")).isEmpty())
            return tr("No host answered.");
        return tr("Fastest host: %1, %2 ms on average.").arg(r.texts.value(QStringLiteral("fastestHost"))).arg(f("rttAvgMs"), 0, 'f', 2);
    case DiagnosticKind::NsLookup:
        return tr("%1 of %2 lookups answered.").arg(int(f("successCount"))).arg(r.answers.size());
    }
    return {};
}

} // namespace diagnostics
