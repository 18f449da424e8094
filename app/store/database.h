#pragma once

#include "databasejob.h"
#include "result.h"

#include <QFuture>
#include <QObject>
#include <QString>

#include <memory>
#include <type_traits>

namespace store {

class DatabaseWorker;
class SqliteConnection;

// The workspace database: one SQLite file in the workspace folder, and the one worker
// thread that runs every statement against it. Repositories share a Database and turn
// their calls into jobs; nothing here blocks the calling thread, every call returns a
// QFuture that the worker resolves.
class Database : public QObject
{
    Q_OBJECT

public:
    explicit Database(QObject *parent = nullptr);
    // Runs every job already queued (no accepted write is dropped), closes the file and
    // joins the worker. This is the one place that waits for the worker.
    ~Database() override;

    static QString fileName();
    static QString filePathFor(const QString &workspaceDir);
    // The schema version this build writes (the number of migration steps).
    static int schemaVersion();

    // Creates the folder if needed, opens or creates the database and migrates it. A file
    // that is corrupt or written by a newer build is refused and left untouched.
    QFuture<Result<void>> open(const QString &workspaceDir);
    // Checkpoints the WAL into the main file and closes it; later jobs get NotOpen.
    QFuture<Result<void>> close();

    // Queues work(SqliteConnection &) -> Result<T> to run on the worker, alone; the work
    // manages its own transaction (SqliteConnection::transaction).
    template <typename F>
    auto submit(F work) { return enqueue(std::move(work), false); }
    // Queues work that runs inside a transaction shared with the neighbouring batched jobs;
    // its future resolves after that transaction committed.
    template <typename F>
    auto submitBatched(F work) { return enqueue(std::move(work), true); }

Q_SIGNALS:
    // A storage failure (disk full, corruption, I/O): the operation's future carries the
    // same error. Emitted from the worker thread; connect with a context object.
    void failed(const QString &message);

private:
    template <typename F>
    auto enqueue(F work, bool batchable)
    {
        using R = std::invoke_result_t<F &, SqliteConnection &>;
        auto job = std::make_unique<TypedDatabaseJob<R, F>>(std::move(work), batchable);
        QFuture<R> future = job->future();
        enqueueJob(std::move(job));
        return future;
    }
    void enqueueJob(std::unique_ptr<DatabaseJob> job);

    std::unique_ptr<DatabaseWorker> m_worker;
};

} // namespace store
