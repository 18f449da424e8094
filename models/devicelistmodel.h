#pragma once

// The console's device list: one row per device the engine's DeviceDirectory knows (the
// in-memory truth loaded from the store at startup), with its reachability, last Inform,
// identity and address. Reads the directory only; no SQLite, no I/O in data().

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>
#include <QTimer>

#include <functional>

namespace acs {
class AcsEngine;
struct DeviceRecord;
}

namespace models {

class DeviceListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { State, LastInform, Manufacturer, Model, Serial, SoftwareVersion, Address, LastEvents, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole,  // the value under the text: ms for times, a rank for the state
        DeviceIdRole,             // the device's key, on every column
        OnlineStateRole,          // OnlineState as int, on every column (for delegates)
    };
    enum class OnlineState { InSession, Seen, Offline };

    // Without a known periodic interval a device counts as offline after this long.
    static constexpr qint64 kDefaultOfflineAfterMs = 3600 * 1000;
    // A device that missed two periodic Informs in a row is taken for offline.
    static constexpr int kMissedInformsForOffline = 2;
    // How often the relative times ("12 s ago") are recomputed.
    static constexpr int kRefreshIntervalMs = 1000;

    explicit DeviceListModel(acs::AcsEngine &engine, QObject *parent = nullptr);

    // The state shown for a device: in a session now, informed recently enough, or not.
    static OnlineState onlineState(const acs::DeviceRecord &device, bool inSession, qint64 nowMs);
    // How long after its last Inform the device counts as offline (from its cached
    // ManagementServer.PeriodicInformInterval, TR-069 A.3.2.1 / TR-181 / TR-098).
    static qint64 offlineAfterMs(const acs::DeviceRecord &device);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QString deviceIdAt(int row) const;
    int rowOf(const QString &deviceId) const; // -1 when unknown

    // The clock the relative times use (tests set a fixed one).
    void setClock(std::function<qint64()> nowMs);

private:
    void addDevice(const QString &id);
    void removeDevice(const QString &id);
    void deviceChanged(const QString &id);
    void stateChanged(const QString &id);
    void refreshTimes();
    QVariant display(const acs::DeviceRecord &device, int column) const;
    QVariant sortValue(const acs::DeviceRecord &device, int column) const;
    qint64 now() const;

    acs::AcsEngine &m_engine;
    QStringList m_ids;           // row -> device id, in order of arrival
    QHash<QString, int> m_rowOf; // device id -> row
    QTimer m_refresh;
    std::function<qint64()> m_clock;
};

} // namespace models
