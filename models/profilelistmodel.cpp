#include "profilelistmodel.h"

#include <acs/provisioning.h>

namespace models {

ProfileListModel::ProfileListModel(acs::Provisioning &provisioning, QObject *parent)
    : QAbstractTableModel(parent), m_provisioning(provisioning)
{
    connect(&m_provisioning, &acs::Provisioning::profilesChanged, this, &ProfileListModel::reload);
    reload();
}

void ProfileListModel::reload()
{
    const quint64 generation = ++m_generation;
    m_provisioning.profiles().list().then(this, [this, generation](const store::Result<QList<store::Profile>> &r) {
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

int ProfileListModel::rowOf(const QString &name) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).name == name)
            return i;
    }
    return -1;
}

int ProfileListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProfileListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProfileListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::Profile &p = m_rows.at(index.row());
    if (role == Qt::CheckStateRole && index.column() == BootstrapColumn)
        return p.applyOnBootstrap ? Qt::Checked : Qt::Unchecked;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NameColumn: return p.name;
    case ValuesColumn:
        return p.objects.isEmpty() ? tr("%n value(s)", nullptr, int(p.values.size()))
                                   : tr("%1, %2").arg(tr("%n value(s)", nullptr, int(p.values.size())),
                                                      tr("%n object(s)", nullptr, int(p.objects.size())));
    case BootstrapColumn: return p.applyOnBootstrap ? tr("on BOOTSTRAP") : QString();
    case DescriptionColumn: return p.description;
    }
    return {};
}

QVariant ProfileListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Profile");
    case ValuesColumn: return tr("Contents");
    case BootstrapColumn: return tr("Automatic");
    case DescriptionColumn: return tr("Description");
    }
    return {};
}

} // namespace models
