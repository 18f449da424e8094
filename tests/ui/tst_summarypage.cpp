// The Summary tab, offscreen, over a real engine: values from the device's cache for
// TR-181 and TR-098, "not read yet" for the rest, live updates, the last sessions (from a
// real session over a socket and from the SOAP log in a real SQLite file), and actions
// that ask before they reboot or reset and say how they ended.

#include "summarypage.h"

#include <taskdispatcher.h>

#include <acs/acsengine.h>
#include <acs/acstestclient.h>
#include <cwmp/envelopecodec.h>
#include <http/httpclient.h>
#include <store/database.h>
#include <store/soaplogrepository.h>

#include <QAbstractButton>
#include <QApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

namespace {

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
            seenName = box->objectName();
            box->button(button)->click();
        });
        m_timer.start(20);
    }
    QString seenName;

private:
    QTimer m_timer;
};

using Parameters = QList<QPair<QString, QString>>;

cwmp::Inform inform(const QString &serial, const Parameters &parameters, const QStringList &events = {QStringLiteral("2 PERIODIC")})
{
    cwmp::Inform i;
    i.deviceId = {QStringLiteral("Acme"), QStringLiteral("00D09E"), QStringLiteral("GW"), serial};
    for (const QString &e : events)
        i.events.append({e, QString()});
    i.currentTime = QDateTime::currentDateTimeUtc();
    for (const auto &[path, value] : parameters)
        i.parameterList.append({path, value, cwmp::ValueType::String});
    return i;
}

QString addDevice(acs::AcsEngine &engine, const QString &serial, const Parameters &parameters)
{
    return engine.devices()
        .applyInform(inform(serial, parameters), QStringLiteral("192.0.2.9"), QStringLiteral("1.4"), QDateTime::currentMSecsSinceEpoch())
        .id;
}

QByteArray envelope(const cwmp::Body &body)
{
    cwmp::Envelope e;
    e.header.id = QStringLiteral("1");
    e.body = body;
    return cwmp::encodeEnvelope(e);
}

template <typename T>
T await(QFuture<T> future)
{
    future.waitForFinished(); // the test thread may wait; the page never does
    return future.result();
}

} // namespace

class SummaryPageTest : public QObject
{
    Q_OBJECT

private:
    acs::AcsEngine *m_engine = nullptr;
    models::TaskDispatcher *m_dispatcher = nullptr;
    QString m_tr181;
    QString m_tr098;
    QString m_bare;

    static QString value(const ui::SummaryPage &page, const QString &field)
    {
        const QLabel *label = page.findChild<QLabel *>(field + QStringLiteral("Value"));
        return label ? label->text() : QStringLiteral("<no label %1>").arg(field);
    }
    static QPushButton *button(const ui::SummaryPage &page, const char *name)
    {
        return page.findChild<QPushButton *>(QString::fromLatin1(name));
    }
    static QString outcome(const ui::SummaryPage &page)
    {
        return page.findChild<QLabel *>(QStringLiteral("outcomeLabel"))->text();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_engine = new acs::AcsEngine(nullptr, this);
        acs::AcsSettings settings;
        settings.address = QHostAddress::LocalHost;
        settings.port = 0;
        settings.authMode = acs::CpeAuthMode::None;
        settings.crMinIntervalMs = 0;
        settings.session.holdMs = 0;
        QVERIFY2(m_engine->start(settings), qPrintable(m_engine->errorString()));
        m_dispatcher = new models::TaskDispatcher(*m_engine, this);
        m_tr181 = addDevice(*m_engine, QStringLiteral("S181"),
                            {{QStringLiteral("Device.DeviceInfo.UpTime"), QStringLiteral("273906")},
                             {QStringLiteral("Device.DeviceInfo.HardwareVersion"), QStringLiteral("HW-2")},
                             {QStringLiteral("Device.DeviceInfo.SoftwareVersion"), QStringLiteral("4.5.6")},
                             {QStringLiteral("Device.ManagementServer.URL"), QStringLiteral("http://acs.example:7547/")},
                             {QStringLiteral("Device.ManagementServer.PeriodicInformInterval"), QStringLiteral("3600")},
                             {QStringLiteral("Device.IP.Interface.1.Name"), QStringLiteral("wan")},
                             {QStringLiteral("Device.IP.Interface.1.IPv4Address.1.IPAddress"), QStringLiteral("100.64.0.7")},
                             {QStringLiteral("Device.IP.Interface.2.Name"), QStringLiteral("lan")},
                             {QStringLiteral("Device.IP.Interface.2.IPv4Address.1.IPAddress"), QStringLiteral("192.168.1.1")}});
        m_tr098 = addDevice(*m_engine, QStringLiteral("S098"),
                            {{QStringLiteral("InternetGatewayDevice.DeviceInfo.UpTime"), QStringLiteral("3661")},
                             {QStringLiteral("InternetGatewayDevice.ManagementServer.ConnectionRequestURL"),
                              QStringLiteral("http://203.0.113.9:7547/")},
                             {QStringLiteral("InternetGatewayDevice.WANDevice.1.WANConnectionDevice.1.WANPPPConnection.1.ExternalIPAddress"),
                              QStringLiteral("203.0.113.9")}});
        m_bare = addDevice(*m_engine, QStringLiteral("BARE"), {});
    }

