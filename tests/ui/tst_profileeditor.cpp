// The profile editor and the profiles page: edit and save, export and import JSON (a bad
// file refused with its reason), and apply to a simulated device that refuses
// SetParameterValues (--fault refuse-spv): the fault shows on the step that failed.

#include "planview.h"
#include "profileeditor.h"
#include "profilespage.h"

#include "provisioningfixture.h"

#include <planstepmodel.h>
#include <profilelistmodel.h>
#include <store/profileformat.h>

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>

using models::PlanStepModel;

namespace {

template <typename T>
T await(QFuture<T> future)
{
    (void)QTest::qWaitFor([&] { return future.isFinished(); }, provisioningtest::kWaitMs);
    return future.result();
}

store::Profile sample()
{
    store::Profile p;
    p.name = QStringLiteral("Lab gateway");
    p.description = QStringLiteral("Port 2222 to the lab server, a provisioning code");
    p.objects = {QStringLiteral("Device.NAT.PortMapping.3.")};
    p.values = {{QStringLiteral("Device.NAT.PortMapping.3.Description"), QStringLiteral("ssh to lab"), QStringLiteral("string")},
                {QStringLiteral("Device.NAT.PortMapping.3.InternalPort"), QStringLiteral("2222"), QStringLiteral("unsignedInt")},
                {QStringLiteral("Device.DeviceInfo.ProvisioningCode"), QStringLiteral("LAB-1"), QStringLiteral("string")}};
    return p;
}

} // namespace

class tst_ProfileEditor : public QObject
{
    Q_OBJECT

private:
    provisioningtest::Fixture m_fixture;
    QString m_refusing;

private Q_SLOTS:
    void initTestCase()
    {
        const QString error = m_fixture.start();
        if (error.contains(QStringLiteral("not built")))
            QSKIP(qPrintable(error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QStringList ids = m_fixture.startSimulator(QStringLiteral("PE0001"), 1, {QStringLiteral("--fault"), QStringLiteral("refuse-spv")});
        QCOMPARE(ids.size(), 1);
        m_refusing = ids.at(0);
    }

    void editedProfileIsSavedAndListed()
    {
        ui::ProfilesPage page(m_fixture.provisioning());
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        page.resize(1300, 800);
        page.show();
        ui::ProfileEditor *editor = page.editor();
        editor->setProfile(sample());
        auto *name = editor->findChild<QLineEdit *>(QStringLiteral("profileName"));
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Bench gateway"));
        editor->findChild<QCheckBox *>(QStringLiteral("applyOnBootstrap"))->setChecked(true);
        auto *values = editor->findChild<QTableWidget *>(QStringLiteral("profileValues"));
        QCOMPARE(values->rowCount(), 3);
        values->item(2, 1)->setText(QStringLiteral("BENCH-7"));

        QSignalSpy saved(editor, &ui::ProfileEditor::saved);
        QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("saveProfile")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);
        const auto stored = await(m_fixture.provisioning().profiles().get(QStringLiteral("Bench gateway")));
        QVERIFY(stored);
        QVERIFY(stored.value().applyOnBootstrap);
        QCOMPARE(stored.value().values.at(2).value, QStringLiteral("BENCH-7"));
        QCOMPARE(stored.value().objects, sample().objects);
        QTRY_COMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.model()->index(0, models::ProfileListModel::NameColumn).data().toString(), QStringLiteral("Bench gateway"));
        QVERIFY(await(m_fixture.provisioning().profiles().remove(QStringLiteral("Bench gateway"))));
    }

    void exportedJsonImportsIntoAnotherEditor()
    {
        ui::ProfileEditor first(m_fixture.provisioning());
        first.setProfile(sample());
        const QString file = m_fixture.path(QStringLiteral("lab.json"));
        QString error;
        QVERIFY2(first.exportTo(file, &error), qPrintable(error));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("\"version\": 1"));

        ui::ProfileEditor second(m_fixture.provisioning());
        QVERIFY2(second.importFrom(file, &error), qPrintable(error));
        QCOMPARE(second.profile(), sample());
    }

    void badJsonIsRefusedWithItsReason()
    {
        const QString file = m_fixture.path(QStringLiteral("bad.json"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"version": 1, "name": "x", "values": [{"path": "Device.A.", "value": "1"}]})");
        f.close();
        ui::ProfileEditor editor(m_fixture.provisioning());
        editor.setProfile(sample());
        QString error;
        QVERIFY(!editor.importFrom(file, &error));
        QVERIFY2(error.contains(QStringLiteral("Device.A.")), qPrintable(error));
        QCOMPARE(editor.profile(), sample()); // the fields are left as they were
    }

    void applyShowsTheFaultOnTheFailingStep()
    {
        ui::ProfilesPage page(m_fixture.provisioning());
        page.resize(1300, 850);
        page.show();
        page.setDevice(m_refusing);
        ui::ProfileEditor *editor = page.editor();
        editor->setProfile(sample());
        QSignalSpy finished(editor->progress(), &ui::PlanView::finished);
        QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("applyProfile")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QCOMPARE(finished.at(0).at(0).toBool(), false);

        const PlanStepModel *steps = editor->progress()->model();
        QCOMPARE(steps->rowCount(), 3); // AddObject, the row's values, the rest
        QCOMPARE(steps->index(0, PlanStepModel::StateColumn).data().toString(), QStringLiteral("done"));
        QVERIFY(steps->index(0, PlanStepModel::ResultColumn).data().toString().startsWith(QStringLiteral("created Device.NAT.PortMapping.")));
        QCOMPARE(steps->index(1, PlanStepModel::StateColumn).data().toString(), QStringLiteral("fault"));
        QVERIFY2(steps->index(1, PlanStepModel::ResultColumn).data().toString().startsWith(QStringLiteral("9003")),
                 qPrintable(steps->index(1, PlanStepModel::ResultColumn).data().toString()));
        QVERIFY(steps->index(1, PlanStepModel::ResultColumn).data(Qt::ToolTipRole).toString().contains(QStringLiteral("9007")));
        QCOMPARE(steps->index(2, PlanStepModel::StateColumn).data().toString(), QStringLiteral("skipped"));
        // The step names the instance the device created, not the profile's "3".
        QVERIFY(!steps->index(1, PlanStepModel::StepColumn).data().toString().contains(QStringLiteral("PortMapping.3.")));
        const QString status = editor->progress()->findChild<QLabel *>(QStringLiteral("planStatus"))->text();
        QVERIFY2(status.startsWith(QStringLiteral("Step 2 failed: 9003")), qPrintable(status));
        QAbstractItemModelTester tester(const_cast<PlanStepModel *>(steps), QAbstractItemModelTester::FailureReportingMode::Fatal);
        provisioningtest::Fixture::screenshot(&page, QStringLiteral("profile-editor-fault.png"));
    }
};

QTEST_MAIN(tst_ProfileEditor)
#include "tst_profileeditor.moc"
