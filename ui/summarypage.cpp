#include "summarypage.h"

#include "columnfitter.h"

#include <devicesessionhistory.h>
#include <devicesummary.h>
#include <relativetime.h>
#include <taskdispatcher.h>

#include <acs/acsengine.h>

#include <QDateTime>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ui {

namespace {

// The relative times ("read 12 s ago") are refreshed this often.
constexpr int kClockIntervalMs = 10000;

const char *const kIdentityFields[] = {"manufacturer", "oui", "productClass", "serialNumber", "modelName",
                                       "dataModel", "address", "cwmpVersion", "lastInform"};
const char *const kDeviceInfoFields[] = {"upTime", "hardwareVersion", "softwareVersion"};
const char *const kManagementFields[] = {"acsUrl", "periodicInformInterval", "connectionRequestUrl"};
const char *const kWanFields[] = {"wanAddresses"};

QString timeText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace

SummaryPage::SummaryPage(acs::AcsEngine &engine, models::TaskDispatcher &dispatcher, store::Database *database, QWidget *parent)
    : QWidget(parent), m_engine(engine), m_dispatcher(dispatcher), m_database(database)
{
    m_history = new models::DeviceSessionHistory(engine, this);
    createWidgets();
    retranslateUi();

    const auto forDevice = [this](const QString &id) {
        if (id == m_device)
            scheduleUpdate();
    };
    connect(&m_engine.devices(), &acs::DeviceDirectory::deviceChanged, this, forDevice);
    connect(&m_engine.devices(), &acs::DeviceDirectory::deviceAdded, this, forDevice);
    connect(&m_engine.devices(), &acs::DeviceDirectory::parametersUpdated, this,
            [forDevice](const QString &id, const QSet<QString> &, const QStringList &) { forDevice(id); });
    connect(&m_engine.devices(), &acs::DeviceDirectory::deviceRemoved, this, [this](const QString &id) {
        // Forgetting a device drops its tasks without a last taskChanged: stop waiting.
        m_tasks.removeIf([&id](const std::pair<const qint64 &, QString &> &entry) { return entry.second == id; });
        m_connectionRequests.remove(id);
        if (id == m_device)
            setDevice(QString());
    });
    connect(&m_engine, &acs::AcsEngine::sessionStarted, this, forDevice);
    connect(&m_engine, &acs::AcsEngine::sessionFinished, this, forDevice);
    connect(m_history, &models::DeviceSessionHistory::changed, this, [this](const QString &id) {
        if (id == m_device)
            updateSessions();
    });
    connect(&m_dispatcher, &models::TaskDispatcher::taskProgress, this, &SummaryPage::onTaskProgress);
    connect(&m_dispatcher, &models::TaskDispatcher::taskFinished, this, &SummaryPage::onTaskFinished);
    connect(&m_dispatcher, &models::TaskDispatcher::wakeFailed, this, &SummaryPage::onWakeFailed);
    connect(&m_engine, &acs::AcsEngine::connectionRequestFinished, this, &SummaryPage::onConnectionRequestFinished);

    m_clock = new QTimer(this);
    m_clock->setInterval(kClockIntervalMs);
    connect(m_clock, &QTimer::timeout, this, [this] {
        if (isVisible())
            updateFields();
    });
    m_clock->start();
    setDevice(QString());
}

QLabel *SummaryPage::addValue(QFormLayout *form, const QString &field)
{
    auto *caption = new QLabel(this);
    auto *value = new QLabel(this);
    value->setObjectName(field + QStringLiteral("Value"));
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    form->addRow(caption, value);
    m_values.insert(field, value);
    m_fieldLabels.insert(field, caption);
    return value;
}

void SummaryPage::createWidgets()
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("summaryTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);

    const auto group = [this](const char *name, const auto &fields) {
        auto *box = new QGroupBox(this);
        box->setObjectName(QString::fromLatin1(name));
        auto *form = new QFormLayout(box);
        for (const char *field : fields)
            addValue(form, QString::fromLatin1(field));
        m_groups.insert(box->objectName(), box);
        return box;
    };
    QGroupBox *identity = group("identityGroup", kIdentityFields);
    QGroupBox *deviceInfo = group("deviceInfoGroup", kDeviceInfoFields);
    QGroupBox *management = group("managementServerGroup", kManagementFields);
    QGroupBox *wan = group("wanGroup", kWanFields);

    auto *sessionsBox = new QGroupBox(this);
    sessionsBox->setObjectName(QStringLiteral("sessionsGroup"));
    m_groups.insert(sessionsBox->objectName(), sessionsBox);
    m_sessions = new QTreeWidget(sessionsBox);
    ColumnFitter::install(m_sessions, m_sessions->header());
    m_sessions->setObjectName(QStringLiteral("sessionList"));
    m_sessions->setRootIsDecorated(false);
    m_sessions->setColumnCount(3);
    m_sessions->header()->setStretchLastSection(true);
    auto *sessionsLayout = new QVBoxLayout(sessionsBox);
    sessionsLayout->addWidget(m_sessions);

    const auto button = [this](const char *name, void (SummaryPage::*slot)()) {
        auto *b = new QPushButton(this);
        b->setObjectName(QString::fromLatin1(name));
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };
    m_connectionRequestButton = button("connectionRequestButton", &SummaryPage::requestConnection);
    m_refreshButton = button("refreshButton", &SummaryPage::refresh);
    m_rebootButton = button("rebootButton", &SummaryPage::reboot);
    m_factoryResetButton = button("factoryResetButton", &SummaryPage::factoryReset);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_connectionRequestButton);
    buttons->addWidget(m_refreshButton);
    buttons->addStretch();
    buttons->addWidget(m_rebootButton);
    buttons->addWidget(m_factoryResetButton);

