#include "devicelistview.h"

#include "columnfitter.h"

#include <devicelistmodel.h>
#include <devicesortfiltermodel.h>
#include <devicesummary.h>
#include <taskdispatcher.h>

#include <acs/acsengine.h>

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QTableView>
#include <QVBoxLayout>

namespace ui {

namespace {
// Starting widths in average characters; the engineer resizes from there. Fixed widths,
// because resizing to contents would measure every row on each one-second refresh.
constexpr int kColumnChars[] = {16, 12, 14, 14, 14, 12, 14, 24};
} // namespace

DeviceListView::DeviceListView(acs::AcsEngine &engine, models::TaskDispatcher &dispatcher, QWidget *parent)
    : QWidget(parent), m_engine(engine), m_dispatcher(dispatcher)
{
    m_model = new models::DeviceListModel(engine, this);
    m_proxy = new models::DeviceSortFilterModel(this);
    m_proxy->setSourceModel(m_model);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("deviceFilter"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &models::DeviceSortFilterModel::setFilterText);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("deviceTable"));
    m_table->setModel(m_proxy);
    ColumnFitter::install(m_table, m_table->horizontalHeader());
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(models::DeviceListModel::LastInform, Qt::DescendingOrder);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    const int charWidth = m_table->fontMetrics().averageCharWidth();
    for (int column = 0; column < models::DeviceListModel::ColumnCount; ++column)
        m_table->setColumnWidth(column, kColumnChars[column] * charWidth);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &DeviceListView::showContextMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DeviceListView::syncCurrent);
    // A forgotten device's row goes away; the view may not move its current index.
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &DeviceListView::syncCurrent);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_table);

    createActions();
    retranslateUi();

    connect(&m_dispatcher, &models::TaskDispatcher::taskFinished, this, &DeviceListView::onTaskFinished);
    connect(&m_dispatcher, &models::TaskDispatcher::wakeFailed, this, &DeviceListView::onWakeFailed);
    connect(&m_engine, &acs::AcsEngine::connectionRequestFinished, this, &DeviceListView::onConnectionRequestFinished);
    // What the actions may do depends on the current device's session and its address.
    const auto updateFor = [this](const QString &id) {
        if (id == m_current)
            updateActions();
    };
    connect(&m_engine.devices(), &acs::DeviceDirectory::deviceChanged, this, updateFor);
    connect(&m_engine.devices(), &acs::DeviceDirectory::deviceRemoved, this, [this](const QString &id) {
        // Forgetting a device drops its tasks without a last taskChanged: stop waiting.
        m_tasks.removeIf([this](qint64 task) { return !m_engine.tasks().find(task); });
        m_connectionRequests.remove(id);
    });
    connect(&m_engine, &acs::AcsEngine::sessionStarted, this, updateFor);
    connect(&m_engine, &acs::AcsEngine::sessionFinished, this, updateFor);
    updateActions();
}

void DeviceListView::createActions()
{
    const auto make = [this](const char *objectName, void (DeviceListView::*slot)()) {
        auto *action = new QAction(this);
        action->setObjectName(QString::fromLatin1(objectName));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        m_table->addAction(action);
        return action;
    };
    m_connectionRequestAction = make("connectionRequestAction", &DeviceListView::requestConnection);
    m_refreshAllAction = make("refreshAllAction", &DeviceListView::refreshAll);
    m_refreshAllAction->setShortcut(QKeySequence::Refresh);
    m_rebootAction = make("rebootAction", &DeviceListView::reboot);
    m_forgetAction = make("forgetDeviceAction", &DeviceListView::forget);
    m_forgetAction->setShortcut(QKeySequence::Delete);

    m_menu = new QMenu(this);
    m_menu->setObjectName(QStringLiteral("deviceContextMenu"));
    m_menu->addAction(m_connectionRequestAction);
    m_menu->addAction(m_refreshAllAction);
    m_menu->addSeparator();
    m_menu->addAction(m_rebootAction);
    m_menu->addSeparator();
    m_menu->addAction(m_forgetAction);
}

void DeviceListView::retranslateUi()
{
    m_filter->setPlaceholderText(tr("Filter devices (any column)"));
    m_connectionRequestAction->setText(tr("&Connection request"));
    m_connectionRequestAction->setStatusTip(tr("Ask the device to open a session now"));
    m_refreshAllAction->setText(tr("&Refresh all parameters"));
    m_refreshAllAction->setStatusTip(tr("Read the device's whole parameter tree again"));
    m_rebootAction->setText(tr("Re&boot…"));
    m_rebootAction->setStatusTip(tr("Restart the device"));
    m_forgetAction->setText(tr("&Forget device…"));
    m_forgetAction->setStatusTip(tr("Remove the device, its cached parameters and its queued tasks"));
}

void DeviceListView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

QString DeviceListView::currentDevice() const
{
    return m_current;
}

int DeviceListView::deviceCount() const
{
    return m_model->rowCount();
}