    void showsTr181ValuesFromTheCache()
    {
        ui::SummaryPage page(*m_engine, *m_dispatcher, nullptr);
        page.setDevice(m_tr181);
        QVERIFY(value(page, QStringLiteral("upTime")).startsWith(QLatin1String("3 d 04:05:06 (read ")));
        QCOMPARE(value(page, QStringLiteral("hardwareVersion")), QStringLiteral("HW-2"));
        QCOMPARE(value(page, QStringLiteral("softwareVersion")), QStringLiteral("4.5.6"));
        QCOMPARE(value(page, QStringLiteral("acsUrl")), QStringLiteral("http://acs.example:7547/"));
        QCOMPARE(value(page, QStringLiteral("periodicInformInterval")), QStringLiteral("every 3600 s"));
        QCOMPARE(value(page, QStringLiteral("connectionRequestUrl")), QStringLiteral("not read yet"));
        QCOMPARE(value(page, QStringLiteral("wanAddresses")), QStringLiteral("100.64.0.7 (wan)"));
        QCOMPARE(value(page, QStringLiteral("serialNumber")), QStringLiteral("S181"));
        QCOMPARE(value(page, QStringLiteral("dataModel")), QStringLiteral("TR-181"));
        QCOMPARE(value(page, QStringLiteral("address")), QStringLiteral("192.0.2.9"));
    }

    void showsTr098ValuesFromTheCache()
    {
        ui::SummaryPage page(*m_engine, *m_dispatcher, nullptr);
        page.setDevice(m_tr098);
        QVERIFY(value(page, QStringLiteral("upTime")).startsWith(QLatin1String("01:01:01")));
        QCOMPARE(value(page, QStringLiteral("connectionRequestUrl")), QStringLiteral("http://203.0.113.9:7547/"));
        QCOMPARE(value(page, QStringLiteral("wanAddresses")),
                 QStringLiteral("203.0.113.9 (WANDevice.1.WANConnectionDevice.1.WANPPPConnection.1)"));
        QCOMPARE(value(page, QStringLiteral("dataModel")), QStringLiteral("TR-098"));
    }

    void showsNotReadYetForValuesOutsideTheCache()
    {
        ui::SummaryPage page(*m_engine, *m_dispatcher, nullptr);
        page.setDevice(m_bare);
        for (const char *field : {"upTime", "hardwareVersion", "softwareVersion", "acsUrl", "periodicInformInterval",
                                  "connectionRequestUrl", "wanAddresses"})
            QCOMPARE(value(page, QString::fromLatin1(field)), QStringLiteral("not read yet"));
        QCOMPARE(value(page, QStringLiteral("manufacturer")), QStringLiteral("Acme"));
    }

    void updatesWhenTheCacheChanges()
    {
        ui::SummaryPage page(*m_engine, *m_dispatcher, nullptr);
        page.setDevice(m_bare);
        acs::DeviceRecord &device = *m_engine->devices().find(m_bare);
        const QString url = QStringLiteral("Device.ManagementServer.URL");
        device.parameters.setValue(url, QStringLiteral("https://new.example/"), cwmp::ValueType::String,
                                   QDateTime::currentMSecsSinceEpoch());
        m_engine->devices().parametersChanged(device, {url}, {});
        QTRY_COMPARE(value(page, QStringLiteral("acsUrl")), QStringLiteral("https://new.example/"));
    }

