// The parameter browser against the real simulator: the engine in this process, the
// cwmp-cpe-sim binary as the device, Digest both ways over 127.0.0.1. The page expands
// Device.DeviceInfo., refreshes it, edits a writable value, applies it, and the test then
// asks the simulator itself for the value.

#include "parameterpage.h"

#include <acs/acsengine.h>
#include <parametertreemodel.h>
#include <taskdispatcher.h>

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <support/testpaths.h>

using models::ParameterTreeModel;

class ParameterEndToEndTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    acs::AcsEngine *m_engine = nullptr;
    models::TaskDispatcher *m_dispatcher = nullptr;
    QProcess *m_sim = nullptr;
    ui::ParameterPage *m_page = nullptr;
    QString m_id;

    // Waits for a task submitted through the dispatcher to end.
    acs::Task waitFor(qint64 id, int timeoutMs = 30000)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (!acs::isFinished(m_engine->tasks().find(id)->state) && !deadline.hasExpired())
            QTest::qWait(50);
        return *m_engine->tasks().find(id);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString sim = testsupport::simulatorPath();
        if (!QFile::exists(sim))
            QSKIP("cwmp-cpe-sim is not built next to the test");
        m_engine = new acs::AcsEngine(nullptr, this);
        acs::AcsSettings settings;
        settings.address = QHostAddress::LocalHost;
        settings.port = 0;
        settings.authMode = acs::CpeAuthMode::Digest;
        settings.cpeUsername = QStringLiteral("cpe");
        settings.cpePassword = QStringLiteral("cpe-secret");
        settings.crUsername = QStringLiteral("acs");
        settings.crPassword = QStringLiteral("cr-secret");
        settings.crMinIntervalMs = 0;
        settings.session.holdMs = 1500;
        QVERIFY2(m_engine->start(settings), qPrintable(m_engine->errorString()));
        m_dispatcher = new models::TaskDispatcher(*m_engine, this);

        m_sim = new QProcess(this);
        m_sim->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_sim->start(sim, {QStringLiteral("--acs"), QStringLiteral("http://127.0.0.1:%1/").arg(m_engine->port()),
                           QStringLiteral("--username"), QStringLiteral("cpe"), QStringLiteral("--password"),
                           QStringLiteral("cpe-secret"), QStringLiteral("--cr-port"), QStringLiteral("0"),
                           QStringLiteral("--cr-username"), QStringLiteral("acs"), QStringLiteral("--cr-password"),
                           QStringLiteral("cr-secret"), QStringLiteral("--serial-base"), QStringLiteral("PB0001"),
                           QStringLiteral("--periodic-interval"), QStringLiteral("3600"), QStringLiteral("--state-dir"),
                           m_dir.filePath(QStringLiteral("state")), QStringLiteral("--log"), QStringLiteral("warn")});
        QVERIFY(m_sim->waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(!m_engine->devices().ids().isEmpty(), 15000);
        m_id = m_engine->devices().ids().constFirst();

        m_page = new ui::ParameterPage(*m_engine, *m_dispatcher);
        m_page->resize(1000, 700);
        m_page->setDevice(m_id);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page));
    }

    void cleanupTestCase()
    {
        delete m_page;
        if (m_sim) {
            m_sim->terminate();
            m_sim->waitForFinished(5000);
        }
    }

    void expandsDeviceInfoAndReadsItFromTheDevice()
    {
        ParameterTreeModel *model = m_page->model();
        auto *tree = m_page->findChild<QTreeView *>(QStringLiteral("parameterTree"));
        const QModelIndex info = model->indexForPath(QStringLiteral("Device.DeviceInfo."));
        QVERIFY(info.isValid());
        tree->expand(info.parent());
        tree->expand(info);
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount(info) > 0, 30000); // from the Inform's cache or a live read
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), 30000);

        // Refresh the branch: names with their writability, then the values.
        tree->setCurrentIndex(info);
        QSignalSpy finished(m_dispatcher, &models::TaskDispatcher::taskFinished);
        QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("refreshParameters")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);
        const auto task = finished.constLast().at(0).value<acs::Task>();
        QCOMPARE(task.kind, QStringLiteral("refreshObject"));
        QCOMPARE(task.state, acs::TaskState::Done);
        QVERIFY(model->rowCount(info) > 10);
        const QModelIndex uptime = model->indexForPath(QStringLiteral("Device.DeviceInfo.MemoryStatus.Total"));
        QVERIFY(uptime.isValid());
        QVERIFY(!uptime.siblingAtColumn(ParameterTreeModel::ValueColumn).data().toString().isEmpty());
    }

    void expandingAnUnreadBranchReadsItLive()
    {
        ParameterTreeModel *model = m_page->model();
        auto *tree = m_page->findChild<QTreeView *>(QStringLiteral("parameterTree"));
        // Learn the top level's names only: Device.NAT. is then known but never read.
        const qint64 names = m_dispatcher->submit(m_id, QStringLiteral("getParameterNames"),
                                                  {{QStringLiteral("parameterPath"), QStringLiteral("Device.")},
                                                   {QStringLiteral("nextLevel"), true}});
        QCOMPARE(waitFor(names).state, acs::TaskState::Done);
        QVERIFY(m_engine->devices().find(m_id)->parameters.children(QStringLiteral("Device.NAT.")).isEmpty());
        const QModelIndex nat = model->indexForPath(QStringLiteral("Device.NAT."));
        QVERIFY(nat.isValid()); // inserted under the loaded Device. as the names arrived
        QVERIFY(model->canFetchMore(nat));

        tree->expand(nat);
        QVERIFY(nat.data(ParameterTreeModel::LoadingRole).toBool());
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), 30000);
        QVERIFY(model->rowCount(nat) > 0);
        const QModelIndex count = model->indexForPath(QStringLiteral("Device.NAT.PortMappingNumberOfEntries"));
        QVERIFY(count.isValid());
        QVERIFY(!count.siblingAtColumn(ParameterTreeModel::ValueColumn).data().toString().isEmpty()); // values read too
    }

    void editedValueReachesTheSimulator()
    {
        ParameterTreeModel *model = m_page->model();
        auto *tree = m_page->findChild<QTreeView *>(QStringLiteral("parameterTree"));
        const QString path = QStringLiteral("Device.DeviceInfo.ProvisioningCode");
        const QModelIndex cell = model->indexForPath(path).siblingAtColumn(ParameterTreeModel::ValueColumn);
        QVERIFY(cell.isValid());
        QVERIFY(model->flags(cell) & Qt::ItemIsEditable);

        // Edit in place: double-click, type, Enter.
        tree->scrollTo(cell);
        const QPoint at = tree->visualRect(cell).center();
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, at);
        auto *line = qobject_cast<QLineEdit *>(tree->indexWidget(cell));
        QVERIFY(line);
        line->selectAll();
        QTest::keyClicks(line, QStringLiteral("e2e-browser"));
        QTest::keyClick(line, Qt::Key_Return);
        QTRY_COMPARE(model->edits().count(), 1);

        auto *apply = m_page->findChild<QPushButton *>(QStringLiteral("applyChanges"));
        QCOMPARE(apply->text(), QStringLiteral("Apply 1 change"));
        QSignalSpy applied(&model->edits(), &models::ParameterEdits::applyFinished);
        QTest::mouseClick(apply, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!applied.isEmpty(), 30000);
        const auto task = applied.at(0).at(0).value<acs::Task>();
        QVERIFY2(task.state == acs::TaskState::Done, qPrintable(models::TaskDispatcher::describe(task)));
        QCOMPARE(model->edits().count(), 0);
        QCOMPARE(cell.data().toString(), QStringLiteral("e2e-browser"));

        // Ask the simulator, not the cache.
        QString why;
        const qint64 id = m_dispatcher->submit(m_id, QStringLiteral("getParameterValues"),
                                               {{QStringLiteral("parameterNames"), QJsonArray{path}}}, &why);
        QVERIFY2(id > 0, qPrintable(why));
        const acs::Task read = waitFor(id);
        QCOMPARE(read.state, acs::TaskState::Done);
        const QJsonArray values = read.result.value(QStringLiteral("parameterValues")).toArray();
        QCOMPARE(values.size(), 1);
        QCOMPARE(values.at(0).toArray().at(0).toString(), path);
        QCOMPARE(values.at(0).toArray().at(1).toString(), QStringLiteral("e2e-browser"));
    }
};

QTEST_MAIN(ParameterEndToEndTest)
#include "tst_parameterendtoend.moc"
