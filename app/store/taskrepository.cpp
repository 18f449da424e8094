#include "taskrepository.h"

#include "database.h"
#include "sqliteconnection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonParseError>

#include <sqlite3.h>

#include <algorithm>

namespace store {

namespace {

#define TASK_COLUMNS                                                                           \
    "id, device_id, kind, arguments, state, created, sent, finished, fault_code, "             \
    "fault_string, result, expiry, progress, progress_text"

constexpr char kInsert[] = "INSERT INTO tasks (device_id, kind, arguments, state, created, "
                           "expiry) VALUES (?1, ?2, ?3, 'queued', ?4, ?5)";
constexpr char kPut[] = "INSERT INTO tasks (" TASK_COLUMNS ") VALUES "
                        "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14) "
                        "ON CONFLICT(id) DO UPDATE SET state = excluded.state, "
                        "arguments = excluded.arguments, sent = excluded.sent, "
                        "finished = excluded.finished, fault_code = excluded.fault_code, "
                        "fault_string = excluded.fault_string, result = excluded.result, "
                        "expiry = excluded.expiry, progress = excluded.progress, "
                        "progress_text = excluded.progress_text";
constexpr char kGet[] = "SELECT " TASK_COLUMNS " FROM tasks WHERE id = ?1";
constexpr char kNextQueued[] = "SELECT " TASK_COLUMNS " FROM tasks "
                               "WHERE device_id = ?1 AND state = 'queued' ORDER BY id LIMIT 1";
constexpr char kForDevice[] = "SELECT " TASK_COLUMNS " FROM tasks WHERE device_id = ?1 ORDER BY id";
constexpr char kAll[] = "SELECT " TASK_COLUMNS " FROM tasks ORDER BY id";
constexpr char kInState[] = "SELECT " TASK_COLUMNS " FROM tasks WHERE state = ?1 ORDER BY id";
constexpr char kUpdate[] = "UPDATE tasks SET state = ?2, sent = ?3, finished = ?4, "
                           "fault_code = ?5, fault_string = ?6, result = ?7, progress = ?8, "
                           "progress_text = ?9 WHERE id = ?1";
constexpr char kProgress[] = "UPDATE tasks SET progress = ?2, progress_text = ?3 "
                             "WHERE id = ?1 AND state IN ('queued', 'sent')";
constexpr char kRequeueSent[] = "UPDATE tasks SET state = 'queued', sent = NULL "
                                "WHERE state = 'sent'";
constexpr char kExpire[] = "UPDATE tasks SET state = 'expired', finished = ?1 "
                           "WHERE state = 'queued' AND expiry IS NOT NULL AND expiry < ?1";

// The translation context of the texts below (lupdate reads it from the macro too).
struct TrText {
    Q_DECLARE_TR_FUNCTIONS(store::TaskRepository)
};

Task readTask(const SqliteStatement &row)
{
    Task t;
    t.id = row.int64(0);
    t.deviceId = row.text(1);
    t.kind = row.text(2);
    t.arguments = row.text(3);
    t.state = taskStateFromName(row.text(4)).value_or(TaskState::Queued);
    t.createdMs = row.int64(5);
    t.sentMs = row.optionalInt64(6);
    t.finishedMs = row.optionalInt64(7);
    if (auto code = row.optionalInt64(8))
        t.faultCode = int(*code);
    t.faultString = row.optionalText(9);
    t.result = row.optionalText(10);
    t.expiryMs = row.optionalInt64(11);
    t.progress = row.real(12);
    t.progressText = row.text(13);
    return t;
}

Result<QList<Task>> selectTasks(SqliteConnection &c, const char *sql,
                                const std::optional<QString> &key = std::nullopt)
{
    Error error;
    SqliteStatement *st = c.cached(sql, &error);
    if (!st)
        return error;
    if (key)
        st->bind(1, *key);
    return c.readRows<Task>(*st, readTask);
}

// The first row of a query keyed by task id, or by device id when deviceId is not null.
Result<std::optional<Task>> firstTask(SqliteConnection &c, const char *sql, qint64 id,
                                      const QString &deviceId)
{
    Error error;
    SqliteStatement *st = c.cached(sql, &error);
    if (!st)
        return error;
    if (deviceId.isNull())
        st->bind(1, id);
    else
        st->bind(1, deviceId);
    const int rc = st->step();
    if (rc == SQLITE_ROW)
        return std::optional<Task>(readTask(*st));
    if (rc == SQLITE_DONE)
        return std::optional<Task>();
    return c.stepError(rc, *st);
}

Result<Task> writeTask(SqliteConnection &c, const Task &t)
{
    Error error;
    SqliteStatement *st = c.cached(kUpdate, &error);
    if (!st)
        return error;
    st->bind(1, t.id);
    st->bind(2, taskStateName(t.state));
    st->bind(3, t.sentMs);
    st->bind(4, t.finishedMs);
    st->bind(5, t.faultCode);
    st->bind(6, t.faultString);
    st->bind(7, t.result);
    st->bind(8, t.progress);
    st->bind(9, t.progressText);
    if (auto done = c.execute(*st); !done)
        return done.error();
    return t;
}

Error noSuchTask(qint64 id)
{
    return Error{Error::Code::NotFound, 0, TrText::tr("No task %1").arg(id)};
}

} // namespace

TaskRepository::TaskRepository(Database &database) : m_database(database) { }

QFuture<Result<qint64>> TaskRepository::enqueue(const NewTask &task)
{
    return m_database.submit([task](SqliteConnection &c) -> Result<qint64> {
        const QString arguments = task.arguments.isEmpty() ? QStringLiteral("{}") : task.arguments;
        QJsonParseError parse;
        QJsonDocument::fromJson(arguments.toUtf8(), &parse);
        if (parse.error != QJsonParseError::NoError || task.kind.isEmpty()) {
            return Error{Error::Code::InvalidArgument, 0,
                         TrText::tr("Task %1 has invalid arguments: %2")
                                 .arg(task.kind, parse.errorString())};
        }
        Error error;
        SqliteStatement *st = c.cached(kInsert, &error);
        if (!st)
            return error;
        st->bind(1, task.deviceId);
        st->bind(2, task.kind);
        st->bind(3, arguments);
        st->bind(4, QDateTime::currentMSecsSinceEpoch());
        st->bind(5, task.expiryMs);
        // Autocommit: the row is durable (in the WAL) before the future resolves.
        if (auto done = c.execute(*st); !done)
            return done.error();
        return c.lastInsertRowId();
    });
}

QFuture<Result<void>> TaskRepository::put(const Task &task)
{
    return m_database.submit([task](SqliteConnection &c) -> Result<void> {
        if (task.id <= 0 || task.kind.isEmpty())
            return Error{Error::Code::InvalidArgument, 0, TrText::tr("A task to store needs an id and a kind")};
        Error error;
        SqliteStatement *st = c.cached(kPut, &error);
        if (!st)
            return error;
        st->bind(1, task.id);
        st->bind(2, task.deviceId);
        st->bind(3, task.kind);
        st->bind(4, task.arguments.isEmpty() ? QStringLiteral("{}") : task.arguments);
        st->bind(5, taskStateName(task.state));
        st->bind(6, task.createdMs);
        st->bind(7, task.sentMs);
        st->bind(8, task.finishedMs);
        st->bind(9, task.faultCode ? std::optional<qint64>(*task.faultCode) : std::nullopt);
        st->bind(10, task.faultString);
        st->bind(11, task.result);
        st->bind(12, task.expiryMs);
        st->bind(13, task.progress);
        st->bind(14, task.progressText);
        if (auto done = c.execute(*st); !done)
            return done.error();
        return {};
    });
}

QFuture<Result<std::optional<Task>>> TaskRepository::get(qint64 id)
{
    return m_database.submit(
            [id](SqliteConnection &c) { return firstTask(c, kGet, id, QString()); });
}

QFuture<Result<std::optional<Task>>> TaskRepository::nextQueued(const QString &deviceId)
{
    return m_database.submit(
            [deviceId](SqliteConnection &c) { return firstTask(c, kNextQueued, 0, deviceId); });
}

QFuture<Result<Task>> TaskRepository::setState(qint64 id, TaskState state,
                                               const TaskOutcome &outcome)
{
    return m_database.submit([id, state, outcome](SqliteConnection &c) -> Result<Task> {
        return c.transaction([&]() -> Result<Task> {
            auto found = firstTask(c, kGet, id, QString());
            if (!found)
                return found.error();
            if (!found.value())
                return noSuchTask(id);
            Task t = std::move(*found.value());
            if (!canTransition(t.state, state)) {
                return Error{Error::Code::InvalidTransition, 0,
                             TrText::tr("Task %1 cannot go from %2 to %3")
                                     .arg(QString::number(id), taskStateName(t.state),
                                          taskStateName(state))};
            }
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            t.state = state;
            switch (state) {
            case TaskState::Queued:
                t.sentMs.reset();
                break;
            case TaskState::Sent:
                t.sentMs = now;
                break;
            case TaskState::Done:
                t.finishedMs = now;
                t.result = outcome.result;
                t.progress = 1;
                break;
            case TaskState::Fault:
                t.finishedMs = now;
                t.faultCode = outcome.faultCode;
                t.faultString = outcome.faultString;
                break;
            case TaskState::Expired:
            case TaskState::Cancelled:
                t.finishedMs = now;
                break;
            }
            return writeTask(c, t);
        });
    });
}

QFuture<Result<Task>> TaskRepository::retry(qint64 id)
{
    return m_database.submit([id](SqliteConnection &c) -> Result<Task> {
        return c.transaction([&]() -> Result<Task> {
            auto found = firstTask(c, kGet, id, QString());
            if (!found)
                return found.error();
            if (!found.value())
                return noSuchTask(id);
            Task t = std::move(*found.value());
            if (!canRetry(t.state)) {
                return Error{Error::Code::InvalidTransition, 0,
                             TrText::tr("Task %1 is %2 and cannot be retried")
                                     .arg(QString::number(id), taskStateName(t.state))};
            }
            t.state = TaskState::Queued;
            t.sentMs.reset();
            t.finishedMs.reset();
            t.faultCode.reset();
            t.faultString.reset();
            t.result.reset();
            t.progress = 0;
            t.progressText.clear();
            return writeTask(c, t);
        });
    });
}

QFuture<Result<void>> TaskRepository::setProgress(qint64 id, double progress,
                                                  const QString &text)
{
    return m_database.submit([id, progress, text](SqliteConnection &c) -> Result<void> {
        Error error;
        SqliteStatement *st = c.cached(kProgress, &error);
        if (!st)
            return error;
        st->bind(1, id);
        st->bind(2, std::clamp(progress, 0.0, 1.0));
        st->bind(3, text);
        if (auto done = c.execute(*st); !done)
            return done;
        if (c.changes() == 0) {
            return Error{Error::Code::InvalidTransition, 0,
                         TrText::tr("Task %1 is not pending; its progress is final").arg(id)};
        }
        return {};
    });
}

QFuture<Result<QList<Task>>> TaskRepository::listForDevice(const QString &deviceId)
{
    return m_database.submit(
            [deviceId](SqliteConnection &c) { return selectTasks(c, kForDevice, deviceId); });
}

QFuture<Result<QList<Task>>> TaskRepository::listAll(const QList<TaskState> &states)
{
    return m_database.submit([states](SqliteConnection &c) -> Result<QList<Task>> {
        if (states.isEmpty())
            return selectTasks(c, kAll);
        QList<Task> tasks;
        for (TaskState state : states) {
            auto some = selectTasks(c, kInState, taskStateName(state));
            if (!some)
                return some;
            tasks += some.value();
        }
        std::sort(tasks.begin(), tasks.end(),
                  [](const Task &a, const Task &b) { return a.id < b.id; });
        return tasks;
    });
}

QFuture<Result<QList<Task>>> TaskRepository::pendingOnStartup()
{
    return m_database.submit([](SqliteConnection &c) -> Result<QList<Task>> {
        return c.transaction([&]() -> Result<QList<Task>> {
            Error error;
            SqliteStatement *st = c.cached(kRequeueSent, &error);
            if (!st)
                return error;
            if (auto done = c.execute(*st); !done)
                return done.error();
            return selectTasks(c, kInState, taskStateName(TaskState::Queued));
        });
    });
}

QFuture<Result<int>> TaskRepository::expireOverdue(qint64 nowMs)
{
    return m_database.submit([nowMs](SqliteConnection &c) -> Result<int> {
        Error error;
        SqliteStatement *st = c.cached(kExpire, &error);
        if (!st)
            return error;
        st->bind(1, nowMs);
        if (auto done = c.execute(*st); !done)
            return done.error();
        return int(c.changes());
    });
}

} // namespace store
