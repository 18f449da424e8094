#include "sessionlogfiltermodel.h"

#include "sessionlogmodel.h"

namespace models {

SessionLogFilterModel::SessionLogFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void SessionLogFilterModel::setLogModel(SessionLogModel *model)
{
    m_log = model;
    setSourceModel(model);
}

void SessionLogFilterModel::setRpcFilter(const std::optional<QString> &rpc)
{
    if (rpc == m_rpc)
        return;
    m_rpc = rpc;
    invalidateRowsFilter();
}

void SessionLogFilterModel::setTextFilter(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    if (!m_text.isEmpty() && m_log)
        m_log->prefetchBodies();
    invalidateRowsFilter();
}

QList<int> SessionLogFilterModel::sourceRows() const
{
    QList<int> rows;
    rows.reserve(rowCount());
    for (int row = 0; row < rowCount(); ++row)
        rows.append(mapToSource(index(row, 0)).row());
    return rows;
}

bool SessionLogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_log || sourceParent.isValid())
        return false;
    if (m_rpc && m_log->exchange(sourceRow).rpcName != *m_rpc)
        return false;
    return m_log->matches(sourceRow, m_text);
}

} // namespace models
