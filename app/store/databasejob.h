#pragma once

#include "result.h"

#include <QPromise>

#include <optional>
#include <utility>

namespace store {

class SqliteConnection;

// One unit of work for the Database worker. Running and completing are separate steps so
// that batched jobs can be resolved only after their shared transaction committed (or
// with the commit's error when it did not).
class DatabaseJob
{
public:
    virtual ~DatabaseJob() = default;

    // Batchable jobs (log appends) run inside a transaction the worker opens around
    // several of them; plain jobs manage their own transactions.
    virtual bool isBatchable() const = 0;
    virtual void run(SqliteConnection &connection) = 0;
    // The error the job's result carries after run (or after override), if any.
    virtual std::optional<Error> error() const = 0;
    // Replaces a successful outcome with an error: its batch was rolled back.
    virtual void overrideError(const Error &error) = 0;
    // Resolves the future. Called exactly once, after run or instead of it.
    virtual void complete() = 0;
};

template <typename R, typename F>
class TypedDatabaseJob final : public DatabaseJob
{
public:
    TypedDatabaseJob(F work, bool batchable) : m_work(std::move(work)), m_batchable(batchable)
    {
        m_promise.start();
    }
    ~TypedDatabaseJob() override
    {
        // A job destroyed unrun (cannot happen in an orderly shutdown, but be safe) must
        // still leave its future with a result: QFuture::result() on an empty store is UB.
        if (!m_completed) {
            m_result = Error{Error::Code::Closed, 0, QString()};
            complete();
        }
    }

    QFuture<R> future() { return m_promise.future(); }

    bool isBatchable() const override { return m_batchable; }
    void run(SqliteConnection &connection) override { m_result = m_work(connection); }
    std::optional<Error> error() const override
    {
        if (!m_result || m_result->ok())
            return std::nullopt;
        return m_result->error();
    }
    void overrideError(const Error &error) override { m_result = R(error); }
    void complete() override
    {
        if (m_completed)
            return;
        m_completed = true;
        m_promise.addResult(m_result ? std::move(*m_result) : R());
        m_promise.finish();
    }

private:
    F m_work;
    bool m_batchable;
    bool m_completed = false;
    std::optional<R> m_result;
    QPromise<R> m_promise;
};

} // namespace store
