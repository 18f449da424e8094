#include "devicelistmodel.h"

#include "relativetime.h"

#include <acs/acsengine.h>

#include <QDateTime>

namespace models {

namespace {

const QString kIntervalTr181 = QStringLiteral("Device.ManagementServer.PeriodicInformInterval");
const QString kIntervalTr098 = QStringLiteral("InternetGatewayDevice.ManagementServer.PeriodicInformInterval");

} // namespace

DeviceListModel::DeviceListModel(acs::AcsEngine &engine, QObject *parent)
    : QAbstractTableModel(parent), m_engine(engine)
{
    acs::DeviceDirectory &directory = m_engine.devices();
    m_ids = directory.ids();
    for (int row = 0; row < m_ids.size(); ++row)
        m_rowOf.insert(m_ids.at(row), row);

    connect(&directory, &acs::DeviceDirectory::deviceAdded, this, &DeviceListModel::addDevice);
    connect(&directory, &acs::DeviceDirectory::deviceChanged, this, &DeviceListModel::deviceChanged);
    connect(&directory, &acs::DeviceDirectory::deviceRemoved, this, &DeviceListModel::removeDevice);
    connect(&m_engine, &acs::AcsEngine::sessionStarted, this,
            [this](const QString &id, const QString &, const QStringList &) { stateChanged(id); });
    connect(&m_engine, &acs::AcsEngine::sessionFinished, this,
            [this](const QString &id, const QString &, const QString &) { stateChanged(id); });

    m_refresh.setInterval(kRefreshIntervalMs);
    connect(&m_refresh, &QTimer::timeout, this, &DeviceListModel::refreshTimes);
    m_refresh.start();
}

qint64 DeviceListModel::offlineAfterMs(const acs::DeviceRecord &device)
{
    const acs::CachedParameter *interval = device.parameters.find(kIntervalTr181);
    if (!interval)
        interval = device.parameters.find(kIntervalTr098);
    bool ok = false;
    const qint64 seconds = interval ? interval->value.toLongLong(&ok) : 0;
    if (!ok || seconds <= 0)
        return kDefaultOfflineAfterMs;
    return seconds * 1000 * kMissedInformsForOffline;
}

DeviceListModel::OnlineState DeviceListModel::onlineState(const acs::DeviceRecord &device, bool inSession, qint64 nowMs)
{
    if (inSession)
        return OnlineState::InSession;
    if (device.lastInformMs > 0 && nowMs - device.lastInformMs <= offlineAfterMs(device))
        return OnlineState::Seen;
    return OnlineState::Offline;
}

int DeviceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int DeviceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeviceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString &id = m_ids.at(index.row());
    const acs::DeviceRecord *device = m_engine.devices().find(id);
    if (!device)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return display(*device, index.column());
    case SortRole:
        return sortValue(*device, index.column());
    case DeviceIdRole:
        return id;
    case OnlineStateRole:
        return int(onlineState(*device, m_engine.isInSession(id), now()));
    case Qt::ToolTipRole:
        if (index.column() == LastInform && device->lastInformMs > 0)
            return QDateTime::fromMSecsSinceEpoch(device->lastInformMs).toString(Qt::ISODate);
        if (index.column() == Serial)
            return id;
        return {};
    default:
        return {};
    }
}

QVariant DeviceListModel::display(const acs::DeviceRecord &device, int column) const
{
    switch (Column(column)) {
    case State:
        switch (onlineState(device, m_engine.isInSession(device.id), now())) {
        case OnlineState::InSession:
            return tr("in session");
        case OnlineState::Seen:
            return tr("seen %1").arg(RelativeTime::format(device.lastInformMs, now()));
        case OnlineState::Offline:
            return tr("offline");
        }
        return {};
    case LastInform:
        return RelativeTime::format(device.lastInformMs, now());
    case Manufacturer:
        return device.deviceId.manufacturer;
    case Model:
        return device.modelName.isEmpty() ? device.deviceId.productClass : device.modelName;
    case Serial:
        return device.deviceId.serialNumber;
    case SoftwareVersion:
        return device.softwareVersion;
    case Address:
        return device.address;
    case LastEvents:
        return device.lastEvents.join(QStringLiteral(", "));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant DeviceListModel::sortValue(const acs::DeviceRecord &device, int column) const
{
    switch (column) {
    case State:
        return int(onlineState(device, m_engine.isInSession(device.id), now())); // in session first
    case LastInform:
        return device.lastInformMs;
    default:
        return display(device, column);
    }
}

QVariant DeviceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case State: return tr("State");
    case LastInform: return tr("Last Inform");
    case Manufacturer: return tr("Manufacturer");
    case Model: return tr("Model");
    case Serial: return tr("Serial number");
    case SoftwareVersion: return tr("Software version");
    case Address: return tr("IP address");
    case LastEvents: return tr("Last events");
    case ColumnCount: break;
    }
    return {};
}

QString DeviceListModel::deviceIdAt(int row) const
{
    return m_ids.value(row);
}

int DeviceListModel::rowOf(const QString &deviceId) const
{
    return m_rowOf.value(deviceId, -1);
}

void DeviceListModel::setClock(std::function<qint64()> nowMs)
{
    m_clock = std::move(nowMs);
    refreshTimes();
}

qint64 DeviceListModel::now() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

void DeviceListModel::addDevice(const QString &id)
{
    if (m_rowOf.contains(id))
        return;
    const int row = int(m_ids.size());
    beginInsertRows({}, row, row);
    m_ids.append(id);
    m_rowOf.insert(id, row);
    endInsertRows();
}

void DeviceListModel::removeDevice(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_ids.removeAt(row);
    m_rowOf.remove(id);
    for (int r = row; r < m_ids.size(); ++r)
        m_rowOf.insert(m_ids.at(r), r);
    endRemoveRows();
}

void DeviceListModel::deviceChanged(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0) {
        addDevice(id); // restored into the directory after this model was built
        return;
    }
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void DeviceListModel::stateChanged(const QString &id)
{
    const int row = rowOf(id);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, State), index(row, State));
}

void DeviceListModel::refreshTimes()
{
    if (m_ids.isEmpty())
        return;
    // Only the time-dependent columns: the state ("seen 12 s ago" turns "offline") and the
    // last Inform; the others change through the directory's signals.
    Q_EMIT dataChanged(index(0, State), index(int(m_ids.size()) - 1, LastInform),
                       {Qt::DisplayRole, SortRole, OnlineStateRole});
}

} // namespace models