void DeviceListView::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void DeviceListView::selectDevice(const QString &deviceId)
{
    const int sourceRow = m_model->rowOf(deviceId);
    if (sourceRow < 0)
        return;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid()) {
        m_filter->clear(); // the device was filtered out: show it rather than nothing
        index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    }
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void DeviceListView::syncCurrent()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const QString id = current.isValid() ? current.data(models::DeviceListModel::DeviceIdRole).toString() : QString();
    if (id == m_current)
        return;
    m_current = id;
    updateActions();
    Q_EMIT currentDeviceChanged(m_current);
}

void DeviceListView::updateActions()
{
    const acs::DeviceRecord *device = m_current.isEmpty() ? nullptr : m_engine.devices().find(m_current);
    // A device in a session takes queued tasks there; a connection request needs the URL
    // the device reported (TR-069 §3.2.2).
    m_connectionRequestAction->setEnabled(device && !device->connectionRequestUrl.isEmpty()
                                          && !m_engine.isInSession(m_current));
    m_refreshAllAction->setEnabled(device);
    m_rebootAction->setEnabled(device);
    m_forgetAction->setEnabled(device);
}

void DeviceListView::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_table->indexAt(position);
    if (index.isValid())
        m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    updateActions();
    m_menu->popup(m_table->viewport()->mapToGlobal(position));
}

QString DeviceListView::deviceLabel(const QString &deviceId) const
{
    const acs::DeviceRecord *device = m_engine.devices().find(deviceId);
    return device && !device->deviceId.serialNumber.isEmpty() ? device->deviceId.serialNumber : deviceId;
}

bool DeviceListView::confirm(const QString &objectName, const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setObjectName(objectName);
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Yes;
}

void DeviceListView::requestConnection()
{
    if (m_current.isEmpty())
        return;
    if (m_engine.isInSession(m_current)) {
        Q_EMIT statusMessage(tr("%1 is in a session now; it needs no connection request.").arg(deviceLabel(m_current)));
        return;
    }
    m_connectionRequests.insert(m_current);
    Q_EMIT statusMessage(tr("Sending a connection request to %1…").arg(deviceLabel(m_current)));
    m_engine.connectionRequest(m_current);
}

void DeviceListView::refreshAll()
{
    const acs::DeviceRecord *device = m_engine.devices().find(m_current);
    if (!device)
        return;
    submit(m_current, QStringLiteral("refreshObject"), {{QStringLiteral("objectName"), models::DeviceSummary::rootObject(*device)}});
}

void DeviceListView::reboot()
{
    if (m_current.isEmpty())
        return;
    const QString device = m_current;
    if (!confirm(QStringLiteral("confirmReboot"), tr("Reboot device"),
                 tr("Reboot %1? The device restarts and cannot be reached until it is back.").arg(deviceLabel(device))))
        return;
    submit(device, QStringLiteral("reboot"), {{QStringLiteral("commandKey"), QStringLiteral("workbench-reboot")}});
}

void DeviceListView::forget()
{
    const QString device = m_current;
    if (device.isEmpty())
        return;
    const QString label = deviceLabel(device);
    if (!confirm(QStringLiteral("confirmForget"), tr("Forget device"),
                 tr("Forget %1? Its cached parameters and queued tasks are removed. "
                    "The device is added again at its next Inform.").arg(label)))
        return;
    if (m_engine.forgetDevice(device))
        Q_EMIT statusMessage(tr("Forgot %1.").arg(label));
    else
        Q_EMIT statusMessage(tr("%1 was already gone.").arg(label));
}

void DeviceListView::submit(const QString &device, const QString &kind, const QJsonObject &args)
{
    QString why;
    const qint64 id = m_dispatcher.submit(device, kind, args, &why);
    if (id == 0) {
        Q_EMIT statusMessage(tr("%1: %2 was not queued: %3").arg(deviceLabel(device), models::TaskDispatcher::kindTitle(kind), why));
        return;
    }
    const std::optional<acs::Task> task = m_engine.tasks().find(id);
    if (!task || acs::isFinished(task->state))
        return; // finished at once; taskFinished said so
    m_tasks.insert(id);
    Q_EMIT statusMessage(tr("%1: %2").arg(deviceLabel(device), models::TaskDispatcher::describe(*task)));
}

void DeviceListView::onTaskFinished(const acs::Task &task)
{
    if (!m_tasks.remove(task.id))
        return;
    Q_EMIT statusMessage(tr("%1: %2").arg(deviceLabel(task.deviceId), models::TaskDispatcher::describe(task)));
}

void DeviceListView::onWakeFailed(const QString &deviceId, const QString &outcome)
{
    bool ours = false;
    for (const qint64 id : std::as_const(m_tasks)) {
        const std::optional<acs::Task> task = m_engine.tasks().find(id);
        ours = ours || (task && task->deviceId == deviceId);
    }
    if (ours)
        Q_EMIT statusMessage(tr("Could not wake %1: %2. The task waits for the device's next session.").arg(deviceLabel(deviceId), outcome));
}

void DeviceListView::onConnectionRequestFinished(const QString &deviceId, bool accepted, const QString &outcome)
{
    if (!m_connectionRequests.remove(deviceId))
        return;
    if (accepted)
        Q_EMIT statusMessage(tr("Connection request to %1: %2").arg(deviceLabel(deviceId), outcome));
    else
        Q_EMIT statusMessage(tr("Connection request to %1 failed: %2").arg(deviceLabel(deviceId), outcome));
}

} // namespace ui