    void buttonsNeedADevice()
    {
        ui::SummaryPage page(*m_engine, *m_dispatcher, nullptr);
        for (const char *name : {"connectionRequestButton", "refreshButton", "rebootButton", "factoryResetButton"}) {
            QVERIFY2(button(page, name), name);
            QVERIFY2(!button(page, name)->isEnabled(), name);
        }
        page.setDevice(m_tr181);
        QVERIFY(!button(page, "connectionRequestButton")->isEnabled()); // no URL reported
        QVERIFY(button(page, "refreshButton")->isEnabled());
        QVERIFY(button(page, "rebootButton")->isEnabled());
        QVERIFY(button(page, "factoryResetButton")->isEnabled());
        page.setDevice(m_tr098);
        QVERIFY(button(page, "connectionRequestButton")->isEnabled());
    }

    void refreshReadsTheObjectsShown()
    {
        ui::SummaryPage page(*m_engine, *m_dispatcher, nullptr);
        page.setDevice(m_tr098);
        button(page, "refreshButton")->click();
        const QList<acs::Task> tasks = m_engine->tasks().tasksOf(m_tr098);
        QCOMPARE(tasks.size(), 1);
        QCOMPARE(tasks.at(0).kind, QStringLiteral("getParameterValues"));
        const QJsonArray expected{QStringLiteral("InternetGatewayDevice.DeviceInfo."), QStringLiteral("InternetGatewayDevice.ManagementServer."),
                                  QStringLiteral("InternetGatewayDevice.WANDevice.")};
        QCOMPARE(tasks.at(0).args.value(QStringLiteral("parameterNames")).toArray(), expected);
        QCOMPARE(outcome(page), QStringLiteral("Read values: queued, waiting for the device."));
        QVERIFY(m_engine->tasks().cancel(tasks.at(0).id));
        QTRY_COMPARE(outcome(page), QStringLiteral("Read values: cancelled."));
    }

    void factoryResetAsksForConfirmation()
    {
        ui::SummaryPage page(*m_engine, *m_dispatcher, nullptr);
        page.setDevice(m_tr181);
        QSignalSpy status(&page, &ui::SummaryPage::statusMessage);
        {
            MessageBoxAnswerer no(QMessageBox::Cancel);
            button(page, "factoryResetButton")->click();
            QCOMPARE(no.seenName, QStringLiteral("confirmFactoryReset"));
        }
        QVERIFY(m_engine->tasks().tasksOf(m_tr181).isEmpty());
        QVERIFY(outcome(page).isEmpty());
        {
            MessageBoxAnswerer yes(QMessageBox::Yes);
            button(page, "factoryResetButton")->click();
            QCOMPARE(yes.seenName, QStringLiteral("confirmFactoryReset"));
        }
        const QList<acs::Task> tasks = m_engine->tasks().tasksOf(m_tr181);
        QCOMPARE(tasks.size(), 1);
        QCOMPARE(tasks.at(0).kind, QStringLiteral("factoryReset"));
        QCOMPARE(outcome(page), QStringLiteral("Factory reset: queued, waiting for the device."));
        QCOMPARE(status.value(0).value(0).toString(), QStringLiteral("S181: Factory reset: queued, waiting for the device."));
        // No connection-request URL: the wake-up fails after its retries, in plain words.
        QTRY_VERIFY_WITH_TIMEOUT(outcome(page).startsWith(QLatin1String("Could not wake the device: ")), 10000);
        QVERIFY(m_engine->tasks().cancel(tasks.at(0).id));
    }

    void rebootAsksForConfirmation()
    {
        ui::SummaryPage page(*m_engine, *m_dispatcher, nullptr);
        page.setDevice(m_bare);
        {
            MessageBoxAnswerer no(QMessageBox::Cancel);
            button(page, "rebootButton")->click();
            QCOMPARE(no.seenName, QStringLiteral("confirmReboot"));
        }
        QVERIFY(m_engine->tasks().tasksOf(m_bare).isEmpty());
    }

    void connectionRequestSaysHowItEnded()
    {
        ui::SummaryPage page(*m_engine, *m_dispatcher, nullptr);
        page.setDevice(m_tr098);
        button(page, "connectionRequestButton")->click();
        QVERIFY(outcome(page).startsWith(QLatin1String("Sending a connection request")));
        QTRY_VERIFY_WITH_TIMEOUT(outcome(page).startsWith(QLatin1String("Connection request failed: ")), 10000);
    }

