// The "Files & backups" page (issue 7) against the real service and a real cwmp-cpe-sim:
// back up the configuration and read it in the viewer, fetch the log (it opens by itself),
// restore the backup after confirming, and list and cancel a transfer queued on the device
// (GetAllQueuedTransfers / CancelTransfer, with the fallback to GetQueuedTransfers).
// CWMP_SCREENSHOT_DIR=<dir> saves screenshots of the page.

#include "provisioningfixture.h"

#include <backupspage.h>
#include <cwmp/faultcodes.h>
#include <queuedtransfermodel.h>
#include <taskdispatcher.h>
#include <transferlistmodel.h>
#include <transfertimelineview.h>

#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTimer>
#include <QtTest>

using acs::TransferTimeline;
using models::TransferListModel;

namespace {

// Answers the next message box with `button`, remembering its text.
class MessageBoxAnswerer : public QObject
{
public:
    explicit MessageBoxAnswerer(QMessageBox::StandardButton button)
    {
        connect(&m_timer, &QTimer::timeout, this, [this, button] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            m_timer.stop();
            seenText = box->text();
            box->button(button)->click();
        });
        m_timer.start(20);
    }
    QString seenText;

private:
    QTimer m_timer;
};

constexpr int kTransferWaitMs = 60000;

} // namespace

class BackupsPageTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<provisioningtest::Fixture> m_fixture;
    std::unique_ptr<models::TaskDispatcher> m_dispatcher;
    std::unique_ptr<ui::BackupsPage> m_page;
    QString m_id;

    QPushButton *button(const char *name) const
    {
        return m_page->findChild<QPushButton *>(QLatin1String(name));
    }

    // The row of the newest timeline of this kind (-1 when none).
    int newestRowOf(QLatin1String kind) const
    {
        for (int row = 0; row < m_page->model()->rowCount(); ++row) {
            if (m_page->model()->timelineAt(row).kind == kind)
                return row;
        }
        return -1;
    }

    QString stateOfNewest(QLatin1String kind) const
    {
        const int row = newestRowOf(kind);
        return row < 0 ? QString() : m_page->model()->timelineAt(row).state;
    }

    int queuedRowOf(const QString &key) const
    {
        for (int row = 0; row < m_page->queuedModel()->rowCount(); ++row) {
            if (m_page->queuedModel()->entryAt(row).commandKey == key)
                return row;
        }
        return -1;
    }

    // The task of this kind the page just queued (not yet taken by a session).
    std::optional<acs::Task> queuedTask(const QString &kind) const
    {
        std::optional<acs::Task> found;
        for (const acs::Task &t : m_fixture->engine().tasks().tasksOf(m_id)) {
            if (t.kind == kind && t.state == acs::TaskState::Queued)
                found = t;
        }
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_fixture = std::make_unique<provisioningtest::Fixture>();
        const QString error = m_fixture->start();
        if (error.contains(QLatin1String("not built")))
            QSKIP(qPrintable(error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QStringList ids = m_fixture->startSimulator(QStringLiteral("BKP0001"), 1);
        QCOMPARE(ids.size(), 1);
        m_id = ids.constFirst();
        QTRY_VERIFY_WITH_TIMEOUT(!m_fixture->engine().isInSession(m_id), provisioningtest::kWaitMs);
        m_dispatcher = std::make_unique<models::TaskDispatcher>(m_fixture->engine());
        m_page = std::make_unique<ui::BackupsPage>(m_fixture->service(), *m_dispatcher);
        m_page->resize(1280, 820);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void cleanupTestCase()
    {
        m_page.reset();
        m_dispatcher.reset();
        m_fixture.reset();
    }

    void withoutADeviceNothingCanBeStarted()
    {
        m_page->setDevice({});
        QVERIFY(!button("backUpConfiguration")->isEnabled());
        QVERIFY(!button("restoreBackup")->isEnabled());
        QVERIFY(!button("refreshQueued")->isEnabled());
        QVERIFY(!button("showFile")->isEnabled());
    }

    void backupSucceedsAndShowsTheConfigurationText()
    {
        m_page->setDevice(m_id);
        QTRY_VERIFY(!m_page->model()->isLoading());
        QVERIFY(button("backUpConfiguration")->isEnabled());
        QSignalSpy status(m_page.get(), &ui::BackupsPage::statusMessage);
        QTest::mouseClick(button("backUpConfiguration"), Qt::LeftButton);
        QVERIFY2(!status.isEmpty() && status.constLast().constFirst().toString().startsWith(QLatin1String("Backup of")),
                 qPrintable(m_page->message()));
        QCOMPARE(newestRowOf(TransferTimeline::kBackup), 0);
        // The new row is selected, so its timeline is the one shown below the list.
        QCOMPARE(m_page->selectedTimeline()->kind, QString(TransferTimeline::kBackup));
        QTRY_COMPARE_WITH_TIMEOUT(stateOfNewest(TransferTimeline::kBackup), QString(TransferTimeline::kSucceeded), kTransferWaitMs);
        QTRY_VERIFY(m_page->timelineView()->outcomeText().startsWith(QLatin1String("Succeeded")));
        QCOMPARE(m_page->model()->index(0, TransferListModel::StateColumn).data().toString(), QStringLiteral("Succeeded"));
        QVERIFY2(m_page->message().startsWith(QLatin1String("Configuration backup succeeded")), qPrintable(m_page->message()));
        QVERIFY(button("restoreBackup")->isEnabled());
        QVERIFY(button("showFile")->isEnabled());

        QSignalSpy shown(m_page.get(), &ui::BackupsPage::fileShown);
        QTest::mouseClick(button("showFile"), Qt::LeftButton);
        // A small file may be read before the page waits for it: fileShown() can come at once.
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 10000);
        QVERIFY2(m_page->viewer()->toPlainText().contains(QLatin1String("Device.DeviceInfo.")),
                 qPrintable(m_page->viewer()->toPlainText().left(200)));
        QVERIFY(m_page->viewer()->isReadOnly());
        QVERIFY(!m_page->viewerNotice().contains(QLatin1String("Binary")));
        provisioningtest::Fixture::screenshot(m_page.get(), QStringLiteral("backups-page-backup.png"));
    }

    void saveAsCopiesTheStoredFile()
    {
        QVERIFY(m_page->selectRow(newestRowOf(TransferTimeline::kBackup)));
        const QString target = m_fixture->path(QStringLiteral("saved-backup.cfg"));
        QSignalSpy saved(m_page.get(), &ui::BackupsPage::fileSaved);
        m_page->saveSelectedTo(target);
        QTRY_VERIFY_WITH_TIMEOUT(!saved.isEmpty(), 10000);
        QVERIFY(saved.constFirst().at(1).toBool());
        QFile copy(target), original(m_page->selectedTimeline()->path);
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QVERIFY(original.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), original.readAll());
    }

    void fetchedLogOpensInTheViewerByItself()
    {
        QSignalSpy shown(m_page.get(), &ui::BackupsPage::fileShown);
        QTest::mouseClick(button("fetchLog"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(stateOfNewest(TransferTimeline::kLog), QString(TransferTimeline::kSucceeded), kTransferWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 10000);
        QCOMPARE(shown.constLast().constFirst().toString(), m_page->model()->timelineAt(newestRowOf(TransferTimeline::kLog)).path);
        QVERIFY2(m_page->viewer()->toPlainText().contains(QLatin1String("cwmpd")),
                 qPrintable(m_page->viewer()->toPlainText().left(200)));
        QCOMPARE(m_page->selectedTimeline()->kind, QString(TransferTimeline::kLog));
        QVERIFY(!button("restoreBackup")->isEnabled()); // a log is no backup
        provisioningtest::Fixture::screenshot(m_page.get(), QStringLiteral("backups-page-log.png"));
    }

    void restoreAsksFirstThenFollowsItsTimelineToTheEnd()
    {
        const int backupRow = newestRowOf(TransferTimeline::kBackup);
        QVERIFY(m_page->selectRow(backupRow));
        const TransferTimeline backup = *m_page->selectedTimeline();
        {
            MessageBoxAnswerer no(QMessageBox::Cancel);
            QTest::mouseClick(button("restoreBackup"), Qt::LeftButton);
            QVERIFY(no.seenText.contains(m_id));
        }
        QCOMPARE(newestRowOf(TransferTimeline::kRestore), -1);
        MessageBoxAnswerer yes(QMessageBox::Yes);
        QTest::mouseClick(button("restoreBackup"), Qt::LeftButton);
        QCOMPARE(yes.seenText, m_page->restoreQuestion(backup));
        QCOMPARE(newestRowOf(TransferTimeline::kRestore), 0);
        QCOMPARE(m_page->selectedTimeline()->kind, QString(TransferTimeline::kRestore));
        QTRY_VERIFY_WITH_TIMEOUT(stateOfNewest(TransferTimeline::kRestore) != TransferTimeline::kRunning, kTransferWaitMs);
        const TransferTimeline restore = m_page->model()->timelineAt(newestRowOf(TransferTimeline::kRestore));
        QVERIFY2(restore.state == TransferTimeline::kSucceeded, qPrintable(restore.failure));
        QCOMPARE(restore.backupId, backup.id);
        QTRY_VERIFY(m_page->timelineView()->outcomeText().startsWith(QLatin1String("Succeeded")));
        provisioningtest::Fixture::screenshot(m_page.get(), QStringLiteral("backups-page-restore.png"));
    }

    void queuedTransferIsListedAndCanBeCancelled()
    {
        const QString key = QStringLiteral("wb-test-queued");
        QString why;
        // A Download the device must hold for an hour (TR-069 A.3.2.8 DelaySeconds).
        const qint64 task = m_dispatcher->submit(m_id, QStringLiteral("download"),
                                                 QJsonObject{{QStringLiteral("url"), QStringLiteral("http://127.0.0.1:9/later.bin")},
                                                             {QStringLiteral("commandKey"), key},
                                                             {QStringLiteral("fileSize"), 4096},
                                                             {QStringLiteral("targetFileName"), QStringLiteral("later.bin")},
                                                             {QStringLiteral("delaySeconds"), 3600}},
                                                 &why);
        QVERIFY2(task > 0, qPrintable(why));
        QTRY_VERIFY_WITH_TIMEOUT(m_fixture->engine().tasks().find(task)->state != acs::TaskState::Queued, kTransferWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(!m_fixture->engine().isInSession(m_id), kTransferWaitMs);

        QSignalSpy shown(m_page.get(), &ui::BackupsPage::queuedTransfersShown);
        QTest::mouseClick(button("refreshQueued"), Qt::LeftButton);
        QVERIFY(!button("refreshQueued")->isEnabled()); // until the answer
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, kTransferWaitMs);
        const int row = queuedRowOf(key);
        QVERIFY2(row >= 0, qPrintable(m_page->queuedMessage()));
        using Q = models::QueuedTransferModel;
        QCOMPARE(m_page->queuedModel()->index(row, Q::StateColumn).data().toString(), QStringLiteral("Not yet started"));
        QCOMPARE(m_page->queuedModel()->index(row, Q::DirectionColumn).data().toString(), QStringLiteral("Download"));
        QCOMPARE(m_page->queuedModel()->index(row, Q::TargetFileNameColumn).data().toString(), QStringLiteral("later.bin"));
        QCOMPARE(m_page->queuedModel()->index(row, Q::FileTypeColumn).data().toString(), QStringLiteral("1 Firmware Upgrade Image"));
        QVERIFY(m_page->queuedMessage().contains(QLatin1String("queued on the device")));
        m_page->queuedTable()->selectRow(row);
        QVERIFY(button("cancelQueued")->isEnabled());
        provisioningtest::Fixture::screenshot(m_page.get(), QStringLiteral("backups-page-queued.png"));

        QTRY_VERIFY_WITH_TIMEOUT(!m_fixture->engine().isInSession(m_id), kTransferWaitMs);
        // A device that refuses (9021, TR-069 A.5.1) is explained in plain words; answered
        // here before the session runs, since the simulator refuses only started transfers.
        QTest::mouseClick(button("cancelQueued"), Qt::LeftButton);
        QVERIFY(!button("cancelQueued")->isEnabled());
        std::optional<acs::Task> cancel = queuedTask(QStringLiteral("cancelTransfer"));
        QVERIFY(cancel);
        QCOMPARE(cancel->args.value(QLatin1String("commandKey")).toString(), key);
        cancel->state = acs::TaskState::Fault;
        cancel->faultCode = cwmp::CancelNotPermitted;
        cancel->faultString = QStringLiteral("transfer in progress");
        m_fixture->engine().tasks().update(*cancel);
        QVERIFY2(m_page->queuedMessage().contains(QLatin1String("will not cancel wb-test-queued (9021)")),
                 qPrintable(m_page->queuedMessage()));
        QVERIFY(button("cancelQueued")->isEnabled());

        QTRY_VERIFY_WITH_TIMEOUT(!m_fixture->engine().isInSession(m_id), kTransferWaitMs);
        QTest::mouseClick(button("cancelQueued"), Qt::LeftButton);
        // Cancelled, then the list is asked for again: the transfer is gone.
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 2, kTransferWaitMs);
        QCOMPARE(queuedRowOf(key), -1);
        QTRY_VERIFY(m_page->queuedMessage().contains(QLatin1String("queued on the device")));
    }

    void fallsBackToGetQueuedTransfersWhenTheDeviceLacksTheNewerRpc()
    {
        QTRY_VERIFY_WITH_TIMEOUT(!m_fixture->engine().isInSession(m_id), kTransferWaitMs);
        QSignalSpy shown(m_page.get(), &ui::BackupsPage::queuedTransfersShown);
        m_page->refreshQueued();
        // Before any session runs, answer the GetAllQueuedTransfers as a device without it would.
        std::optional<acs::Task> asked = queuedTask(QStringLiteral("getAllQueuedTransfers"));
        QVERIFY(asked);
        asked->state = acs::TaskState::Fault;
        asked->faultCode = cwmp::MethodNotSupported;
        asked->faultString = QStringLiteral("Method not supported");
        m_fixture->engine().tasks().update(*asked);
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, kTransferWaitMs);
        QVERIFY2(m_page->queuedMessage().contains(QLatin1String("older GetQueuedTransfers")), qPrintable(m_page->queuedMessage()));
        QVERIFY(!m_page->queuedModel()->isComplete());
        // The next refresh asks the older RPC straight away.
        bool askedOld = false;
        for (const acs::Task &t : m_fixture->engine().tasks().tasksOf(m_id))
            askedOld = askedOld || t.kind == u"getQueuedTransfers";
        QVERIFY(askedOld);
    }
};

QTEST_MAIN(BackupsPageTest)
#include "tst_backupspage.moc"
