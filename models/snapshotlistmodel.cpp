#include "snapshotlistmodel.h"

#include "relativetime.h"

#include <acs/provisioning.h>

#include <QDateTime>

namespace models {

SnapshotListModel::SnapshotListModel(acs::Provisioning &provisioning, QObject *parent)
    : QAbstractTableModel(parent), m_provisioning(provisioning)
{
    connect(&m_provisioning, &acs::Provisioning::snapshotsChanged, this, [this](const QString &id) {
        if (id == m_deviceId)
            reload();
    });
}

void SnapshotListModel::setDevice(const QString &deviceId)
{
    m_deviceId = deviceId;
    beginResetModel();
    m_rows.clear();
    endResetModel();
    reload();
}

void SnapshotListModel::reload()
{
    const quint64 generation = ++m_generation;
    if (m_deviceId.isEmpty())
        return;
    m_provisioning.snapshots().list(m_deviceId).then(this, [this, generation](const store::Result<QList<store::Snapshot>> &r) {
        if (generation != m_generation)
            return;
        if (!r) {
            Q_EMIT loadFailed(r.error().message);
            return;
        }
        beginResetModel();
        m_rows = r.value();
        endResetModel();
        Q_EMIT loaded();
    });
}

int SnapshotListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SnapshotListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SnapshotListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::Snapshot &s = m_rows.at(index.row());
    if (role == IdRole)
        return s.id;
    if (role == CreatedMsRole)
        return s.createdMs;
    if (role == Qt::ToolTipRole && index.column() == TakenColumn)
        return QDateTime::fromMSecsSinceEpoch(s.createdMs).toString(Qt::ISODate);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn: return s.name;
    case TakenColumn: return RelativeTime::format(s.createdMs, m_nowMs > 0 ? m_nowMs : QDateTime::currentMSecsSinceEpoch());
    case ReasonColumn: return s.reason == QLatin1String("manual") ? tr("taken by hand") : s.reason;
    case CountColumn: return s.entryCount;
    }
    return {};
}

QVariant SnapshotListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case TakenColumn: return tr("Taken");
    case ReasonColumn: return tr("Why");
    case CountColumn: return tr("Parameters");
    }
    return {};
}

} // namespace models
