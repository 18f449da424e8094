// The snapshots page and its diff view over real data: two snapshots of a simulated device
// around a SetParameterValues, and the trees of two devices.

#include "diffview.h"
#include "planview.h"
#include "profileeditor.h"
#include "snapshotspage.h"

#include "provisioningfixture.h"

#include <diffmodel.h>
#include <planstepmodel.h>
#include <snapshotlistmodel.h>

#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>

using models::DiffModel;

class tst_DiffView : public QObject
{
    Q_OBJECT

private:
    provisioningtest::Fixture m_fixture;
    QString m_a;
    QString m_b;
    qint64 m_before = 0;
    qint64 m_after = 0;

    QStringList paths(const DiffModel *model)
    {
        QStringList out;
        for (int row = 0; row < model->rowCount(); ++row)
            out.append(model->index(row, DiffModel::PathColumn).data().toString());
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString error = m_fixture.start();
        if (error.contains(QStringLiteral("not built")))
            QSKIP(qPrintable(error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QStringList ids = m_fixture.startSimulator(QStringLiteral("DV0001"), 2);
        QCOMPARE(ids.size(), 2);
        m_a = ids.at(0);
        m_b = ids.at(1);
        for (const QString &id : ids) {
            for (const QString &branch : {QStringLiteral("Device.DeviceInfo."), QStringLiteral("Device.WiFi.SSID.")})
                QCOMPARE(m_fixture.run(id, QStringLiteral("refreshObject"), {{QStringLiteral("objectName"), branch}}).state,
                         acs::TaskState::Done);
        }
    }

    void listsSnapshotsAndShowsTheChangeBetweenThem()
    {
        ui::SnapshotsPage page(m_fixture.provisioning());
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        page.resize(1200, 800);
        page.setDevice(m_a);
        page.show();
        QSignalSpy taken(&page, &ui::SnapshotsPage::snapshotTaken);
        page.takeSnapshot(QStringLiteral("before the change"));
        QTRY_COMPARE_WITH_TIMEOUT(taken.count(), 1, 10000);
        m_before = taken.at(0).at(0).toLongLong();

        const QJsonArray values{QJsonArray{QStringLiteral("Device.WiFi.SSID.1.SSID"), QStringLiteral("lab-net")},
                                QJsonArray{QStringLiteral("Device.DeviceInfo.ProvisioningCode"), QStringLiteral("diffed")}};
        QCOMPARE(m_fixture.run(m_a, QStringLiteral("setParameterValues"), {{QStringLiteral("parameterValues"), values}}).state,
                 acs::TaskState::Done);
        page.takeSnapshot(QStringLiteral("after the change"));
        QTRY_COMPARE_WITH_TIMEOUT(taken.count(), 2, 10000);
        m_after = taken.at(1).at(0).toLongLong();
        QTRY_COMPARE(page.model()->rowCount(), 2);
        QCOMPARE(page.model()->index(0, models::SnapshotListModel::NameColumn).data().toString(), QStringLiteral("after the change"));
        QVERIFY(page.model()->index(0, models::SnapshotListModel::CountColumn).data().toInt() > 20);

        QVERIFY(page.pick(true, QString::number(m_before)));
        QVERIFY(page.pick(false, QString::number(m_after)));
        QSignalSpy compared(page.diffView(), &ui::DiffView::compared);
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("compareTrees")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(compared.count(), 1, 10000);
        const DiffModel *model = page.diffView()->model();
        QCOMPARE(paths(model), (QStringList{QStringLiteral("Device.DeviceInfo.ProvisioningCode"), QStringLiteral("Device.WiFi.SSID.1.SSID")}));
        QCOMPARE(model->index(1, DiffModel::ChangeColumn).data().toString(), QStringLiteral("Value changed"));
        QCOMPARE(model->index(1, DiffModel::NewColumn).data().toString(), QStringLiteral("lab-net"));
        QVERIFY(model->index(1, DiffModel::OldColumn).data().toString() != QStringLiteral("lab-net"));

        auto *subtree = page.findChild<QLineEdit *>(QStringLiteral("diffSubtree"));
        QTest::keyClicks(subtree, QStringLiteral("Device.WiFi."));
        QCOMPARE(paths(model), QStringList{QStringLiteral("Device.WiFi.SSID.1.SSID")});
        subtree->clear();
        QCOMPARE(model->rowCount(), 2);
        provisioningtest::Fixture::screenshot(&page, QStringLiteral("snapshots-page.png"));
    }

    void volatileSwitchShowsCountersAndUptimeBetweenDevices()
    {
        ui::DiffView view(m_fixture.provisioning());
        view.resize(1200, 700);
        view.show();
        QSignalSpy compared(&view, &ui::DiffView::compared);
        view.compare(m_a, QStringLiteral("current"), QStringLiteral("device:") + m_b, QStringLiteral("this device"), m_b);
        QTRY_COMPARE_WITH_TIMEOUT(compared.count(), 1, 10000);
        const DiffModel *model = view.model();
        const QStringList hidden = paths(model);
        QVERIFY(hidden.contains(QStringLiteral("Device.DeviceInfo.SerialNumber")));
        for (const QString &p : hidden)
            QVERIFY2(!acs::isVolatileParameter(p), qPrintable(p));

        auto *toggle = view.findChild<QCheckBox *>(QStringLiteral("hideVolatile"));
        QVERIFY(toggle->isChecked());
        toggle->click();
        const QStringList shown = paths(model);
        QVERIFY(shown.size() > hidden.size());
        QVERIFY(std::any_of(shown.cbegin(), shown.cend(), [](const QString &p) { return acs::isVolatileParameter(p); }));
        toggle->click();
        QCOMPARE(paths(model), hidden);

        // Writability column and the CSV export of what is shown.
        QVERIFY(!model->index(0, DiffModel::WritableColumn).data().toString().isEmpty());
        QString error;
        const QString csvPath = m_fixture.path(QStringLiteral("diff.csv"));
        QVERIFY2(view.exportCsv(csvPath, &error), qPrintable(error));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray text = csv.readAll();
        QVERIFY(text.startsWith("kind,path,old,new,type,old writable,new writable"));
        QCOMPARE(text.count("\r\n"), hidden.size() + 1);
        provisioningtest::Fixture::screenshot(&view, QStringLiteral("diff-two-devices.png"));

        // The plan from it is a dry run that names the other device's values.
        QCOMPARE(view.planTarget(), QStringLiteral("device:") + m_b);
        ui::PlanView *plan = view.makePlan();
        QVERIFY(plan);
        QTRY_VERIFY_WITH_TIMEOUT(plan->model()->rowCount() > 0, 10000);
        QVERIFY(plan->findChild<QPushButton *>(QStringLiteral("applyPlan"))->isEnabled());
        QCOMPARE(plan->runId(), 0);
        provisioningtest::Fixture::screenshot(plan->window(), QStringLiteral("plan-dry-run.png"));

        // A profile from the diff: the plan's values, in the editor, ready to be named.
        auto *save = plan->findChild<QPushButton *>(QStringLiteral("saveAsProfile"));
        QVERIFY(save && save->isEnabled());
        QWidget *dialog = plan->saveAsProfile();
        QVERIFY(dialog);
        auto *editor = dialog->findChild<ui::ProfileEditor *>();
        QVERIFY(editor);
        const store::Profile profile = editor->profile();
        QStringList planned;
        for (const acs::PlanStep &step : plan->model()->steps()) {
            if (step.kind == acs::PlanStep::Kind::SetValues) {
                for (const acs::PlannedValue &v : step.values)
                    planned.append(v.path + QLatin1Char('=') + v.value);
            }
        }
        QVERIFY(!planned.isEmpty());
        QStringList kept;
        for (const store::ProfileValue &v : profile.values)
            kept.append(v.path + QLatin1Char('=') + v.value);
        QCOMPARE(kept, planned);
        dialog->close();
    }

    void modelPassesTheItemModelTester()
    {
        DiffModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        acs::DiffEntry e;
        e.kind = acs::DiffKind::ValueChanged;
        e.path = QStringLiteral("Device.DeviceInfo.UpTime");
        model.setDiff({e, acs::DiffEntry{acs::DiffKind::ObjectAdded, QStringLiteral("Device.NAT.PortMapping.3."), {}, {}, {}, -1, -1, 9}});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, DiffModel::NewColumn).data().toString(), QStringLiteral("9 parameter(s)"));
        model.setHideVolatile(false);
        QCOMPARE(model.rowCount(), 2);
        model.setSubtree(QStringLiteral("Device.NAT."));
        QCOMPARE(model.rowCount(), 1);
    }
};

QTEST_MAIN(tst_DiffView)
#include "tst_diffview.moc"
