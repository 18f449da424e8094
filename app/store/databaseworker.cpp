#include "databaseworker.h"

#include <QCoreApplication>

namespace store {

namespace {

// Upper bound on jobs per batch transaction: keeps one commit (and the time other jobs
// wait behind it) bounded even when the queue has grown long.
constexpr std::size_t kMaxBatch = 2000;

} // namespace

DatabaseWorker::DatabaseWorker(FailureHandler onFailure) : m_onFailure(std::move(onFailure))
{
    setObjectName(QStringLiteral("store::DatabaseWorker"));
}

DatabaseWorker::~DatabaseWorker()
{
    shutdown();
}

void DatabaseWorker::enqueue(std::unique_ptr<DatabaseJob> job)
{
    {
        QMutexLocker locker(&m_mutex);
        if (!m_stopping || isRunning()) {
            m_queue.push_back(std::move(job));
            m_wake.wakeOne();
            return;
        }
    }
    job->overrideError(Error{Error::Code::Closed, 0,
                             QCoreApplication::translate("store::DatabaseWorker",
                                                         "The workspace database was closed")});
    job->complete();
}

void DatabaseWorker::shutdown()
{
    {
        QMutexLocker locker(&m_mutex);
        m_stopping = true;
        m_wake.wakeOne();
    }
    wait();
}

void DatabaseWorker::run()
{
    for (;;) {
        std::vector<std::unique_ptr<DatabaseJob>> jobs;
        {
            QMutexLocker locker(&m_mutex);
            while (m_queue.empty() && !m_stopping)
                m_wake.wait(&m_mutex);
            if (m_queue.empty())
                break; // stopping, and everything queued has run
            jobs.push_back(std::move(m_queue.front()));
            m_queue.pop_front();
            if (jobs.front()->isBatchable()) {
                while (!m_queue.empty() && m_queue.front()->isBatchable()
                       && jobs.size() < kMaxBatch) {
                    jobs.push_back(std::move(m_queue.front()));
                    m_queue.pop_front();
                }
            }
        }
        if (jobs.size() == 1 && !jobs.front()->isBatchable())
            runPlain(*jobs.front());
        else
            runBatch(jobs);
        m_connection.resetCachedStatements();
    }
    m_connection.close();
}

void DatabaseWorker::runPlain(DatabaseJob &job)
{
    job.run(m_connection);
    // A job must never leave a transaction open behind it: the next job's BEGIN would fail.
    m_connection.rollback();
    finish(job);
}

void DatabaseWorker::runBatch(std::vector<std::unique_ptr<DatabaseJob>> &batch)
{
    // Jobs whose effects live in the currently open transaction: if that transaction is
    // lost (commit failed, or SQLite rolled back by itself after SQLITE_FULL), they fail too.
    std::vector<DatabaseJob *> pending;
    auto failPending = [&pending](const Error &error) {
        for (DatabaseJob *job : pending)
            job->overrideError(error);
        pending.clear();
    };

    if (auto begun = m_connection.exec("BEGIN IMMEDIATE"); !begun) {
        for (auto &job : batch) {
            job->overrideError(begun.error());
            finish(*job);
        }
        return;
    }
    for (auto &job : batch) {
        if (!m_connection.inTransaction()) {
            if (auto begun = m_connection.exec("BEGIN IMMEDIATE"); !begun) {
                job->overrideError(begun.error());
                continue;
            }
        }
        // A savepoint per job: one failing append (say a constraint) is undone alone and
        // the rest of the batch still commits.
        if (auto saved = m_connection.exec("SAVEPOINT batch_job"); !saved) {
            job->overrideError(saved.error());
            continue;
        }
        job->run(m_connection);
        if (const auto error = job->error()) {
            if (m_connection.inTransaction()) {
                m_connection.exec("ROLLBACK TO batch_job; RELEASE batch_job");
            } else {
                failPending(*error);
            }
            continue;
        }
        m_connection.exec("RELEASE batch_job");
        pending.push_back(job.get());
    }
    if (m_connection.inTransaction()) {
        if (auto committed = m_connection.exec("COMMIT"); !committed) {
            m_connection.rollback();
            failPending(committed.error());
        }
    } else {
        failPending(Error{Error::Code::Storage, 0,
                          QCoreApplication::translate("store::DatabaseWorker",
                                                      "A batch of changes was rolled back")});
    }
    for (auto &job : batch)
        finish(*job);
}

void DatabaseWorker::finish(DatabaseJob &job)
{
    // The failure is signalled before the future resolves, so a caller who waited on the
    // future has the signal already.
    if (const auto error = job.error(); error && error->isFailure() && m_onFailure)
        m_onFailure(*error);
    job.complete();
}

} // namespace store
