#include "faultinjection.h"

namespace cpesim {

namespace {

constexpr int kMaxSlowSeconds = 3600;

} // namespace

bool FaultInjection::isEmpty() const
{
    return !dropMidSession && slowSeconds == 0 && !malformedXml && !refuseSpv && !downloadFail
           && !silentAfterReboot;
}

QString FaultInjection::toString() const
{
    QStringList modes;
    if (dropMidSession)
        modes << QStringLiteral("drop-mid-session");
    if (slowSeconds > 0)
        modes << QStringLiteral("slow:%1").arg(slowSeconds);
    if (malformedXml)
        modes << QStringLiteral("malformed-xml");
    if (refuseSpv)
        modes << QStringLiteral("refuse-spv");
    if (downloadFail)
        modes << QStringLiteral("download-fail");
    if (silentAfterReboot)
        modes << QStringLiteral("silent-after-reboot");
    return modes.join(u',');
}

std::optional<FaultInjection> FaultInjection::parse(const QString &text, QString *error)
{
    FaultInjection out;
    const QStringList items = text.split(u',', Qt::SkipEmptyParts);
    for (QString item : items) {
        item = item.trimmed().toLower();
        if (item == u"drop-mid-session") {
            out.dropMidSession = true;
        } else if (item == u"slow" || item.startsWith(QStringLiteral("slow:"))) {
            int seconds = kDefaultSlowSeconds;
            if (item.size() > 4) {
                bool ok = false;
                seconds = item.mid(5).toInt(&ok);
                if (!ok || seconds < 1 || seconds > kMaxSlowSeconds) {
                    if (error)
                        *error = QStringLiteral("--fault slow:N needs N between 1 and %1 seconds, got \"%2\"")
                                     .arg(kMaxSlowSeconds)
                                     .arg(item.mid(5));
                    return std::nullopt;
                }
            }
            out.slowSeconds = seconds;
        } else if (item == u"malformed-xml") {
            out.malformedXml = true;
        } else if (item == u"refuse-spv") {
            out.refuseSpv = true;
        } else if (item == u"download-fail") {
            out.downloadFail = true;
        } else if (item == u"silent-after-reboot") {
            out.silentAfterReboot = true;
        } else {
            if (error)
                *error = QStringLiteral("unknown --fault mode \"%1\" (known: drop-mid-session, slow[:N], "
                                        "malformed-xml, refuse-spv, download-fail, silent-after-reboot)")
                             .arg(item);
            return std::nullopt;
        }
    }
    return out;
}

QStringList FaultInjection::modeHelp()
{
    return {
        QStringLiteral("drop-mid-session     close the connection after the first InformResponse, without the empty POST"),
        QStringLiteral("slow[:N]             answer each ACS request after N seconds (default %1)").arg(kDefaultSlowSeconds),
        QStringLiteral("malformed-xml        send a broken envelope as the response to the first ACS request"),
        QStringLiteral("refuse-spv           answer every SetParameterValues with fault 9003 + 9007 per parameter"),
        QStringLiteral("download-fail        end every Download with TransferComplete fault 9010"),
        QStringLiteral("silent-after-reboot  never come back after a Reboot RPC"),
    };
}

} // namespace cpesim
