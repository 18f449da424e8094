#include "resultparser.h"

#include "diagnosticoutcome.h"

#include <QDateTime>
#include <QRegularExpression>

#include <algorithm>

namespace diagnostics {

namespace {

std::optional<double> number(const QMap<QString, QString> &v, const QString &name)
{
    bool ok = false;
    const double d = v.value(name).toDouble(&ok);
    return ok && v.contains(name) ? std::optional<double>(d) : std::nullopt;
}

void put(DiagnosticResult &r, const char *figure, std::optional<double> value)
{
    if (value)
        r.figures.insert(QString::fromLatin1(figure), *value);
}

// The instance numbers of a table, in order, and each row's values by leaf name.
QMap<int, QMap<QString, QString>> rows(const QMap<QString, QString> &v, const QString &table)
{
    QMap<int, QMap<QString, QString>> out;
    for (auto it = v.lowerBound(table); it != v.cend() && it.key().startsWith(table); ++it) {
        const QString rest = it.key().mid(table.size());
        const qsizetype dot = rest.indexOf(u'.');
        if (dot <= 0)
            continue;
        bool ok = false;
        const int n = rest.left(dot).toInt(&ok);
        if (ok)
            out[n].insert(rest.mid(dot + 1), it.value());
    }
    return out;
}

} // namespace

qint64 ResultParser::parseDateTimeUs(const QString &text)
{
    static const QRegularExpression kDateTime(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2})(?:\\.(\\d{1,9}))?(Z|[+-]\\d{2}:\\d{2})?$"));
    const auto m = kDateTime.match(text.trimmed());
    if (!m.hasMatch())
        return 0;
    QDateTime t = QDateTime::fromString(m.captured(1), QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    if (!t.isValid() || t.date().year() < 1970)
        return 0;
    const QString zone = m.captured(3);
    if (zone.isEmpty() || zone == u"Z") {
        t.setTimeSpec(Qt::UTC);
    } else {
        const int sign = zone.startsWith(u'-') ? -1 : 1;
        t.setOffsetFromUtc(sign * (zone.mid(1, 2).toInt() * 3600 + zone.mid(4, 2).toInt() * 60));
    }
    QString fraction = m.captured(2);
    fraction = fraction.left(6).leftJustified(6, u'0');
    return t.toMSecsSinceEpoch() / 1000 * 1'000'000 + fraction.toLongLong();
}

DiagnosticResult ResultParser::parse(DiagnosticKind kind, bool tr098, const QMap<QString, QString> &values)
{
    DiagnosticResult r;
    r.deviceState = values.value(QStringLiteral("DiagnosticsState"));
    r.success = DiagnosticOutcome::isSuccessState(r.deviceState);
    if (values.contains(QStringLiteral("IPAddressUsed")))
        r.texts.insert(QStringLiteral("ipAddressUsed"), values.value(QStringLiteral("IPAddressUsed")));
    if (!r.success) {
        r.outcome = DiagnosticOutcome::forState(r.deviceState);
        return r; // TR-106: result values mean something only in state Complete
    }
    switch (kind) {
    case DiagnosticKind::IpPing:
        parsePing(r, values, !tr098);
        break;
    case DiagnosticKind::TraceRoute:
        parseTraceRoute(r, values, tr098);
        break;
    case DiagnosticKind::Download:
    case DiagnosticKind::Upload:
        parseTransfer(r, values, kind, tr098);
        break;
    case DiagnosticKind::UdpEcho:
        parseUdpEcho(r, values);
        break;
    case DiagnosticKind::ServerSelection:
        parseServerSelection(r, values);
        break;
    case DiagnosticKind::NsLookup:
        parseNsLookup(r, values);
        break;
    }
    r.outcome = DiagnosticOutcome::summary(kind, r);
    return r;
}

void ResultParser::parsePing(DiagnosticResult &r, const QMap<QString, QString> &v, bool microseconds)
{
    const double ok = number(v, QStringLiteral("SuccessCount")).value_or(0);
    const double failed = number(v, QStringLiteral("FailureCount")).value_or(0);
    r.figures.insert(QStringLiteral("successCount"), ok);
    r.figures.insert(QStringLiteral("failureCount"), failed);
    if (ok + failed > 0)
        r.figures.insert(QStringLiteral("lossPercent"), failed * 100.0 / (ok + failed));
    if (ok == 0)
        return;
    // TR-181 2.x adds the *Detailed figures in µs; a device that leaves them 0 has only ms.
    for (const auto &[figure, name] : {std::pair("rttMinMs", "Minimum"), std::pair("rttAvgMs", "Average"),
                                       std::pair("rttMaxMs", "Maximum")}) {
        const QString base = QString::fromLatin1(name) + QStringLiteral("ResponseTime");
        const auto detailed = microseconds ? number(v, base + QStringLiteral("Detailed")) : std::nullopt;
        if (detailed && *detailed > 0)
            put(r, figure, *detailed / 1000.0);
        else
            put(r, figure, number(v, base));
    }
}

void ResultParser::parseTraceRoute(DiagnosticResult &r, const QMap<QString, QString> &v, bool tr098)
{
    // TR-098 prefixes the row parameters with "Hop" (cwmp-facts §11.3).
    const QString prefix = tr098 ? QStringLiteral("Hop") : QString();
    const auto table = rows(v, QStringLiteral("RouteHops."));
    int index = 0;
    for (auto it = table.cbegin(); it != table.cend(); ++it) {
        TraceHop hop;
        hop.index = ++index;
        hop.address = it->value(prefix + QStringLiteral("HostAddress"));
        hop.host = it->value(prefix + QStringLiteral("Host"));
        if (hop.host.isEmpty())
            hop.host = hop.address;
        hop.errorCode = it->value(prefix + QStringLiteral("ErrorCode")).toInt();
        double sum = 0;
        int answered = 0;
        for (const QString &t : it->value(prefix + QStringLiteral("RTTimes")).split(u',', Qt::SkipEmptyParts)) {
            const double ms = t.trimmed().toDouble();
            hop.rttMs.append(ms);
            if (ms > 0) {
                sum += ms;
                ++answered;
            }
        }
        if (answered > 0)
            r.series[QStringLiteral("hopRttMs")].append(QPointF(hop.index, sum / answered));
        r.hops.append(hop);
    }
    r.figures.insert(QStringLiteral("hopCount"), r.hops.size());
    put(r, "responseTimeMs", number(v, QStringLiteral("ResponseTime")));
    if (!r.hops.isEmpty())
        r.texts.insert(QStringLiteral("host"), r.hops.constLast().host);
}

void ResultParser::parseTransfer(DiagnosticResult &r, const QMap<QString, QString> &v, DiagnosticKind kind, bool tr098)
{
    const QString bytesName = DiagnosticSpec::transferBytesName(kind, tr098);
    const auto connectionFrom = [&bytesName](const QMap<QString, QString> &row, int index) {
        TransferConnection c;
        c.index = index;
        c.romUs = parseDateTimeUs(row.value(QStringLiteral("ROMTime")));
        c.bomUs = parseDateTimeUs(row.value(QStringLiteral("BOMTime")));
        c.eomUs = parseDateTimeUs(row.value(QStringLiteral("EOMTime")));
        c.tcpOpenRequestUs = parseDateTimeUs(row.value(QStringLiteral("TCPOpenRequestTime")));
        c.tcpOpenResponseUs = parseDateTimeUs(row.value(QStringLiteral("TCPOpenResponseTime")));
        c.testBytes = row.value(bytesName).toLongLong();
        if (c.eomUs > c.bomUs)
            c.throughputBps = double(c.testBytes) * 8.0 * 1e6 / double(c.eomUs - c.bomUs);
        if (c.tcpOpenResponseUs >= c.tcpOpenRequestUs && c.tcpOpenRequestUs > 0)
            c.tcpOpenMs = double(c.tcpOpenResponseUs - c.tcpOpenRequestUs) / 1000.0;
        return c;
    };
    const TransferConnection whole = connectionFrom(v, 0);
    r.figures.insert(QStringLiteral("testBytes"), double(whole.testBytes));
    put(r, "totalBytesReceived", number(v, QStringLiteral("TotalBytesReceived")));
    put(r, "totalBytesSent", number(v, QStringLiteral("TotalBytesSent")));
    if (whole.eomUs > whole.bomUs) {
        r.figures.insert(QStringLiteral("durationS"), double(whole.eomUs - whole.bomUs) / 1e6);
        r.figures.insert(QStringLiteral("throughputBps"), whole.throughputBps);
    }
    if (whole.tcpOpenRequestUs > 0)
        r.figures.insert(QStringLiteral("tcpOpenMs"), whole.tcpOpenMs);
    if (whole.bomUs > whole.romUs && whole.romUs > 0)
        r.figures.insert(QStringLiteral("romToBomMs"), double(whole.bomUs - whole.romUs) / 1000.0);
    const auto fullBytes = number(v, bytesName + QStringLiteral("UnderFullLoading"));
    const auto fullPeriod = number(v, QStringLiteral("PeriodOfFullLoading"));
    if (fullBytes && fullPeriod && *fullPeriod > 0)
        r.figures.insert(QStringLiteral("fullLoadingThroughputBps"), *fullBytes * 8.0 * 1e6 / *fullPeriod);

    const auto perConnection = rows(v, QStringLiteral("PerConnectionResult."));
    int index = 0;
    for (auto it = perConnection.cbegin(); it != perConnection.cend(); ++it)
        r.connections.append(connectionFrom(*it, ++index));

    // Throughput over time: IncrementalResult rows, else one flat segment from BOM to EOM.
    QList<QPointF> &throughput = r.series[QStringLiteral("throughputBps")];
    const auto increments = rows(v, QStringLiteral("IncrementalResult."));
    for (auto it = increments.cbegin(); it != increments.cend(); ++it) {
        const qint64 start = parseDateTimeUs(it->value(QStringLiteral("StartTime")));
        const qint64 end = parseDateTimeUs(it->value(QStringLiteral("EndTime")));
        if (end <= start || whole.bomUs == 0)
            continue;
        const double bps = it->value(bytesName).toDouble() * 8.0 * 1e6 / double(end - start);
        throughput.append(QPointF(double(start - whole.bomUs) / 1e6, bps));
        throughput.append(QPointF(double(end - whole.bomUs) / 1e6, bps));
    }
    if (throughput.isEmpty() && whole.eomUs > whole.bomUs) {
        throughput.append(QPointF(0, whole.throughputBps));
        throughput.append(QPointF(double(whole.eomUs - whole.bomUs) / 1e6, whole.throughputBps));
    }
    r.figures.insert(QStringLiteral("incrementCount"), increments.size());
}

void ResultParser::parseUdpEcho(DiagnosticResult &r, const QMap<QString, QString> &v)
{
    const double ok = number(v, QStringLiteral("SuccessCount")).value_or(0);
    const double failed = number(v, QStringLiteral("FailureCount")).value_or(0);
    r.figures.insert(QStringLiteral("successCount"), ok);
    r.figures.insert(QStringLiteral("failureCount"), failed);
    if (ok + failed > 0)
        r.figures.insert(QStringLiteral("lossPercent"), failed * 100.0 / (ok + failed));
    if (ok > 0) {
        // UDPEchoDiagnostics reports µs (TR-181).
        for (const auto &[figure, name] : {std::pair("rttMinMs", "MinimumResponseTime"), std::pair("rttAvgMs", "AverageResponseTime"),
                                           std::pair("rttMaxMs", "MaximumResponseTime")}) {
            if (const auto us = number(v, QString::fromLatin1(name)))
                r.figures.insert(QString::fromLatin1(figure), *us / 1000.0);
        }
    }
    const auto packets = rows(v, QStringLiteral("IndividualPacketResult."));
    int index = 0;
    for (auto it = packets.cbegin(); it != packets.cend(); ++it) {
        ++index;
        const bool success = it->value(QStringLiteral("PacketSuccess")) == u"true" || it->value(QStringLiteral("PacketSuccess")) == u"1";
        const qint64 sent = parseDateTimeUs(it->value(QStringLiteral("PacketSendTime")));
        const qint64 received = parseDateTimeUs(it->value(QStringLiteral("PacketReceiveTime")));
        if (success && received >= sent && sent > 0)
            r.series[QStringLiteral("packetRttMs")].append(QPointF(index, double(received - sent) / 1000.0));
        else
            r.series[QStringLiteral("packetLost")].append(QPointF(index, 1));
    }
}

void ResultParser::parseServerSelection(DiagnosticResult &r, const QMap<QString, QString> &v)
{
    r.texts.insert(QStringLiteral("fastestHost"), v.value(QStringLiteral("FastestHost")));
    if (v.value(QStringLiteral("FastestHost")).isEmpty())
        return;
    // ServerSelectionDiagnostics reports µs.
    for (const auto &[figure, name] : {std::pair("rttMinMs", "MinimumResponseTime"), std::pair("rttAvgMs", "AverageResponseTime"),
                                       std::pair("rttMaxMs", "MaximumResponseTime")}) {
        if (const auto us = number(v, QString::fromLatin1(name)))
            r.figures.insert(QString::fromLatin1(figure), *us / 1000.0);
    }
}

void ResultParser::parseNsLookup(DiagnosticResult &r, const QMap<QString, QString> &v)
{
    put(r, "successCount", number(v, QStringLiteral("SuccessCount")));
    const auto table = rows(v, QStringLiteral("Result."));
    double sum = 0;
    int answered = 0;
    for (auto it = table.cbegin(); it != table.cend(); ++it) {
        LookupAnswer a;
        a.status = it->value(QStringLiteral("Status"));
        a.answerType = it->value(QStringLiteral("AnswerType"));
        a.hostName = it->value(QStringLiteral("HostNameReturned"));
        a.addresses = it->value(QStringLiteral("IPAddresses")).split(u',', Qt::SkipEmptyParts);
        for (QString &address : a.addresses)
            address = address.trimmed();
        a.dnsServer = it->value(QStringLiteral("DNSServerIP"));
        a.responseTimeMs = it->value(QStringLiteral("ResponseTime")).toDouble();
        if (a.status == u"Success") {
            sum += a.responseTimeMs;
            ++answered;
        }
        r.series[QStringLiteral("lookupResponseMs")].append(QPointF(r.answers.size() + 1, a.responseTimeMs));
        r.answers.append(a);
    }
    if (answered > 0)
        r.figures.insert(QStringLiteral("responseTimeAvgMs"), sum / answered);
    if (!r.figures.contains(QStringLiteral("successCount")))
        r.figures.insert(QStringLiteral("successCount"), answered);
}

} // namespace diagnostics
