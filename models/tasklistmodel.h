#pragma once

// One device's task queue as a table: what was asked, its state and timings, and the
// fault a device answered with. Updated row by row from TaskQueue::taskChanged.

#include <acs/task.h>

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace acs {
class TaskQueue;
}

namespace models {

class TaskListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        TaskColumn,
        TargetColumn,
        StateColumn,
        CreatedColumn,
        SentColumn,
        FinishedColumn,
        DurationColumn,
        AttemptsColumn,
        FaultCodeColumn,
        FaultNameColumn,
        FaultStringColumn,
        ProgressColumn,
        ColumnCount
    };
    enum Role {
        TaskIdRole = Qt::UserRole + 1, // qint64
        StateRole,                     // int(acs::TaskState)
        CanRetryRole,
        CanCancelRole,
    };

    explicit TaskListModel(acs::TaskQueue &queue, QObject *parent = nullptr);

    void setDevice(const QString &deviceId);
    QString deviceId() const { return m_deviceId; }

    const acs::Task &taskAt(int row) const { return m_rows.at(row); }
    int rowOf(qint64 taskId) const { return m_rowOf.value(taskId, -1); }

    // TaskQueue::retry and cancel accept the same states.
    static bool canRetry(const acs::Task &task);
    static bool canCancel(const acs::Task &task);
    // What the task works on, short: "Device.DeviceInfo.SoftwareVersion +2 more".
    static QString targetSummary(const acs::Task &task);
    static QString stateTitle(acs::TaskState state);
    static QString durationText(qint64 ms);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void onTaskChanged(const acs::Task &task);
    void onTaskRemoved(const acs::Task &task);
    void reindexFrom(int row);
    QVariant display(const acs::Task &task, int column) const;

    acs::TaskQueue &m_queue;
    QString m_deviceId;
    QList<acs::Task> m_rows;     // in id order, as the queue keeps them
    QHash<qint64, int> m_rowOf;  // task id -> row
};

} // namespace models
