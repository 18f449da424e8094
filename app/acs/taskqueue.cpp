#include "taskqueue.h"

#include <QDateTime>

namespace acs {

TaskQueue::TaskQueue(EnginePersistence *persistence, QObject *parent)
    : QObject(parent), m_persistence(persistence)
{
}

void TaskQueue::restore(const QList<Task> &tasks)
{
    for (Task t : tasks) {
        // A task answered and waiting for its completion event (M Reboot ...) stays so.
        if (t.state == TaskState::Sent && t.awaitedEvent.isEmpty()) {
            t.state = TaskState::Queued; // the process died before the answer came
            store(t);
        }
        m_tasks.insert(t.id, t);
        m_byDevice[t.deviceId].append(t.id);
        m_nextId = qMax(m_nextId, t.id + 1);
    }
    for (auto it = m_byDevice.begin(); it != m_byDevice.end(); ++it)
        std::sort(it->begin(), it->end());
    Q_EMIT restored();
}

void TaskQueue::store(const Task &task)
{
    if (m_persistence)
        m_persistence->saveTask(task);
}

Task TaskQueue::enqueue(const QString &deviceId, const QString &kind, const QJsonObject &args, qint64 expiresMs)
{
    Task t;
    t.id = m_nextId++;
    t.deviceId = deviceId;
    t.kind = kind;
    t.args = args;
    t.state = TaskState::Queued;
    t.createdMs = QDateTime::currentMSecsSinceEpoch();
    t.expiresMs = expiresMs;
    m_tasks.insert(t.id, t);
    m_byDevice[deviceId].append(t.id);
    store(t);
    Q_EMIT taskChanged(t);
    Q_EMIT taskQueued(deviceId);
    return t;
}

std::optional<Task> TaskQueue::take(const QString &deviceId)
{
    const auto ids = m_byDevice.value(deviceId);
    for (qint64 id : ids) {
        Task &t = m_tasks[id];
        if (t.state != TaskState::Queued)
            continue;
        t.state = TaskState::Sent;
        t.sentMs = QDateTime::currentMSecsSinceEpoch();
        ++t.attempts;
        store(t);
        Q_EMIT taskChanged(t);
        return t;
    }
    return std::nullopt;
}

std::optional<Task> TaskQueue::find(qint64 id) const
{
    const auto it = m_tasks.constFind(id);
    if (it == m_tasks.cend())
        return std::nullopt;
    return *it;
}

QList<Task> TaskQueue::tasksOf(const QString &deviceId) const
{
    QList<Task> out;
    for (qint64 id : m_byDevice.value(deviceId))
        out.append(m_tasks.value(id));
    return out;
}

QList<Task> TaskQueue::all() const
{
    return m_tasks.values();
}

bool TaskQueue::hasQueued(const QString &deviceId) const
{
    for (qint64 id : m_byDevice.value(deviceId)) {
        if (m_tasks.value(id).state == TaskState::Queued)
            return true;
    }
    return false;
}

void TaskQueue::update(const Task &task)
{
    auto it = m_tasks.find(task.id);
    if (it == m_tasks.end())
        return;
    *it = task;
    if (isFinished(task.state) && task.finishedMs == 0)
        it->finishedMs = QDateTime::currentMSecsSinceEpoch();
    store(*it);
    Q_EMIT taskChanged(*it);
    if (isFinished(task.state))
        trim(task.deviceId);
}

bool TaskQueue::cancel(qint64 id, QString *why)
{
    auto it = m_tasks.find(id);
    if (it == m_tasks.end()) {
        if (why)
            *why = QStringLiteral("no task %1").arg(id);
        return false;
    }
    if (isFinished(it->state)) {
        if (why)
            *why = QStringLiteral("task %1 is already %2").arg(id).arg(taskStateName(it->state));
        return false;
    }
    // A task on the wire cannot be called back; cancelling it only stops what follows.
    it->state = TaskState::Cancelled;
    it->finishedMs = QDateTime::currentMSecsSinceEpoch();
    store(*it);
    Q_EMIT taskChanged(*it);
    return true;
}

bool TaskQueue::retry(qint64 id, QString *why)
{
    auto it = m_tasks.find(id);
    if (it == m_tasks.end()) {
        if (why)
            *why = QStringLiteral("no task %1").arg(id);
        return false;
    }
    if (!isFinished(it->state) || it->state == TaskState::Done) {
        if (why)
            *why = QStringLiteral("task %1 is %2; only failed, expired or cancelled tasks can be retried")
                       .arg(id)
                       .arg(taskStateName(it->state));
        return false;
    }
    it->state = TaskState::Queued;
    it->faultCode = 0;
    it->faultString.clear();
    it->finishedMs = 0;
    it->attempts = 0;
    it->progress = 0;
    it->progressText.clear();
    store(*it);
    Q_EMIT taskChanged(*it);
    Q_EMIT taskQueued(it->deviceId);
    return true;
}

bool TaskQueue::remove(qint64 id)
{
    const auto it = m_tasks.find(id);
    if (it == m_tasks.end())
        return false;
    m_byDevice[it->deviceId].removeOne(id);
    Task t = *it;
    m_tasks.erase(it);
    t.state = TaskState::Cancelled;
    store(t);
    Q_EMIT taskRemoved(t);
    return true;
}

QList<Task> TaskQueue::awaiting(const QString &deviceId) const
{
    QList<Task> out;
    for (qint64 id : m_byDevice.value(deviceId)) {
        const Task &t = m_tasks[id];
        if (t.state == TaskState::Sent && !t.awaitedEvent.isEmpty())
            out.append(t);
    }
    return out;
}

void TaskQueue::removeDevice(const QString &deviceId)
{
    QList<Task> removed;
    for (qint64 id : m_byDevice.take(deviceId))
        removed.append(m_tasks.take(id));
    for (const Task &t : std::as_const(removed))
        Q_EMIT taskRemoved(t);
}

void TaskQueue::expire(qint64 nowMs)
{
    for (Task &t : m_tasks) {
        if (t.state == TaskState::Queued && t.expiresMs > 0 && t.expiresMs < nowMs) {
            t.state = TaskState::Expired;
            t.finishedMs = nowMs;
            store(t);
            Q_EMIT taskChanged(t);
        }
    }
}

void TaskQueue::trim(const QString &deviceId)
{
    QList<qint64> &ids = m_byDevice[deviceId];
    QList<Task> trimmed;
    int finished = 0;
    for (qint64 id : ids)
        finished += isFinished(m_tasks.value(id).state) ? 1 : 0;
    for (auto it = ids.begin(); finished > kKeptFinishedPerDevice && it != ids.end();) {
        if (isFinished(m_tasks.value(*it).state)) {
            trimmed.append(m_tasks.take(*it));
            it = ids.erase(it);
            --finished;
        } else {
            ++it;
        }
    }
    // Signalled once the bookkeeping is consistent: a slot may read the queue.
    for (const Task &t : std::as_const(trimmed))
        Q_EMIT taskRemoved(t);
}

} // namespace acs
