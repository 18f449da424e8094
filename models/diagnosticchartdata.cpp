#include "diagnosticchartdata.h"

#include <QDateTime>

#include <algorithm>
#include <functional>

using diagnostics::DiagnosticKind;
using diagnostics::DiagnosticRun;

namespace models {

namespace {

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n'))
        return text;
    QString quoted = text;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString csvLine(const QStringList &fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString &f : fields)
        out.append(csvField(f));
    return out.join(u',') + u'\n';
}

QString withUnit(const QString &title, const QString &unit)
{
    return unit.isEmpty() ? title : QStringLiteral("%1 (%2)").arg(title, unit);
}

QList<DiagnosticRun> byStart(QList<DiagnosticRun> runs)
{
    std::stable_sort(runs.begin(), runs.end(), [](const DiagnosticRun &a, const DiagnosticRun &b) { return a.startedMs < b.startedMs; });
    return runs;
}

QString number(double value)
{
    return QString::number(value, 'g', 6);
}

} // namespace

QString DiagnosticChartData::toCsv() const
{
    QString out;
    switch (shape) {
    case Shape::Lines:
        out += csvLine({QStringLiteral("series"), withUnit(xTitle, xIsTime ? QString() : xUnit), withUnit(yTitle, yUnit),
                        withUnit(y2Title, y2Unit)});
        for (const ChartLine &line : lines) {
            for (const QPointF &p : line.points) {
                const QString x = xIsTime ? QDateTime::fromMSecsSinceEpoch(qint64(p.x())).toUTC().toString(Qt::ISODateWithMs)
                                          : number(p.x());
                out += csvLine({line.name, x, line.secondaryAxis ? QString() : number(p.y()),
                                line.secondaryAxis ? number(p.y()) : QString()});
            }
        }
        break;
    case Shape::Bars: {
        QStringList head{xTitle};
        for (const ChartBarSet &set : bars)
            head.append(withUnit(set.name, yUnit));
        out += csvLine(head);
        for (int i = 0; i < categories.size(); ++i) {
            QStringList row{categories.at(i)};
            for (const ChartBarSet &set : bars)
                row.append(i < set.values.size() ? number(set.values.at(i)) : QString());
            out += csvLine(row);
        }
        break;
    }
    case Shape::Table:
        out += csvLine(header);
        for (const QStringList &row : rows)
            out += csvLine(row);
        break;
    }
    return out;
}

QString DiagnosticChartBuilder::kindTitle(DiagnosticKind kind)
{
    switch (kind) {
    case DiagnosticKind::IpPing:
        return tr("Ping");
    case DiagnosticKind::TraceRoute:
        return tr("Traceroute");
    case DiagnosticKind::Download:
        return tr("Download");
    case DiagnosticKind::Upload:
        return tr("Upload");
    case DiagnosticKind::UdpEcho:
        return tr("UDP echo");
    case DiagnosticKind::ServerSelection:
        return tr("Server selection");
    case DiagnosticKind::NsLookup:
        return tr("DNS lookup");
    }
    return {};
}

QString DiagnosticChartBuilder::runLabel(const DiagnosticRun &run)
{
    return tr("%1 %2").arg(kindTitle(run.kind), QDateTime::fromMSecsSinceEpoch(run.startedMs).toString(QStringLiteral("HH:mm:ss")));
}

QList<DiagnosticChartData> DiagnosticChartBuilder::build(DiagnosticKind kind, const QList<DiagnosticRun> &runs)
{
    switch (kind) {
    case DiagnosticKind::IpPing:
        return {pingOverRuns(runs)};
    case DiagnosticKind::TraceRoute:
        return {traceRouteHops(runs)};
    case DiagnosticKind::Download:
    case DiagnosticKind::Upload:
        return {throughputOverTime(runs), connectionThroughput(runs), tcpOpenTime(runs)};
    case DiagnosticKind::UdpEcho:
        return {udpPackets(runs)};
    case DiagnosticKind::NsLookup:
        return {lookupTable(runs)};
    case DiagnosticKind::ServerSelection:
        return {selectionTable(runs)};
    }
    return {};
}

DiagnosticChartData DiagnosticChartBuilder::pingOverRuns(const QList<DiagnosticRun> &runs)
{
    DiagnosticChartData d;
    d.id = QStringLiteral("pingRtt");
    d.title = tr("Ping round-trip time and loss per run");
    d.xIsTime = true;
    d.xTitle = tr("Run started");
    d.yTitle = tr("Round-trip time");
    d.yUnit = tr("ms");
    d.y2Title = tr("Loss");
    d.y2Unit = tr("%");
    ChartLine min{tr("Minimum RTT"), {}, false, false};
    ChartLine avg{tr("Average RTT"), {}, false, false};
    ChartLine max{tr("Maximum RTT"), {}, false, false};
    ChartLine loss{tr("Loss"), {}, true, false};
    for (const DiagnosticRun &run : byStart(runs)) {
        const auto &f = run.result.figures;
        // A run the device did not complete has no figures: it is a gap, not a 0 ms reply.
        if (!f.contains(QStringLiteral("lossPercent")))
            continue;
        const double x = double(run.startedMs);
        loss.points.append(QPointF(x, f.value(QStringLiteral("lossPercent"))));
        if (f.contains(QStringLiteral("rttAvgMs"))) {
            min.points.append(QPointF(x, f.value(QStringLiteral("rttMinMs"))));
            avg.points.append(QPointF(x, f.value(QStringLiteral("rttAvgMs"))));
            max.points.append(QPointF(x, f.value(QStringLiteral("rttMaxMs"))));
        }
    }
    if (!loss.points.isEmpty())
        d.lines = {min, avg, max, loss};
    return d;
}

