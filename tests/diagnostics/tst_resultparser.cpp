// Result parsing of every diagnostics object and table, TR-181 and TR-098 names, from raw
// values as a device reports them; and the plain outcomes of the error states.

#include <diagnostics/diagnosticoutcome.h>
#include <diagnostics/resultparser.h>

#include <QtTest>

using namespace diagnostics;

class ResultParserTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTr143DateTimes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("us");
        QTest::newRow("microseconds") << QStringLiteral("2008-04-09T15:01:05.123456Z") << 1207753265123456LL;
        QTest::newRow("milliseconds") << QStringLiteral("2008-04-09T15:01:05.123Z") << 1207753265123000LL;
        QTest::newRow("no fraction") << QStringLiteral("2008-04-09T15:01:05Z") << 1207753265000000LL;
        QTest::newRow("offset") << QStringLiteral("2008-04-09T17:01:05.5+02:00") << 1207753265500000LL;
        QTest::newRow("unknown time") << QStringLiteral("0001-01-01T00:00:00Z") << 0LL;
        QTest::newRow("garbage") << QStringLiteral("yesterday") << 0LL;
    }

    void readsTr143DateTimes()
    {
        QFETCH(QString, text);
        QFETCH(qint64, us);
        QCOMPARE(ResultParser::parseDateTimeUs(text), us);
    }

    void pingPrefersMicrosecondFigures_data()
    {
        QTest::addColumn<bool>("tr098");
        QTest::addColumn<double>("average");
        QTest::newRow("TR-181 *Detailed") << false << 0.25;
        QTest::newRow("TR-098 milliseconds") << true << 1.0;
    }

    void pingPrefersMicrosecondFigures()
    {
        QFETCH(bool, tr098);
        QFETCH(double, average);
        const DiagnosticResult r = ResultParser::parse(DiagnosticKind::IpPing, tr098,
                                                       {{QStringLiteral("DiagnosticsState"), QStringLiteral("Complete")},
                                                        {QStringLiteral("SuccessCount"), QStringLiteral("3")},
                                                        {QStringLiteral("FailureCount"), QStringLiteral("1")},
                                                        {QStringLiteral("AverageResponseTime"), QStringLiteral("1")},
                                                        {QStringLiteral("AverageResponseTimeDetailed"), QStringLiteral("250")}});
        QVERIFY(r.success);
        QCOMPARE(r.figures.value(QStringLiteral("rttAvgMs")), average);
        QCOMPARE(r.figures.value(QStringLiteral("lossPercent")), 25.0);
    }

    void traceRouteReadsBothHopNamings_data()
    {
        QTest::addColumn<bool>("tr098");
        QTest::addColumn<QString>("prefix");
        QTest::newRow("TR-181") << false << QString();
        QTest::newRow("TR-098") << true << QStringLiteral("Hop");
    }

    void traceRouteReadsBothHopNamings()
    {
        QFETCH(bool, tr098);
        QFETCH(QString, prefix);
        QMap<QString, QString> v{{QStringLiteral("DiagnosticsState"), QStringLiteral("Complete")},
                                 {QStringLiteral("ResponseTime"), QStringLiteral("12")}};
        const auto hop = [&](int n, const QString &host, const QString &address, const QString &times) {
            const QString row = QStringLiteral("RouteHops.%1.").arg(n) + prefix;
            v.insert(row + QStringLiteral("Host"), host);
            v.insert(row + QStringLiteral("HostAddress"), address);
            v.insert(row + QStringLiteral("ErrorCode"), QStringLiteral("0"));
            v.insert(row + QStringLiteral("RTTimes"), times);
        };
        hop(1, QStringLiteral("gw.lan"), QStringLiteral("192.168.1.1"), QStringLiteral("1,2,3"));
        hop(2, QString(), QString(), QStringLiteral("0,0,0"));
        hop(10, QStringLiteral("dns.example"), QStringLiteral("192.0.2.53"), QStringLiteral("12,0,12"));
        const DiagnosticResult r = ResultParser::parse(DiagnosticKind::TraceRoute, tr098, v);
        QCOMPARE(r.hops.size(), 3);
        QCOMPARE(r.hops.at(0).host, QStringLiteral("gw.lan"));
        QCOMPARE(r.hops.at(0).rttMs, (QList<double>{1, 2, 3}));
        QCOMPARE(r.hops.at(2).index, 3); // rows in instance order, numbered from 1
        QCOMPARE(r.hops.at(2).address, QStringLiteral("192.0.2.53"));
        // Hops without any answer have no point in the RTT series.
        QCOMPARE(r.series.value(QStringLiteral("hopRttMs")), (QList<QPointF>{QPointF(1, 2), QPointF(3, 12)}));
        QCOMPARE(r.figures.value(QStringLiteral("responseTimeMs")), 12.0);
    }

    void downloadDerivesThroughputFromIncrementsAndConnections()
    {
        const QMap<QString, QString> v{
            {QStringLiteral("DiagnosticsState"), QStringLiteral("Complete")},
            {QStringLiteral("ROMTime"), QStringLiteral("2024-01-01T00:00:00.000000Z")},
            {QStringLiteral("BOMTime"), QStringLiteral("2024-01-01T00:00:00.100000Z")},
            {QStringLiteral("EOMTime"), QStringLiteral("2024-01-01T00:00:02.100000Z")},
            {QStringLiteral("TCPOpenRequestTime"), QStringLiteral("2024-01-01T00:00:00.000000Z")},
            {QStringLiteral("TCPOpenResponseTime"), QStringLiteral("2024-01-01T00:00:00.020000Z")},
            {QStringLiteral("TestBytesReceived"), QStringLiteral("2500000")},
            {QStringLiteral("TestBytesReceivedUnderFullLoading"), QStringLiteral("1000000")},
            {QStringLiteral("PeriodOfFullLoading"), QStringLiteral("1000000")},
            {QStringLiteral("IncrementalResult.1.TestBytesReceived"), QStringLiteral("1000000")},
            {QStringLiteral("IncrementalResult.1.StartTime"), QStringLiteral("2024-01-01T00:00:00.100000Z")},
            {QStringLiteral("IncrementalResult.1.EndTime"), QStringLiteral("2024-01-01T00:00:01.100000Z")},
            {QStringLiteral("IncrementalResult.2.TestBytesReceived"), QStringLiteral("1500000")},
            {QStringLiteral("IncrementalResult.2.StartTime"), QStringLiteral("2024-01-01T00:00:01.100000Z")},
            {QStringLiteral("IncrementalResult.2.EndTime"), QStringLiteral("2024-01-01T00:00:02.100000Z")},
            {QStringLiteral("PerConnectionResult.1.BOMTime"), QStringLiteral("2024-01-01T00:00:00.100000Z")},
            {QStringLiteral("PerConnectionResult.1.EOMTime"), QStringLiteral("2024-01-01T00:00:01.100000Z")},
            {QStringLiteral("PerConnectionResult.1.TestBytesReceived"), QStringLiteral("1250000")},
        };
        const DiagnosticResult r = ResultParser::parse(DiagnosticKind::Download, false, v);
        QCOMPARE(r.figures.value(QStringLiteral("testBytes")), 2500000.0);
        QCOMPARE(r.figures.value(QStringLiteral("durationS")), 2.0);
        QCOMPARE(r.figures.value(QStringLiteral("throughputBps")), 10e6);
        QCOMPARE(r.figures.value(QStringLiteral("tcpOpenMs")), 20.0);
        QCOMPARE(r.figures.value(QStringLiteral("fullLoadingThroughputBps")), 8e6);
        QCOMPARE(r.series.value(QStringLiteral("throughputBps")),
                 (QList<QPointF>{QPointF(0, 8e6), QPointF(1, 8e6), QPointF(1, 12e6), QPointF(2, 12e6)}));
        QCOMPARE(r.connections.size(), 1);
        QCOMPARE(r.connections.constFirst().throughputBps, 10e6);
    }

    void tr098UploadCountsTotalBytesSent()
    {
        const DiagnosticResult r = ResultParser::parse(DiagnosticKind::Upload, true,
                                                       {{QStringLiteral("DiagnosticsState"), QStringLiteral("Completed")},
                                                        {QStringLiteral("BOMTime"), QStringLiteral("2024-01-01T00:00:00Z")},
                                                        {QStringLiteral("EOMTime"), QStringLiteral("2024-01-01T00:00:04Z")},
                                                        {QStringLiteral("TotalBytesSent"), QStringLiteral("1000000")}});
        QVERIFY(r.success); // TR-098 says "Completed" for transfers
        QCOMPARE(r.figures.value(QStringLiteral("throughputBps")), 2e6);
        // Without increments the series is one flat step from BOM to EOM.
        QCOMPARE(r.series.value(QStringLiteral("throughputBps")), (QList<QPointF>{QPointF(0, 2e6), QPointF(4, 2e6)}));
    }

    void udpEchoReadsPacketsAndLosses()
    {
        const DiagnosticResult r = ResultParser::parse(
            DiagnosticKind::UdpEcho, false,
            {{QStringLiteral("DiagnosticsState"), QStringLiteral("Complete")},
             {QStringLiteral("SuccessCount"), QStringLiteral("1")},
             {QStringLiteral("FailureCount"), QStringLiteral("1")},
             {QStringLiteral("AverageResponseTime"), QStringLiteral("1500")},
             {QStringLiteral("IndividualPacketResult.1.PacketSuccess"), QStringLiteral("true")},
             {QStringLiteral("IndividualPacketResult.1.PacketSendTime"), QStringLiteral("2024-01-01T00:00:00.000000Z")},
             {QStringLiteral("IndividualPacketResult.1.PacketReceiveTime"), QStringLiteral("2024-01-01T00:00:00.001500Z")},
             {QStringLiteral("IndividualPacketResult.2.PacketSuccess"), QStringLiteral("false")}});
        QCOMPARE(r.figures.value(QStringLiteral("rttAvgMs")), 1.5);
        QCOMPARE(r.figures.value(QStringLiteral("lossPercent")), 50.0);
        QCOMPARE(r.series.value(QStringLiteral("packetRttMs")), (QList<QPointF>{QPointF(1, 1.5)}));
        QCOMPARE(r.series.value(QStringLiteral("packetLost")), (QList<QPointF>{QPointF(2, 1)}));
    }

    void nsLookupAndServerSelectionBecomeTables()
    {
        const DiagnosticResult lookup = ResultParser::parse(
            DiagnosticKind::NsLookup, true,
            {{QStringLiteral("DiagnosticsState"), QStringLiteral("Complete")},
             {QStringLiteral("SuccessCount"), QStringLiteral("1")},
             {QStringLiteral("Result.1.Status"), QStringLiteral("Success")},
             {QStringLiteral("Result.1.IPAddresses"), QStringLiteral("192.0.2.1, 2001:db8::1")},
             {QStringLiteral("Result.1.ResponseTime"), QStringLiteral("7")},
             {QStringLiteral("Result.2.Status"), QStringLiteral("Error_Timeout")}});
        QCOMPARE(lookup.answers.size(), 2);
        QCOMPARE(lookup.answers.at(0).addresses, (QStringList{QStringLiteral("192.0.2.1"), QStringLiteral("2001:db8::1")}));
        QCOMPARE(lookup.figures.value(QStringLiteral("responseTimeAvgMs")), 7.0);
        const DiagnosticResult fastest = ResultParser::parse(
            DiagnosticKind::ServerSelection, false,
            {{QStringLiteral("DiagnosticsState"), QStringLiteral("Complete")},
             {QStringLiteral("FastestHost"), QStringLiteral("b.example")},
             {QStringLiteral("AverageResponseTime"), QStringLiteral("2500")}});
        QCOMPARE(fastest.texts.value(QStringLiteral("fastestHost")), QStringLiteral("b.example"));
        QCOMPARE(fastest.figures.value(QStringLiteral("rttAvgMs")), 2.5);
    }

    void errorStatesBecomePlainOutcomes_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("words");
        QTest::newRow("cannot resolve") << QStringLiteral("Error_CannotResolveHostName") << QStringLiteral("resolve the host name");
        QTest::newRow("no route") << QStringLiteral("Error_NoRouteToHost") << QStringLiteral("no route");
        QTest::newRow("init connection") << QStringLiteral("Error_InitConnectionFailed") << QStringLiteral("could not open a connection");
        QTest::newRow("no response") << QStringLiteral("Error_NoResponse") << QStringLiteral("did not answer");
        QTest::newRow("transfer failed") << QStringLiteral("Error_TransferFailed") << QStringLiteral("broke off");
        QTest::newRow("password") << QStringLiteral("Error_PasswordRequestFailed") << QStringLiteral("user name");
        QTest::newRow("login") << QStringLiteral("Error_LoginFailed") << QStringLiteral("login");
        QTest::newRow("transfer mode") << QStringLiteral("Error_NoTransferMode") << QStringLiteral("binary");
        QTest::newRow("PASV") << QStringLiteral("Error_NoPASV") << QStringLiteral("passive");
        QTest::newRow("incorrect size") << QStringLiteral("Error_IncorrectSize") << QStringLiteral("number of bytes");
        QTest::newRow("timeout") << QStringLiteral("Error_Timeout") << QStringLiteral("timed out");
        QTest::newRow("max hops") << QStringLiteral("Error_MaxHopCountExceeded") << QStringLiteral("maximum hop count");
        QTest::newRow("DNS server") << QStringLiteral("Error_DNSServerNotResolved") << QStringLiteral("DNS server");
        QTest::newRow("internal") << QStringLiteral("Error_Internal") << QStringLiteral("internal error");
        QTest::newRow("other") << QStringLiteral("Error_Other") << QStringLiteral("unspecified");
        QTest::newRow("unknown") << QStringLiteral("Error_Vendor42") << QStringLiteral("Error_Vendor42");
        QTest::newRow("dropped") << QStringLiteral("None") << QStringLiteral("dropped the test");
    }

    void errorStatesBecomePlainOutcomes()
    {
        QFETCH(QString, state);
        QFETCH(QString, words);
        const DiagnosticResult r = ResultParser::parse(DiagnosticKind::Download, false,
                                                       {{QStringLiteral("DiagnosticsState"), state},
                                                        {QStringLiteral("TestBytesReceived"), QStringLiteral("99")}});
        QVERIFY(!r.success);
        QVERIFY2(r.outcome.contains(words), qPrintable(r.outcome));
        QVERIFY(r.figures.isEmpty()); // TR-106: results mean nothing outside Complete
    }

    void resultsSurviveJson()
    {
        DiagnosticResult r = ResultParser::parse(DiagnosticKind::TraceRoute, false,
                                                 {{QStringLiteral("DiagnosticsState"), QStringLiteral("Complete")},
                                                  {QStringLiteral("RouteHops.1.Host"), QStringLiteral("a")},
                                                  {QStringLiteral("RouteHops.1.RTTimes"), QStringLiteral("1,2")}});
        r.connections.append(TransferConnection{1, 10, 20, 30, 1, 2, 1000, 8e6, 0.5});
        r.answers.append(LookupAnswer{QStringLiteral("Success"), QStringLiteral("None"), QStringLiteral("h"),
                                      {QStringLiteral("192.0.2.1")}, QStringLiteral("192.0.2.53"), 3});
        QCOMPARE(DiagnosticResult::fromJson(r.toJson()), r);
    }
};

QTEST_GUILESS_MAIN(ResultParserTest)
#include "tst_resultparser.moc"
