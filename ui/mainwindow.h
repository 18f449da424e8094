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
class FilesPage;
class ListenerPanel;
class ProfilesPage;
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
    void importDataModel();
    void checkConformance();
    void showProfiles();
    void showFileLibrary();
    void upgradeFirmware();

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
    QWidget *m_profilesWindow = nullptr; // Tools → Profiles…, made on first use
    ProfilesPage *m_profiles = nullptr;
    FilesPage *m_filesWindow = nullptr; // Tools → File library…, made on first use
    QLabel *m_statusLabel = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_deviceMenu = nullptr;
    QMenu *m_toolsMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_connectionRequestAction = nullptr;
    QAction *m_rebootAction = nullptr;
    QAction *m_simulatorAction = nullptr;
    QAction *m_importDataModelAction = nullptr;
    QAction *m_conformanceAction = nullptr;
    QAction *m_snapshotAction = nullptr;
    QAction *m_diagnosticAction = nullptr;
    QAction *m_profilesAction = nullptr;
    QAction *m_fileLibraryAction = nullptr;
    QAction *m_upgradeAction = nullptr;
    QAction *m_backupAction = nullptr;
    QAction *m_fetchLogAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
};

} // namespace ui
