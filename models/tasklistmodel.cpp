#include "tasklistmodel.h"

#include "taskdispatcher.h"

#include <acs/taskqueue.h>
#include <cwmp/faultcodes.h>

#include <QDateTime>
#include <QJsonArray>

#include <algorithm>

namespace models {

namespace {

// Longest target text before it is cut; the full arguments are in the details pane.
constexpr int kTargetChars = 80;

QString timeText(qint64 ms)
{
    if (ms <= 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("HH:mm:ss"));
}

QString dateTimeText(qint64 ms)
{
    if (ms <= 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
}

QString shortened(const QString &text)
{
    if (text.size() <= kTargetChars)
        return text;
    return text.left(kTargetChars - 1) + QChar(0x2026);
}

// The first item of a list, and how many more follow.
QString firstAndMore(const QString &first, qsizetype total)
{
    if (total <= 1)
        return first;
    return TaskListModel::tr("%1 +%n more", nullptr, int(total - 1)).arg(first);
}

} // namespace

TaskListModel::TaskListModel(acs::TaskQueue &queue, QObject *parent)
    : QAbstractTableModel(parent)
    , m_queue(queue)
{
    connect(&m_queue, &acs::TaskQueue::taskChanged, this, &TaskListModel::onTaskChanged);
    connect(&m_queue, &acs::TaskQueue::taskRemoved, this, &TaskListModel::onTaskRemoved);
    // Opening the workspace fills the queue after the window showed the device.
    connect(&m_queue, &acs::TaskQueue::restored, this, [this] { setDevice(m_deviceId); });
}

void TaskListModel::setDevice(const QString &deviceId)
{
    beginResetModel();
    m_deviceId = deviceId;
    m_rows = deviceId.isEmpty() ? QList<acs::Task>() : m_queue.tasksOf(deviceId);
    // The queue keeps a device's tasks in id order; the row lookup relies on it.
    std::sort(m_rows.begin(), m_rows.end(), [](const acs::Task &a, const acs::Task &b) { return a.id < b.id; });
    m_rowOf.clear();
    reindexFrom(0);
    endResetModel();
}

bool TaskListModel::canRetry(const acs::Task &task)
{
    return acs::isFinished(task.state) && task.state != acs::TaskState::Done;
}

bool TaskListModel::canCancel(const acs::Task &task)
{
    return !acs::isFinished(task.state);
}

QString TaskListModel::targetSummary(const acs::Task &task)
{
    const QJsonObject &a = task.args;
    if (const QString object = a.value(QLatin1String("objectName")).toString(); !object.isEmpty())
        return shortened(object);
    if (task.kind == u"refreshObject")
        return tr("whole tree");
    if (const QString path = a.value(QLatin1String("parameterPath")).toString(); a.contains(QLatin1String("parameterPath")))
        return shortened(path.isEmpty() ? tr("whole tree") : path);
    if (const QJsonArray names = a.value(QLatin1String("parameterNames")).toArray(); !names.isEmpty())
        return shortened(firstAndMore(names.first().toString(), names.size()));
    if (const QJsonArray values = a.value(QLatin1String("parameterValues")).toArray(); !values.isEmpty()) {
        const QJsonArray first = values.first().toArray();
        return shortened(firstAndMore(tr("%1 = %2").arg(first.at(0).toString(), first.at(1).toVariant().toString()), values.size()));
    }
    if (const QJsonArray params = a.value(QLatin1String("parameters")).toArray(); !params.isEmpty())
        return shortened(firstAndMore(params.first().toObject().value(QLatin1String("name")).toString(), params.size()));
    // Transfers: the file the engineer picked, else the URL (never the credentials).
    for (const char *key : {"fileName", "url", "fileType", "optionName", "commandKey"}) {
        if (const QString v = a.value(QLatin1String(key)).toString(); !v.isEmpty())
            return shortened(v);
    }
    if (a.contains(QLatin1String("delaySeconds")))
        return tr("in %n s", nullptr, a.value(QLatin1String("delaySeconds")).toInt());
    return {};
}

QString TaskListModel::stateTitle(acs::TaskState state)
{
    switch (state) {
    case acs::TaskState::Queued: return tr("queued");
    case acs::TaskState::Sent: return tr("sent");
    case acs::TaskState::Done: return tr("done");
    case acs::TaskState::Fault: return tr("failed");
    case acs::TaskState::Expired: return tr("expired");
    case acs::TaskState::Cancelled: return tr("cancelled");
    }
    return {};
}

QString TaskListModel::durationText(qint64 ms)
{
    if (ms < 0)
        return {};
    if (ms < 1000)
        return tr("%1 ms").arg(ms);
    if (ms < 60000)
        return tr("%1 s").arg(double(ms) / 1000.0, 0, 'f', 1);
    return tr("%1 min %2 s").arg(ms / 60000).arg((ms % 60000) / 1000);
}

void TaskListModel::onTaskChanged(const acs::Task &task)
{
    if (task.deviceId != m_deviceId || m_deviceId.isEmpty())
        return;
    const auto it = m_rowOf.constFind(task.id);
    if (it != m_rowOf.cend()) {
        const int row = *it;
        m_rows[row] = task;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    } else {
        // New tasks have the highest id and go last; the search only matters for a task
        // the queue restored out of order.
        const auto pos = std::lower_bound(m_rows.cbegin(), m_rows.cend(), task.id,
                                          [](const acs::Task &t, qint64 id) { return t.id < id; });
        const int row = int(pos - m_rows.cbegin());
        beginInsertRows({}, row, row);
        m_rows.insert(row, task);
        reindexFrom(row);
        endInsertRows();
    }
}

void TaskListModel::onTaskRemoved(const acs::Task &task)
{
    if (task.deviceId != m_deviceId || m_deviceId.isEmpty())
        return;
    const auto it = m_rowOf.constFind(task.id);
    if (it == m_rowOf.cend())
        return;
    const int row = *it;
    beginRemoveRows({}, row, row);
    m_rowOf.remove(task.id);
    m_rows.remove(row);
    reindexFrom(row);
    endRemoveRows();
}

void TaskListModel::reindexFrom(int row)
{
    for (int r = row; r < m_rows.size(); ++r)
        m_rowOf.insert(m_rows.at(r).id, r);
}

int TaskListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TaskListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TaskListModel::display(const acs::Task &t, int column) const
{
    switch (Column(column)) {
    case IdColumn: return t.id;
    case TaskColumn: return TaskDispatcher::kindTitle(t.kind);
    case TargetColumn: return targetSummary(t);
    case StateColumn: return stateTitle(t.state);
    case CreatedColumn: return timeText(t.createdMs);
    case SentColumn: return timeText(t.sentMs);
    case FinishedColumn: return timeText(t.finishedMs);
    case DurationColumn:
        if (t.sentMs > 0 && t.finishedMs >= t.sentMs)
            return durationText(t.finishedMs - t.sentMs);
        return {};
    case AttemptsColumn: return t.attempts;
    case FaultCodeColumn: return t.faultCode != 0 ? QVariant(t.faultCode) : QVariant();
    case FaultNameColumn: return t.faultCode != 0 ? cwmp::faultName(t.faultCode) : QString();
    case FaultStringColumn: return t.faultString;
    case ProgressColumn:
        if (t.state != acs::TaskState::Sent)
            return {};
        if (!t.progressText.isEmpty())
            return t.progressText;
        if (t.progress > 0)
            return tr("%1%").arg(qRound(t.progress * 100));
        if (!t.awaitedEvent.isEmpty())
            return tr("waiting for \"%1\"").arg(t.awaitedEvent);
        return {};
    case ColumnCount: break;
    }
    return {};
}

QVariant TaskListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const acs::Task &t = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(t, index.column());
    case Qt::ToolTipRole:
        switch (index.column()) {
        case CreatedColumn: return dateTimeText(t.createdMs);
        case SentColumn: return dateTimeText(t.sentMs);
        case FinishedColumn: return dateTimeText(t.finishedMs);
        case TaskColumn: return TaskDispatcher::describe(t);
        case TargetColumn:
        case FaultStringColumn:
        case ProgressColumn: return display(t, index.column());
        default: return {};
        }
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case IdColumn:
        case AttemptsColumn:
        case FaultCodeColumn:
        case DurationColumn: return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default: return {};
        }
    case TaskIdRole: return t.id;
    case StateRole: return int(t.state);
    case CanRetryRole: return canRetry(t);
    case CanCancelRole: return canCancel(t);
    default: return {};
    }
}

QVariant TaskListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case IdColumn: return tr("Id");
    case TaskColumn: return tr("Task");
    case TargetColumn: return tr("Target");
    case StateColumn: return tr("State");
    case CreatedColumn: return tr("Created");
    case SentColumn: return tr("Sent");
    case FinishedColumn: return tr("Finished");
    case DurationColumn: return tr("Duration");
    case AttemptsColumn: return tr("Attempts");
    case FaultCodeColumn: return tr("Fault");
    case FaultNameColumn: return tr("Fault name");
    case FaultStringColumn: return tr("Fault text");
    case ProgressColumn: return tr("Progress");
    case ColumnCount: break;
    }
    return {};
}

} // namespace models
