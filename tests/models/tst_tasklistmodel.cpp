// The Tasks tab's model over a real engine: a scripted CPE on 127.0.0.1 informs, takes the
// queued RPCs and answers with faults; the rows follow each change of the queue.

#include <acs/acstestclient.h>

#include <taskdispatcher.h>
#include <tasklistmodel.h>

#include <acs/acsengine.h>
#include <acs/taskqueue.h>
#include <cwmp/envelopecodec.h>
#include <cwmp/faultcodes.h>
#include <http/httpclient.h>

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QtTest>

#include <memory>

using models::TaskListModel;

namespace {

QByteArray informBody(const QString &serial)
{
    cwmp::Inform inform;
    inform.deviceId = {QStringLiteral("Workbench"), QStringLiteral("00D09E"), QStringLiteral("TestGW"), serial};
    inform.events = {{QStringLiteral("1 BOOT"), QString()}};
    inform.currentTime = QDateTime::currentDateTimeUtc();
    inform.parameterList = {
        {QStringLiteral("Device.ManagementServer.ConnectionRequestURL"), QStringLiteral("http://127.0.0.1:1/cr"), cwmp::ValueType::String},
    };
    cwmp::Envelope e;
    e.header.id = QStringLiteral("inform-%1").arg(serial);
    e.body = inform;
    return cwmp::encodeEnvelope(e);
}

QByteArray faultBody(int code, const QString &text, const QString &id)
{
    cwmp::Envelope e;
    e.header.id = id;
    e.body = cwmp::makeFault(code, text);
    return cwmp::encodeEnvelope(e);
}

QJsonObject readArgs(const QStringList &names)
{
    return QJsonObject{{QStringLiteral("parameterNames"), QJsonArray::fromStringList(names)}};
}

} // namespace

class TaskListModelTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<acs::AcsEngine> m_engine;
    std::unique_ptr<http::HttpClient> m_cpe;
    QString m_deviceId;

    // A device that informed and is still in its session, waiting for the CPE's next POST.
    QString informAs(const QString &serial, std::unique_ptr<http::HttpClient> &client)
    {
        client = std::make_unique<http::HttpClient>(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_engine->port())));
        const http::Result r = acstest::postCwmp(*client, informBody(serial));
        if (!r.ok || r.response.status != 200)
            return {};
        for (const QString &id : m_engine->devices().ids()) {
            if (id.endsWith(serial))
                return id;
        }
        return {};
    }

    // The CPE's next POST (empty or an answer); the ACS's request back, decoded.
    cwmp::Envelope post(const QByteArray &body)
    {
        const http::Result r = acstest::postCwmp(*m_cpe, body);
        return cwmp::decodeEnvelope(r.response.body).envelope;
    }

    qint64 queue(const QString &kind, const QJsonObject &args, const QString &device = {})
    {
        QString why;
        const auto task = m_engine->queueTask(device.isEmpty() ? m_deviceId : device, kind, args, &why);
        if (!task)
            qWarning("cannot queue %s: %s", qPrintable(kind), qPrintable(why));
        return task ? task->id : 0;
    }

    QString cell(const TaskListModel &model, int row, int column)
    {
        return model.index(row, column).data().toString();
    }

