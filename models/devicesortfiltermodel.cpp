#include "devicesortfiltermodel.h"

#include "devicelistmodel.h"

namespace models {

DeviceSortFilterModel::DeviceSortFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(DeviceListModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void DeviceSortFilterModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_filter)
        return;
    m_filter = trimmed;
    invalidateFilter();
}

bool DeviceSortFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_filter.isEmpty())
        return true;
    const QAbstractItemModel *source = sourceModel();
    const int columns = source->columnCount(sourceParent);
    for (int column = 0; column < columns; ++column) {
        const QModelIndex index = source->index(sourceRow, column, sourceParent);
        if (index.data(Qt::DisplayRole).toString().contains(m_filter, Qt::CaseInsensitive))
            return true;
    }
    const QModelIndex first = source->index(sourceRow, 0, sourceParent);
    return first.data(DeviceListModel::DeviceIdRole).toString().contains(m_filter, Qt::CaseInsensitive);
}

} // namespace models
