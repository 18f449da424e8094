#pragma once

#include "databasejob.h"
#include "sqliteconnection.h"

#include <QMutex>
#include <QThread>
#include <QWaitCondition>

#include <deque>
#include <functional>
#include <memory>
#include <vector>

namespace store {

// The single thread that owns the SQLite connection and runs every job, in order.
// Consecutive batchable jobs already waiting in the queue are committed in one
// transaction: at hundreds of SOAP log appends per second that turns hundreds of WAL
// commits into a few.
class DatabaseWorker final : public QThread
{
public:
    using FailureHandler = std::function<void(const Error &)>;

    explicit DatabaseWorker(FailureHandler onFailure);
    ~DatabaseWorker() override;

    // Thread-safe; may be called from jobs too (a job scheduling its follow-up).
    void enqueue(std::unique_ptr<DatabaseJob> job);
    // Runs everything already queued (and what those jobs queue), closes the connection
    // and joins the thread. Later enqueues complete at once with Error::Code::Closed.
    void shutdown();

protected:
    void run() override;

private:
    void runPlain(DatabaseJob &job);
    void runBatch(std::vector<std::unique_ptr<DatabaseJob>> &batch);
    void finish(DatabaseJob &job);

    FailureHandler m_onFailure;
    QMutex m_mutex;
    QWaitCondition m_wake;
    std::deque<std::unique_ptr<DatabaseJob>> m_queue;
    bool m_stopping = false;
    SqliteConnection m_connection; // touched only by run()
};

} // namespace store
