// Firmware upgrades, backups and restores followed as timelines (issue 7), end to end: the
// engine, file server, upload receiver and TransferTracker in this process, real SQLite,
// and the real cwmp-cpe-sim binary as the device (one normal, one with
// --fault download-fail).

#include <acs/acsengine.h>
#include <acs/fileserver.h>
#include <acs/storepersistence.h>
#include <acs/transfertracker.h>
#include <acs/uploadreceiver.h>
#include <cwmp/faultcodes.h>
#include <store/database.h>
#include <store/snapshotrepository.h>
#include <store/transferrepository.h>

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <support/testpaths.h>

using namespace acs;

class FirmwareUpgradeTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    AcsEngine *m_engine = nullptr;
    FileServer *m_files = nullptr;
    UploadReceiver *m_uploads = nullptr;
    store::Database *m_db = nullptr;
    std::unique_ptr<StorePersistence> m_persistence; // devices must be rows: snapshots refer to them
    std::unique_ptr<store::TransferRepository> m_repository;
    std::unique_ptr<store::SnapshotRepository> m_snapshots;
    TransferTracker *m_tracker = nullptr;
    QList<QProcess *> m_sims;
    QString m_id;      // the normal simulator
    QString m_faultId; // the one that fails every Download with 9010

    QString version(const QString &id) const { return m_engine->devices().find(id)->softwareVersion; }

    void addImage(const QString &name, const QByteArray &content, const QString &version, qint64 announcedSize = -1)
    {
        QFile image(m_dir.filePath(name));
        QVERIFY(image.open(QIODevice::WriteOnly));
        image.write(content);
        image.close();
        m_files->addFile(ServedFile{name, image.fileName(), announcedSize >= 0 ? announcedSize : content.size(),
                                    QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex(),
                                    QStringLiteral("1 Firmware Upgrade Image"), {}, {}, version, 0});
    }

    static QByteArray image(const QString &version)
    {
        return "CWMP-SIM-FIRMWARE version=" + version.toUtf8() + '\n' + QByteArray(300 * 1024, 'F');
    }

    QString startSimulator(const QString &serial, const QStringList &extra)
    {
        auto *sim = new QProcess(this);
        m_sims.append(sim);
        sim->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        const QStringList known = m_engine->devices().ids();
        const QSet<QString> before(known.cbegin(), known.cend());
        sim->start(testsupport::simulatorPath(),
                   QStringList{QStringLiteral("--acs"), QStringLiteral("http://127.0.0.1:%1/").arg(m_engine->port()),
                               QStringLiteral("--username"), QStringLiteral("cpe"), QStringLiteral("--password"),
                               QStringLiteral("cpe-secret"), QStringLiteral("--cr-username"), QStringLiteral("acs"),
                               QStringLiteral("--cr-password"), QStringLiteral("cr-secret"),
                               QStringLiteral("--cr-port"), QStringLiteral("0"), QStringLiteral("--serial-base"), serial,
                               QStringLiteral("--periodic-interval"), QStringLiteral("3600"), QStringLiteral("--state-dir"),
                               m_dir.filePath(serial), QStringLiteral("--log"), QStringLiteral("warn")}
                       + extra);
        if (!sim->waitForStarted())
            return {};
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 15000) {
            for (const QString &id : m_engine->devices().ids()) {
                if (!before.contains(id) && id.endsWith(serial))
                    return id;
            }
            QTest::qWait(50);
        }
        return {};
    }

    // Waits until the timeline ends, waking the device again while its task waits.
    TransferTimeline finish(const TransferTimeline &started, int timeoutMs = 40000)
    {
        QElapsedTimer timer;
        timer.start();
        qint64 lastWake = 0;
        while (timer.elapsed() < timeoutMs) {
            const TransferTimeline t = *m_tracker->find(started.id);
            if (!t.isRunning())
                return t;
            const auto task = m_engine->tasks().find(t.id);
            if (task && task->state == TaskState::Queued && !m_engine->isInSession(t.deviceId)
                && timer.elapsed() - lastWake > 3000) {
                m_engine->connectionRequest(t.deviceId);
                lastWake = timer.elapsed();
            }
            QTest::qWait(50);
        }
        return *m_tracker->find(started.id);
    }

    QStringList stageNames(const TransferTimeline &t) const
    {
        QStringList out;
        for (const TransferStage &s : t.stages)
            out << s.name;
        return out;
    }

    Task runTask(const QString &kind, const QJsonObject &args)
    {
        QString why;
        const auto queued = m_engine->queueTask(m_id, kind, args, &why);
        if (!queued)
            return {};
        QElapsedTimer timer;
        timer.start();
        qint64 lastWake = -10000;
        while (timer.elapsed() < 20000) {
            const Task t = *m_engine->tasks().find(queued->id);
            if (isFinished(t.state))
                return t;
            if (t.state == TaskState::Queued && !m_engine->isInSession(m_id) && timer.elapsed() - lastWake > 3000) {
                m_engine->connectionRequest(m_id);
                lastWake = timer.elapsed();
            }
            QTest::qWait(50);
        }
        return *m_engine->tasks().find(queued->id);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (!QFile::exists(testsupport::simulatorPath()))
            QSKIP("cwmp-cpe-sim is not built next to the test");
        m_db = new store::Database(this);
        auto opened = m_db->open(m_dir.filePath(QStringLiteral("db")));
        QTRY_VERIFY_WITH_TIMEOUT(opened.isFinished(), 10000);
        QVERIFY2(opened.result().ok(), qPrintable(opened.result().error().message));
        m_repository = std::make_unique<store::TransferRepository>(*m_db);
        m_snapshots = std::make_unique<store::SnapshotRepository>(*m_db);

        m_persistence = std::make_unique<StorePersistence>(*m_db);
        m_engine = new AcsEngine(m_persistence.get(), this);
        m_files = new FileServer(this);
        m_uploads = new UploadReceiver(this);
        m_uploads->setDirectory(m_dir.filePath(QStringLiteral("uploads")));
        m_engine->setFileServer(m_files);
        m_engine->setUploadReceiver(m_uploads);
        AcsSettings settings;
        settings.address = QHostAddress::LocalHost;
        settings.port = 0;
        settings.authMode = CpeAuthMode::Digest;
        settings.cpeUsername = QStringLiteral("cpe");
        settings.cpePassword = QStringLiteral("cpe-secret");
        settings.crUsername = QStringLiteral("acs");
        settings.crPassword = QStringLiteral("cr-secret");
        settings.crMinIntervalMs = 0;
        settings.session.holdMs = 500;
        QVERIFY2(m_engine->start(settings), qPrintable(m_engine->errorString()));
        m_tracker = new TransferTracker(m_engine, m_files, m_uploads, m_repository.get(), m_snapshots.get(), this);
        connect(m_engine, &AcsEngine::connectionRequestFinished, this, [](const QString &id, bool ok, const QString &why) {
            if (!ok)
                qWarning("connection request to %s failed: %s", qPrintable(id), qPrintable(why));
        });

        m_id = startSimulator(QStringLiteral("FWU0001"), {});
        QVERIFY(!m_id.isEmpty());
        m_faultId = startSimulator(QStringLiteral("FWF0001"), {QStringLiteral("--fault"), QStringLiteral("download-fail")});
        QVERIFY(!m_faultId.isEmpty());
        // Let the bootstrap sessions end.
        QTRY_VERIFY_WITH_TIMEOUT(!m_engine->isInSession(m_id) && !m_engine->isInSession(m_faultId), 10000);
    }

    void cleanupTestCase()
    {
        for (QProcess *sim : std::as_const(m_sims)) {
            sim->terminate();
            sim->waitForFinished(5000);
        }
    }

    void upgradeSucceedsAndShowsTheNewVersion()
    {
        const QString before = version(m_id);
        QVERIFY(!before.isEmpty());
        QVERIFY(before != u"7.1.0");
        addImage(QStringLiteral("gw-7.1.0.bin"), image(QStringLiteral("7.1.0")), QStringLiteral("7.1.0"));
        QString why;
        const auto started = m_tracker->upgradeFirmware(m_id, QStringLiteral("gw-7.1.0.bin"), 0, &why);
        QVERIFY2(started, qPrintable(why));
        const TransferTimeline t = finish(*started);
        QVERIFY2(t.state == TransferTimeline::kSucceeded, qPrintable(t.failure + stageNames(t).join(u',')));
        QCOMPARE(t.previousVersion, before);
        QCOMPARE(t.newVersion, QStringLiteral("7.1.0"));
        QCOMPARE(version(m_id), QStringLiteral("7.1.0"));
        const QStringList stages = stageNames(t);
        for (const char *stage : {"queued", "snapshot", "accepted", "fetching", "fetched", "transferComplete", "rebooted",
                                  "version", "succeeded"})
            QVERIFY2(stages.contains(QLatin1String(stage)), stage);
        QVERIFY(stages.indexOf(QStringLiteral("fetched")) < stages.indexOf(QStringLiteral("transferComplete")));
        QCOMPARE(t.bytesSent, t.bytesTotal);
        QCOMPARE(t.bytesTotal, image(QStringLiteral("7.1.0")).size());
        QVERIFY(!t.transferStart.isEmpty());
        QVERIFY(t.snapshotId > 0);
        // For the console's screenshot test (tests/ui/tst_transfertimeline.cpp).
        if (const QString dump = qEnvironmentVariable("CWMP_TIMELINE_DUMP"); !dump.isEmpty()) {
            QFile out(dump);
            if (out.open(QIODevice::WriteOnly))
                out.write(QJsonDocument(t.toJson()).toJson());
        }

        // The timeline is in SQLite, and the snapshot before it too.
        auto stored = m_repository->get(t.id);
        QTRY_VERIFY(stored.isFinished());
        QVERIFY(stored.result().ok());
        QCOMPARE(TransferTimeline::fromRecord(stored.result().value()).newVersion, QStringLiteral("7.1.0"));
        auto snapshot = m_snapshots->get(t.snapshotId);
        QTRY_VERIFY(snapshot.isFinished());
        QVERIFY(snapshot.result().ok());
        QCOMPARE(snapshot.result().value().reason, QStringLiteral("before firmware upgrade"));
        QVERIFY(snapshot.result().value().entryCount > 0);
    }

    void versionUnchangedAfterTheRebootIsAFailure()
    {
        // An image that announces the version the device already runs.
        const QString running = version(m_id);
        addImage(QStringLiteral("same.bin"), image(running), QString());
        const auto started = m_tracker->upgradeFirmware(m_id, QStringLiteral("same.bin"));
        QVERIFY(started);
        const TransferTimeline t = finish(*started);
        QCOMPARE(t.state, QString(TransferTimeline::kFailed));
        QVERIFY(stageNames(t).contains(QStringLiteral("rebooted")));
        QVERIFY2(t.failure.contains(QLatin1String("Version unchanged")), qPrintable(t.failure));
        QVERIFY(t.failure.contains(running));
    }

    void sizeThatDisagreesEndsAsCorruptedFile()
    {
        // The Download announces more bytes than the file server has (TR-069 FileSize).
        addImage(QStringLiteral("short.bin"), image(QStringLiteral("7.2.0")), QStringLiteral("7.2.0"),
                 image(QStringLiteral("7.2.0")).size() + 1000);
        const auto started = m_tracker->upgradeFirmware(m_id, QStringLiteral("short.bin"));
        QVERIFY(started);
        const TransferTimeline t = finish(*started);
        QCOMPARE(t.state, QString(TransferTimeline::kFailed));
        QCOMPARE(t.faultCode, int(cwmp::FileCorrupted));
        QVERIFY2(t.failure.contains(QLatin1String("File corrupted (9018)")), qPrintable(t.failure));
        QVERIFY(stageNames(t).contains(QStringLiteral("fetching")));
        QCOMPARE(version(m_id), QStringLiteral("7.1.0"));
    }

    void missingFileEndsAsFileNotFound()
    {
        addImage(QStringLiteral("gone.bin"), image(QStringLiteral("7.3.0")), QStringLiteral("7.3.0"));
        const auto started = m_tracker->upgradeFirmware(m_id, QStringLiteral("gone.bin"));
        QVERIFY(started);
        m_files->removeFile(QStringLiteral("gone.bin")); // the device then meets a 404
        const TransferTimeline t = finish(*started);
        QCOMPARE(t.state, QString(TransferTimeline::kFailed));
        QCOMPARE(t.faultCode, int(cwmp::FileAccessFailure));
        QVERIFY2(t.failure.contains(QLatin1String("File not found at the URL (9016)")), qPrintable(t.failure));
    }

    void downloadFailureFaultIsNamed()
    {
        addImage(QStringLiteral("gw-8.0.0.bin"), image(QStringLiteral("8.0.0")), QStringLiteral("8.0.0"));
        const QString before = version(m_faultId);
        const auto started = m_tracker->upgradeFirmware(m_faultId, QStringLiteral("gw-8.0.0.bin"));
        QVERIFY(started);
        const TransferTimeline t = finish(*started);
        QCOMPARE(t.state, QString(TransferTimeline::kFailed));
        QCOMPARE(t.faultCode, int(cwmp::DownloadFailure));
        QVERIFY2(t.failure.startsWith(QLatin1String("Download failure (9010)")), qPrintable(t.failure));
        QVERIFY(!t.faultString.isEmpty());
        QCOMPARE(version(m_faultId), before);
    }

    void noTransferCompleteWithinTheTimeoutIsAFailure()
    {
        // A device that never hears of the task: the timeline gives up in plain words.
        QTRY_VERIFY_WITH_TIMEOUT(!m_engine->isInSession(m_faultId), 10000);
        m_tracker->setWakeDevices(false);
        m_tracker->setTimeouts(300, 300);
        addImage(QStringLiteral("late.bin"), image(QStringLiteral("9.0.0")), QStringLiteral("9.0.0"));
        const auto started = m_tracker->upgradeFirmware(m_faultId, QStringLiteral("late.bin"));
        QVERIFY(started);
        QTRY_VERIFY_WITH_TIMEOUT(!m_tracker->find(started->id)->isRunning(), 5000);
        m_engine->tasks().cancel(started->id);
        const QString failure = m_tracker->find(started->id)->failure;
        QVERIFY2(failure.startsWith(QLatin1String("Timeout: no TransferComplete")), qPrintable(failure));
    }

    void cleanup()
    {
        m_tracker->setTimeouts(TransferTracker::kDefaultTimeoutMs, TransferTracker::kDefaultRebootTimeoutMs);
        m_tracker->setWakeDevices(true);
    }

    void backupChangeRestoreGivesTheValueBack()
    {
        const QString path = QStringLiteral("Device.DeviceInfo.ProvisioningCode");
        const Task first = runTask(QStringLiteral("setParameterValues"),
                                   {{QStringLiteral("parameterValues"),
                                     QJsonArray{QJsonArray{path, QStringLiteral("before-backup"), QStringLiteral("xsd:string")}}}});
        QCOMPARE(first.state, TaskState::Done);

        const auto backup = m_tracker->backUpConfiguration(m_id);
        QVERIFY(backup);
        const TransferTimeline saved = finish(*backup);
        QVERIFY2(saved.state == TransferTimeline::kSucceeded, qPrintable(saved.failure));
        QVERIFY(QFile::exists(saved.path));
        QVERIFY(saved.fileSize > 0);
        QFile file(saved.path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("Device.DeviceInfo.ProvisioningCode=before-backup"));

        const Task change = runTask(QStringLiteral("setParameterValues"),
                                    {{QStringLiteral("parameterValues"),
                                      QJsonArray{QJsonArray{path, QStringLiteral("changed"), QStringLiteral("xsd:string")}}}});
        QCOMPARE(change.state, TaskState::Done);

        const auto restore = m_tracker->restore(saved);
        QVERIFY(restore);
        QVERIFY(m_files->file(restore->fileName)); // served while it runs
        const TransferTimeline restored = finish(*restore);
        QVERIFY2(restored.state == TransferTimeline::kSucceeded, qPrintable(restored.failure));
        QVERIFY(stageNames(restored).contains(QStringLiteral("fetched")));
        QVERIFY(stageNames(restored).contains(QStringLiteral("rebooted")));
        QVERIFY(!m_files->file(restore->fileName)); // and no longer after

        const Task read = runTask(QStringLiteral("getParameterValues"), {{QStringLiteral("parameterNames"), QJsonArray{path}}});
        QCOMPARE(read.state, TaskState::Done);
        QCOMPARE(m_engine->devices().find(m_id)->parameters.find(path)->value, QStringLiteral("before-backup"));
    }

    void logFetchStoresTheFileAndHistoryListsIt()
    {
        const auto started = m_tracker->fetchLog(m_id);
        QVERIFY(started);
        const TransferTimeline t = finish(*started);
        QVERIFY2(t.state == TransferTimeline::kSucceeded, qPrintable(t.failure));
        QFile file(t.path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("cwmpd"));

        auto history = m_tracker->history(m_id, QString(TransferTimeline::kBackup));
        QTRY_VERIFY(history.isFinished());
        QCOMPARE(history.result().size(), 1);
        QCOMPARE(history.result().constFirst().kind, QString(TransferTimeline::kBackup));
    }

    void warnsAboutAnImageForAnotherDeviceOrTheSameVersion()
    {
        const DeviceRecord &device = *m_engine->devices().find(m_id);
        ServedFile file;
        file.fileType = QStringLiteral("1 Firmware Upgrade Image");
        file.oui = QStringLiteral("FFFFFF");
        file.productClass = device.deviceId.productClass;
        file.version = device.softwareVersion;
        const QStringList warnings = TransferTracker::warningsFor(file, device);
        QCOMPARE(warnings.size(), 2);
        QVERIFY(warnings.at(0).contains(QLatin1String("OUI FFFFFF")));
        QVERIFY(warnings.at(1).contains(QLatin1String("already runs")));
        file.oui = device.deviceId.oui;
        file.version = QStringLiteral("99.0");
        QVERIFY(TransferTracker::warningsFor(file, device).isEmpty());
    }

    // ScheduleDownload (TR-069 A.4.1.6) --------------------------------------------------

    void scheduledUpgradeFetchesOnlyOnceTheWindowOpens()
    {
        addImage(QStringLiteral("gw-7.5.0.bin"), image(QStringLiteral("7.5.0")), QStringLiteral("7.5.0"));
        qint64 fetchedAtMs = 0;
        const auto connection = connect(m_files, &FileServer::fileRequested, this, [&](const QString &name) {
            if (name == u"gw-7.5.0.bin" && fetchedAtMs == 0)
                fetchedAtMs = QDateTime::currentMSecsSinceEpoch();
        });
        QString why;
        const auto started = m_tracker->scheduleFirmware(m_id, QStringLiteral("gw-7.5.0.bin"),
                                                         {TimeWindow{2, 60, QStringLiteral("1 At Any Time"), {}, -1}}, &why);
        QVERIFY2(started, qPrintable(why));
        const TransferTimeline t = finish(*started);
        disconnect(connection);
        QVERIFY2(t.state == TransferTimeline::kSucceeded, qPrintable(t.failure + stageNames(t).join(u',')));
        QCOMPARE(t.newVersion, QStringLiteral("7.5.0"));
        QCOMPARE(version(m_id), QStringLiteral("7.5.0"));
        const QStringList stages = stageNames(t);
        for (const char *stage : {"queued", "accepted", "fetching", "fetched", "transferComplete", "rebooted", "version"})
            QVERIFY2(stages.contains(QLatin1String(stage)), stage);
        const TransferStage &accepted = t.stages.at(stages.indexOf(QStringLiteral("accepted")));
        QVERIFY2(accepted.text.contains(QLatin1String("ScheduleDownload")) && accepted.text.contains(QLatin1String("1 At Any Time")),
                 qPrintable(accepted.text));
        // The window opens 2 s after the device received the request, shortly before the
        // ACS saw the response: the file server must not hear of the device before.
        QVERIFY(fetchedAtMs > 0);
        QVERIFY2(fetchedAtMs - accepted.atMs >= 1500, qPrintable(QString::number(fetchedAtMs - accepted.atMs)));
        QVERIFY(t.stages.at(stages.indexOf(QStringLiteral("rebooted"))).text.contains(QLatin1String("M ScheduleDownload")));
    }

    void scheduledDownloadWaitsQueuedAndCanBeCancelled()
    {
        addImage(QStringLiteral("gw-7.7.0.bin"), image(QStringLiteral("7.7.0")), QStringLiteral("7.7.0"));
        QString why;
        const auto queued = m_engine->queueTask(
            m_id, QStringLiteral("scheduleDownload"),
            {{QStringLiteral("fileName"), QStringLiteral("gw-7.7.0.bin")},
             {QStringLiteral("commandKey"), QStringLiteral("sd-cancel")},
             {QStringLiteral("timeWindows"),
              QJsonArray{QJsonObject{{QStringLiteral("windowStart"), 300}, {QStringLiteral("windowEnd"), 600}}}}},
            &why);
        QVERIFY2(queued, qPrintable(why));
        m_engine->connectionRequest(m_id);
        // ScheduleDownloadResponse: the task then waits for "M ScheduleDownload".
        QTRY_COMPARE_WITH_TIMEOUT(m_engine->tasks().find(queued->id)->awaitedEvent, QStringLiteral("M ScheduleDownload"), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_engine->isInSession(m_id), 10000);

        const auto queuedState = [this]() -> int {
            const Task listed = runTask(QStringLiteral("getAllQueuedTransfers"), {});
            if (listed.state != TaskState::Done)
                return -2;
            for (const QJsonValue &v : listed.result.value(QStringLiteral("transfers")).toArray()) {
                if (v.toObject().value(QStringLiteral("commandKey")).toString() == u"sd-cancel")
                    return v.toObject().value(QStringLiteral("state")).toInt();
            }
            return -1;
        };
        QCOMPARE(queuedState(), 1); // "1 Not yet started"
        const Task cancel = runTask(QStringLiteral("cancelTransfer"), {{QStringLiteral("commandKey"), QStringLiteral("sd-cancel")}});
        QCOMPARE(cancel.state, TaskState::Done);
        QCOMPARE(queuedState(), -1);
        m_engine->tasks().cancel(queued->id);
    }

    void invalidTimeWindowsEndWithThePlainWords9003_data()
    {
        QTest::addColumn<QList<TimeWindow>>("windows");
        QTest::addColumn<QString>("device");
        QTest::newRow("start after end") << QList<TimeWindow>{{30, 10, QStringLiteral("1 At Any Time"), {}, -1}}
                                         << QStringLiteral("after WindowEnd");
        QTest::newRow("overlapping") << QList<TimeWindow>{{10, 100, QStringLiteral("1 At Any Time"), {}, -1},
                                                          {50, 200, QStringLiteral("2 Immediately"), {}, -1}}
                                     << QStringLiteral("overlap");
        QTest::newRow("unknown mode") << QList<TimeWindow>{{10, 100, QStringLiteral("5 Whenever"), {}, -1}}
                                      << QStringLiteral("WindowMode");
    }

    void invalidTimeWindowsEndWithThePlainWords9003()
    {
        QFETCH(QList<TimeWindow>, windows);
        QFETCH(QString, device);
        QVERIFY(!TimeWindow::problem(windows).isEmpty());
        addImage(QStringLiteral("gw-7.7.0.bin"), image(QStringLiteral("7.7.0")), QStringLiteral("7.7.0"));
        QString why;
        const auto started = m_tracker->scheduleFirmware(m_id, QStringLiteral("gw-7.7.0.bin"), windows, &why);
        QVERIFY2(started, qPrintable(why));
        const TransferTimeline t = finish(*started);
        QCOMPARE(t.state, QString(TransferTimeline::kFailed));
        QCOMPARE(t.faultCode, int(cwmp::InvalidArguments));
        QVERIFY2(t.failure.startsWith(QLatin1String("The device refused the time windows as invalid (fault 9003)")),
                 qPrintable(t.failure));
        QVERIFY2(t.failure.contains(device), qPrintable(t.failure));
        QVERIFY(!stageNames(t).contains(QStringLiteral("fetching")));
    }

    void confirmationNeededEndsWith9020AtTheWindowsEnd()
    {
        const QString before = version(m_id);
        addImage(QStringLiteral("gw-7.6.0.bin"), image(QStringLiteral("7.6.0")), QStringLiteral("7.6.0"));
        QString why;
        const auto started = m_tracker->scheduleFirmware(
            m_id, QStringLiteral("gw-7.6.0.bin"), {TimeWindow{0, 2, QStringLiteral("4 Confirmation Needed"), QStringLiteral("Upgrade now?"), 0}},
            &why);
        QVERIFY2(started, qPrintable(why));
        const TransferTimeline t = finish(*started);
        QCOMPARE(t.state, QString(TransferTimeline::kFailed));
        QCOMPARE(t.faultCode, int(cwmp::DownloadWindowMissed));
        QVERIFY2(t.failure.contains(QLatin1String("within the time windows (9020)")), qPrintable(t.failure));
        QVERIFY(!stageNames(t).contains(QStringLiteral("fetching")));
        QCOMPARE(version(m_id), before);
    }

    void scheduledTimeoutCountsFromTheWindowsEnd()
    {
        // The device never hears of it; with a 300 ms timeout a Download would fail at once,
        // a ScheduleDownload whose window ends after 3 s not before that.
        QTRY_VERIFY_WITH_TIMEOUT(!m_engine->isInSession(m_faultId), 10000);
        m_tracker->setWakeDevices(false);
        m_tracker->setTimeouts(300, 300);
        addImage(QStringLiteral("gw-7.8.0.bin"), image(QStringLiteral("7.8.0")), QStringLiteral("7.8.0"));
        const auto started = m_tracker->scheduleFirmware(m_faultId, QStringLiteral("gw-7.8.0.bin"),
                                                         {TimeWindow{1, 3, QStringLiteral("1 At Any Time"), {}, -1}});
        QVERIFY(started);
        QTest::qWait(1500);
        QVERIFY(m_tracker->find(started->id)->isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!m_tracker->find(started->id)->isRunning(), 5000);
        m_engine->tasks().cancel(started->id);
        const TransferTimeline t = *m_tracker->find(started->id);
        QVERIFY2(t.failure.startsWith(QLatin1String("Timeout: no TransferComplete")), qPrintable(t.failure));
        QVERIFY(t.finishedMs - t.startedMs >= 3000);
    }
};

QTEST_GUILESS_MAIN(FirmwareUpgradeTest)
#include "tst_firmwareupgrade.moc"