private Q_SLOTS:
    void init()
    {
        m_engine = std::make_unique<acs::AcsEngine>();
        acs::AcsSettings s;
        s.address = QHostAddress::LocalHost;
        s.port = 0;
        s.authMode = acs::CpeAuthMode::None;
        s.session.holdMs = 0;
        QVERIFY2(m_engine->start(s), qPrintable(m_engine->errorString()));
        m_deviceId = informAs(QStringLiteral("TASKS1"), m_cpe);
        QVERIFY(!m_deviceId.isEmpty());
    }

    void cleanup()
    {
        m_cpe.reset();
        m_engine.reset();
    }

    void listsTheDevicesTasksInQueueOrder()
    {
        const qint64 first = queue(QStringLiteral("getParameterValues"),
                                   readArgs({QStringLiteral("Device.DeviceInfo.SoftwareVersion"), QStringLiteral("Device.DeviceInfo.UpTime"),
                                             QStringLiteral("Device.DeviceInfo.SerialNumber")}));
        const qint64 second = queue(QStringLiteral("addObject"), QJsonObject{{QStringLiteral("objectName"), QStringLiteral("Device.NAT.PortMapping.")}});
        const qint64 third = queue(QStringLiteral("reboot"), QJsonObject{{QStringLiteral("commandKey"), QStringLiteral("rb-1")}});

        TaskListModel model(m_engine->tasks());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setDevice(m_deviceId);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, TaskListModel::IdColumn).data().toLongLong(), first);
        QCOMPARE(model.index(1, TaskListModel::IdColumn).data().toLongLong(), second);
        QCOMPARE(model.index(2, TaskListModel::IdColumn).data().toLongLong(), third);
        QCOMPARE(model.rowOf(second), 1);
        QCOMPARE(cell(model, 0, TaskListModel::TaskColumn), models::TaskDispatcher::kindTitle(QStringLiteral("getParameterValues")));
        QCOMPARE(cell(model, 0, TaskListModel::TargetColumn), QStringLiteral("Device.DeviceInfo.SoftwareVersion +2 more"));
        QCOMPARE(cell(model, 1, TaskListModel::TargetColumn), QStringLiteral("Device.NAT.PortMapping."));
        QCOMPARE(cell(model, 2, TaskListModel::TargetColumn), QStringLiteral("rb-1"));
        QCOMPARE(cell(model, 0, TaskListModel::StateColumn), TaskListModel::stateTitle(acs::TaskState::Queued));
        QVERIFY(!cell(model, 0, TaskListModel::CreatedColumn).isEmpty());
        QVERIFY(cell(model, 0, TaskListModel::SentColumn).isEmpty());
        QVERIFY(model.index(0, 0).data(TaskListModel::CanCancelRole).toBool());
        QVERIFY(!model.index(0, 0).data(TaskListModel::CanRetryRole).toBool());
    }

    void insertsTasksAsTheyAreQueuedAndIgnoresOtherDevices()
    {
        std::unique_ptr<http::HttpClient> other;
        const QString otherId = informAs(QStringLiteral("TASKS2"), other);
        QVERIFY(!otherId.isEmpty());

        TaskListModel model(m_engine->tasks());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setDevice(m_deviceId);
        QCOMPARE(model.rowCount(), 0);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        const qint64 id = queue(QStringLiteral("getParameterNames"),
                                QJsonObject{{QStringLiteral("parameterPath"), QStringLiteral("Device.WiFi.")}, {QStringLiteral("nextLevel"), true}});
        queue(QStringLiteral("reboot"), {}, otherId);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowOf(id), 0);
        QCOMPARE(cell(model, 0, TaskListModel::TargetColumn), QStringLiteral("Device.WiFi."));

        model.setDevice(otherId);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(cell(model, 0, TaskListModel::TaskColumn), models::TaskDispatcher::kindTitle(QStringLiteral("reboot")));
    }

    void followsATaskThroughItsSessionToAFault()
    {
        TaskListModel model(m_engine->tasks());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setDevice(m_deviceId);
        const qint64 id = queue(QStringLiteral("getParameterValues"), readArgs({QStringLiteral("Device.Nope.")}));
        QCOMPARE(model.rowCount(), 1);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        // The CPE's empty POST: the ACS sends the queued RPC; the row says "sent".
        const cwmp::Envelope request = post(QByteArray());
        QVERIFY(std::holds_alternative<cwmp::GetParameterValues>(request.body));
        QVERIFY(!changed.isEmpty());
        QCOMPARE(changed.constLast().at(0).value<QModelIndex>().row(), 0);
        QCOMPARE(cell(model, 0, TaskListModel::StateColumn), TaskListModel::stateTitle(acs::TaskState::Sent));
        QVERIFY(!cell(model, 0, TaskListModel::SentColumn).isEmpty());
        QCOMPARE(model.index(0, TaskListModel::AttemptsColumn).data().toInt(), 1);
        QVERIFY(model.index(0, 0).data(TaskListModel::CanCancelRole).toBool());

        // The CPE answers with a fault: code, its standard name and the device's text.
        post(faultBody(9005, QStringLiteral("No such object: Device.Nope."), request.header.id.value_or(QString())));
        QTRY_COMPARE(model.index(0, 0).data(TaskListModel::StateRole).toInt(), int(acs::TaskState::Fault));
        QCOMPARE(model.rowOf(id), 0);
        QCOMPARE(cell(model, 0, TaskListModel::StateColumn), TaskListModel::stateTitle(acs::TaskState::Fault));
        QCOMPARE(model.index(0, TaskListModel::FaultCodeColumn).data().toInt(), 9005);
        QCOMPARE(cell(model, 0, TaskListModel::FaultNameColumn), cwmp::faultName(9005));
        QCOMPARE(cell(model, 0, TaskListModel::FaultStringColumn), QStringLiteral("No such object: Device.Nope."));
        QVERIFY(!cell(model, 0, TaskListModel::FinishedColumn).isEmpty());
        QVERIFY(!cell(model, 0, TaskListModel::DurationColumn).isEmpty());
        QVERIFY(model.index(0, 0).data(TaskListModel::CanRetryRole).toBool());
        QVERIFY(!model.index(0, 0).data(TaskListModel::CanCancelRole).toBool());

        // Retried, it is queued again in the same row, its fault gone.
        QVERIFY(m_engine->tasks().retry(id));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(cell(model, 0, TaskListModel::StateColumn), TaskListModel::stateTitle(acs::TaskState::Queued));
        QVERIFY(cell(model, 0, TaskListModel::FaultCodeColumn).isEmpty());
        QVERIFY(cell(model, 0, TaskListModel::FaultNameColumn).isEmpty());
    }

    void dropsTasksTheQueueNoLongerKeeps()
    {
        TaskListModel model(m_engine->tasks());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setDevice(m_deviceId);
        // More cancelled tasks than the queue keeps; it trims when the next one finishes.
        const int cancelled = acs::TaskQueue::kKeptFinishedPerDevice + 1;
        QList<qint64> ids;
        for (int i = 0; i < cancelled; ++i) {
            ids.append(queue(QStringLiteral("reboot"), {}));
            QVERIFY(m_engine->tasks().cancel(ids.constLast()));
        }
        QCOMPARE(model.rowCount(), cancelled);
        const qint64 last = queue(QStringLiteral("getParameterValues"), readArgs({QStringLiteral("Device.Nope.")}));
        const cwmp::Envelope request = post(QByteArray());
        QVERIFY(std::holds_alternative<cwmp::GetParameterValues>(request.body));
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        post(faultBody(9005, QString(), request.header.id.value_or(QString())));
        QTRY_COMPARE(m_engine->tasks().find(last)->state, acs::TaskState::Fault);

        const QList<acs::Task> kept = m_engine->tasks().tasksOf(m_deviceId);
        QCOMPARE(kept.size(), acs::TaskQueue::kKeptFinishedPerDevice);
        QTRY_VERIFY(!removed.isEmpty());
        QCOMPARE(model.rowCount(), kept.size());
        for (int row = 0; row < kept.size(); ++row) {
            QCOMPARE(model.index(row, TaskListModel::IdColumn).data().toLongLong(), kept.at(row).id);
            QCOMPARE(model.rowOf(kept.at(row).id), row);
        }
        QCOMPARE(model.rowOf(ids.constFirst()), -1);
    }

    void summarisesTargets_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QJsonObject>("args");
        QTest::addColumn<QString>("expected");

        QTest::newRow("set one value")
                << QStringLiteral("setParameterValues")
                << QJsonObject{{QStringLiteral("parameterValues"),
                                QJsonArray{QJsonArray{QStringLiteral("Device.X.Enable"), true, QStringLiteral("xsd:boolean")}}}}
                << QStringLiteral("Device.X.Enable = true");
        QTest::newRow("attributes")
                << QStringLiteral("setParameterAttributes")
                << QJsonObject{{QStringLiteral("parameters"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Device.A")}},
                                                                        QJsonObject{{QStringLiteral("name"), QStringLiteral("Device.B")}}}}}
                << QStringLiteral("Device.A +1 more");
        QTest::newRow("whole-tree refresh") << QStringLiteral("refreshObject") << QJsonObject{} << TaskListModel::tr("whole tree");
        QTest::newRow("download without credentials")
                << QStringLiteral("download")
                << QJsonObject{{QStringLiteral("url"), QStringLiteral("http://h/fw.bin")}, {QStringLiteral("password"), QStringLiteral("secret")}}
                << QStringLiteral("http://h/fw.bin");
    }

    void summarisesTargets()
    {
        QFETCH(QString, kind);
        QFETCH(QJsonObject, args);
        QFETCH(QString, expected);
        acs::Task t;
        t.kind = kind;
        t.args = args;
        QCOMPARE(TaskListModel::targetSummary(t), expected);
    }
};

QTEST_GUILESS_MAIN(TaskListModelTest)
#include "tst_tasklistmodel.moc"
