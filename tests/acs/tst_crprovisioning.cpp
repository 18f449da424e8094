// On BOOTSTRAP the engine can give a device connection-request credentials of its own:
// it writes them with SetParameterValues and uses them for later connection requests.

#include <acs/acsengine.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QtTest>

#include <support/testpaths.h>

using namespace acs;

class CrProvisioningTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bootstrapWritesGeneratedConnectionRequestCredentials()
    {
        const QString sim = testsupport::simulatorPath();
        if (!QFile::exists(sim))
            QSKIP("cwmp-cpe-sim is not built next to the test");
        AcsEngine engine;
        AcsSettings settings;
        settings.address = QHostAddress::LocalHost;
        settings.port = 0;
        settings.authMode = CpeAuthMode::None;
        settings.provisionConnectionRequestCredentials = true;
        settings.crMinIntervalMs = 0;
        settings.session.holdMs = 200;
        // Defaults the device does not know: only the provisioned credentials can work.
        settings.crUsername = QStringLiteral("nobody");
        settings.crPassword = QStringLiteral("wrong");
        QVERIFY(engine.start(settings));

        QProcess process;
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(sim, {QStringLiteral("--acs"), QStringLiteral("http://127.0.0.1:%1/").arg(engine.port()),
                            QStringLiteral("--cr-port"), QStringLiteral("0"), QStringLiteral("--serial-base"),
                            QStringLiteral("CRP0001"), QStringLiteral("--log"), QStringLiteral("warn")});
        QVERIFY(process.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(!engine.devices().ids().isEmpty(), 15000);
        const QString id = engine.devices().ids().constFirst();

        // The SetParameterValues went out in the bootstrap session and was accepted.
        QTRY_VERIFY_WITH_TIMEOUT(engine.devices().find(id)->credentials.crUsername.has_value(), 15000);
        const DeviceCredentials c = engine.devices().find(id)->credentials;
        QVERIFY(c.crUsername->startsWith(QLatin1String("acs-")));
        QCOMPARE(c.crPassword->size(), 16);
        const QList<Task> tasks = engine.tasks().tasksOf(id);
        QCOMPARE(tasks.size(), 1);
        QCOMPARE(tasks.constFirst().state, TaskState::Done);

        // A connection request with them is accepted by the device.
        QTRY_VERIFY_WITH_TIMEOUT(!engine.isInSession(id), 10000);
        QSignalSpy outcome(&engine, &AcsEngine::connectionRequestFinished);
        engine.connectionRequest(id);
        QTRY_VERIFY_WITH_TIMEOUT(!outcome.isEmpty(), 10000);
        QVERIFY2(outcome.at(0).at(1).toBool(), qPrintable(outcome.at(0).at(2).toString()));

        process.terminate();
        process.waitForFinished(5000);
    }
};

QTEST_GUILESS_MAIN(CrProvisioningTest)
#include "tst_crprovisioning.moc"
