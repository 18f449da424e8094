#pragma once

#include <store/snapshot.h>

#include <QAbstractTableModel>

namespace acs {
class Provisioning;
}

namespace models {

// The snapshots of one device, newest first: name, when, why, how many parameters. Loads
// from the store (never on the GUI thread) and reloads when a snapshot is taken or removed.
class SnapshotListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, TakenColumn, ReasonColumn, CountColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, CreatedMsRole };

    explicit SnapshotListModel(acs::Provisioning &provisioning, QObject *parent = nullptr);

    void setDevice(const QString &deviceId);
    QString deviceId() const { return m_deviceId; }
    void reload();
    const store::Snapshot &snapshotAt(int row) const { return m_rows.at(row); }
    // For "12 s ago"; tests set it.
    void setNow(qint64 nowMs) { m_nowMs = nowMs; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loaded();
    void loadFailed(const QString &message);

private:
    acs::Provisioning &m_provisioning;
    QString m_deviceId;
    QList<store::Snapshot> m_rows;
    quint64 m_generation = 0; // answers to an older setDevice() are dropped
    qint64 m_nowMs = 0;
};

} // namespace models
