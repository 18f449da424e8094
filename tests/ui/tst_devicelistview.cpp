// The device list pane, offscreen, over a real engine: the filter narrows the rows, the
// current device is announced, and the context menu's actions are enabled for what the
// current device allows, ask before a reboot or a forget, and report their outcome.

#include "devicelistview.h"

#include <taskdispatcher.h>

#include <acs/acsengine.h>

#include <QAbstractButton>
#include <QApplication>
#include <QDateTime>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>

namespace {

// Answers the next message box with `button`, remembering which box it was.
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
            seenText = box->text();
            box->button(button)->click();
        });
        m_timer.start(20);
    }
    QString seenName;
    QString seenText;

private:
    QTimer m_timer;
};

QString addDevice(acs::AcsEngine &engine, const QString &manufacturer, const QString &serial,
                  const QString &crUrl = QString(), const QString &root = QStringLiteral("Device."))
{
    cwmp::Inform inform;
    inform.deviceId = {manufacturer, QStringLiteral("00D09E"), QStringLiteral("GW"), serial};
    inform.events = {{QStringLiteral("2 PERIODIC"), QString()}};
    inform.parameterList = {{root + QStringLiteral("DeviceInfo.SoftwareVersion"), QStringLiteral("1.0"), cwmp::ValueType::String}};
    if (!crUrl.isEmpty())
        inform.parameterList.append({root + QStringLiteral("ManagementServer.ConnectionRequestURL"), crUrl, cwmp::ValueType::String});
    return engine.devices()
        .applyInform(inform, QStringLiteral("192.0.2.%1").arg(serial.right(1)), QStringLiteral("1.2"), QDateTime::currentMSecsSinceEpoch())
        .id;
}

QStringList messages(const QSignalSpy &spy)
{
    QStringList out;
    for (const QList<QVariant> &args : spy)
        out << args.at(0).toString();
    return out;
}

} // namespace

class DeviceListViewTest : public QObject
{
    Q_OBJECT

private:
    acs::AcsEngine *m_engine = nullptr;
    models::TaskDispatcher *m_dispatcher = nullptr;
    ui::DeviceListView *m_view = nullptr;
    QString m_plain;   // no connection-request URL
    QString m_wakeable; // a connection-request URL
    QString m_igd;     // a TR-098 device

