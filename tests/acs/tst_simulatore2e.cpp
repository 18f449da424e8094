// Every task type end to end: the engine in this process, the real cwmp-cpe-sim binary as
// the device, CWMP over real sockets on 127.0.0.1 with Digest both ways (the CPE towards
// the ACS, the ACS's connection requests towards the CPE).

#include <acs/acsengine.h>
#include <acs/fileserver.h>
#include <acs/uploadreceiver.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <support/testpaths.h>

using namespace acs;

class SimulatorEndToEndTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    AcsEngine *m_engine = nullptr;
    FileServer *m_files = nullptr;
    UploadReceiver *m_uploads = nullptr;
    QProcess *m_sim = nullptr;
    QString m_id;
    QList<QStringList> m_sessionEvents;

    const DeviceRecord &device() const { return *m_engine->devices().find(m_id); }
    QString cached(const QString &path) const
    {
        const CachedParameter *p = device().parameters.find(path);
        return p ? p->value : QString();
    }

    // Queues a task and wakes the device until the task is finished (or waits for its
    // completion event). Connection requests are the engine's own, with Digest.
    Task run(const QString &kind, const QJsonObject &args, int timeoutMs = 30000)
    {
        QString why;
        const std::optional<Task> queued = m_engine->queueTask(m_id, kind, args, &why);
        if (!queued) {
            Task failed;
            failed.faultString = why;
            failed.state = TaskState::Fault;
            return failed;
        }
        QElapsedTimer timer;
        timer.start();
        qint64 lastRequest = -10000;
        while (timer.elapsed() < timeoutMs) {
            const Task t = *m_engine->tasks().find(queued->id);
            if (isFinished(t.state))
                return t;
            if (t.state == TaskState::Queued && !m_engine->isInSession(m_id) && timer.elapsed() - lastRequest > 2500) {
                m_engine->connectionRequest(m_id);
                lastRequest = timer.elapsed();
            }
            QTest::qWait(50);
        }
        return *m_engine->tasks().find(queued->id);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString sim = testsupport::simulatorPath();
        if (!QFile::exists(sim))
            QSKIP("cwmp-cpe-sim is not built next to the test");

        // A firmware image the simulator accepts, announcing version 2.0.0.
        QFile image(m_dir.filePath(QStringLiteral("gw-2.0.0.bin")));
        QVERIFY(image.open(QIODevice::WriteOnly));
        QByteArray content = "CWMP-SIM-FIRMWARE version=2.0.0\n";
        content += QByteArray(64 * 1024, 'F');
        image.write(content);
        image.close();

        m_engine = new AcsEngine(nullptr, this);
        m_files = new FileServer(this);
        m_uploads = new UploadReceiver(this);
        m_uploads->setDirectory(m_dir.filePath(QStringLiteral("uploads")));
        m_engine->setFileServer(m_files);
        m_engine->setUploadReceiver(m_uploads);
        m_files->addFile(ServedFile{QStringLiteral("gw-2.0.0.bin"), image.fileName(), content.size(),
                                    QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex(),
                                    QStringLiteral("1 Firmware Upgrade Image"), {}, {}, QStringLiteral("2.0.0"), 0});
        AcsSettings settings;
        settings.address = QHostAddress::LocalHost;
        settings.port = 0;
        settings.authMode = CpeAuthMode::Digest;
        settings.cpeUsername = QStringLiteral("cpe");
        settings.cpePassword = QStringLiteral("cpe-secret");
        settings.crUsername = QStringLiteral("acs");
        settings.crPassword = QStringLiteral("cr-secret");
        settings.crMinIntervalMs = 0;
        settings.session.holdMs = 1500;
        QVERIFY2(m_engine->start(settings), qPrintable(m_engine->errorString()));
        connect(m_engine, &AcsEngine::sessionStarted, this,
                [this](const QString &, const QString &, const QStringList &events) { m_sessionEvents.append(events); });

        m_sim = new QProcess(this);
        m_sim->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_sim->start(sim, {QStringLiteral("--acs"), QStringLiteral("http://127.0.0.1:%1/").arg(m_engine->port()),
                           QStringLiteral("--username"), QStringLiteral("cpe"), QStringLiteral("--password"),
                           QStringLiteral("cpe-secret"), QStringLiteral("--cr-port"), QStringLiteral("0"),
                           QStringLiteral("--cr-username"), QStringLiteral("acs"), QStringLiteral("--cr-password"),
                           QStringLiteral("cr-secret"), QStringLiteral("--serial-base"), QStringLiteral("E2E0001"),
                           QStringLiteral("--periodic-interval"), QStringLiteral("3600"), QStringLiteral("--state-dir"),
                           m_dir.filePath(QStringLiteral("state")), QStringLiteral("--log"), QStringLiteral("warn")});
        QVERIFY(m_sim->waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(!m_engine->devices().ids().isEmpty(), 15000);
        m_id = m_engine->devices().ids().constFirst();
    }

    void cleanupTestCase()
    {
        if (m_sim) {
            m_sim->terminate();
            m_sim->waitForFinished(5000);
        }
    }

    void bootstrapRegistersTheDevice()
    {
        QVERIFY(m_id.endsWith(QLatin1String("E2E0001")));
        QVERIFY(!m_sessionEvents.isEmpty());
        QVERIFY(m_sessionEvents.constFirst().contains(QStringLiteral("0 BOOTSTRAP")));
        QVERIFY(!device().softwareVersion.isEmpty());
        QVERIFY(device().connectionRequestUrl.startsWith(QLatin1String("http://127.0.0.1:")));
    }

    void connectionRequestIsAccepted()
    {
        QTRY_VERIFY_WITH_TIMEOUT(!m_engine->isInSession(m_id), 10000);
        QSignalSpy outcome(m_engine, &AcsEngine::connectionRequestFinished);
        const int sessions = m_sessionEvents.size();
        m_engine->connectionRequest(m_id);
        QTRY_VERIFY_WITH_TIMEOUT(!outcome.isEmpty(), 10000);
        QVERIFY2(outcome.at(0).at(1).toBool(), qPrintable(outcome.at(0).at(2).toString()));
        QTRY_VERIFY_WITH_TIMEOUT(m_sessionEvents.size() > sessions, 10000);
        QVERIFY(m_sessionEvents.constLast().contains(QStringLiteral("6 CONNECTION REQUEST")));
    }

    void getParameterNamesAtBothLevels_data()
    {
        QTest::addColumn<bool>("nextLevel");
        QTest::addColumn<QString>("mustList");
        QTest::addColumn<QString>("mustNotList");
        QTest::newRow("next level") << true << QStringLiteral("Device.DeviceInfo.SoftwareVersion")
                                    << QStringLiteral("Device.DeviceInfo.MemoryStatus.Total");
        QTest::newRow("whole subtree") << false << QStringLiteral("Device.DeviceInfo.MemoryStatus.Total") << QString();
    }

    void getParameterNamesAtBothLevels()
    {
        QFETCH(bool, nextLevel);
        QFETCH(QString, mustList);
        QFETCH(QString, mustNotList);
        const Task t = run(QStringLiteral("getParameterNames"),
                           {{QStringLiteral("parameterPath"), QStringLiteral("Device.DeviceInfo.")},
                            {QStringLiteral("nextLevel"), nextLevel}});
        QCOMPARE(t.state, TaskState::Done);
        QStringList names;
        for (const QJsonValue &v : t.result.value(QStringLiteral("parameterNames")).toArray())
            names.append(v.toArray().at(0).toString());
        QVERIFY(names.contains(mustList));
        if (!mustNotList.isEmpty())
            QVERIFY(!names.contains(mustNotList));
    }

    void getParameterValuesFillsTheCacheWithTypes()
    {
        const Task t = run(QStringLiteral("getParameterValues"),
                           {{QStringLiteral("parameterNames"), QJsonArray{QStringLiteral("Device.DeviceInfo.UpTime"),
                                                                          QStringLiteral("Device.ManagementServer.")}}});
        QCOMPARE(t.state, TaskState::Done);
        const CachedParameter *uptime = device().parameters.find(QStringLiteral("Device.DeviceInfo.UpTime"));
        QVERIFY(uptime);
        QCOMPARE(uptime->type, cwmp::ValueType::UnsignedInt);
        QVERIFY(uptime->readAtMs > 0);
        QVERIFY(!cached(QStringLiteral("Device.ManagementServer.ConnectionRequestURL")).isEmpty());
    }

    void setParameterValuesAppliesAndReportsFaultsPerParameter()
    {
        Task t = run(QStringLiteral("setParameterValues"),
                     {{QStringLiteral("parameterValues"),
                       QJsonArray{QJsonArray{QStringLiteral("Device.ManagementServer.PeriodicInformInterval"), QStringLiteral("1800"),
                                             QStringLiteral("xsd:unsignedInt")}}},
                      {QStringLiteral("parameterKey"), QStringLiteral("e2e-1")}});
        QCOMPARE(t.state, TaskState::Done);
        t = run(QStringLiteral("getParameterValues"),
                {{QStringLiteral("parameterNames"), QJsonArray{QStringLiteral("Device.ManagementServer.PeriodicInformInterval"),
                                                               QStringLiteral("Device.ManagementServer.ParameterKey")}}});
        QCOMPARE(cached(QStringLiteral("Device.ManagementServer.PeriodicInformInterval")), QStringLiteral("1800"));
        QCOMPARE(cached(QStringLiteral("Device.ManagementServer.ParameterKey")), QStringLiteral("e2e-1"));

        // A read-only parameter: 9003 with a 9008 entry naming it; nothing applied.
        t = run(QStringLiteral("setParameterValues"),
                {{QStringLiteral("parameterValues"),
                  QJsonArray{QJsonArray{QStringLiteral("Device.DeviceInfo.SoftwareVersion"), QStringLiteral("9.9.9")}}}});
        QCOMPARE(t.state, TaskState::Fault);
        QCOMPARE(t.faultCode, 9003);
        const QJsonArray faults = t.result.value(QStringLiteral("setParameterValuesFaults")).toArray();
        QCOMPARE(faults.size(), 1);
        QCOMPARE(faults.at(0).toObject().value(QStringLiteral("parameterName")).toString(),
                 QStringLiteral("Device.DeviceInfo.SoftwareVersion"));
        QCOMPARE(faults.at(0).toObject().value(QStringLiteral("faultCode")).toInt(), 9008);
    }

    void attributesRoundTrip()
    {
        Task t = run(QStringLiteral("setParameterAttributes"),
                     {{QStringLiteral("parameters"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Device.WiFi.SSID.1.SSID")},
                                                                           {QStringLiteral("notification"), 1}}}}});
        QCOMPARE(t.state, TaskState::Done);
        t = run(QStringLiteral("getParameterAttributes"), {{QStringLiteral("parameterNames"), QJsonArray{QStringLiteral("Device.WiFi.SSID.1.SSID")}}});
        QCOMPARE(t.state, TaskState::Done);
        const QJsonArray attrs = t.result.value(QStringLiteral("parameterAttributes")).toArray();
        QCOMPARE(attrs.size(), 1);
        QCOMPARE(attrs.at(0).toObject().value(QStringLiteral("notification")).toInt(), 1);
        QCOMPARE(device().parameters.find(QStringLiteral("Device.WiFi.SSID.1.SSID"))->notification, std::optional<int>(1));
    }

    void addAndDeleteObject()
    {
        Task t = run(QStringLiteral("addObject"), {{QStringLiteral("objectName"), QStringLiteral("Device.NAT.PortMapping.")}});
        QCOMPARE(t.state, TaskState::Done);
        const int instance = t.result.value(QStringLiteral("instanceNumber")).toInt();
        QVERIFY(instance > 0);
        const QString path = QStringLiteral("Device.NAT.PortMapping.%1.").arg(instance);
        QVERIFY(device().parameters.find(path));
        t = run(QStringLiteral("refreshObject"), {{QStringLiteral("objectName"), path}});
        QCOMPARE(t.state, TaskState::Done);
        QVERIFY(device().parameters.find(path + QStringLiteral("InternalPort")));
        t = run(QStringLiteral("deleteObject"), {{QStringLiteral("objectName"), path}});
        QCOMPARE(t.state, TaskState::Done);
        QVERIFY(!device().parameters.find(path + QStringLiteral("InternalPort")));
        // The device agrees: the instance is gone.
        t = run(QStringLiteral("getParameterValues"), {{QStringLiteral("parameterNames"), QJsonArray{path}}});
        QCOMPARE(t.state, TaskState::Fault);
        QCOMPARE(t.faultCode, 9005);
    }

    void refreshReadsASubtreeAndRemembersTheStrategy()
    {
        const Task t = run(QStringLiteral("refreshObject"), {{QStringLiteral("objectName"), QStringLiteral("Device.DeviceInfo.")}});
        QCOMPARE(t.state, TaskState::Done);
        QVERIFY(t.result.value(QStringLiteral("parameters")).toInt() > 20);
        QCOMPARE(t.result.value(QStringLiteral("strategy")).toString(), QStringLiteral("partial-path-gpv"));
        QVERIFY(device().parameters.subtree(QStringLiteral("Device.DeviceInfo.")).size() > 20);
    }

    void scheduleInformComesBackScheduled()
    {
        const int sessions = m_sessionEvents.size();
        const Task t = run(QStringLiteral("scheduleInform"),
                           {{QStringLiteral("delaySeconds"), 1}, {QStringLiteral("commandKey"), QStringLiteral("si-1")}});
        QCOMPARE(t.state, TaskState::Done);
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(m_sessionEvents.cbegin() + sessions, m_sessionEvents.cend(),
                                             [](const QStringList &e) { return e.contains(QStringLiteral("3 SCHEDULED")); }),
                                 15000);
    }

    void uploadLandsInTheReceiver()
    {
        QSignalSpy received(m_uploads, &UploadReceiver::uploadReceived);
        const Task t = run(QStringLiteral("upload"), {{QStringLiteral("fileType"), QStringLiteral("1 Vendor Configuration File")},
                                                      {QStringLiteral("commandKey"), QStringLiteral("up-1")}});
        QCOMPARE(t.state, TaskState::Done);
        QCOMPARE(received.size(), 1);
        QCOMPARE(received.at(0).at(0).toString(), m_id);
        QFile f(received.at(0).at(2).toString());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("Device.DeviceInfo.SerialNumber"));
    }

    void firmwareDownloadUpgradesTheDevice()
    {
        QVERIFY(device().softwareVersion != u"2.0.0");
        const Task t = run(QStringLiteral("download"), {{QStringLiteral("fileName"), QStringLiteral("gw-2.0.0.bin")},
                                                        {QStringLiteral("commandKey"), QStringLiteral("fw-2")}},
                           60000);
        QCOMPARE(t.state, TaskState::Done);
        QCOMPARE(t.result.value(QStringLiteral("transferFaultCode")).toInt(), 0);
        // The Inform after the upgrade reboot carries the new version.
        QTRY_COMPARE_WITH_TIMEOUT(device().softwareVersion, QStringLiteral("2.0.0"), 15000);
    }

    void rebootCompletesOnMReboot()
    {
        const Task t = run(QStringLiteral("reboot"), {{QStringLiteral("commandKey"), QStringLiteral("rb-e2e")}}, 30000);
        QCOMPARE(t.state, TaskState::Done);
        QVERIFY(std::any_of(m_sessionEvents.cbegin(), m_sessionEvents.cend(),
                            [](const QStringList &e) { return e.contains(QStringLiteral("M Reboot")) && e.contains(QStringLiteral("1 BOOT")); }));
    }

    void factoryResetCompletesOnBootstrap()
    {
        const Task t = run(QStringLiteral("factoryReset"), {}, 30000);
        QCOMPARE(t.state, TaskState::Done);
        QVERIFY(m_sessionEvents.constLast().contains(QStringLiteral("0 BOOTSTRAP")));
        // The profile's defaults are back.
        const Task read = run(QStringLiteral("getParameterValues"),
                              {{QStringLiteral("parameterNames"), QJsonArray{QStringLiteral("Device.ManagementServer.ParameterKey")}}});
        QCOMPARE(read.state, TaskState::Done);
        QCOMPARE(cached(QStringLiteral("Device.ManagementServer.ParameterKey")), QString());
    }
};

QTEST_GUILESS_MAIN(SimulatorEndToEndTest)
#include "tst_simulatore2e.moc"
