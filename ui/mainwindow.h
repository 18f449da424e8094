#pragma once

// The console's top-level window: the device list on the left, the selected device's page
// (or, with no device yet, the welcome page) in the centre, where the ACS listens in the
// status bar. It composes the feature pages and routes menu actions to them.

#include <QMainWindow>
#include <QSet>

class QAction;
class QLabel;
class QMenu;
class QSplitter;
class QStackedWidget;

namespace models {
class ConsoleSettings;
class SimulatorLauncher;
class TaskDispatcher;
}
namespace service {
class AcsService;
}

namespace ui {

class DeviceListView;
class DevicePage;
class ListenerPanel;
class WelcomePage;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(service::AcsService &service, models::ConsoleSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    DeviceListView *deviceList() const { return m_deviceList; }
    DevicePage *devicePage() const { return m_devicePage; }
    WelcomePage *welcomePage() const { return m_welcome; }
    models::SimulatorLauncher *simulators() const { return m_simulators; }

public Q_SLOTS:
    void startSimulatedDevice();
    void showSettings();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createCentre();
    void createStatusLine();
    void retranslateUi();
    void showAbout();
    void showStatus(const QString &text);
    void currentDeviceChanged(const QString &deviceId);
    void discoverNewDevice(const QString &deviceId);
    void updateCentre();
    void updateDeviceActions();

    service::AcsService &m_service;
    models::ConsoleSettings &m_settings;
    models::TaskDispatcher *m_dispatcher = nullptr;
    models::SimulatorLauncher *m_simulators = nullptr;
    QString m_liveDevice; // the device whose sessions are held open while it is shown
    QSet<qint64> m_discoveryTasks; // the first full read of devices seen for the first time

    QSplitter *m_splitter = nullptr;
    DeviceListView *m_deviceList = nullptr;
    QStackedWidget *m_centre = nullptr;
    WelcomePage *m_welcome = nullptr;
    DevicePage *m_devicePage = nullptr;
    ListenerPanel *m_listener = nullptr;
    QLabel *m_statusLabel = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_deviceMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_connectionRequestAction = nullptr;
    QAction *m_rebootAction = nullptr;
    QAction *m_simulatorAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
};

} // namespace ui
