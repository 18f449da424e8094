#pragma once

#include <store/profile.h>

#include <QAbstractTableModel>

namespace acs {
class Provisioning;
}

namespace models {

// The provisioning profiles of the workspace by name: description, how many values and
// objects, whether they apply on BOOTSTRAP. Reloads when a profile is saved or removed.
class ProfileListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, ValuesColumn, BootstrapColumn, DescriptionColumn, ColumnCount };

    explicit ProfileListModel(acs::Provisioning &provisioning, QObject *parent = nullptr);

    void reload();
    const store::Profile &profileAt(int row) const { return m_rows.at(row); }
    int rowOf(const QString &name) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loaded();
    void loadFailed(const QString &message);

private:
    acs::Provisioning &m_provisioning;
    QList<store::Profile> m_rows;
    quint64 m_generation = 0;
};

} // namespace models
