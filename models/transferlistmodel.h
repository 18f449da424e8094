#pragma once

// One device's followed transfers (issue 7) — configuration backups and restores, log
// fetches, firmware upgrades and the transfers the device reported by itself — newest
// first. The stored history is loaded asynchronously (TransferTracker::history); the
// tracker's timelineChanged/timelineFinished keep the rows current while the page is open.

#include <acs/transfertimeline.h>

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>

namespace acs {
class TransferTracker;
}

namespace models {

class TransferListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { WhenColumn, KindColumn, StateColumn, FileColumn, ResultColumn, ColumnCount };
    enum Role {
        TimelineIdRole = Qt::UserRole + 1,
        KindNameRole,  // "backup", "log", ... (acs::TransferTimeline::k*)
        StateNameRole, // "running", "succeeded", "failed"
        PathRole,      // backup/log: the stored file, else empty
        StartedMsRole,
    };

    // tracker may be null (setHistory/upsert then feed the rows by hand).
    explicit TransferListModel(acs::TransferTracker *tracker, QObject *parent = nullptr);

    // Clears the rows and loads the device's history; loaded() follows.
    void setDeviceId(const QString &deviceId);
    QString deviceId() const { return m_deviceId; }
    // Loads the history again (rows that changed meanwhile keep their newer state).
    void reload();
    bool isLoading() const { return m_loading; }

    // Replaces the stored rows; timelines seen live since the load began win over them.
    void setHistory(const QList<acs::TransferTimeline> &history);
    // Adds or updates one timeline (of this device; others are ignored).
    void upsert(const acs::TransferTimeline &timeline);

    const acs::TransferTimeline &timelineAt(int row) const { return m_rows.at(row); }
    int rowOfTimeline(qint64 id) const { return m_rowOfId.value(id, -1); }

    static QString kindText(const QString &kind);
    static QString stateText(const QString &state);
    // "config-…-1.cfg (12.4 KB)"; a running download shows what was fetched so far.
    static QString fileText(const acs::TransferTimeline &t);
    // The failure in plain words, the new firmware version, or what the last stage said.
    static QString resultText(const acs::TransferTimeline &t);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // The history of the current device is in (also when it was empty or unreadable).
    void loaded();

private:
    void reindex();
    int insertionRow(const acs::TransferTimeline &t) const;

    QPointer<acs::TransferTracker> m_tracker;
    QString m_deviceId;
    QList<acs::TransferTimeline> m_rows;
    QHash<qint64, int> m_rowOfId;
    QHash<qint64, acs::TransferTimeline> m_liveSinceLoad; // upserts since the load began
    quint64 m_loadTicket = 0;
    bool m_loading = false;
};

} // namespace models