DiagnosticChartData DiagnosticChartBuilder::traceRouteHops(const QList<DiagnosticRun> &runs)
{
    DiagnosticChartData d;
    d.id = QStringLiteral("hopRtt");
    d.title = tr("Round-trip time per hop");
    d.shape = DiagnosticChartData::Shape::Bars;
    d.xTitle = tr("Hop");
    d.yTitle = tr("Round-trip time");
    d.yUnit = tr("ms");
    const QList<DiagnosticRun> sorted = byStart(runs);
    int hops = 0;
    for (const DiagnosticRun &run : sorted)
        hops = std::max(hops, int(run.result.hops.size()));
    for (int i = 0; i < hops; ++i) {
        QString host;
        for (const DiagnosticRun &run : sorted) {
            if (i < run.result.hops.size() && host.isEmpty())
                host = run.result.hops.at(i).host;
        }
        d.categories.append(host.isEmpty() ? QString::number(i + 1) : tr("%1: %2").arg(i + 1).arg(host));
    }
    if (sorted.size() == 1) {
        // One run: a bar per try, so a hop that answers unevenly shows it.
        const auto &list = sorted.constFirst().result.hops;
        int tries = 0;
        for (const auto &hop : list)
            tries = std::max(tries, int(hop.rttMs.size()));
        for (int t = 0; t < tries; ++t) {
            ChartBarSet set{tr("Try %1").arg(t + 1), {}};
            for (const auto &hop : list)
                set.values.append(hop.rttMs.value(t));
            d.bars.append(set);
        }
        return d;
    }
    for (const DiagnosticRun &run : sorted) {
        ChartBarSet set{runLabel(run), {}};
        for (int i = 0; i < hops; ++i) {
            double sum = 0;
            int answered = 0;
            if (i < run.result.hops.size()) {
                for (double ms : run.result.hops.at(i).rttMs) {
                    if (ms > 0) {
                        sum += ms;
                        ++answered;
                    }
                }
            }
            set.values.append(answered > 0 ? sum / answered : 0);
        }
        d.bars.append(set);
    }
    return d;
}

DiagnosticChartData DiagnosticChartBuilder::throughputOverTime(const QList<DiagnosticRun> &runs)
{
    DiagnosticChartData d;
    d.id = QStringLiteral("throughput");
    d.title = tr("Throughput over time");
    d.xTitle = tr("Time since start of transfer");
    d.xUnit = tr("s");
    d.yTitle = tr("Throughput");
    d.yUnit = tr("Mbit/s");
    const QList<DiagnosticRun> sorted = byStart(runs);
    for (const DiagnosticRun &run : sorted) {
        // IncrementalResult steps where the device has them; the parser falls back to the
        // BOM..EOM average as one flat segment.
        const QList<QPointF> bps = run.result.series.value(QStringLiteral("throughputBps"));
        if (bps.isEmpty())
            continue;
        ChartLine line{sorted.size() == 1 ? tr("Throughput") : runLabel(run), {}, false, false};
        for (const QPointF &p : bps)
            line.points.append(QPointF(p.x(), p.y() / 1e6));
        d.lines.append(line);
    }
    return d;
}

namespace {

// Per-connection rows, or the whole transfer as one "connection" for devices without them.
QList<diagnostics::TransferConnection> connectionsOf(const DiagnosticRun &run)
{
    if (!run.result.connections.isEmpty())
        return run.result.connections;
    diagnostics::TransferConnection whole;
    whole.throughputBps = run.result.figures.value(QStringLiteral("throughputBps"));
    whole.tcpOpenMs = run.result.figures.value(QStringLiteral("tcpOpenMs"));
    if (whole.throughputBps <= 0 && whole.tcpOpenMs <= 0)
        return {};
    return {whole};
}

DiagnosticChartData connectionBars(const QList<DiagnosticRun> &runs, const std::function<double(const diagnostics::TransferConnection &)> &value,
                                   const QString &setName)
{
    DiagnosticChartData d;
    d.shape = DiagnosticChartData::Shape::Bars;
    const QList<DiagnosticRun> sorted = byStart(runs);
    int count = 0;
    bool perConnection = false;
    for (const DiagnosticRun &run : sorted) {
        count = std::max(count, int(connectionsOf(run).size()));
        perConnection = perConnection || !run.result.connections.isEmpty();
    }
    for (int i = 0; i < count; ++i)
        d.categories.append(perConnection ? DiagnosticChartBuilder::tr("Connection %1").arg(i + 1)
                                          : DiagnosticChartBuilder::tr("Whole transfer"));
    for (const DiagnosticRun &run : sorted) {
        const auto list = connectionsOf(run);
        if (list.isEmpty())
            continue;
        ChartBarSet set{sorted.size() == 1 ? setName : DiagnosticChartBuilder::runLabel(run), {}};
        for (int i = 0; i < count; ++i)
            set.values.append(i < list.size() ? value(list.at(i)) : 0);
        d.bars.append(set);
    }
    return d;
}

} // namespace