    QTableView *table() const { return m_view->findChild<QTableView *>(QStringLiteral("deviceTable")); }
    QLineEdit *filter() const { return m_view->findChild<QLineEdit *>(QStringLiteral("deviceFilter")); }
    QAction *action(const char *name) const { return m_view->findChild<QAction *>(QString::fromLatin1(name)); }

private Q_SLOTS:
    void initTestCase()
    {
        m_engine = new acs::AcsEngine(nullptr, this);
        acs::AcsSettings settings;
        settings.address = QHostAddress::LocalHost;
        settings.port = 0;
        settings.authMode = acs::CpeAuthMode::None;
        settings.crMinIntervalMs = 0;
        settings.crTimeoutMs = 2000;
        QVERIFY2(m_engine->start(settings), qPrintable(m_engine->errorString()));
        m_dispatcher = new models::TaskDispatcher(*m_engine, this);
        m_plain = addDevice(*m_engine, QStringLiteral("Acme"), QStringLiteral("PLAIN1"));
        // The engine itself answers a connection request's GET with 405: a reachable URL
        // whose device refuses, so the outcome is quick and known.
        m_wakeable = addDevice(*m_engine, QStringLiteral("Bravo"), QStringLiteral("WAKE2"),
                               QStringLiteral("http://127.0.0.1:%1/cr").arg(m_engine->port()));
        m_view = new ui::DeviceListView(*m_engine, *m_dispatcher);
        m_view->resize(900, 400);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view));
    }

    void cleanupTestCase()
    {
        delete m_view;
    }

    void listsTheDevicesAndAddsNewOnes()
    {
        QCOMPARE(m_view->deviceCount(), 2);
        QCOMPARE(table()->model()->rowCount(), 2);
        m_igd = addDevice(*m_engine, QStringLiteral("Charlie"), QStringLiteral("IGD3"), QString(),
                          QStringLiteral("InternetGatewayDevice."));
        QCOMPARE(m_view->deviceCount(), 3);
        QCOMPARE(table()->model()->rowCount(), 3);
    }

    void filterNarrowsTheRows()
    {
        QTest::keyClicks(filter(), QStringLiteral("bravo"));
        QCOMPARE(table()->model()->rowCount(), 1);
        QCOMPARE(table()->model()->index(0, 0).data(Qt::UserRole + 1).toString(), m_wakeable);
        filter()->clear();
        QTest::keyClicks(filter(), QStringLiteral("192.0.2."));
        QCOMPARE(table()->model()->rowCount(), 3);
        filter()->clear();
        QTest::keyClicks(filter(), QStringLiteral("nothing like it"));
        QCOMPARE(table()->model()->rowCount(), 0);
        filter()->clear();
        QCOMPARE(table()->model()->rowCount(), 3);
    }

    void actionsAreDisabledWithoutACurrentDevice()
    {
        QVERIFY(m_view->currentDevice().isEmpty());
        for (const char *name : {"connectionRequestAction", "refreshAllAction", "rebootAction", "forgetDeviceAction"}) {
            QVERIFY2(action(name), name);
            QVERIFY2(!action(name)->isEnabled(), name);
        }
        const QMenu *menu = m_view->findChild<QMenu *>(QStringLiteral("deviceContextMenu"));
        QVERIFY(menu);
        QVERIFY(menu->actions().contains(action("connectionRequestAction")));
        QVERIFY(menu->actions().contains(action("refreshAllAction")));
        QVERIFY(menu->actions().contains(action("rebootAction")));
        QVERIFY(menu->actions().contains(action("forgetDeviceAction")));
    }

    void clickingARowMakesItTheCurrentDevice()
    {
        QSignalSpy current(m_view, &ui::DeviceListView::currentDeviceChanged);
        const QModelIndex index = table()->model()->index(1, 2);
        const QString id = index.data(Qt::UserRole + 1).toString();
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, table()->visualRect(index).center());
        QCOMPARE(current.size(), 1);
        QCOMPARE(current.at(0).at(0).toString(), id);
        QCOMPARE(m_view->currentDevice(), id);
    }

    void focusFilterMovesTheCursorToTheFilter()
    {
        m_view->activateWindow();
        table()->setFocus();
        m_view->focusFilter();
        QTRY_VERIFY(filter()->hasFocus());
    }

    void actionsFollowWhatTheDeviceAllows()
    {
        m_view->selectDevice(m_plain);
        QCOMPARE(m_view->currentDevice(), m_plain);
        QVERIFY(!action("connectionRequestAction")->isEnabled()); // it reported no URL
        QVERIFY(action("refreshAllAction")->isEnabled());
        QVERIFY(action("rebootAction")->isEnabled());
        QVERIFY(action("forgetDeviceAction")->isEnabled());
        m_view->selectDevice(m_wakeable);
        QVERIFY(action("connectionRequestAction")->isEnabled());
    }

    void selectingAFilteredOutDeviceShowsItAgain()
    {
        QTest::keyClicks(filter(), QStringLiteral("Acme"));
        QSignalSpy current(m_view, &ui::DeviceListView::currentDeviceChanged);
        m_view->selectDevice(m_igd);
        QCOMPARE(m_view->currentDevice(), m_igd);
        QVERIFY(filter()->text().isEmpty());
        QCOMPARE(current.constLast().at(0).toString(), m_igd);
    }

    void connectionRequestReportsItsOutcome()
    {
        m_view->selectDevice(m_wakeable);
        QSignalSpy status(m_view, &ui::DeviceListView::statusMessage);
        action("connectionRequestAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(messages(status).join(QLatin1Char('\n')).contains(QLatin1String("Connection request to WAKE2 failed: device answered HTTP 405")), 5000);
    }

    void refreshAllReadsTheWholeTreeFromItsRoot()
    {
        m_view->selectDevice(m_igd);
        QSignalSpy status(m_view, &ui::DeviceListView::statusMessage);
        action("refreshAllAction")->trigger();
        const QList<acs::Task> tasks = m_engine->tasks().tasksOf(m_igd);
        QCOMPARE(tasks.size(), 1);
        QCOMPARE(tasks.at(0).kind, QStringLiteral("refreshObject"));
        QCOMPARE(tasks.at(0).args.value(QStringLiteral("objectName")).toString(), QStringLiteral("InternetGatewayDevice."));
        QCOMPARE(messages(status).value(0), QStringLiteral("IGD3: Refresh: queued, waiting for the device."));
        // The device has no connection-request URL: the wake-up fails after its retries.
        QTRY_VERIFY_WITH_TIMEOUT(messages(status).value(1).startsWith(QLatin1String("Could not wake IGD3: ")), 10000);
    }

    void rebootAsksFirst()
    {
        m_view->selectDevice(m_plain);
        {
            MessageBoxAnswerer no(QMessageBox::Cancel);
            action("rebootAction")->trigger();
            QCOMPARE(no.seenName, QStringLiteral("confirmReboot"));
            QVERIFY(no.seenText.contains(QLatin1String("PLAIN1")));
        }
        QVERIFY(m_engine->tasks().tasksOf(m_plain).isEmpty());
        QSignalSpy status(m_view, &ui::DeviceListView::statusMessage);
        {
            MessageBoxAnswerer yes(QMessageBox::Yes);
            action("rebootAction")->trigger();
            QCOMPARE(yes.seenName, QStringLiteral("confirmReboot"));
        }
        const QList<acs::Task> tasks = m_engine->tasks().tasksOf(m_plain);
        QCOMPARE(tasks.size(), 1);
        QCOMPARE(tasks.at(0).kind, QStringLiteral("reboot"));
        QCOMPARE(messages(status).value(0), QStringLiteral("PLAIN1: Reboot: queued, waiting for the device."));
    }

    void forgetAsksFirstAndRemovesTheDevice()
    {
        m_view->selectDevice(m_plain);
        {
            MessageBoxAnswerer no(QMessageBox::Cancel);
            action("forgetDeviceAction")->trigger();
            QCOMPARE(no.seenName, QStringLiteral("confirmForget"));
        }
        QVERIFY(m_engine->devices().find(m_plain));
        QSignalSpy current(m_view, &ui::DeviceListView::currentDeviceChanged);
        QSignalSpy status(m_view, &ui::DeviceListView::statusMessage);
        {
            MessageBoxAnswerer yes(QMessageBox::Yes);
            action("forgetDeviceAction")->trigger();
        }
        QVERIFY(!m_engine->devices().find(m_plain));
        QCOMPARE(m_view->deviceCount(), 2);
        QCOMPARE(table()->model()->rowCount(), 2);
        QVERIFY(!current.isEmpty());
        QVERIFY(current.constLast().at(0).toString() != m_plain);
        QCOMPARE(m_view->currentDevice(), current.constLast().at(0).toString());
        QVERIFY(messages(status).contains(QStringLiteral("Forgot PLAIN1.")));
    }

    void announcesNoDeviceWhenTheLastOneGoes()
    {
        QSignalSpy current(m_view, &ui::DeviceListView::currentDeviceChanged);
        for (const QString &id : m_engine->devices().ids())
            m_engine->forgetDevice(id);
        QCOMPARE(m_view->deviceCount(), 0);
        QVERIFY(!current.isEmpty());
        QCOMPARE(current.constLast().at(0).toString(), QString());
        QVERIFY(!action("rebootAction")->isEnabled());
    }
};

QTEST_MAIN(DeviceListViewTest)
#include "tst_devicelistview.moc"
