// The chart data builders and the run list, from results that went through the real
// ResultParser (raw values as a TR-181 device reports them).

#include <diagnosticchartdata.h>
#include <diagnosticrunlistmodel.h>

#include <diagnostics/resultparser.h>

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace diagnostics;
using models::DiagnosticChartBuilder;
using models::DiagnosticChartData;

namespace {

DiagnosticRun makeRun(qint64 id, DiagnosticKind kind, qint64 startedMs, const QMap<QString, QString> &raw)
{
    DiagnosticRun run;
    run.id = id;
    run.deviceId = QStringLiteral("dev");
    run.kind = kind;
    run.startedMs = startedMs;
    run.result = ResultParser::parse(kind, false, raw);
    run.state = run.result.success ? RunState::Complete : RunState::Error;
    return run;
}

QMap<QString, QString> ping(int ok, int failed, int minUs, int avgUs, int maxUs)
{
    return {{QStringLiteral("DiagnosticsState"), QStringLiteral("Complete")},
            {QStringLiteral("SuccessCount"), QString::number(ok)},
            {QStringLiteral("FailureCount"), QString::number(failed)},
            {QStringLiteral("MinimumResponseTimeDetailed"), QString::number(minUs)},
            {QStringLiteral("AverageResponseTimeDetailed"), QString::number(avgUs)},
            {QStringLiteral("MaximumResponseTimeDetailed"), QString::number(maxUs)}};
}

QMap<QString, QString> download(int mbit)
{
    // Two 1-second increments and two connections, as TR-143 §4.1 lays them out.
    const qint64 bytesPerSecond = qint64(mbit) * 1'000'000 / 8;
    QMap<QString, QString> v{{QStringLiteral("DiagnosticsState"), QStringLiteral("Complete")},
                             {QStringLiteral("ROMTime"), QStringLiteral("2026-11-26T20:00:00.000000Z")},
                             {QStringLiteral("BOMTime"), QStringLiteral("2026-11-26T20:00:00.100000Z")},
                             {QStringLiteral("EOMTime"), QStringLiteral("2026-11-26T20:00:02.100000Z")},
                             {QStringLiteral("TCPOpenRequestTime"), QStringLiteral("2026-11-26T20:00:00.010000Z")},
                             {QStringLiteral("TCPOpenResponseTime"), QStringLiteral("2026-11-26T20:00:00.050000Z")},
                             {QStringLiteral("TestBytesReceived"), QString::number(2 * bytesPerSecond)}};
    for (int i = 1; i <= 2; ++i) {
        const QString row = QStringLiteral("IncrementalResult.%1.").arg(i);
        v.insert(row + QStringLiteral("StartTime"), QStringLiteral("2026-11-26T20:00:0%1.100000Z").arg(i - 1));
        v.insert(row + QStringLiteral("EndTime"), QStringLiteral("2026-11-26T20:00:0%1.100000Z").arg(i));
        v.insert(row + QStringLiteral("TestBytesReceived"), QString::number(bytesPerSecond));
        const QString conn = QStringLiteral("PerConnectionResult.%1.").arg(i);
        v.insert(conn + QStringLiteral("BOMTime"), QStringLiteral("2026-11-26T20:00:00.100000Z"));
        v.insert(conn + QStringLiteral("EOMTime"), QStringLiteral("2026-11-26T20:00:02.100000Z"));
        v.insert(conn + QStringLiteral("TCPOpenRequestTime"), QStringLiteral("2026-11-26T20:00:00.010000Z"));
        v.insert(conn + QStringLiteral("TCPOpenResponseTime"), QStringLiteral("2026-11-26T20:00:00.0%10000Z").arg(i + 1));
        v.insert(conn + QStringLiteral("TestBytesReceived"), QString::number(bytesPerSecond));
    }
    return v;
}

} // namespace

class DiagnosticChartDataTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pingGivesMinAvgMaxAndLossPerRun()
    {
        const QList<DiagnosticRun> runs{makeRun(2, DiagnosticKind::IpPing, 20'000, ping(3, 1, 1000, 2500, 4000)),
                                        makeRun(1, DiagnosticKind::IpPing, 10'000, ping(4, 0, 500, 1000, 1500))};
        const DiagnosticChartData d = DiagnosticChartBuilder::pingOverRuns(runs);
        QVERIFY(d.xIsTime);
        QCOMPARE(d.yUnit, QStringLiteral("ms"));
        QCOMPARE(d.lines.size(), 4);
        QCOMPARE(d.lines.at(1).name, QStringLiteral("Average RTT"));
        // Oldest first, whatever order the runs came in; µs figures become ms.
        QCOMPARE(d.lines.at(1).points, (QList<QPointF>{{10'000, 1.0}, {20'000, 2.5}}));
        QCOMPARE(d.lines.at(3).name, QStringLiteral("Loss"));
        QVERIFY(d.lines.at(3).secondaryAxis);
        QCOMPARE(d.lines.at(3).points, (QList<QPointF>{{10'000, 0}, {20'000, 25}}));
    }

    void pingLeavesRunsWithoutResultOut()
    {
        DiagnosticRun timedOut;
        timedOut.kind = DiagnosticKind::IpPing;
        timedOut.state = RunState::TimedOut;
        const DiagnosticChartData d = DiagnosticChartBuilder::pingOverRuns(
            {timedOut, makeRun(1, DiagnosticKind::IpPing, 10'000, ping(1, 0, 900, 900, 900))});
        QCOMPARE(d.lines.at(0).points.size(), 1);
    }

    void traceRouteGivesOneBarSetPerTryWithHostNames()
    {
        const QMap<QString, QString> raw{{QStringLiteral("DiagnosticsState"), QStringLiteral("Complete")},
                                         {QStringLiteral("RouteHops.1.Host"), QStringLiteral("gw.lan")},
                                         {QStringLiteral("RouteHops.1.HostAddress"), QStringLiteral("192.168.1.1")},
                                         {QStringLiteral("RouteHops.1.RTTimes"), QStringLiteral("1,2,3")},
                                         {QStringLiteral("RouteHops.2.HostAddress"), QStringLiteral("198.51.100.7")},
                                         {QStringLiteral("RouteHops.2.RTTimes"), QStringLiteral("10,0,12")}};
        const DiagnosticChartData d = DiagnosticChartBuilder::traceRouteHops({makeRun(1, DiagnosticKind::TraceRoute, 1, raw)});
        QCOMPARE(d.shape, DiagnosticChartData::Shape::Bars);
        QCOMPARE(d.categories, (QStringList{QStringLiteral("1: gw.lan"), QStringLiteral("2: 198.51.100.7")}));
        QCOMPARE(d.bars.size(), 3);
        QCOMPARE(d.bars.at(2).values, (QList<double>{3, 12}));
        // Two runs overlay as one set of average RTTs each (the lost try does not count).
        const DiagnosticChartData two = DiagnosticChartBuilder::traceRouteHops(
            {makeRun(1, DiagnosticKind::TraceRoute, 1, raw), makeRun(2, DiagnosticKind::TraceRoute, 2, raw)});
        QCOMPARE(two.bars.size(), 2);
        QCOMPARE(two.bars.at(0).values, (QList<double>{2, 11}));
    }

    void downloadGivesThroughputStepsConnectionsAndTcpOpen()
    {
        const auto charts = DiagnosticChartBuilder::build(DiagnosticKind::Download, {makeRun(1, DiagnosticKind::Download, 1, download(40))});
        QCOMPARE(charts.size(), 3);
        const DiagnosticChartData &t = charts.at(0);
        QCOMPARE(t.yUnit, QStringLiteral("Mbit/s"));
        QCOMPARE(t.xUnit, QStringLiteral("s"));
        QCOMPARE(t.lines.size(), 1);
        QCOMPARE(t.lines.at(0).points.size(), 4); // two increments, a step each
        QCOMPARE(t.lines.at(0).points.at(0), QPointF(0, 40));
        QCOMPARE(t.lines.at(0).points.at(3), QPointF(2, 40));
        const DiagnosticChartData &c = charts.at(1);
        QCOMPARE(c.categories.size(), 2);
        QCOMPARE(c.bars.at(0).values, (QList<double>{20, 20}));
        const DiagnosticChartData &open = charts.at(2);
        QCOMPARE(open.yUnit, QStringLiteral("ms"));
        QCOMPARE(open.bars.at(0).values, (QList<double>{10, 20}));
    }

    void twoDownloadsOverlayAsTwoLines()
    {
        const DiagnosticChartData d = DiagnosticChartBuilder::throughputOverTime(
            {makeRun(2, DiagnosticKind::Download, 2'000, download(80)), makeRun(1, DiagnosticKind::Download, 1'000, download(40))});
        QCOMPARE(d.lines.size(), 2);
        QCOMPARE(d.lines.at(0).points.at(0).y(), 40.0);
        QCOMPARE(d.lines.at(1).points.at(0).y(), 80.0);
        QVERIFY(d.lines.at(0).name != d.lines.at(1).name);
    }

    void udpEchoGivesRttPerPacketAndLostMarkers()
    {
        QMap<QString, QString> raw{{QStringLiteral("DiagnosticsState"), QStringLiteral("Complete")},
                                   {QStringLiteral("SuccessCount"), QStringLiteral("2")},
                                   {QStringLiteral("FailureCount"), QStringLiteral("1")}};
        for (int i = 1; i <= 3; ++i) {
            const QString row = QStringLiteral("IndividualPacketResult.%1.").arg(i);
            raw.insert(row + QStringLiteral("PacketSuccess"), i == 2 ? QStringLiteral("false") : QStringLiteral("true"));
            raw.insert(row + QStringLiteral("PacketSendTime"), QStringLiteral("2026-11-26T20:00:0%1.000000Z").arg(i));
            raw.insert(row + QStringLiteral("PacketReceiveTime"), QStringLiteral("2026-11-26T20:00:0%1.00%2000Z").arg(i).arg(i));
        }
        const DiagnosticChartData d = DiagnosticChartBuilder::udpPackets({makeRun(1, DiagnosticKind::UdpEcho, 1, raw)});
        QCOMPARE(d.lines.size(), 2);
        QCOMPARE(d.lines.at(0).points, (QList<QPointF>{{1, 1}, {3, 3}}));
        QVERIFY(d.lines.at(1).markersOnly);
        QCOMPARE(d.lines.at(1).points, (QList<QPointF>{{2, 0}}));
    }

    void nsLookupIsATableAndItsCsvQuotesAddressLists()
    {
        const QMap<QString, QString> raw{{QStringLiteral("DiagnosticsState"), QStringLiteral("Complete")},
                                         {QStringLiteral("SuccessCount"), QStringLiteral("1")},
                                         {QStringLiteral("Result.1.Status"), QStringLiteral("Success")},
                                         {QStringLiteral("Result.1.AnswerType"), QStringLiteral("Authoritative")},
                                         {QStringLiteral("Result.1.HostNameReturned"), QStringLiteral("localhost")},
                                         {QStringLiteral("Result.1.IPAddresses"), QStringLiteral("127.0.0.1,::1")},
                                         {QStringLiteral("Result.1.DNSServerIP"), QStringLiteral("127.0.0.53")},
                                         {QStringLiteral("Result.1.ResponseTime"), QStringLiteral("3")}};
        const DiagnosticChartData d = DiagnosticChartBuilder::lookupTable({makeRun(1, DiagnosticKind::NsLookup, 1, raw)});
        QCOMPARE(d.shape, DiagnosticChartData::Shape::Table);
        QCOMPARE(d.rows.size(), 1);
        QCOMPARE(d.rows.at(0).at(4), QStringLiteral("127.0.0.1, ::1"));
        const QStringList lines = d.toCsv().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(1).contains(QStringLiteral("\"127.0.0.1, ::1\"")), qPrintable(lines.at(1)));
    }

    void lineCsvHasUnitsInTheHeader()
    {
        const DiagnosticChartData d = DiagnosticChartBuilder::throughputOverTime({makeRun(1, DiagnosticKind::Download, 1, download(40))});
        const QStringList lines = d.toCsv().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.at(0), QStringLiteral("series,Time since start of transfer (s),Throughput (Mbit/s),"));
        QCOMPARE(lines.size(), 5);
        QCOMPARE(lines.at(1), QStringLiteral("Throughput,0,40,"));
    }

    void runListMergesLiveRunIntoHistoryNewestFirst()
    {
        models::DiagnosticRunListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setDeviceId(QStringLiteral("dev"));
        DiagnosticRun live = makeRun(7, DiagnosticKind::IpPing, 30'000, ping(4, 0, 500, 1000, 1500));
        live.state = RunState::Waiting;
        model.upsert(live);
        DiagnosticRun other = live;
        other.deviceId = QStringLiteral("other");
        other.id = 8;
        model.upsert(other); // another device's run is not listed
        QCOMPARE(model.rowCount(), 1);
        DiagnosticRun stored = makeRun(0, DiagnosticKind::Download, 10'000, download(40));
        stored.historyId = 1;
        model.setHistory({stored});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.runAt(0).id, qint64(7)); // newest first
        // The live run finishes and is saved: the same row, now complete.
        live.state = RunState::Complete;
        live.historyId = 2;
        model.upsert(live);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, models::DiagnosticRunListModel::StateColumn).data().toString(), QStringLiteral("Complete"));
        QCOMPARE(model.index(0, models::DiagnosticRunListModel::KeyFigureColumn).data().toString(), QStringLiteral("1.00 ms avg, 0 % loss"));
        QCOMPARE(model.index(1, models::DiagnosticRunListModel::KeyFigureColumn).data().toString(), QStringLiteral("40.0 Mbit/s"));
        // A history reload with the saved copy keeps one row for it.
        DiagnosticRun saved = live;
        saved.id = 0;
        model.setHistory({saved, stored});
        QCOMPARE(model.rowCount(), 2);
    }
};

QTEST_GUILESS_MAIN(DiagnosticChartDataTest)
#include "tst_diagnosticchartdata.moc"
