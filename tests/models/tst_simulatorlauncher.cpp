// "Start simulated device" with the real cwmp-cpe-sim (next to this test in build/bin)
// against a real AcsService on 127.0.0.1 port 0 over a temporary workspace: the device
// authenticates with the workspace's generated credentials, answers a connection request
// with the ACS's default credentials, and is gone when stopped.

#include <simulatorlauncher.h>

#include <service/acsservice.h>
#include <support/testpaths.h>

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <optional>

using models::SimulatorLauncher;
using service::AcsService;
using service::ServiceSettings;

namespace {

constexpr int kWaitMs = 30000;

QString openService(AcsService &service, const QString &dir)
{
    std::optional<QString> outcome;
    service.open(dir, [&](bool ok, const QString &error) { outcome = ok ? QString() : error; });
    if (!QTest::qWaitFor([&] { return outcome.has_value(); }, kWaitMs))
        return QStringLiteral("the workspace did not open in time");
    return *outcome;
}

// The engine's id of the device with this serial number, or empty.
QString deviceWithSerial(acs::AcsEngine &engine, const QString &serial)
{
    for (const QString &id : engine.devices().ids()) {
        if (id.endsWith(u'-' + serial))
            return id;
    }
    return {};
}

} // namespace

class tst_SimulatorLauncher : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_tempDir; // a fresh workspace for every test
    std::unique_ptr<AcsService> m_service;

    void startService(service::TlsMode tls = service::TlsMode::Off)
    {
        m_service = std::make_unique<AcsService>();
        const QString error = openService(*m_service, m_tempDir->path());
        QVERIFY2(error.isEmpty(), qPrintable(error));
        ServiceSettings s;
        s.acs.address = QHostAddress::LocalHost;
        s.acs.port = 0;
        s.acs.crMinIntervalMs = 0;
        s.tlsMode = tls;
        QString why;
        QVERIFY2(m_service->apply(s, &why), qPrintable(why));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(testsupport::simulatorPath()).isExecutable(), "build cwmp-cpe-sim first");
        QCOMPARE(SimulatorLauncher::defaultProgram(), testsupport::simulatorPath());
    }

    void init()
    {
        m_tempDir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_tempDir->isValid());
    }

    void cleanup()
    {
        m_service.reset();
        m_tempDir.reset();
    }

    void launchedDeviceInformsAnswersAConnectionRequestAndStops_data()
    {
        QTest::addColumn<service::TlsMode>("tls");
        QTest::newRow("http") << service::TlsMode::Off;
        QTest::newRow("https with the generated certificate") << service::TlsMode::Generate;
    }

    void launchedDeviceInformsAnswersAConnectionRequestAndStops()
    {
        QFETCH(service::TlsMode, tls);
        startService(tls);
        acs::AcsEngine &engine = m_service->engine();
        SimulatorLauncher launcher(*m_service);
        QSignalSpy started(&launcher, &SimulatorLauncher::started);
        QSignalSpy finished(&launcher, &SimulatorLauncher::finished);
        QSignalSpy errors(&launcher, &SimulatorLauncher::errorOccurred);
        QSignalSpy refused(&engine, &acs::AcsEngine::authenticationFailed);

        const QString serial = launcher.start();
        QCOMPARE(serial, QStringLiteral("WBSIM0001"));
        QVERIFY(started.wait(kWaitMs));
        QCOMPARE(started.constFirst().constFirst().toString(), serial);
        QCOMPARE(launcher.runningCount(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!deviceWithSerial(engine, serial).isEmpty(), kWaitMs);
        const QString id = deviceWithSerial(engine, serial);
        // Only the Digest challenge to the first, credential-less request.
        for (const QList<QVariant> &r : refused)
            QVERIFY2(!r.at(1).toString().contains(u"wrong"), qPrintable(r.at(1).toString()));

        QTRY_VERIFY_WITH_TIMEOUT(!engine.isInSession(id), kWaitMs);
        QSignalSpy crFinished(&engine, &acs::AcsEngine::connectionRequestFinished);
        engine.connectionRequest(id);
        QVERIFY(crFinished.wait(kWaitMs));
        QVERIFY2(crFinished.constFirst().at(1).toBool(), qPrintable(crFinished.constFirst().at(2).toString()));

        launcher.stop();
        QVERIFY(finished.wait(kWaitMs));
        QCOMPARE(finished.constFirst().at(0).toString(), serial);
        QCOMPARE(finished.constFirst().at(1).toInt(), 0);
        QCOMPARE(launcher.runningCount(), 0);
        QVERIFY(errors.isEmpty());
        // Its state is kept in the workspace: the same serial is the same device next time.
        QVERIFY(QFile::exists(QDir(m_tempDir->path()).filePath(QStringLiteral("simulator/%1.json").arg(serial))));
    }

    void severalDevicesGetDistinctSerials()
    {
        startService();
        SimulatorLauncher launcher(*m_service);
        const QString first = launcher.start();
        const QString second = launcher.start();
        QCOMPARE(first, QStringLiteral("WBSIM0001"));
        QCOMPARE(second, QStringLiteral("WBSIM0002"));
        QCOMPARE(launcher.runningSerials(), (QStringList{first, second}));
        QTRY_VERIFY_WITH_TIMEOUT(!deviceWithSerial(m_service->engine(), first).isEmpty()
                                     && !deviceWithSerial(m_service->engine(), second).isEmpty(),
                                 kWaitMs);
        QSignalSpy finished(&launcher, &SimulatorLauncher::finished);
        launcher.stop();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, kWaitMs);
        QCOMPARE(launcher.runningCount(), 0);
    }

    void missingSimulatorIsReportedInPlainWords()
    {
        startService();
        SimulatorLauncher launcher(*m_service);
        const QString missing = m_tempDir->filePath(QStringLiteral("nowhere/cwmp-cpe-sim"));
        launcher.setProgram(missing);
        QSignalSpy errors(&launcher, &SimulatorLauncher::errorOccurred);
        QVERIFY(launcher.start().isEmpty());
        QCOMPARE(errors.count(), 1);
        const QString message = errors.constFirst().constFirst().toString();
        QVERIFY2(message.contains(missing) && message.contains(u"not found"), qPrintable(message));
        QCOMPARE(launcher.runningCount(), 0);
    }

    void aSimulatorThatFailsReportsItsLastLines()
    {
        startService();
        SimulatorLauncher launcher(*m_service);
        launcher.setProfile(QStringLiteral("no-such-profile"));
        QSignalSpy finished(&launcher, &SimulatorLauncher::finished);
        QVERIFY(!launcher.start().isEmpty());
        QVERIFY(finished.wait(kWaitMs));
        QCOMPARE(finished.constFirst().at(1).toInt(), 2);
        const QStringList lines = finished.constFirst().at(2).toStringList();
        QVERIFY(!lines.isEmpty());
        QVERIFY2(lines.constLast().contains(u"no-such-profile"), qPrintable(lines.join(u'\n')));
    }

    void refusesWhenTheAcsIsNotListening()
    {
        m_service = std::make_unique<AcsService>();
        QCOMPARE(openService(*m_service, m_tempDir->path()), QString());
        SimulatorLauncher launcher(*m_service);
        QSignalSpy errors(&launcher, &SimulatorLauncher::errorOccurred);
        QVERIFY(launcher.start().isEmpty());
        QCOMPARE(errors.count(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_SimulatorLauncher)
#include "tst_simulatorlauncher.moc"
