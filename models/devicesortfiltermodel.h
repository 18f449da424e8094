#pragma once

// The device list as the view shows it: sorted by the value under each column (times by
// ms, not by their text) and narrowed by one filter text that may match any column.

#include <QSortFilterProxyModel>

namespace models {

class DeviceSortFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit DeviceSortFilterModel(QObject *parent = nullptr);

    // Case-insensitive substring over every column and the device's key.
    void setFilterText(const QString &text);
    QString filterText() const { return m_filter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_filter;
};

} // namespace models