    void listsTheSessionsOfThisRun()
    {
        ui::SummaryPage page(*m_engine, *m_dispatcher, nullptr);
        page.setDevice(m_tr181);
        const QTreeWidget *sessions = page.findChild<QTreeWidget *>(QStringLiteral("sessionList"));
        QVERIFY(sessions);
        QCOMPARE(sessions->topLevelItemCount(), 0);

        http::HttpClient client{QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_engine->port()))};
        const http::Result r = acstest::postCwmp(
            client, envelope(inform(QStringLiteral("S181"), {}, {QStringLiteral("6 CONNECTION REQUEST")})));
        QCOMPARE(r.response.status, 200);
        QTRY_COMPARE(sessions->topLevelItemCount(), 1);
        QCOMPARE(sessions->topLevelItem(0)->text(1), QStringLiteral("6 CONNECTION REQUEST"));
        QCOMPARE(sessions->topLevelItem(0)->text(2), QStringLiteral("in progress"));
        QCOMPARE(acstest::postCwmp(client, QByteArray()).response.status, 204);
        QTRY_COMPARE(sessions->topLevelItem(0)->text(2), QStringLiteral("completed"));
    }

    void readsEarlierSessionsFromTheSoapLog()
    {
        QTemporaryDir dir;
        store::Database database;
        QVERIFY(await(database.open(dir.path())).ok());
        store::SoapLogRepository log(database);
        const QString device = m_tr098;
        const auto exchange = [&](const QString &session, qint64 at, store::SoapExchange::Direction direction,
                                  const QString &rpc, const QByteArray &body) {
            store::SoapExchange x;
            x.deviceId = device;
            x.sessionId = session;
            x.direction = direction;
            x.rpcName = rpc;
            x.body = body;
            x.startedMs = x.endedMs = at;
            return log.append(x);
        };
        using D = store::SoapExchange::Direction;
        const qint64 t = QDateTime::currentMSecsSinceEpoch() - 86400000;
        exchange(QStringLiteral("old-1"), t, D::In, QStringLiteral("Inform"),
                 envelope(inform(QStringLiteral("S098"), {}, {QStringLiteral("1 BOOT")})));
        exchange(QStringLiteral("old-1"), t + 10, D::Out, QStringLiteral("InformResponse"), QByteArray("x"));
        exchange(QStringLiteral("old-2"), t + 1000, D::In, QStringLiteral("Inform"),
                 envelope(inform(QStringLiteral("S098"), {}, {QStringLiteral("2 PERIODIC")})));
        exchange(QStringLiteral("old-2"), t + 1010, D::Out, QStringLiteral("GetParameterValues"), QByteArray("x"));
        const auto last = exchange(QStringLiteral("old-2"), t + 1020, D::In, QStringLiteral("GetParameterValuesResponse"), QByteArray("x"));
        QVERIFY(await(last).ok());

        ui::SummaryPage page(*m_engine, *m_dispatcher, &database);
        page.setDevice(device);
        const QTreeWidget *sessions = page.findChild<QTreeWidget *>(QStringLiteral("sessionList"));
        QTRY_COMPARE(sessions->topLevelItemCount(), 2);
        // Newest first, with the events read from each session's Inform.
        QTRY_COMPARE(sessions->topLevelItem(0)->text(1), QStringLiteral("2 PERIODIC"));
        QTRY_COMPARE(sessions->topLevelItem(1)->text(1), QStringLiteral("1 BOOT"));
        QCOMPARE(sessions->topLevelItem(0)->text(2), QStringLiteral("earlier run: Inform, GetParameterValues"));
        QCOMPARE(sessions->topLevelItem(1)->text(2), QStringLiteral("earlier run: Inform"));
    }

    void clearsWhenItsDeviceIsForgotten()
    {
        ui::SummaryPage page(*m_engine, *m_dispatcher, nullptr);
        page.setDevice(m_bare);
        m_engine->forgetDevice(m_bare);
        QCOMPARE(page.findChild<QLabel *>(QStringLiteral("summaryTitle"))->text(), QStringLiteral("No device selected."));
        QVERIFY(value(page, QStringLiteral("upTime")).isEmpty());
        QVERIFY(!button(page, "rebootButton")->isEnabled());
    }
};

QTEST_MAIN(SummaryPageTest)
#include "tst_summarypage.moc"
