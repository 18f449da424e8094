// One device's transfers (issue 7) as a list: the stored history loads asynchronously from a
// real SQLite workspace, the tracker's live changes insert and update rows, newest first;
// plus the queued-transfer table and the file preview the "Files & backups" page uses.

#include <acs/acsengine.h>
#include <acs/transfertracker.h>
#include <store/database.h>
#include <store/transferrepository.h>

#include "filepreview.h"
#include "queuedtransfermodel.h"
#include "transferlistmodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using acs::TransferTimeline;
using models::TransferListModel;

class TransferListModelTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    store::Database *m_db = nullptr;
    std::unique_ptr<store::TransferRepository> m_repository;
    const QString m_device = QStringLiteral("00D09E-SimGateway-TL0001");

    static TransferTimeline timeline(const QString &device, const QString &kind, qint64 startedMs)
    {
        TransferTimeline t;
        t.deviceId = device;
        t.kind = kind;
        t.startedMs = startedMs;
        t.fileName = QStringLiteral("%1-%2.txt").arg(kind).arg(startedMs);
        t.fileSize = 2048;
        t.stages = {{QString(TransferTimeline::kQueuedStage), startedMs, QStringLiteral("queued")}};
        return t;
    }

    qint64 store(TransferTimeline t)
    {
        auto saved = m_repository->save(t.toRecord());
        [&] { QTRY_VERIFY_WITH_TIMEOUT(saved.isFinished(), 10000); }();
        return saved.result().ok() ? saved.result().value().id : 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = new store::Database(this);
        auto opened = m_db->open(m_dir.filePath(QStringLiteral("db")));
        QTRY_VERIFY_WITH_TIMEOUT(opened.isFinished(), 10000);
        QVERIFY(opened.result().ok());
        m_repository = std::make_unique<store::TransferRepository>(*m_db);

        TransferTimeline oldBackup = timeline(m_device, QString(TransferTimeline::kBackup), 1000);
        oldBackup.state = TransferTimeline::kSucceeded;
        oldBackup.path = m_dir.filePath(QStringLiteral("backup.cfg"));
        QVERIFY(store(oldBackup) > 0);
        TransferTimeline failedUpgrade = timeline(m_device, QString(TransferTimeline::kFirmware), 3000);
        failedUpgrade.state = TransferTimeline::kFailed;
        failedUpgrade.failure = QStringLiteral("Version unchanged after the reboot.");
        QVERIFY(store(failedUpgrade) > 0);
        QVERIFY(store(timeline(QStringLiteral("other-device"), QString(TransferTimeline::kLog), 2000)) > 0);
    }

    void loadsTheStoredHistoryNewestFirst()
    {
        acs::AcsEngine engine;
        acs::TransferTracker tracker(&engine, nullptr, nullptr, m_repository.get(), nullptr);
        TransferListModel model(&tracker);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy loaded(&model, &TransferListModel::loaded);
        model.setDeviceId(m_device);
        // The store may answer before then() is attached; loaded() then comes at once.
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 10000);
        QVERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 2); // not the other device's log
        QCOMPARE(model.timelineAt(0).kind, QString(TransferTimeline::kFirmware));
        QCOMPARE(model.index(0, TransferListModel::KindColumn).data().toString(), QStringLiteral("Firmware upgrade"));
        QCOMPARE(model.index(0, TransferListModel::StateColumn).data().toString(), QStringLiteral("Failed"));
        QCOMPARE(model.index(0, TransferListModel::ResultColumn).data().toString(),
                 QStringLiteral("Version unchanged after the reboot."));
        QCOMPARE(model.index(1, TransferListModel::KindColumn).data().toString(), QStringLiteral("Configuration backup"));
        QCOMPARE(model.index(1, TransferListModel::StateColumn).data().toString(), QStringLiteral("Succeeded"));
        QVERIFY(model.index(1, TransferListModel::FileColumn).data().toString().startsWith(QLatin1String("backup-1000.txt (")));
        QCOMPARE(model.index(1, 0).data(TransferListModel::PathRole).toString(), m_dir.filePath(QStringLiteral("backup.cfg")));
    }

    void liveTimelinesInsertOnTopAndUpdateInPlace()
    {
        acs::AcsEngine engine;
        acs::TransferTracker tracker(&engine, nullptr, nullptr, m_repository.get(), nullptr);
        TransferListModel model(&tracker);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy loaded(&model, &TransferListModel::loaded);
        model.setDeviceId(m_device);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 10000);

        TransferTimeline log = timeline(m_device, QString(TransferTimeline::kLog), 9000);
        log.id = 777;
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        Q_EMIT tracker.timelineChanged(log);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowOfTimeline(777), 0);
        QCOMPARE(model.index(0, TransferListModel::StateColumn).data().toString(), QStringLiteral("Running"));

        TransferTimeline otherDevice = log;
        otherDevice.id = 778;
        otherDevice.deviceId = QStringLiteral("other-device");
        Q_EMIT tracker.timelineChanged(otherDevice);
        QCOMPARE(model.rowCount(), 3);

        log.state = TransferTimeline::kSucceeded;
        log.stages.append({QString(TransferTimeline::kSucceededStage), 9500, QStringLiteral("Stored as log-1.txt.")});
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        Q_EMIT tracker.timelineFinished(log);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, TransferListModel::StateColumn).data().toString(), QStringLiteral("Succeeded"));
        QCOMPARE(model.index(0, TransferListModel::ResultColumn).data().toString(), QStringLiteral("Stored as log-1.txt."));

        // An older timeline reported late goes where its start time puts it.
        TransferTimeline middle = timeline(m_device, QString(TransferTimeline::kRestore), 2000);
        middle.id = 779;
        Q_EMIT tracker.timelineChanged(middle);
        QCOMPARE(model.rowOfTimeline(779), 2);
        QCOMPARE(model.rowOfTimeline(777), 0);
    }

    void aChangeDuringTheLoadWinsOverTheStoredCopy()
    {
        // The store's answer can be older than what the tracker reported while it ran.
        TransferListModel model(nullptr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setDeviceId(m_device);
        TransferTimeline running = timeline(m_device, QString(TransferTimeline::kBackup), 5000);
        running.id = 31;
        TransferTimeline finished = running;
        finished.state = TransferTimeline::kFailed;
        finished.failure = QStringLiteral("Upload failure (9011)");
        model.upsert(finished);
        TransferTimeline older = timeline(m_device, QString(TransferTimeline::kLog), 100);
        older.id = 5;
        model.setHistory({running, older, timeline(QStringLiteral("other-device"), QString(TransferTimeline::kLog), 200)});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOfTimeline(31), 0);
        QCOMPARE(model.index(0, TransferListModel::StateColumn).data().toString(), QStringLiteral("Failed"));
        QCOMPARE(model.index(0, TransferListModel::ResultColumn).data().toString(), QStringLiteral("Upload failure (9011)"));
        QCOMPARE(model.rowOfTimeline(5), 1);
    }

    void switchingDevicesDropsTheOldAnswer()
    {
        acs::AcsEngine engine;
        acs::TransferTracker tracker(&engine, nullptr, nullptr, m_repository.get(), nullptr);
        TransferListModel model(&tracker);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy loaded(&model, &TransferListModel::loaded);
        model.setDeviceId(m_device);
        model.setDeviceId(QStringLiteral("other-device"));
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading() && loaded.size() >= 1, 10000);
        QTest::qWait(100); // a late answer for the first device must not land here
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.timelineAt(0).kind, QString(TransferTimeline::kLog));
    }

    void queuedTransfersShowStatesInWords_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("text");
        QTest::newRow("not started") << 1 << QStringLiteral("Not yet started");
        QTest::newRow("in progress") << 2 << QStringLiteral("In progress");
        QTest::newRow("completed") << 3 << QStringLiteral("Completed");
        QTest::newRow("out of range") << 7 << QStringLiteral("Unknown (7)");
    }

    void queuedTransfersShowStatesInWords()
    {
        QFETCH(int, state);
        QFETCH(QString, text);
        models::QueuedTransferModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setTransfers(QJsonArray{QJsonObject{{QStringLiteral("commandKey"), QStringLiteral("k1")},
                                                  {QStringLiteral("state"), state},
                                                  {QStringLiteral("isDownload"), true},
                                                  {QStringLiteral("fileType"), QStringLiteral("1 Firmware Upgrade Image")},
                                                  {QStringLiteral("fileSize"), 4096},
                                                  {QStringLiteral("targetFileName"), QStringLiteral("fw.bin")}}},
                           true);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, models::QueuedTransferModel::StateColumn).data().toString(), text);
        QCOMPARE(model.index(0, models::QueuedTransferModel::DirectionColumn).data().toString(), QStringLiteral("Download"));
        QCOMPARE(model.index(0, 0).data(models::QueuedTransferModel::CommandKeyRole).toString(), QStringLiteral("k1"));
    }

    void deprecatedAnswerLeavesTheMissingColumnsUnknown()
    {
        models::QueuedTransferModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setTransfers(QJsonArray{QJsonObject{{QStringLiteral("commandKey"), QString()}, {QStringLiteral("state"), 2}}},
                           false);
        QCOMPARE(model.index(0, models::QueuedTransferModel::CommandKeyColumn).data().toString(), QStringLiteral("(none)"));
        QCOMPARE(model.index(0, models::QueuedTransferModel::FileSizeColumn).data().toString(), QStringLiteral("not reported"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void previewTellsTextFromBinaryAndCapsTheLoad()
    {
        const QString text = m_dir.filePath(QStringLiteral("config.txt"));
        QFile t(text);
        QVERIFY(t.open(QIODevice::WriteOnly));
        t.write("Device.DeviceInfo.ProvisioningCode=abc\nGrüße\n");
        t.close();
        auto future = models::FilePreview::load(text);
        QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 10000);
        const models::FilePreview::Content c = future.result();
        QVERIFY(!c.binary);
        QVERIFY(c.error.isEmpty());
        QVERIFY(c.text.contains(QStringLiteral("Grüße")));
        QVERIFY(!c.truncated());

        const QString bin = m_dir.filePath(QStringLiteral("image.bin"));
        QFile b(bin);
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write(QByteArray("\x7f" "ELF\0\0\x01\x02", 8) + QByteArray(1000, '\xff'));
        b.close();
        const models::FilePreview::Content binary = models::FilePreview::read(bin);
        QVERIFY(binary.binary);
        QVERIFY(binary.text.isEmpty());
        QCOMPARE(binary.totalBytes, 1008);
        QVERIFY(binary.notice().contains(QLatin1String("1,008 bytes")) || binary.notice().contains(QLatin1String("1008 bytes")));

        // Cut in the middle of "ü" (2 bytes): still text, and marked as truncated.
        const models::FilePreview::Content capped = models::FilePreview::read(text, 42);
        QVERIFY(!capped.binary);
        QVERIFY(capped.truncated());
        QCOMPARE(capped.loadedBytes, 42);

        const models::FilePreview::Content missing = models::FilePreview::read(m_dir.filePath(QStringLiteral("gone")));
        QVERIFY(!missing.error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TransferListModelTest)
#include "tst_transferlistmodel.moc"
