// Minimal sessions (Inform, empty POST, 204) from a fleet of simulated devices informing
// every second: sessions per second the engine completes and the engine process's CPU per
// session from the kernel's accounting (getrusage: every thread, the store's worker
// included). Rows: SOAP log off (the same-run baseline), log on without persistence, and
// a real SQLite workspace with the log off (device rows only) and on (the store's worker
// writes every message).
// The target: under 0.5 ms of CPU per minimal session with the SOAP log on (a
// Node.js ACS spends about 4.4 ms). The simulator is another process: its CPU is printed
// for information and not counted.
//
//   build/bin/bench_informs                                        100 devices, 4 s windows
//   BENCH_DEVICES=500 BENCH_WINDOW_S=10 build/bin/bench_informs    the figures

#include "benchsupport.h"

#include <acs/acsengine.h>
#include <acs/fileserver.h>
#include <acs/workspace.h>

#include <store/database.h>
#include <store/soaplogrepository.h>

#include <QMap>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace acs;

namespace {

constexpr int kPeriodicSeconds = 1;
constexpr int kWarmUpMs = 2000;
constexpr int kRegisterTimeoutMs = 60000;
// Messages the SOAP log holds per minimal session: Inform, InformResponse, empty POST, 204.
constexpr int kMessagesPerSession = 4;

struct Figures {
    int sessions = 0;
    double seconds = 0;
    double cpu = 0;      // this process, all threads
    double mainCpu = 0;  // the engine's thread
    double storeCpu = 0; // the SQLite worker
    double simCpu = 0;   // the simulator process
};

QString rowName(bool log, bool sqlite)
{
    return QStringLiteral("log %1%2").arg(log ? QStringLiteral("on") : QStringLiteral("off"),
                                          sqlite ? QStringLiteral(", SQLite workspace") : QString());
}

} // namespace

