// The transfer timeline view (issue 7): the stages as rows, the bytes as progress, and a
// failure in plain words. With CWMP_TIMELINE_JSON naming a timeline written by
// acs_firmwareupgrade (CWMP_TIMELINE_DUMP) it also saves a screenshot of a real upgrade.

#include <acs/acsengine.h>
#include <acs/transfertracker.h>
#include "transfertimelinemodel.h"
#include "transfertimelineview.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonDocument>
#include <QTableView>
#include <QtTest>

using namespace acs;

class TransferTimelineTest : public QObject
{
    Q_OBJECT

private:
    static TransferTimeline upgrade()
    {
        TransferTimeline t;
        t.id = 42;
        t.deviceId = QStringLiteral("00D09E-SimGateway-1");
        t.kind = TransferTimeline::kFirmware;
        t.fileName = QStringLiteral("gw-7.1.0.bin");
        t.previousVersion = QStringLiteral("5.0.1");
        t.bytesTotal = 1000;
        t.bytesSent = 250;
        t.stages = {{QStringLiteral("queued"), 1000, QStringLiteral("queued as task 42")},
                    {QStringLiteral("accepted"), 2000, QStringLiteral("Status 1")},
                    {QStringLiteral("fetching"), 3000, QStringLiteral("fetches 1000 bytes")}};
        return t;
    }

private Q_SLOTS:
    void modelListsTheStagesAndAppendsNewOnes()
    {
        models::TransferTimelineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        TransferTimeline t = upgrade();
        model.setTimeline(t);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(2, models::TransferTimelineModel::StageColumn).data().toString(), QStringLiteral("Device fetches"));
        t.stages.append({QStringLiteral("failed"), 4000, QStringLiteral("Version unchanged")});
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.setTimeline(t);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowCount(), 4);
        QVERIFY(model.index(3, 0).data(models::TransferTimelineModel::FailedRole).toBool());
        QVERIFY(!model.index(0, 0).data(models::TransferTimelineModel::FailedRole).toBool());
    }

    void viewShowsProgressAndTheFailureInPlainWords()
    {
        ui::TransferTimelineView view;
        TransferTimeline t = upgrade();
        view.setTimeline(t);
        QCOMPARE(view.progressValue(), 250);
        QVERIFY(view.titleText().contains(QLatin1String("gw-7.1.0.bin")));
        QCOMPARE(view.outcomeText(), QStringLiteral("Running…"));
        t.state = TransferTimeline::kFailed;
        t.failure = QStringLiteral("File corrupted (9018): the device received the file but cannot use it.");
        t.stages.append({QStringLiteral("failed"), 5000, t.failure});
        view.setTimeline(t);
        QCOMPARE(view.outcomeText(), QStringLiteral("Failed: ") + t.failure);
        QCOMPARE(view.stageTable()->model()->rowCount(), 4);
    }

    void followsTheTrackersChangesOfItsTimelineOnly()
    {
        AcsEngine engine;
        TransferTracker tracker(&engine, nullptr, nullptr, nullptr, nullptr);
        ui::TransferTimelineView view;
        view.follow(&tracker, 42);
        TransferTimeline other = upgrade();
        other.id = 43;
        Q_EMIT tracker.timelineChanged(other);
        QCOMPARE(view.stageTable()->model()->rowCount(), 0);
        TransferTimeline mine = upgrade();
        mine.state = TransferTimeline::kSucceeded;
        mine.newVersion = QStringLiteral("7.1.0");
        mine.stages.append({QStringLiteral("succeeded"), 6000, QStringLiteral("Upgraded from 5.0.1 to 7.1.0.")});
        Q_EMIT tracker.timelineChanged(mine);
        QCOMPARE(view.stageTable()->model()->rowCount(), 4);
        QVERIFY(view.titleText().contains(QStringLiteral("5.0.1 → 7.1.0")));
        QCOMPARE(view.outcomeText(), QStringLiteral("Succeeded: Upgraded from 5.0.1 to 7.1.0."));
    }

    void screenshotOfARealUpgrade()
    {
        const QString source = qEnvironmentVariable("CWMP_TIMELINE_JSON");
        if (source.isEmpty())
            QSKIP("set CWMP_TIMELINE_JSON to a timeline written by acs_firmwareupgrade");
        QFile file(source);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const TransferTimeline t = TransferTimeline::fromJson(QJsonDocument::fromJson(file.readAll()).object());
        QVERIFY(t.stages.size() >= 8);
        ui::TransferTimelineView view;
        view.resize(980, 460);
        view.setTimeline(t);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QString shot = qEnvironmentVariable("CWMP_TIMELINE_SHOT", QStringLiteral("/tmp/transfer-timeline.png"));
        QVERIFY(view.grab().save(shot));
    }
};

QTEST_MAIN(TransferTimelineTest)
#include "tst_transfertimeline.moc"
