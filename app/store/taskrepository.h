#pragma once

#include "result.h"
#include "task.h"

#include <QFuture>
#include <QList>

namespace store {

class Database;

// The persistent per-device task queue. An enqueue resolves once its row is committed
// (WAL), so a queued task survives a crash or kill -9 of the process.
class TaskRepository
{
public:
    explicit TaskRepository(Database &database);

    // Resolves to the new task's id. The device must exist; arguments must be JSON.
    QFuture<Result<qint64>> enqueue(const NewTask &task);
    // Writes the whole task under its own id, inserted or replaced: for an owner (the ACS
    // engine) that keeps the authoritative queue in memory and assigns ids itself. No
    // transition check; the row is durable before the future resolves.
    QFuture<Result<void>> put(const Task &task);
    QFuture<Result<std::optional<Task>>> get(qint64 id);
    // The oldest queued task of the device (tasks run in enqueue order), or nullopt.
    QFuture<Result<std::optional<Task>>> nextQueued(const QString &deviceId);
    // Moves a task along the state machine (see taskstate.h); InvalidTransition when the
    // move is not allowed, NotFound when there is no such task. Resolves to the task.
    QFuture<Result<Task>> setState(qint64 id, TaskState state, const TaskOutcome &outcome = {});
    // Resets a fault/expired/cancelled task to queued, keeping its id and arguments.
    QFuture<Result<Task>> retry(qint64 id);
    // Progress of a queued or sent task (0..1, clamped).
    QFuture<Result<void>> setProgress(qint64 id, double progress, const QString &text);
    QFuture<Result<QList<Task>>> listForDevice(const QString &deviceId);
    // All tasks in the given states (all tasks when empty), oldest first.
    QFuture<Result<QList<Task>>> listAll(const QList<TaskState> &states = {});
    // Startup recovery: tasks left "sent" by a process that died mid-session go back to
    // queued (the CPE never answered us, as far as we know), then every queued task,
    // oldest first.
    QFuture<Result<QList<Task>>> pendingOnStartup();
    // Queued tasks whose expiry has passed become expired; resolves to how many.
    QFuture<Result<int>> expireOverdue(qint64 nowMs);

private:
    Database &m_database;
};

} // namespace store