class BenchInforms : public QObject
{
    Q_OBJECT

private:
    QMap<QString, Figures> m_figures;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo::exists(bench::simulatorPath()),
                 qPrintable(QStringLiteral("%1 is missing: build the cwmp-cpe-sim target").arg(bench::simulatorPath())));
    }

    void minimalSessions_data()
    {
        QTest::addColumn<bool>("soapLog");
        QTest::addColumn<bool>("sqlite");
        QTest::newRow("log off") << false << false;
        QTest::newRow("log on") << true << false;
        QTest::newRow("log off, sqlite") << false << true;
        QTest::newRow("log on, sqlite") << true << true;
    }

    void minimalSessions()
    {
        QFETCH(bool, soapLog);
        QFETCH(bool, sqlite);
        const int devices = bench::envInt("BENCH_DEVICES", 100);
        const int windowMs = bench::envInt("BENCH_WINDOW_S", 4) * 1000;

        // The workspace the way the application builds it: its persistence goes into the
        // engine's constructor, then the workspace is opened (loaded) into that engine.
        // Declared before the engine, which is destroyed first and still ends sessions
        // ("the ACS stopped") as it goes; the slot below reads the counters.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Workspace workspace;
        FileServer files;
        int completed = 0; // every completed session, for the log check
        int windowSessions = 0;
        int failed = 0;
        bool counting = false;
        QString lastFailure;
        AcsEngine engine(sqlite ? workspace.persistence() : nullptr);
        if (sqlite) {
            bool opened = false;
            QString error;
            workspace.open(dir.path(), engine, files, [&](bool ok, const QString &why) {
                opened = ok;
                error = ok ? QStringLiteral("ok") : why;
            });
            QVERIFY(bench::spinUntil([&] { return !error.isEmpty(); }, 20000));
            QVERIFY2(opened, qPrintable(error));
        }
        AcsSettings settings;
        settings.address = QHostAddress::LocalHost;
        settings.port = 0;
        settings.authMode = CpeAuthMode::None;
        // Every simulated device connects from 127.0.0.1: the per-address limit (256 by
        // default, against floods from one host) would turn a fleet's first burst away.
        settings.limits.maxConnectionsPerAddress = qMax(settings.limits.maxConnectionsPerAddress, devices + 64);
        settings.limits.maxConnections = qMax(settings.limits.maxConnections, devices + 64);
        settings.soapLog = soapLog;
        QVERIFY2(engine.start(settings), qPrintable(engine.errorString()));

        connect(&engine, &AcsEngine::sessionFinished, &engine, [&](const QString &, const QString &, const QString &outcome) {
            if (outcome == u"completed") {
                ++completed;
                if (counting)
                    ++windowSessions;
            } else if (counting) {
                ++failed;
                lastFailure = outcome;
            }
        });

        bench::Simulator sim({QStringLiteral("--acs"), QStringLiteral("http://127.0.0.1:%1/").arg(engine.port()),
                              QStringLiteral("--count"), QString::number(devices),
                              QStringLiteral("--serial-base"), QStringLiteral("INF000001"),
                              QStringLiteral("--cr-port"), QStringLiteral("0"),
                              QStringLiteral("--periodic-interval"), QString::number(kPeriodicSeconds),
                              QStringLiteral("--log"), QStringLiteral("error")});
        QVERIFY2(sim.waitForStarted(), qPrintable(sim.errorString()));
        QVERIFY2(bench::spinUntil([&] { return engine.devices().ids().size() >= devices; }, kRegisterTimeoutMs),
                 qPrintable(QStringLiteral("%1 of %2 devices registered").arg(engine.devices().ids().size()).arg(devices)));
        bench::spinFor(kWarmUpMs);

        Figures f;
        const double cpu0 = bench::selfCpuSeconds();
        const double main0 = bench::threadCpuSeconds(QString());
        const double store0 = bench::threadCpuSeconds(QStringLiteral("store::"));
        const double sim0 = bench::processCpuSeconds(sim.pid());
        QElapsedTimer window;
        window.start();
        counting = true;
        bench::spinFor(windowMs);
        counting = false;
        f.seconds = double(window.nsecsElapsed()) / 1e9;
        f.cpu = bench::selfCpuSeconds() - cpu0;
        f.mainCpu = bench::threadCpuSeconds(QString()) - main0;
        f.storeCpu = bench::threadCpuSeconds(QStringLiteral("store::")) - store0;
        f.simCpu = bench::processCpuSeconds(sim.pid()) - sim0;
        f.sessions = windowSessions;
        QVERIFY2(sim.isRunning(), "the simulator exited during the window");
        sim.stop();

        QCOMPARE(int(engine.devices().ids().size()), devices);
        QVERIFY2(failed == 0, qPrintable(QStringLiteral("%1 sessions failed, last: %2").arg(failed).arg(lastFailure)));
        // The simulator asks for devices/interval sessions a second: the engine must keep
        // up with at least half of that (less means sessions queue up or fail).
        const double offered = double(devices) / kPeriodicSeconds * f.seconds;
        QVERIFY2(f.sessions >= offered / 2,
                 qPrintable(QStringLiteral("%1 sessions in %2 s, %3 offered").arg(f.sessions).arg(f.seconds).arg(offered)));

        if (sqlite) {
            // The log really reached SQLite (or, with the log off, nothing did): a totals
            // query queued behind the appends sees every message of every completed
            // session. Timed: the backlog the worker had.
            store::SoapLogRepository log(workspace.database());
            QElapsedTimer drain;
            drain.start();
            auto totals = log.totals();
            QVERIFY(bench::spinUntil([&] { return totals.isFinished(); }, 60000));
            QVERIFY(totals.result().ok());
            qInfo("SQLite: %lld messages logged (%.1f MB) for %d completed sessions; store backlog drained in %.0f ms",
                  totals.result().value().exchanges, double(totals.result().value().bytes) / 1e6, completed,
                  double(drain.nsecsElapsed()) / 1e6);
            if (soapLog)
                QVERIFY(totals.result().value().exchanges >= qint64(kMessagesPerSession) * completed);
            else
                QCOMPARE(totals.result().value().exchanges, qint64(0));
        }

        const double ms = 1e3 / qMax(1, f.sessions);
        qInfo("%s: %d devices, %d sessions in %.2f s = %.0f sessions/s; engine process CPU %.3f ms/session "
              "(engine thread %.3f, SQLite worker %.3f, other threads %.3f); simulator CPU %.3f ms/session (not counted)",
              qPrintable(rowName(soapLog, sqlite)), devices, f.sessions, f.seconds, f.sessions / f.seconds, f.cpu * ms,
              f.mainCpu * ms, f.storeCpu * ms, (f.cpu - f.mainCpu - f.storeCpu) * ms, f.simCpu * ms);
        m_figures.insert(rowName(soapLog, sqlite), f);
    }

    void cleanupTestCase()
    {
        const auto perSession = [](const Figures &f) { return f.cpu * 1e3 / qMax(1, f.sessions); };
        const QString baseline = rowName(false, false);
        if (!m_figures.contains(baseline))
            return;
        const double base = perSession(m_figures.value(baseline));
        for (auto it = m_figures.cbegin(); it != m_figures.cend(); ++it) {
            const double ms = perSession(it.value());
            qInfo("summary: %-28s %.3f ms CPU/session, %.2fx the log-off baseline, %.1fx under Node.js's 4.4 ms; "
                  "target < 0.5 ms with the log on: %s",
                  qPrintable(it.key()), ms, ms / base, 4.4 / ms,
                  it.key().startsWith(QLatin1String("log on")) ? (ms < 0.5 ? "met" : "missed") : "n/a");
        }
    }
};

QTEST_GUILESS_MAIN(BenchInforms)
#include "bench_informs.moc"
