#pragma once

// Every device's queue of tasks. The queue in memory is the one the sessions read; each
// change is handed to the persistence layer at once, so a queued task survives a restart
// or a kill -9.

#include "enginepersistence.h"
#include "task.h"

#include <QHash>
#include <QMap>
#include <QObject>

#include <optional>

namespace acs {

class TaskQueue : public QObject
{
    Q_OBJECT

public:
    // Attempts before a task whose session keeps breaking is given up as a fault.
    static constexpr int kMaxAttempts = 3;
    // Finished tasks kept in memory per device for the console and the API.
    static constexpr int kKeptFinishedPerDevice = 200;

    explicit TaskQueue(EnginePersistence *persistence, QObject *parent = nullptr);

    // Restores tasks read from the store at startup. Tasks left "sent" by a process that
    // died mid-session go back to "queued", to be sent again.
    void restore(const QList<Task> &tasks);

    // Returns the task, with its id; the caller validated the arguments.
    Task enqueue(const QString &deviceId, const QString &kind, const QJsonObject &args, qint64 expiresMs = 0);
    std::optional<Task> take(const QString &deviceId); // next queued task, now "sent"
    std::optional<Task> find(qint64 id) const;
    QList<Task> tasksOf(const QString &deviceId) const;
    QList<Task> all() const;
    bool hasQueued(const QString &deviceId) const;

    void update(const Task &task);            // state, result, progress
    bool cancel(qint64 id, QString *why = nullptr);
    bool retry(qint64 id, QString *why = nullptr);
    bool remove(qint64 id);
    // Tasks of the device waiting for an event ("M Reboot" with its CommandKey ...).
    QList<Task> awaiting(const QString &deviceId) const;
    void removeDevice(const QString &deviceId);
    // Queued tasks past their expiry become "expired".
    void expire(qint64 nowMs);

Q_SIGNALS:
    void taskChanged(const acs::Task &task);
    void taskQueued(const QString &deviceId);
    // The task left the queue in memory: removed, its device forgotten, or an old finished
    // task trimmed (kKeptFinishedPerDevice). Views drop its row.
    void taskRemoved(const acs::Task &task);
    // restore() loaded tasks from the store (opening a workspace): views re-read the queue.
    void restored();

private:
    void store(const Task &task);
    void trim(const QString &deviceId);

    EnginePersistence *m_persistence;
    QMap<qint64, Task> m_tasks; // by id: ids grow, so per-device order is id order
    QHash<QString, QList<qint64>> m_byDevice;
    qint64 m_nextId = 1;
};

} // namespace acs
