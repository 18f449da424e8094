#pragma once

#include "result.h"
#include "sqlitestatement.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <map>

struct sqlite3;

namespace store {

// The one SQLite connection of a Database, owned and used by its worker thread only.
// Opening is careful: an existing file is inspected (header, schema version, quick_check)
// in query-only mode before anything may write to it, so a file we refuse is left
// byte-for-byte as it was.
class SqliteConnection
{
public:
    SqliteConnection();
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;

    // Opens (creating when absent) the database file, refuses corrupt files and files
    // whose user_version is above knownSchemaVersion, then switches to WAL,
    // synchronous=NORMAL, foreign keys on and a busy timeout. Migration is the caller's.
    Result<void> open(const QString &filePath, int knownSchemaVersion);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    QString filePath() const { return m_filePath; }

    // Runs one or more statements without results (DDL, PRAGMA, BEGIN/COMMIT).
    Result<void> exec(const char *sql);
    // A prepared statement kept for the life of the connection, reset and ready to bind.
    // Null (with *error filled) when preparation fails.
    SqliteStatement *cached(const char *sql, Error *error);
    // Rewinds every cached statement, so none keeps a read snapshot open between jobs
    // (an un-reset SELECT would hold back WAL checkpoints).
    void resetCachedStatements();
    // A fresh statement, for SQL built at run time.
    Result<std::shared_ptr<SqliteStatement>> prepare(const QByteArray &sql);

    // Runs work in BEGIN IMMEDIATE ... COMMIT; rolls back when work returns an error or
    // the commit fails. IMMEDIATE takes the write lock up front, so a transaction never
    // fails half-way with SQLITE_BUSY on lock upgrade. Inside an open transaction (a
    // batched job, which the worker wraps in a savepoint) the work simply joins it.
    template <typename F>
    auto transaction(F &&work) -> decltype(work())
    {
        if (inTransaction())
            return work();
        if (auto begun = exec("BEGIN IMMEDIATE"); !begun)
            return begun.error();
        auto result = work();
        if (!result.ok()) {
            rollback();
            return result;
        }
        if (auto committed = exec("COMMIT"); !committed) {
            rollback();
            return committed.error();
        }
        return result;
    }
    // ROLLBACK when a transaction is still open (SQLite may have rolled back on its own
    // after SQLITE_FULL/IOERR/NOMEM).
    void rollback();
    bool inTransaction() const;

    // An Error for an SQLite result code, with the connection's message and a context.
    Error error(int rc, const QString &context) const;
    // Steps a statement that returns no rows; SQLITE_DONE is success.
    Result<void> execute(SqliteStatement &statement);
    // Translates a failed step (anything but SQLITE_ROW/SQLITE_DONE) into an Error.
    Error stepError(int rc, const SqliteStatement &statement) const;
    // An UPDATE or DELETE of one row by its key: `missing` when it changed nothing.
    Result<void> executeOnRow(SqliteStatement &statement, const Error &missing);
    // Steps to the next row: true for a row, false at the end.
    Result<bool> nextRow(SqliteStatement &statement);

    // Every row of a SELECT, each turned into a value by read(statement).
    template <typename Row, typename Read>
    Result<QList<Row>> readRows(SqliteStatement &statement, Read read)
    {
        QList<Row> rows;
        for (;;) {
            Result<bool> more = nextRow(statement);
            if (!more)
                return more.error();
            if (!more.value())
                return rows;
            rows.append(read(statement));
        }
    }
    // The one row of a SELECT by key, or `missing` when there is none.
    template <typename Row, typename Read>
    Result<Row> readRow(SqliteStatement &statement, Read read, const Error &missing)
    {
        Result<bool> found = nextRow(statement);
        if (!found)
            return found.error();
        if (!found.value())
            return missing;
        return read(statement);
    }

    int userVersion();
    qint64 changes() const;
    qint64 lastInsertRowId() const;

    sqlite3 *handle() const { return m_db; }

private:
    Result<void> inspectExistingFile(int knownSchemaVersion);
    Result<void> configure();
    Result<QString> pragmaText(const char *sql);

    sqlite3 *m_db = nullptr;
    QString m_filePath;
    std::map<QByteArray, std::unique_ptr<SqliteStatement>> m_cache;
};

} // namespace store
