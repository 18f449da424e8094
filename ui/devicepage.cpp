#include "devicepage.h"

#include "backupspage.h"
#include "diagnosticspage.h"
#include "monitorpage.h"
#include "parameteractions.h"
#include "parameterpage.h"
#include "profilespage.h"
#include "sessionlogpage.h"
#include "snapshotspage.h"
#include "summarypage.h"
#include "taskspage.h"

#include <acs/acsengine.h>
#include <cwmp/cwmpvalue.h>
#include <service/acsservice.h>

#include <QEvent>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ui {

DevicePage::DevicePage(service::AcsService &service, models::TaskDispatcher &dispatcher, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
{
    setObjectName(QStringLiteral("devicePage"));
    acs::AcsEngine &engine = service.engine();
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("deviceTabs"));
    m_tabs->setDocumentMode(true);

    m_summary = new SummaryPage(engine, dispatcher, &service.database(), m_tabs);
    m_parameters = new ParameterPage(engine, dispatcher, m_tabs);
    m_tasks = new TasksPage(engine, dispatcher, m_tabs);
    m_sessionLog = new SessionLogPage(engine, &service.database(), m_tabs);
    m_diagnostics = new DiagnosticsPage(
        service.diagnostics(), engine,
        [&service](diagnostics::DiagnosticKind kind, const QString &id) { return service.diagnosticDefaults(kind, id); },
        m_tabs);
    m_monitor = new MonitorPage(engine, dispatcher, m_tabs);
    m_snapshots = new SnapshotsPage(service.provisioning(), m_tabs);
    m_backups = new BackupsPage(service, dispatcher, m_tabs);
    // In Tab order.
    for (QWidget *page : {static_cast<QWidget *>(m_summary), static_cast<QWidget *>(m_parameters),
                          static_cast<QWidget *>(m_tasks), static_cast<QWidget *>(m_sessionLog),
                          static_cast<QWidget *>(m_diagnostics), static_cast<QWidget *>(m_monitor),
                          static_cast<QWidget *>(m_snapshots), static_cast<QWidget *>(m_backups)})
        m_tabs->addTab(page, QString());

    connect(m_summary, &SummaryPage::statusMessage, this, &DevicePage::statusMessage);
    connect(m_parameters, &ParameterPage::statusMessage, this, &DevicePage::statusMessage);
    connect(m_parameters, &ParameterPage::saveAsProfileRequested, this, &DevicePage::saveAsProfile);
    connect(m_tasks, &TasksPage::statusMessage, this, &DevicePage::statusMessage);
    connect(m_sessionLog, &SessionLogPage::statusMessage, this, &DevicePage::statusMessage);
    connect(m_monitor, &MonitorPage::statusMessage, this, &DevicePage::statusMessage);
    connect(m_snapshots, &SnapshotsPage::failed, this, &DevicePage::statusMessage);
    connect(m_backups, &BackupsPage::statusMessage, this, &DevicePage::statusMessage);

    // The definition that explains the device changes when definitions are imported, when
    // the engineer overrides the choice, and when the device first tells its model.
    connect(&service.definitions(), &service::DefinitionLibrary::modelsChanged, this, [this] { updateDefinitions(true); });
    connect(&engine.devices(), &acs::DeviceDirectory::deviceChanged, this, [this](const QString &id) {
        if (id == m_device)
            updateDefinitions(false);
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    retranslateUi();
}

void DevicePage::setDevice(const QString &deviceId)
{
    if (deviceId == m_device)
        return;
    m_device = deviceId;
    m_summary->setDevice(deviceId);
    m_parameters->setDevice(deviceId);
    m_tasks->setDevice(deviceId);
    m_sessionLog->setDevice(deviceId);
    m_diagnostics->setDeviceId(deviceId);
    m_monitor->setDevice(deviceId);
    m_snapshots->setDevice(deviceId);
    m_backups->setDevice(deviceId);
    updateDefinitions(true);
}

void DevicePage::updateDefinitions(bool force)
{
    const QString key = m_device.isEmpty() ? QString() : m_service.definitions().modelFor(m_device).modelKey;
    if (key == m_definitionKey && !force)
        return;
    m_definitionKey = key;
    std::optional<datamodel::DataModel> model = key.isEmpty() ? std::nullopt : m_service.definitions().model(key);
    m_parameters->setDefinitions(model ? std::make_shared<const datamodel::DataModel>(std::move(*model)) : nullptr);
}

void DevicePage::saveAsProfile(const QString &path)
{
    // The writable values cached below the row, as the device typed them; an instance row
    // is an object the profile creates first.
    const acs::DeviceRecord *device = m_service.engine().devices().find(m_device);
    if (!device)
        return;
    QList<store::ProfileValue> values;
    for (const auto &[name, p] : device->parameters.subtree(path)) {
        if (!name.endsWith(QLatin1Char('.')) && p.writable.value_or(false) && p.readAtMs > 0)
            values.append(store::ProfileValue{name, p.value, p.type == cwmp::ValueType::Unspecified ? QString() : cwmp::xsdName(p.type)});
    }
    if (values.isEmpty()) {
        Q_EMIT statusMessage(tr("%1 holds no writable values that have been read; nothing to save as a profile.")
                                 .arg(path.isEmpty() ? m_device : path));
        return;
    }
    const QStringList objects = ParameterActions::isInstance(path) ? QStringList{path} : QStringList{};
    ProfilesPage::saveAsProfile(m_service.provisioning(), values, objects, this);
}

void DevicePage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

DevicePage::Tab DevicePage::currentTab() const
{
    return Tab(m_tabs->currentIndex());
}

void DevicePage::focusFilter()
{
    if (currentTab() == SessionLogTab) {
        m_sessionLog->focusFilter();
        return;
    }
    showTab(ParametersTab);
    m_parameters->focusFilter();
}

void DevicePage::refresh()
{
    showTab(ParametersTab);
    m_parameters->refresh();
}

void DevicePage::takeSnapshot()
{
    showTab(SnapshotsTab);
    m_snapshots->askAndTakeSnapshot();
}

void DevicePage::showDiagnostics()
{
    showTab(DiagnosticsTab);
}

void DevicePage::backUpConfiguration()
{
    showTab(BackupsTab);
    m_backups->backUpConfiguration();
}

void DevicePage::fetchLog()
{
    showTab(BackupsTab);
    m_backups->fetchLog();
}

void DevicePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DevicePage::retranslateUi()
{
    m_tabs->setTabText(SummaryTab, tr("&Summary"));
    m_tabs->setTabText(ParametersTab, tr("&Parameters"));
    m_tabs->setTabText(TasksTab, tr("&Tasks"));
    m_tabs->setTabText(SessionLogTab, tr("Session &log"));
    m_tabs->setTabText(DiagnosticsTab, tr("Dia&gnostics"));
    m_tabs->setTabText(MonitorTab, tr("&Monitor"));
    m_tabs->setTabText(SnapshotsTab, tr("S&napshots"));
    m_tabs->setTabText(BackupsTab, tr("Files && &backups"));
}

} // namespace ui