    m_outcome = new QLabel(this);
    m_outcome->setObjectName(QStringLiteral("outcomeLabel"));
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *left = new QVBoxLayout;
    left->addWidget(identity);
    left->addWidget(wan);
    left->addStretch();
    auto *right = new QVBoxLayout;
    right->addWidget(deviceInfo);
    right->addWidget(management);
    right->addStretch();
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(buttons);
    layout->addWidget(m_outcome);
    layout->addLayout(columns);
    layout->addWidget(sessionsBox, 1);
}

void SummaryPage::retranslateUi()
{
    m_groups.value(QStringLiteral("identityGroup"))->setTitle(tr("Identity"));
    m_groups.value(QStringLiteral("deviceInfoGroup"))->setTitle(tr("Device info"));
    m_groups.value(QStringLiteral("managementServerGroup"))->setTitle(tr("Management server"));
    m_groups.value(QStringLiteral("wanGroup"))->setTitle(tr("WAN addresses"));
    m_groups.value(QStringLiteral("sessionsGroup"))->setTitle(tr("Last sessions"));
    const QHash<QString, QString> captions = {
        {QStringLiteral("manufacturer"), tr("Manufacturer:")},
        {QStringLiteral("oui"), tr("OUI:")},
        {QStringLiteral("productClass"), tr("Product class:")},
        {QStringLiteral("serialNumber"), tr("Serial number:")},
        {QStringLiteral("modelName"), tr("Model:")},
        {QStringLiteral("dataModel"), tr("Data model:")},
        {QStringLiteral("address"), tr("IP address:")},
        {QStringLiteral("cwmpVersion"), tr("CWMP version:")},
        {QStringLiteral("lastInform"), tr("Last Inform:")},
        {QStringLiteral("upTime"), tr("Uptime:")},
        {QStringLiteral("hardwareVersion"), tr("Hardware version:")},
        {QStringLiteral("softwareVersion"), tr("Software version:")},
        {QStringLiteral("acsUrl"), tr("ACS URL:")},
        {QStringLiteral("periodicInformInterval"), tr("Periodic Inform:")},
        {QStringLiteral("connectionRequestUrl"), tr("Connection request URL:")},
        {QStringLiteral("wanAddresses"), tr("Addresses:")},
    };
    for (auto it = m_fieldLabels.cbegin(); it != m_fieldLabels.cend(); ++it)
        it.value()->setText(captions.value(it.key()));
    m_sessions->setHeaderLabels({tr("Started"), tr("Events"), tr("Outcome")});
    m_connectionRequestButton->setText(tr("&Connection request"));
    m_refreshButton->setText(tr("&Refresh"));
    m_rebootButton->setText(tr("Re&boot…"));
    m_factoryResetButton->setText(tr("F&actory reset…"));
    updateFields();
    updateSessions();
}

void SummaryPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SummaryPage::setDevice(const QString &deviceId)
{
    if (deviceId != m_device)
        m_outcome->clear();
    m_device = deviceId;
    m_history->loadFromLog(m_database, m_device);
    updateFields();
    updateSessions();
}

void SummaryPage::scheduleUpdate()
{
    // An Inform or a task run reports its cache rows and then the device: one update.
    if (m_updatePending)
        return;
    m_updatePending = true;
    QTimer::singleShot(0, this, [this] {
        m_updatePending = false;
        updateFields();
    });
}

void SummaryPage::updateFields()
{
    const acs::DeviceRecord *device = m_device.isEmpty() ? nullptr : m_engine.devices().find(m_device);
    updateButtons();
    if (!device) {
        m_title->setText(tr("No device selected."));
        for (QLabel *value : std::as_const(m_values))
            value->clear();
        return;
    }
    const models::DeviceSummary s = models::DeviceSummary::fromDevice(*device);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // The model name is not in every Inform; the product class always is.
    const QString model = s.modelName == models::DeviceSummary::notReadYet() ? s.productClass : s.modelName;
    m_title->setText(tr("%1 %2 — %3").arg(s.manufacturer, model, s.serialNumber));
    const QHash<QString, QString> texts = {
        {QStringLiteral("manufacturer"), s.manufacturer},
        {QStringLiteral("oui"), s.oui},
        {QStringLiteral("productClass"), s.productClass},
        {QStringLiteral("serialNumber"), s.serialNumber},
        {QStringLiteral("modelName"), s.modelName},
        {QStringLiteral("dataModel"), s.dataModel},
        {QStringLiteral("address"), s.address},
        {QStringLiteral("cwmpVersion"), s.cwmpVersion},
        {QStringLiteral("lastInform"),
         s.lastInformMs > 0 ? tr("%1 (%2)").arg(timeText(s.lastInformMs), models::RelativeTime::format(s.lastInformMs, now))
                            : models::RelativeTime::format(0, now)},
        {QStringLiteral("upTime"),
         s.upTimeReadAtMs > 0 ? tr("%1 (read %2)").arg(s.upTime, models::RelativeTime::format(s.upTimeReadAtMs, now)) : s.upTime},
        {QStringLiteral("hardwareVersion"), s.hardwareVersion},
        {QStringLiteral("softwareVersion"), s.softwareVersion},
        {QStringLiteral("acsUrl"), s.acsUrl},
        {QStringLiteral("periodicInformInterval"), s.periodicInformInterval},
        {QStringLiteral("connectionRequestUrl"), s.connectionRequestUrl},
        {QStringLiteral("wanAddresses"), s.wanAddressesText()},
    };
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it)
        it.value()->setText(texts.value(it.key()));
}

void SummaryPage::updateSessions()
{
    m_sessions->clear();
    if (m_device.isEmpty())
        return;
    for (const models::DeviceSession &s : m_history->sessionsOf(m_device)) {
        QString outcome;
        if (s.fromLog)
            outcome = tr("earlier run: %1").arg(s.rpcs.join(QStringLiteral(", ")));
        else if (s.finishedMs == 0)
            outcome = tr("in progress");
        else
            outcome = s.outcome;
        auto *item = new QTreeWidgetItem(m_sessions, {timeText(s.startedMs), s.events.join(QStringLiteral(", ")), outcome});
        item->setToolTip(0, s.sessionId);
    }
}

void SummaryPage::updateButtons()
{
    const acs::DeviceRecord *device = m_device.isEmpty() ? nullptr : m_engine.devices().find(m_device);
    m_connectionRequestButton->setEnabled(device && !device->connectionRequestUrl.isEmpty() && !m_engine.isInSession(m_device));
    m_refreshButton->setEnabled(device);
    m_rebootButton->setEnabled(device);
    m_factoryResetButton->setEnabled(device);
}

