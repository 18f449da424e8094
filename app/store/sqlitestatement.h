#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace store {

// One prepared statement (RAII). Parameters are 1-based as in SQLite, columns 0-based.
// Used only on the Database worker thread.
class SqliteStatement
{
public:
    SqliteStatement() = default;
    SqliteStatement(sqlite3 *db, sqlite3_stmt *statement);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) noexcept;

    bool isValid() const { return m_statement != nullptr; }
    const char *sql() const;

    void bind(int index, const QString &text);
    void bind(int index, qint64 number);
    void bind(int index, int number) { bind(index, qint64(number)); }
    void bind(int index, bool flag) { bind(index, qint64(flag ? 1 : 0)); }
    void bind(int index, double number);
    // A string literal would otherwise silently convert to bool (QT_NO_CAST_FROM_ASCII).
    void bind(int index, const char *) = delete;
    void bindBlob(int index, const QByteArray &bytes);
    void bindNull(int index);
    template <typename T>
    void bind(int index, const std::optional<T> &value)
    {
        if (value)
            bind(index, *value);
        else
            bindNull(index);
    }

    // SQLITE_ROW, SQLITE_DONE or an error code (also kept for the connection's message).
    int step();
    // Clears the bindings and rewinds, so a cached statement starts from scratch.
    void reset();

    bool isNull(int column) const;
    QString text(int column) const;
    std::optional<QString> optionalText(int column) const;
    qint64 int64(int column) const;
    std::optional<qint64> optionalInt64(int column) const;
    double real(int column) const;
    QByteArray blob(int column) const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
};

} // namespace store
