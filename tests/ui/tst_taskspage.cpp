// The Tasks tab, offscreen, over a real engine and a scripted CPE on 127.0.0.1: retry and
// cancel follow the selected task's state and work; the details pane shows the arguments
// (without passwords) and the outcome.

#include <acs/acstestclient.h>

#include <taskspage.h>

#include <acs/acsengine.h>
#include <cwmp/envelopecodec.h>
#include <cwmp/faultcodes.h>
#include <http/httpclient.h>
#include <taskdispatcher.h>
#include <tasklistmodel.h>

#include <QJsonArray>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

#include <memory>

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

} // namespace

class TasksPageTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<acs::AcsEngine> m_engine;
    std::unique_ptr<models::TaskDispatcher> m_dispatcher;
    std::unique_ptr<http::HttpClient> m_cpe;
    std::unique_ptr<ui::TasksPage> m_page;
    QString m_deviceId;

    QTableView *table() const { return m_page->findChild<QTableView *>(QStringLiteral("taskTable")); }
    QPushButton *retry() const { return m_page->findChild<QPushButton *>(QStringLiteral("retryTask")); }
    QPushButton *cancel() const { return m_page->findChild<QPushButton *>(QStringLiteral("cancelTask")); }
    QPlainTextEdit *details() const { return m_page->findChild<QPlainTextEdit *>(QStringLiteral("taskDetails")); }

    QString state(int row) const
    {
        return table()->model()->index(row, models::TaskListModel::StateColumn).data().toString();
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
        m_dispatcher = std::make_unique<models::TaskDispatcher>(*m_engine);
        // The device stays in its session, so a submitted task needs no wake-up.
        m_cpe = std::make_unique<http::HttpClient>(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_engine->port())));
        QCOMPARE(acstest::postCwmp(*m_cpe, informBody(QStringLiteral("PAGE1"))).response.status, 200);
        m_deviceId = m_engine->devices().ids().value(0);
        QVERIFY(!m_deviceId.isEmpty());
        m_page = std::make_unique<ui::TasksPage>(*m_engine, *m_dispatcher);
        m_page->setDevice(m_deviceId);
        m_page->resize(900, 600);
        m_page->show();
        QVERIFY(table() && retry() && cancel() && details());
    }

    void cleanup()
    {
        m_page.reset();
        m_cpe.reset();
        m_dispatcher.reset();
        m_engine.reset();
    }

    void buttonsFollowTheSelectedTasksState()
    {
        QVERIFY(!retry()->isEnabled());
        QVERIFY(!cancel()->isEnabled());
        QString why;
        const qint64 id = m_dispatcher->submit(m_deviceId, QStringLiteral("reboot"), QJsonObject{{QStringLiteral("commandKey"), QStringLiteral("rb")}}, &why);
        QVERIFY2(id > 0, qPrintable(why));
        QCOMPARE(table()->model()->rowCount(), 1);
        table()->selectRow(0);
        QVERIFY(cancel()->isEnabled());
        QVERIFY(!retry()->isEnabled());

        QSignalSpy status(m_page.get(), &ui::TasksPage::statusMessage);
        QTest::mouseClick(cancel(), Qt::LeftButton);
        QCOMPARE(m_engine->tasks().find(id)->state, acs::TaskState::Cancelled);
        QCOMPARE(state(0), models::TaskListModel::stateTitle(acs::TaskState::Cancelled));
        QCOMPARE(status.size(), 1);
        QVERIFY(status.constLast().at(0).toString().contains(QStringLiteral("cancelled")));
        QVERIFY(retry()->isEnabled());
        QVERIFY(!cancel()->isEnabled());

        QTest::mouseClick(retry(), Qt::LeftButton);
        QCOMPARE(m_engine->tasks().find(id)->state, acs::TaskState::Queued);
        QCOMPARE(state(0), models::TaskListModel::stateTitle(acs::TaskState::Queued));
        QCOMPARE(status.size(), 2);
        QVERIFY(status.constLast().at(0).toString().contains(QStringLiteral("queued again")));
        QVERIFY(cancel()->isEnabled());
        QVERIFY(!retry()->isEnabled());
    }

    void aFaultedTaskShowsItsFaultAndCanBeRetried()
    {
        const qint64 id = m_dispatcher->submit(m_deviceId, QStringLiteral("getParameterValues"),
                                               QJsonObject{{QStringLiteral("parameterNames"), QJsonArray{QStringLiteral("Device.Nope.")}}});
        QVERIFY(id > 0);
        table()->selectRow(0);
        QVERIFY(details()->toPlainText().contains(QStringLiteral("Device.Nope.")));

        const http::Result sent = acstest::postCwmp(*m_cpe, QByteArray());
        const cwmp::Envelope request = cwmp::decodeEnvelope(sent.response.body).envelope;
        QVERIFY(std::holds_alternative<cwmp::GetParameterValues>(request.body));
        QCOMPARE(state(0), models::TaskListModel::stateTitle(acs::TaskState::Sent));
        QVERIFY(cancel()->isEnabled());

        acstest::postCwmp(*m_cpe, faultBody(9005, QStringLiteral("No such object"), request.header.id.value_or(QString())));
        QTRY_COMPARE(state(0), models::TaskListModel::stateTitle(acs::TaskState::Fault));
        const QAbstractItemModel *model = table()->model();
        QCOMPARE(model->index(0, models::TaskListModel::FaultCodeColumn).data().toInt(), 9005);
        QCOMPARE(model->index(0, models::TaskListModel::FaultNameColumn).data().toString(), cwmp::faultName(9005));
        QVERIFY(retry()->isEnabled());
        QVERIFY(!cancel()->isEnabled());
        QVERIFY(details()->toPlainText().contains(QStringLiteral("No such object")));

        QSignalSpy status(m_page.get(), &ui::TasksPage::statusMessage);
        QTest::mouseClick(retry(), Qt::LeftButton);
        QCOMPARE(m_engine->tasks().find(id)->state, acs::TaskState::Queued);
        QCOMPARE(status.size(), 1);
        // The device's next session takes the retried task.
        QCOMPARE(acstest::postCwmp(*m_cpe, informBody(QStringLiteral("PAGE1"))).response.status, 200);
        const http::Result again = acstest::postCwmp(*m_cpe, QByteArray());
        QVERIFY(std::holds_alternative<cwmp::GetParameterValues>(cwmp::decodeEnvelope(again.response.body).envelope.body));
        QCOMPARE(state(0), models::TaskListModel::stateTitle(acs::TaskState::Sent));
    }

    void detailsHidePasswords()
    {
        QString why;
        const qint64 id = m_dispatcher->submit(m_deviceId, QStringLiteral("download"),
                                               QJsonObject{{QStringLiteral("url"), QStringLiteral("http://files.example/fw.bin")},
                                                           {QStringLiteral("username"), QStringLiteral("fw")},
                                                           {QStringLiteral("password"), QStringLiteral("hunter2")}},
                                               &why);
        QVERIFY2(id > 0, qPrintable(why));
        table()->selectRow(0);
        const QString text = details()->toPlainText();
        QVERIFY(text.contains(QStringLiteral("http://files.example/fw.bin")));
        QVERIFY(text.contains(QStringLiteral("\"username\": \"fw\"")));
        QVERIFY(!text.contains(QStringLiteral("hunter2")));
    }

    void switchingDevicesShowsTheirQueues()
    {
        m_dispatcher->submit(m_deviceId, QStringLiteral("reboot"), {});
        QCOMPARE(table()->model()->rowCount(), 1);
        table()->selectRow(0);
        QVERIFY(cancel()->isEnabled());
        m_page->setDevice(QString());
        QCOMPARE(table()->model()->rowCount(), 0);
        QVERIFY(!cancel()->isEnabled());
        QVERIFY(details()->toPlainText().isEmpty());
    }
};

QTEST_MAIN(TasksPageTest)
#include "tst_taskspage.moc"