bool SummaryPage::confirm(const QString &objectName, const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setObjectName(objectName);
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Yes;
}

void SummaryPage::requestConnection()
{
    if (m_device.isEmpty())
        return;
    m_connectionRequests.insert(m_device);
    showOutcome(m_device, tr("Sending a connection request…"));
    m_engine.connectionRequest(m_device);
}

void SummaryPage::refresh()
{
    const acs::DeviceRecord *device = m_engine.devices().find(m_device);
    if (!device)
        return;
    // The objects this page shows, in one GetParameterValues (partial paths, TR-069
    // A.3.2.2): DeviceInfo, ManagementServer and where the WAN addresses live.
    const QString root = models::DeviceSummary::rootObject(*device);
    const QString wan = root == QLatin1String("Device.") ? QStringLiteral("Device.IP.Interface.")
                                                         : root + QStringLiteral("WANDevice.");
    submit(QStringLiteral("getParameterValues"),
           {{QStringLiteral("parameterNames"),
             QJsonArray{root + QStringLiteral("DeviceInfo."), root + QStringLiteral("ManagementServer."), wan}}});
}

void SummaryPage::reboot()
{
    if (m_device.isEmpty())
        return;
    if (!confirm(QStringLiteral("confirmReboot"), tr("Reboot device"),
                 tr("Reboot %1? The device restarts and cannot be reached until it is back.").arg(m_device)))
        return;
    submit(QStringLiteral("reboot"), {{QStringLiteral("commandKey"), QStringLiteral("workbench-reboot")}});
}

void SummaryPage::factoryReset()
{
    if (m_device.isEmpty())
        return;
    if (!confirm(QStringLiteral("confirmFactoryReset"), tr("Factory reset"),
                 tr("Reset %1 to its factory settings? Its whole configuration is lost, and it registers "
                    "again as a new device (0 BOOTSTRAP).").arg(m_device)))
        return;
    submit(QStringLiteral("factoryReset"), {});
}

void SummaryPage::submit(const QString &kind, const QJsonObject &args)
{
    const QString device = m_device;
    QString why;
    const qint64 id = m_dispatcher.submit(device, kind, args, &why);
    if (id == 0) {
        showOutcome(device, tr("%1 was not queued: %2").arg(models::TaskDispatcher::kindTitle(kind), why));
        return;
    }
    m_tasks.insert(id, device);
    if (const std::optional<acs::Task> task = m_engine.tasks().find(id))
        showOutcome(device, models::TaskDispatcher::describe(*task));
}

void SummaryPage::showOutcome(const QString &deviceId, const QString &text)
{
    if (deviceId == m_device)
        m_outcome->setText(text);
    // The status line is shared by every page: it names the device.
    const acs::DeviceRecord *device = m_engine.devices().find(deviceId);
    const QString label = device && !device->deviceId.serialNumber.isEmpty() ? device->deviceId.serialNumber : deviceId;
    Q_EMIT statusMessage(tr("%1: %2").arg(label, text));
}

void SummaryPage::onTaskProgress(const acs::Task &task)
{
    if (m_tasks.contains(task.id) && task.deviceId == m_device)
        m_outcome->setText(models::TaskDispatcher::describe(task));
}

void SummaryPage::onTaskFinished(const acs::Task &task)
{
    if (m_tasks.remove(task.id))
        showOutcome(task.deviceId, models::TaskDispatcher::describe(task));
}

void SummaryPage::onWakeFailed(const QString &deviceId, const QString &outcome)
{
    const QList<QString> devices = m_tasks.values();
    if (devices.contains(deviceId))
        showOutcome(deviceId, tr("Could not wake the device: %1. The task waits for its next session.").arg(outcome));
}

void SummaryPage::onConnectionRequestFinished(const QString &deviceId, bool accepted, const QString &outcome)
{
    if (!m_connectionRequests.remove(deviceId))
        return;
    showOutcome(deviceId, accepted ? tr("Connection request: %1").arg(outcome)
                                   : tr("Connection request failed: %1").arg(outcome));
}

} // namespace ui
