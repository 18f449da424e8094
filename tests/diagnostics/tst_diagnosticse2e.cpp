// Every diagnostic end to end: the engine and the diagnostics manager in this process, the
// real cwmp-cpe-sim binary as a TR-181 and a TR-098 device measuring for real on loopback,
// the built-in TR-143 HTTP server and UDP echo server on ports of their own, and the
// history in a real SQLite workspace that is reopened at the end.

#include <acs/acsengine.h>
#include <acs/storepersistence.h>
#include <diagnostics/diagnosticoutcome.h>
#include <diagnostics/diagnosticsmanager.h>
#include <diagnostics/testserverurls.h>
#include <diagnostics/tr143server.h>
#include <diagnostics/udpechoserver.h>
#include <store/database.h>
#include <store/diagnosticsrepository.h>

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <support/testpaths.h>

using namespace diagnostics;

class DiagnosticsEndToEndTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<acs::StorePersistence> m_persistence;
    std::unique_ptr<acs::AcsEngine> m_engine;
    std::unique_ptr<DiagnosticsManager> m_manager;
    Tr143Server *m_http = nullptr;
    UdpEchoServer *m_echo = nullptr;
    QList<QProcess *> m_sims;
    QString m_tr181;
    QString m_tr098;

    static constexpr int kRunTimeoutMs = 40'000;

    QString deviceFor(const QString &model) const { return model == u"tr098" ? m_tr098 : m_tr181; }

    bool startSimulator(const QString &serial, const QStringList &extra)
    {
        auto *sim = new QProcess(this);
        sim->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        sim->start(testsupport::simulatorPath(),
                   QStringList{QStringLiteral("--acs"), QStringLiteral("http://127.0.0.1:%1/").arg(m_engine->port()),
                               QStringLiteral("--cr-port"), QStringLiteral("0"), QStringLiteral("--cr-username"),
                               QStringLiteral("acs"), QStringLiteral("--cr-password"), QStringLiteral("cr-secret"),
                               QStringLiteral("--serial-base"), serial,
                               QStringLiteral("--log"), QStringLiteral("warn")}
                       + extra);
        m_sims.append(sim);
        return sim->waitForStarted();
    }

    QString waitForDevice(const QString &serial)
    {
        QString found;
        (void)QTest::qWaitFor([&] {
            for (const QString &id : m_engine->devices().ids()) {
                if (id.endsWith(serial))
                    found = id;
            }
            return !found.isEmpty();
        }, 20'000);
        return found;
    }

    // Starts a run and waits for its end.
    DiagnosticRun runToEnd(const QString &device, DiagnosticKind kind, const QMap<QString, QString> &inputs,
                           int timeoutMs = kRunTimeoutMs)
    {
        QString why;
        const qint64 id = m_manager->start(device, kind, inputs, &why);
        if (id == 0) {
            DiagnosticRun failed;
            failed.state = RunState::Failed;
            failed.result.outcome = why;
            return failed;
        }
        (void)QTest::qWaitFor([&] { return isFinished(m_manager->run(id)->state); }, timeoutMs);
        return *m_manager->run(id);
    }

    static QString describe(const DiagnosticRun &run)
    {
        return QStringLiteral("%1: %2 (%3)").arg(runStateName(run.state), run.result.outcome, run.result.deviceState);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (!QFile::exists(testsupport::simulatorPath()))
            QSKIP("cwmp-cpe-sim is not built next to the test");
        m_db = std::make_unique<store::Database>();
        auto opened = m_db->open(m_dir.path());
        opened.waitForFinished();
        QVERIFY(opened.result().ok());
        m_persistence = std::make_unique<acs::StorePersistence>(*m_db);
        m_engine = std::make_unique<acs::AcsEngine>(m_persistence.get());
        acs::AcsSettings settings;
        settings.address = QHostAddress::LocalHost;
        settings.port = 0;
        settings.authMode = acs::CpeAuthMode::None;
        settings.crUsername = QStringLiteral("acs");
        settings.crPassword = QStringLiteral("cr-secret");
        settings.crMinIntervalMs = 0;
        // The engine holds a session open for a while after the last queued task; a
        // diagnostic only starts once the session ends (cwmp-facts §11.1).
        settings.session.holdMs = 300;
        QVERIFY2(m_engine->start(settings), qPrintable(m_engine->errorString()));
        m_manager = std::make_unique<DiagnosticsManager>(*m_engine, m_db.get());
        m_manager->setReportTimeoutMs(30'000);

        m_http = new Tr143Server(this);
        QVERIFY2(m_http->listen(QHostAddress::LocalHost, 0), qPrintable(m_http->errorString()));
        m_echo = new UdpEchoServer(this);
        QVERIFY2(m_echo->listen(QHostAddress::LocalHost, 0), qPrintable(m_echo->errorString()));

        // The TR-181 device paces its HTTP tests (emulated 40 Mbit/s) so that a time-based
        // test moves a sensible amount of data; ping, traceroute and UDP echo stay real.
        QVERIFY(startSimulator(QStringLiteral("DIAG181"), {QStringLiteral("--wan-profile"), QStringLiteral("rate=40mbit")}));
        QVERIFY(startSimulator(QStringLiteral("DIAG098"), {QStringLiteral("--profile"), QStringLiteral("tr098-igd")}));
        m_tr181 = waitForDevice(QStringLiteral("DIAG181"));
        m_tr098 = waitForDevice(QStringLiteral("DIAG098"));
        QVERIFY(!m_tr181.isEmpty());
        QVERIFY(!m_tr098.isEmpty());
    }

    void cleanupTestCase()
    {
        for (QProcess *sim : std::as_const(m_sims)) {
            sim->terminate();
            sim->waitForFinished(5000);
        }
    }

    void pingReportsRoundTrips_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("object");
        QTest::newRow("TR-181") << QStringLiteral("tr181") << QStringLiteral("Device.IP.Diagnostics.IPPing.");
        QTest::newRow("TR-098") << QStringLiteral("tr098") << QStringLiteral("InternetGatewayDevice.IPPingDiagnostics.");
    }

    void pingReportsRoundTrips()
    {
        QFETCH(QString, model);
        QFETCH(QString, object);
        const DiagnosticRun run = runToEnd(deviceFor(model), DiagnosticKind::IpPing,
                                           {{QStringLiteral("Host"), QStringLiteral("127.0.0.1")},
                                            {QStringLiteral("NumberOfRepetitions"), QStringLiteral("3")},
                                            {QStringLiteral("Timeout"), QStringLiteral("1000")}});
        QVERIFY2(run.state == RunState::Complete, qPrintable(describe(run)));
        QCOMPARE(run.objectPath, object);
        QCOMPARE(run.result.figures.value(QStringLiteral("successCount")), 3.0);
        QCOMPARE(run.result.figures.value(QStringLiteral("lossPercent")), 0.0);
        QVERIFY(run.result.figures.value(QStringLiteral("rttAvgMs")) > 0);
        QVERIFY(run.result.figures.value(QStringLiteral("rttMinMs")) <= run.result.figures.value(QStringLiteral("rttMaxMs")));
        QVERIFY(run.result.figures.value(QStringLiteral("rttMaxMs")) < 1000);
        QCOMPARE(run.rawResults.value(object + QStringLiteral("SuccessCount")), QStringLiteral("3"));
        QVERIFY(run.result.outcome.contains(QLatin1String("3 of 3")));
    }

    void traceRouteToLoopbackIsOneHop_data()
    {
        QTest::addColumn<QString>("model");
        QTest::newRow("TR-181") << QStringLiteral("tr181");
        QTest::newRow("TR-098 (Hop… names)") << QStringLiteral("tr098");
    }

    void traceRouteToLoopbackIsOneHop()
    {
        QFETCH(QString, model);
        const DiagnosticRun run = runToEnd(deviceFor(model), DiagnosticKind::TraceRoute,
                                           {{QStringLiteral("Host"), QStringLiteral("127.0.0.1")},
                                            {QStringLiteral("NumberOfTries"), QStringLiteral("2")},
                                            {QStringLiteral("Timeout"), QStringLiteral("1000")},
                                            {QStringLiteral("MaxHopCount"), QStringLiteral("5")}});
        QVERIFY2(run.state == RunState::Complete, qPrintable(describe(run)));
        QCOMPARE(run.result.hops.size(), 1);
        QCOMPARE(run.result.hops.constFirst().address, QStringLiteral("127.0.0.1"));
        QCOMPARE(run.result.hops.constFirst().rttMs.size(), 2);
        QVERIFY(run.result.hops.constFirst().rttMs.constFirst() > 0);
        QCOMPARE(run.result.series.value(QStringLiteral("hopRttMs")).size(), 1);
    }

    void downloadBytesAgreeWithTheServer_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<int>("connections");
        QTest::newRow("TR-181, 2 connections") << QStringLiteral("tr181") << 2;
        QTest::newRow("TR-098") << QStringLiteral("tr098") << 1;
    }

    void downloadBytesAgreeWithTheServer()
    {
        QFETCH(QString, model);
        QFETCH(int, connections);
        const qint64 size = 3'000'000;
        const qsizetype before = m_http->transfers().size();
        QMap<QString, QString> inputs{
            {QStringLiteral("DownloadURL"), TestServerUrls::downloadUrl(QStringLiteral("127.0.0.1"), m_http->port(), size).toString()}};
        if (model == u"tr181") {
            inputs.insert(QStringLiteral("NumberOfConnections"), QString::number(connections));
            inputs.insert(QStringLiteral("EnablePerConnectionResults"), QStringLiteral("true"));
        }
        const DiagnosticRun run = runToEnd(deviceFor(model), DiagnosticKind::Download, inputs);
        QVERIFY2(run.state == RunState::Complete, qPrintable(describe(run)));
        QCOMPARE(run.result.deviceState, model == u"tr098" ? QStringLiteral("Completed") : QStringLiteral("Complete"));
        const QList<Tr143Transfer> seen = m_http->transfers().mid(before);
        QCOMPARE(seen.size(), connections);
        qint64 served = 0;
        for (const Tr143Transfer &t : seen) {
            QCOMPARE(t.direction, Tr143Transfer::Download);
            QVERIFY(t.complete);
            served += t.bytes;
        }
        QCOMPARE(served, size * connections);
        const double reported = run.result.figures.value(QStringLiteral("testBytes"));
        QVERIFY2(std::abs(reported - double(served)) <= double(served) * 0.01,
                 qPrintable(QStringLiteral("device %1 bytes, server %2").arg(reported).arg(served)));
        QVERIFY(run.result.figures.value(QStringLiteral("throughputBps")) > 0);
        QVERIFY(run.result.figures.contains(QStringLiteral("tcpOpenMs")));
        QCOMPARE(run.result.connections.size(), model == u"tr181" ? connections : 0);
        QVERIFY(run.result.series.value(QStringLiteral("throughputBps")).size() >= 2);
    }

    void uploadBytesAgreeWithTheServer_data()
    {
        QTest::addColumn<QString>("model");
        QTest::newRow("TR-181") << QStringLiteral("tr181");
        QTest::newRow("TR-098") << QStringLiteral("tr098");
    }

    void uploadBytesAgreeWithTheServer()
    {
        QFETCH(QString, model);
        const qint64 size = 2'500'000;
        const qsizetype before = m_http->transfers().size();
        const DiagnosticRun run = runToEnd(deviceFor(model), DiagnosticKind::Upload,
                                           {{QStringLiteral("UploadURL"), TestServerUrls::uploadUrl(QStringLiteral("127.0.0.1"), m_http->port()).toString()},
                                            {QStringLiteral("TestFileLength"), QString::number(size)}});
        QVERIFY2(run.state == RunState::Complete, qPrintable(describe(run)));
        const QList<Tr143Transfer> seen = m_http->transfers().mid(before);
        QCOMPARE(seen.size(), 1);
        QCOMPARE(seen.constFirst().direction, Tr143Transfer::Upload);
        QCOMPARE(seen.constFirst().bytes, size);
        const double reported = run.result.figures.value(QStringLiteral("testBytes"));
        QVERIFY2(std::abs(reported - double(size)) <= double(size) * 0.01,
                 qPrintable(QStringLiteral("device %1 bytes, server %2").arg(reported).arg(size)));
        QVERIFY(run.result.figures.value(QStringLiteral("throughputBps")) > 0);
    }

    void timeBasedDownloadReportsIncrements()
    {
        const DiagnosticRun run = runToEnd(m_tr181, DiagnosticKind::Download,
                                           {{QStringLiteral("DownloadURL"),
                                             TestServerUrls::downloadUrl(QStringLiteral("127.0.0.1"), m_http->port(), 4'000'000'000LL).toString()},
                                            {QStringLiteral("TimeBasedTestDuration"), QStringLiteral("3")},
                                            {QStringLiteral("TimeBasedTestMeasurementInterval"), QStringLiteral("1")}});
        QVERIFY2(run.state == RunState::Complete, qPrintable(describe(run)));
        QCOMPARE(run.result.figures.value(QStringLiteral("incrementCount")), 3.0);
        const QList<QPointF> series = run.result.series.value(QStringLiteral("throughputBps"));
        QCOMPARE(series.size(), 6); // a step per interval
        // The emulated 40 Mbit/s link: every interval near it, none far above.
        for (const QPointF &p : series)
            QVERIFY2(p.y() > 20e6 && p.y() < 50e6, qPrintable(QString::number(p.y())));
        QVERIFY2(run.result.figures.value(QStringLiteral("durationS")) >= 2.9, qPrintable(QString::number(run.result.figures.value(QStringLiteral("durationS")))));
    }

    void udpEchoMeasuresEveryPacket()
    {
        const quint64 before = m_echo->packetsReceived();
        const DiagnosticRun run = runToEnd(m_tr181, DiagnosticKind::UdpEcho,
                                           {{QStringLiteral("Host"), QStringLiteral("127.0.0.1")},
                                            {QStringLiteral("Port"), QString::number(m_echo->port())},
                                            {QStringLiteral("NumberOfRepetitions"), QStringLiteral("5")},
                                            {QStringLiteral("InterTransmissionTime"), QStringLiteral("20")},
                                            {QStringLiteral("DataBlockSize"), QStringLiteral("64")},
                                            {QStringLiteral("EnableIndividualPacketResults"), QStringLiteral("true")}});
        QVERIFY2(run.state == RunState::Complete, qPrintable(describe(run)));
        QCOMPARE(run.result.figures.value(QStringLiteral("successCount")), 5.0);
        QCOMPARE(run.result.series.value(QStringLiteral("packetRttMs")).size(), 5);
        QVERIFY(!run.result.series.contains(QStringLiteral("packetLost")));
        QCOMPARE(m_echo->packetsReceived() - before, quint64(5));
        // The Echo Plus fields came back filled in.
        const QString row = run.objectPath + QStringLiteral("IndividualPacketResult.1.TestRespSN");
        QVERIFY(run.rawResults.value(row).toUInt() > 0);
    }

    void udpEchoIsNotOfferedForTr098()
    {
        QString why;
        QCOMPARE(m_manager->start(m_tr098, DiagnosticKind::UdpEcho, {{QStringLiteral("Host"), QStringLiteral("127.0.0.1")}}, &why), 0);
        QVERIFY(why.contains(QLatin1String("InternetGatewayDevice.")));
    }

    void nsLookupResolvesLocalhost_data()
    {
        QTest::addColumn<QString>("model");
        QTest::newRow("TR-181") << QStringLiteral("tr181");
        QTest::newRow("TR-098") << QStringLiteral("tr098");
    }

    void nsLookupResolvesLocalhost()
    {
        QFETCH(QString, model);
        const DiagnosticRun run = runToEnd(deviceFor(model), DiagnosticKind::NsLookup,
                                           {{QStringLiteral("HostName"), QStringLiteral("localhost")},
                                            {QStringLiteral("NumberOfRepetitions"), QStringLiteral("2")},
                                            {QStringLiteral("Timeout"), QStringLiteral("3000")}});
        QVERIFY2(run.state == RunState::Complete, qPrintable(describe(run)));
        QCOMPARE(run.result.answers.size(), 2);
        const LookupAnswer &answer = run.result.answers.constFirst();
        QCOMPARE(answer.status, QStringLiteral("Success"));
        QVERIFY2(answer.addresses.contains(QStringLiteral("127.0.0.1")) || answer.addresses.contains(QStringLiteral("::1")),
                 qPrintable(answer.addresses.join(u',')));
        QCOMPARE(run.result.figures.value(QStringLiteral("successCount")), 2.0);
    }

    void serverSelectionPicksAnAnsweringHost()
    {
        const DiagnosticRun run = runToEnd(m_tr181, DiagnosticKind::ServerSelection,
                                           {{QStringLiteral("HostList"), QStringLiteral("no-such-host.invalid,127.0.0.1")},
                                            {QStringLiteral("NumberOfRepetitions"), QStringLiteral("2")},
                                            {QStringLiteral("Timeout"), QStringLiteral("1000")}});
        QVERIFY2(run.state == RunState::Complete, qPrintable(describe(run)));
        QCOMPARE(run.result.texts.value(QStringLiteral("fastestHost")), QStringLiteral("127.0.0.1"));
        QVERIFY(run.result.figures.value(QStringLiteral("rttAvgMs")) > 0);
    }

    void unresolvableHostIsAPlainOutcome_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<int>("kind");
        QTest::newRow("TR-181 ping") << QStringLiteral("tr181") << int(DiagnosticKind::IpPing);
        QTest::newRow("TR-098 ping") << QStringLiteral("tr098") << int(DiagnosticKind::IpPing);
        QTest::newRow("TR-181 traceroute") << QStringLiteral("tr181") << int(DiagnosticKind::TraceRoute);
    }

    void unresolvableHostIsAPlainOutcome()
    {
        QFETCH(QString, model);
        QFETCH(int, kind);
        const DiagnosticRun run = runToEnd(deviceFor(model), DiagnosticKind(kind),
                                           {{QStringLiteral("Host"), QStringLiteral("no-such-host.invalid")}});
        QCOMPARE(run.state, RunState::Error);
        QCOMPARE(run.result.deviceState, QStringLiteral("Error_CannotResolveHostName"));
        QCOMPARE(run.result.outcome, DiagnosticOutcome::forState(QStringLiteral("Error_CannotResolveHostName")));
        QVERIFY(run.result.figures.isEmpty()); // results mean nothing outside Complete
    }

    void silentDeviceIsANamedTimeout()
    {
        // An echo test towards a port nobody answers, each packet waited for a minute:
        // the device reports far later than the manager is willing to wait.
        m_manager->setReportTimeoutMs(3000);
        const DiagnosticRun run = runToEnd(m_tr181, DiagnosticKind::UdpEcho,
                                           {{QStringLiteral("Host"), QStringLiteral("127.0.0.1")},
                                            {QStringLiteral("Port"), QStringLiteral("9")},
                                            {QStringLiteral("NumberOfRepetitions"), QStringLiteral("1")},
                                            {QStringLiteral("Timeout"), QStringLiteral("60000")}});
        m_manager->setReportTimeoutMs(30'000);
        if (qEnvironmentVariableIsSet("DIAG_TRACE")) {
            connect(m_manager.get(), &DiagnosticsManager::runChanged, this, [](const DiagnosticRun &r) {
                qInfo("%lld run %lld %s %s", QDateTime::currentMSecsSinceEpoch() % 100000, r.id, qPrintable(runStateName(r.state)), qPrintable(r.progressText));
            });
            connect(m_engine.get(), &acs::AcsEngine::sessionStarted, this, [](const QString &d, const QString &, const QStringList &e) {
                qInfo("%lld session %s %s", QDateTime::currentMSecsSinceEpoch() % 100000, qPrintable(d), qPrintable(e.join(u',')));
            });
            connect(m_engine.get(), &acs::AcsEngine::sessionFinished, this, [](const QString &d, const QString &, const QString &o) {
                qInfo("%lld session end %s %s", QDateTime::currentMSecsSinceEpoch() % 100000, qPrintable(d), qPrintable(o));
            });
            connect(&m_engine->tasks(), &acs::TaskQueue::taskChanged, this, [](const acs::Task &t) {
                qInfo("%lld task %lld %s %s", QDateTime::currentMSecsSinceEpoch() % 100000, t.id, qPrintable(t.kind), qPrintable(acs::taskStateName(t.state)));
            });
        }
        QCOMPARE(run.state, RunState::TimedOut);
        QCOMPARE(run.result.outcome, DiagnosticOutcome::notReported(3));
        QVERIFY(run.finishedMs - run.startedMs < 10'000);
    }

    void repeatModeBuildsASeriesOverRuns()
    {
        QSignalSpy finished(m_manager.get(), &DiagnosticsManager::repeatFinished);
        QString why;
        const qint64 repeat = m_manager->startRepeated(m_tr098, DiagnosticKind::IpPing,
                                                       {{QStringLiteral("Host"), QStringLiteral("127.0.0.1")},
                                                        {QStringLiteral("NumberOfRepetitions"), QStringLiteral("2")}},
                                                       2, 3, &why);
        QVERIFY2(repeat > 0, qPrintable(why));
        QVERIFY(finished.wait(50'000));
        QCOMPARE(finished.constFirst().constFirst().toLongLong(), repeat);
        const QList<DiagnosticRun> runs = m_manager->repeatRuns(repeat);
        QCOMPARE(runs.size(), 3);
        for (int i = 0; i < runs.size(); ++i) {
            QVERIFY2(runs.at(i).state == RunState::Complete, qPrintable(describe(runs.at(i))));
            QCOMPARE(runs.at(i).repeatIndex, i + 1);
            QCOMPARE(runs.at(i).repeatCount, 3);
        }
        // Every N seconds from one start to the next.
        QVERIFY(runs.at(1).startedMs - runs.at(0).startedMs >= 1900);
        const QList<QPointF> series = DiagnosticsManager::seriesOverRuns(runs, QStringLiteral("rttAvgMs"));
        QCOMPARE(series.size(), 3);
        QVERIFY(series.at(0).x() < series.at(1).x() && series.at(1).x() < series.at(2).x());
        QVERIFY(!m_manager->isRepeatActive(repeat));
    }

    void historyIsKeptInTheWorkspace()
    {
        // The workflow's last write reaches the store before this query (one worker, in order).
        QTRY_VERIFY_WITH_TIMEOUT(m_manager->runs(m_tr181).constLast().historyId > 0, 5000);
        for (QProcess *sim : std::as_const(m_sims)) {
            sim->terminate();
            sim->waitForFinished(5000);
        }
        const qsizetype live = m_manager->runs(m_tr181).size();
        m_manager.reset();
        m_engine.reset();
        m_persistence.reset();
        auto closed = m_db->close();
        closed.waitForFinished();
        m_db.reset();

        store::Database reopened;
        auto opened = reopened.open(m_dir.path());
        opened.waitForFinished();
        QVERIFY(opened.result().ok());
        store::DiagnosticsRepository repository(reopened);
        auto listed = repository.list(m_tr181);
        listed.waitForFinished();
        QVERIFY(listed.result().ok());
        const QList<store::DiagnosticRun> stored = listed.result().value();
        QCOMPARE(stored.size(), live);
        QList<DiagnosticRun> pings;
        for (const store::DiagnosticRun &s : stored) {
            const DiagnosticRun run = DiagnosticRun::fromStore(s);
            QVERIFY(isFinished(run.state));
            if (run.kind == DiagnosticKind::IpPing && run.state == RunState::Complete)
                pings.append(run);
        }
        QCOMPARE(pings.size(), 1);
        QCOMPARE(pings.constFirst().inputs.value(QStringLiteral("Host")), QStringLiteral("127.0.0.1"));
        QCOMPARE(pings.constFirst().result.figures.value(QStringLiteral("successCount")), 3.0);
        QVERIFY(pings.constFirst().rawResults.contains(QStringLiteral("Device.IP.Diagnostics.IPPing.AverageResponseTime")));
    }
};

QTEST_GUILESS_MAIN(DiagnosticsEndToEndTest)
#include "tst_diagnosticse2e.moc"