DiagnosticChartData DiagnosticChartBuilder::connectionThroughput(const QList<DiagnosticRun> &runs)
{
    DiagnosticChartData d = connectionBars(runs, [](const auto &c) { return c.throughputBps / 1e6; }, tr("Throughput"));
    d.id = QStringLiteral("connections");
    d.title = tr("Throughput per connection (BOM to EOM)");
    d.xTitle = tr("Connection");
    d.yTitle = tr("Throughput");
    d.yUnit = tr("Mbit/s");
    return d;
}

DiagnosticChartData DiagnosticChartBuilder::tcpOpenTime(const QList<DiagnosticRun> &runs)
{
    DiagnosticChartData d = connectionBars(runs, [](const auto &c) { return c.tcpOpenMs; }, tr("TCP open time"));
    d.id = QStringLiteral("tcpOpen");
    d.title = tr("TCP connection open time");
    d.xTitle = tr("Connection");
    d.yTitle = tr("TCP open time");
    d.yUnit = tr("ms");
    return d;
}

DiagnosticChartData DiagnosticChartBuilder::udpPackets(const QList<DiagnosticRun> &runs)
{
    DiagnosticChartData d;
    d.id = QStringLiteral("packetRtt");
    d.title = tr("UDP echo round-trip time per packet");
    d.xTitle = tr("Packet");
    d.yTitle = tr("Round-trip time");
    d.yUnit = tr("ms");
    const QList<DiagnosticRun> sorted = byStart(runs);
    for (const DiagnosticRun &run : sorted) {
        const bool one = sorted.size() == 1;
        const QList<QPointF> rtt = run.result.series.value(QStringLiteral("packetRttMs"));
        const QList<QPointF> lost = run.result.series.value(QStringLiteral("packetLost"));
        if (rtt.isEmpty() && lost.isEmpty())
            continue;
        d.lines.append(ChartLine{one ? tr("Round-trip time") : tr("RTT, %1").arg(runLabel(run)), rtt, false, false});
        // Lost packets sit on the x axis as markers: they have no time, only a place.
        ChartLine lostLine{one ? tr("Lost packets") : tr("Lost, %1").arg(runLabel(run)), {}, false, true};
        for (const QPointF &p : lost)
            lostLine.points.append(QPointF(p.x(), 0));
        d.lines.append(lostLine);
    }
    return d;
}

DiagnosticChartData DiagnosticChartBuilder::lookupTable(const QList<DiagnosticRun> &runs)
{
    DiagnosticChartData d;
    d.id = QStringLiteral("lookup");
    d.title = tr("DNS lookup results");
    d.shape = DiagnosticChartData::Shape::Table;
    d.header = {tr("Run"), tr("Status"), tr("Answer"), tr("Host name"), tr("Addresses"), tr("DNS server"), tr("Response time (ms)")};
    for (const DiagnosticRun &run : byStart(runs)) {
        for (const auto &a : run.result.answers) {
            d.rows.append({runLabel(run), a.status, a.answerType, a.hostName, a.addresses.join(QStringLiteral(", ")), a.dnsServer,
                           number(a.responseTimeMs)});
        }
    }
    return d;
}

DiagnosticChartData DiagnosticChartBuilder::selectionTable(const QList<DiagnosticRun> &runs)
{
    DiagnosticChartData d;
    d.id = QStringLiteral("selection");
    d.title = tr("Server selection results");
    d.shape = DiagnosticChartData::Shape::Table;
    d.header = {tr("Run"), tr("Protocol"), tr("Candidates"), tr("Fastest host"), tr("Minimum (ms)"), tr("Average (ms)"),
                tr("Maximum (ms)"), tr("Outcome")};
    for (const DiagnosticRun &run : byStart(runs)) {
        const auto &f = run.result.figures;
        const auto figure = [&f](const char *name) {
            const QString key = QString::fromLatin1(name);
            return f.contains(key) ? number(f.value(key)) : QString();
        };
        d.rows.append({runLabel(run), run.inputs.value(QStringLiteral("Protocol")),
                       run.inputs.value(QStringLiteral("HostList")).split(u',', Qt::SkipEmptyParts).join(QStringLiteral(", ")),
                       run.result.texts.value(QStringLiteral("fastestHost")), figure("rttMinMs"), figure("rttAvgMs"),
                       figure("rttMaxMs"), run.result.outcome});
    }
    return d;
}

} // namespace models
