#include "mainwindow.h"

#include "conformancedialog.h"
#include "devicelistview.h"
#include "devicepage.h"
#include "filespage.h"
#include "firmwareupgradedialog.h"
#include "importdatamodeldialog.h"
#include "listenerpanel.h"
#include "profilespage.h"
#include "settingsdialog.h"
#include "welcomepage.h"

#include <acs/acsengine.h>
#include <consolesettings.h>
#include <simulatorlauncher.h>
#include <taskdispatcher.h>
#include <service/acsservice.h>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QEvent>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace ui {

namespace {
constexpr QSize kDefaultSize(1280, 800);
// The device list takes about a third of the width at first; the splitter keeps what the
// engineer sets.
constexpr int kListStretch = 2;
constexpr int kPageStretch = 5;
constexpr int kListWidthChars = 62;
} // namespace

MainWindow::MainWindow(service::AcsService &service, models::ConsoleSettings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_service(service)
    , m_settings(settings)
{
    m_dispatcher = new models::TaskDispatcher(service.engine(), this);
    m_simulators = new models::SimulatorLauncher(service, this);
    createActions();
    createCentre();
    createMenus();
    createStatusLine();
    retranslateUi();
    resize(kDefaultSize);

    connect(&service.engine().devices(), &acs::DeviceDirectory::deviceAdded, this, [this](const QString &id) {
        discoverNewDevice(id);
        // The first device that arrives is the one the engineer is waiting for.
        if (m_deviceList->currentDevice().isEmpty())
            m_deviceList->selectDevice(id);
        updateCentre();
    });
    connect(&service.engine().devices(), &acs::DeviceDirectory::deviceRemoved, this, [this] { updateCentre(); });
    connect(m_dispatcher, &models::TaskDispatcher::taskFinished, this, [this](const acs::Task &task) {
        if (m_discoveryTasks.remove(task.id))
            showStatus(tr("%1: %2").arg(task.deviceId, models::TaskDispatcher::describe(task)));
    });
    connect(m_dispatcher, &models::TaskDispatcher::wakeFailed, this, [this](const QString &id, const QString &outcome) {
        showStatus(tr("%1 did not answer the connection request: %2. The task stays queued until its next session.")
                       .arg(id, outcome));
    });
    connect(m_simulators, &models::SimulatorLauncher::errorOccurred, this, [this](const QString &text) {
        m_welcome->setSimulatorState(tr("The simulated device could not start: %1").arg(text));
        showStatus(tr("The simulated device could not start: %1").arg(text));
    });
    connect(m_simulators, &models::SimulatorLauncher::started, this, [this](const QString &serial) {
        showStatus(tr("Simulated device %1 is running.").arg(serial));
        m_welcome->setSimulatorState(
            tr("Simulated device %1 is running; it appears in the list with its first Inform.").arg(serial));
    });
    connect(m_simulators, &models::SimulatorLauncher::finished, this,
            [this](const QString &serial, int exitCode, const QStringList &lastErrorLines) {
                if (exitCode != 0)
                    showStatus(tr("Simulated device %1 stopped: %2").arg(serial, lastErrorLines.join(QLatin1Char(' '))));
            });

    if (const QStringList ids = service.engine().devices().ids(); !ids.isEmpty())
        m_deviceList->selectDevice(ids.first());
    updateCentre();
}

MainWindow::~MainWindow()
{
    if (!m_liveDevice.isEmpty())
        m_service.engine().setLive(m_liveDevice, false);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Simulated devices belong to this window's demo; queued tasks stay in the workspace.
    m_simulators->stop();
    event->accept();
}

void MainWindow::createActions()
{
    const auto makeAction = [this](const char *name, const QKeySequence &key = {}) {
        auto *action = new QAction(this);
        action->setObjectName(QLatin1String(name));
        if (!key.isEmpty())
            action->setShortcut(key);
        addAction(action);
        return action;
    };
    m_settingsAction = makeAction("settingsAction", QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettings);

    // Ctrl+Q on every platform: QKeySequence::Quit is empty on Windows.
    m_quitAction = makeAction("quitAction", QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_findAction = makeAction("findAction", QKeySequence(Qt::CTRL | Qt::Key_F));
    connect(m_findAction, &QAction::triggered, this, [this] {
        if (m_centre->currentWidget() == m_devicePage)
            m_devicePage->focusFilter();
        else
            m_deviceList->focusFilter();
    });
    m_refreshAction = makeAction("refreshAction", QKeySequence(Qt::Key_F5));
    connect(m_refreshAction, &QAction::triggered, this, [this] {
        if (!m_devicePage->device().isEmpty())
            m_devicePage->refresh();
    });
    m_connectionRequestAction = makeAction("connectionRequestAction", QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(m_connectionRequestAction, &QAction::triggered, this, [this] {
        const QString id = m_deviceList->currentDevice();
        if (id.isEmpty())
            return;
        showStatus(tr("Asking %1 to open a session…").arg(id));
        m_service.engine().connectionRequest(id);
    });
    m_rebootAction = makeAction("rebootAction");
    connect(m_rebootAction, &QAction::triggered, this, [this] {
        const QString id = m_deviceList->currentDevice();
        if (id.isEmpty())
            return;
        if (QMessageBox::question(this, tr("Reboot device"), tr("Reboot %1 now?").arg(id)) != QMessageBox::Yes)
            return;
        QString why;
        if (m_dispatcher->submit(id, QStringLiteral("reboot"), {}, &why) == 0)
            showStatus(tr("Cannot reboot %1: %2").arg(id, why));
        else
            showStatus(tr("Reboot of %1 queued.").arg(id));
    });
    m_simulatorAction = makeAction("simulatorAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(m_simulatorAction, &QAction::triggered, this, &MainWindow::startSimulatedDevice);

    m_importDataModelAction = makeAction("importDataModelAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    connect(m_importDataModelAction, &QAction::triggered, this, &MainWindow::importDataModel);
    m_conformanceAction = makeAction("conformanceAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    connect(m_conformanceAction, &QAction::triggered, this, &MainWindow::checkConformance);
    m_snapshotAction = makeAction("snapshotAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(m_snapshotAction, &QAction::triggered, this, [this] {
        if (!m_devicePage->device().isEmpty())
            m_devicePage->takeSnapshot();
    });
    m_diagnosticAction = makeAction("diagnosticAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    connect(m_diagnosticAction, &QAction::triggered, this, [this] {
        if (!m_devicePage->device().isEmpty())
            m_devicePage->showDiagnostics();
    });
    m_profilesAction = makeAction("profilesAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(m_profilesAction, &QAction::triggered, this, &MainWindow::showProfiles);
    m_fileLibraryAction = makeAction("fileLibraryAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    connect(m_fileLibraryAction, &QAction::triggered, this, &MainWindow::showFileLibrary);
    m_upgradeAction = makeAction("upgradeFirmwareAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    connect(m_upgradeAction, &QAction::triggered, this, &MainWindow::upgradeFirmware);
    m_backupAction = makeAction("backupAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    connect(m_backupAction, &QAction::triggered, this, [this] {
        if (!m_devicePage->device().isEmpty())
            m_devicePage->backUpConfiguration();
    });
    m_fetchLogAction = makeAction("fetchLogAction");
    connect(m_fetchLogAction, &QAction::triggered, this, [this] {
        if (!m_devicePage->device().isEmpty())
            m_devicePage->fetchLog();
    });

    m_aboutAction = makeAction("aboutAction");
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_aboutQtAction = makeAction("aboutQtAction");
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_fileMenu->addAction(m_importDataModelAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_settingsAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_deviceMenu = menuBar()->addMenu(QString());
    m_deviceMenu->setObjectName(QStringLiteral("deviceMenu"));
    m_deviceMenu->addAction(m_findAction);
    m_deviceMenu->addAction(m_refreshAction);
    m_deviceMenu->addAction(m_connectionRequestAction);
    m_deviceMenu->addAction(m_rebootAction);
    m_deviceMenu->addSeparator();
    m_deviceMenu->addAction(m_upgradeAction);
    m_deviceMenu->addAction(m_backupAction);
    m_deviceMenu->addAction(m_fetchLogAction);
    m_deviceMenu->addAction(m_snapshotAction);
    m_deviceMenu->addAction(m_diagnosticAction);
    m_deviceMenu->addAction(m_conformanceAction);
    m_deviceMenu->addSeparator();
    m_deviceMenu->addAction(m_simulatorAction);

    m_toolsMenu = menuBar()->addMenu(QString());
    m_toolsMenu->setObjectName(QStringLiteral("toolsMenu"));
    m_toolsMenu->addAction(m_fileLibraryAction);
    m_toolsMenu->addAction(m_profilesAction);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::createCentre()
{
    acs::AcsEngine &engine = m_service.engine();
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);

    m_deviceList = new DeviceListView(engine, *m_dispatcher, m_splitter);
    m_centre = new QStackedWidget(m_splitter);
    m_centre->setObjectName(QStringLiteral("centre"));
    m_welcome = new WelcomePage(m_service, m_centre);
    m_devicePage = new DevicePage(m_service, *m_dispatcher, m_centre);
    m_centre->addWidget(m_welcome);
    m_centre->addWidget(m_devicePage);
    m_splitter->addWidget(m_deviceList);
    m_splitter->addWidget(m_centre);
    m_splitter->setStretchFactor(0, kListStretch);
    m_splitter->setStretchFactor(1, kPageStretch);
    // Room for the list's first columns (state, last inform, manufacturer, model) at once.
    const int listWidth = fontMetrics().averageCharWidth() * kListWidthChars;
    m_splitter->setSizes({listWidth, kDefaultSize.width() - listWidth});
    setCentralWidget(m_splitter);

    connect(m_deviceList, &DeviceListView::currentDeviceChanged, this, &MainWindow::currentDeviceChanged);
    connect(m_deviceList, &DeviceListView::statusMessage, this, &MainWindow::showStatus);
    connect(m_devicePage, &DevicePage::statusMessage, this, &MainWindow::showStatus);
    connect(m_welcome, &WelcomePage::startSimulatorRequested, this, &MainWindow::startSimulatedDevice);
}

void MainWindow::createStatusLine()
{
    // A label rather than showMessage(): it comes back after a menu's status tip has gone.
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_statusLabel, 1);
    m_listener = new ListenerPanel(m_service, this);
    statusBar()->addPermanentWidget(m_listener);
}

void MainWindow::currentDeviceChanged(const QString &deviceId)
{
    // While the engineer looks at a device its sessions are held open (TR-069 lets the ACS
    // delay its answer to the empty POST), so the next action goes out without waking it.
    if (m_liveDevice != deviceId) {
        if (!m_liveDevice.isEmpty())
            m_service.engine().setLive(m_liveDevice, false);
        m_liveDevice = deviceId;
        if (!deviceId.isEmpty())
            m_service.engine().setLive(deviceId, true);
    }
    m_devicePage->setDevice(deviceId);
    if (m_profiles)
        m_profiles->setDevice(deviceId);
    updateCentre();
}

void MainWindow::updateCentre()
{
    const bool haveDevice = !m_deviceList->currentDevice().isEmpty();
    m_centre->setCurrentWidget(haveDevice ? static_cast<QWidget *>(m_devicePage) : m_welcome);
    updateDeviceActions();
}

void MainWindow::updateDeviceActions()
{
    const bool haveDevice = !m_deviceList->currentDevice().isEmpty();
    m_refreshAction->setEnabled(haveDevice);
    m_connectionRequestAction->setEnabled(haveDevice);
    m_rebootAction->setEnabled(haveDevice);
    m_snapshotAction->setEnabled(haveDevice);
    m_diagnosticAction->setEnabled(haveDevice);
    m_conformanceAction->setEnabled(haveDevice);
    m_upgradeAction->setEnabled(haveDevice);
    m_backupAction->setEnabled(haveDevice);
    m_fetchLogAction->setEnabled(haveDevice);
}

void MainWindow::showFileLibrary()
{
    // A window of its own: images are dragged onto it from the desktop.
    if (!m_filesWindow) {
        m_filesWindow = new FilesPage(m_service, this);
        m_filesWindow->setObjectName(QStringLiteral("filesWindow"));
        m_filesWindow->setWindowFlag(Qt::Window);
        m_filesWindow->resize(kDefaultSize.width() * 7 / 8, kDefaultSize.height() * 5 / 8);
        m_filesWindow->setWindowTitle(tr("File library"));
        connect(m_filesWindow, &FilesPage::statusMessage, this, &MainWindow::showStatus);
    }
    m_filesWindow->show();
    m_filesWindow->raise();
    m_filesWindow->activateWindow();
}

void MainWindow::upgradeFirmware()
{
    const QString id = m_deviceList->currentDevice();
    if (id.isEmpty())
        return;
    // Not modal: the upgrade goes on, and is followed on Files & backups, when it is closed.
    auto *dialog = new FirmwareUpgradeDialog(m_service, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FirmwareUpgradeDialog::statusMessage, this, &MainWindow::showStatus);
    dialog->show();
}

void MainWindow::importDataModel()
{
    auto *dialog = new ImportDataModelDialog(m_service.definitions(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::checkConformance()
{
    const QString id = m_deviceList->currentDevice();
    if (id.isEmpty())
        return;
    auto *dialog = new ConformanceDialog(m_service.definitions(), m_service.engine(), id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::showProfiles()
{
    // A window of its own beside the main one: profiles are edited while the device's
    // parameters stay in view.
    if (!m_profilesWindow) {
        m_profilesWindow = new QWidget(this, Qt::Window);
        m_profilesWindow->setObjectName(QStringLiteral("profilesWindow"));
        m_profiles = new ProfilesPage(m_service.provisioning(), m_profilesWindow);
        auto *layout = new QVBoxLayout(m_profilesWindow);
        layout->addWidget(m_profiles);
        m_profilesWindow->resize(kDefaultSize * 0.75);
        m_profiles->setDevice(m_deviceList->currentDevice());
        m_profilesWindow->setWindowTitle(tr("Provisioning profiles"));
    }
    m_profilesWindow->show();
    m_profilesWindow->raise();
    m_profilesWindow->activateWindow();
}

void MainWindow::discoverNewDevice(const QString &deviceId)
{
    // A device seen for the first time (its first Inform ever, still in that session) is
    // read whole, so that its summary and parameter tree are there when the engineer looks.
    // Devices restored from the workspace keep the tree they had.
    const acs::DeviceRecord *device = m_service.engine().devices().find(deviceId);
    if (!device || device->registeredMs != device->lastInformMs || device->parameters.size() == 0)
        return;
    const QString root = device->parameters.entries().firstKey().section(QLatin1Char('.'), 0, 0) + QLatin1Char('.');
    QString why;
    const qint64 task = m_dispatcher->submit(deviceId, QStringLiteral("refreshObject"),
                                             {{QStringLiteral("objectName"), root}}, &why);
    if (task == 0) {
        showStatus(tr("Cannot read the parameters of %1: %2").arg(deviceId, why));
        return;
    }
    m_discoveryTasks.insert(task);
    showStatus(tr("New device %1: reading its parameters…").arg(deviceId));
}

void MainWindow::startSimulatedDevice()
{
    // On failure errorOccurred() has already said why.
    const QString serial = m_simulators->start();
    if (serial.isEmpty())
        return;
    m_welcome->setSimulatorState(tr("Starting simulated device %1…").arg(serial));
    showStatus(tr("Starting simulated device %1…").arg(serial));
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_service, m_settings, this);
    dialog.exec();
}

void MainWindow::showStatus(const QString &text)
{
    m_statusLabel->setText(text);
    m_statusLabel->setToolTip(text);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("CWMP Workbench"));

    m_fileMenu->setTitle(tr("&File"));
    m_settingsAction->setText(tr("&Settings…"));
    m_settingsAction->setStatusTip(tr("Change where the ACS listens, authentication, TLS and the API"));
    m_importDataModelAction->setText(tr("&Import data model…"));
    m_importDataModelAction->setStatusTip(tr("Import Broadband Forum or vendor data-model XML: descriptions, types and validation"));
    m_quitAction->setText(tr("&Quit"));
    m_quitAction->setStatusTip(tr("Close the window and quit CWMP Workbench"));

    m_deviceMenu->setTitle(tr("&Device"));
    m_findAction->setText(tr("&Find…"));
    m_findAction->setStatusTip(tr("Filter the parameters, the session log or the device list"));
    m_refreshAction->setText(tr("&Refresh"));
    m_refreshAction->setStatusTip(tr("Read the selected subtree, or the whole tree, from the device again"));
    m_connectionRequestAction->setText(tr("&Connection request"));
    m_connectionRequestAction->setStatusTip(tr("Ask the device to open a session now"));
    m_rebootAction->setText(tr("Re&boot…"));
    m_rebootAction->setStatusTip(tr("Reboot the selected device"));
    m_upgradeAction->setText(tr("&Upgrade firmware…"));
    m_upgradeAction->setStatusTip(tr("Send a firmware image from the file library and follow the upgrade to the new version"));
    m_backupAction->setText(tr("B&ack up configuration"));
    m_backupAction->setStatusTip(tr("Have the device upload its configuration file into the workspace"));
    m_fetchLogAction->setText(tr("Fetch lo&g"));
    m_fetchLogAction->setStatusTip(tr("Have the device upload its log file, and show it"));
    m_snapshotAction->setText(tr("Take s&napshot…"));
    m_snapshotAction->setStatusTip(tr("Store every cached value of the device under a name, to compare later"));
    m_diagnosticAction->setText(tr("Run &diagnostic…"));
    m_diagnosticAction->setStatusTip(tr("Ping, traceroute, speed tests, UDP echo and DNS lookup from the device"));
    m_conformanceAction->setText(tr("Check conf&ormance…"));
    m_conformanceAction->setStatusTip(tr("Compare the device's tree with its data-model definition"));
    m_simulatorAction->setText(tr("Start &simulated device"));
    m_simulatorAction->setStatusTip(tr("Start cwmp-cpe-sim against this workbench, for a demo without hardware"));

    m_toolsMenu->setTitle(tr("T&ools"));
    m_fileLibraryAction->setText(tr("File &library…"));
    m_fileLibraryAction->setStatusTip(tr("Firmware images and other files the devices can download"));
    if (m_filesWindow)
        m_filesWindow->setWindowTitle(tr("File library"));
    m_profilesAction->setText(tr("&Profiles…"));
    m_profilesAction->setStatusTip(tr("Provisioning profiles: named sets of values to apply to a device"));
    if (m_profilesWindow)
        m_profilesWindow->setWindowTitle(tr("Provisioning profiles"));

    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About CWMP Workbench"));
    m_aboutAction->setStatusTip(tr("Show the version of CWMP Workbench"));
    m_aboutQtAction->setText(tr("About &Qt"));
    m_aboutQtAction->setStatusTip(tr("Show the version of the Qt libraries"));
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About CWMP Workbench"),
        tr("<h3>CWMP Workbench %1</h3>"
           "<p>A lab console for broadband devices managed with TR-069 (CWMP).</p>")
            .arg(QStringLiteral(CWMP_WORKBENCH_VERSION)));
}

} // namespace ui
