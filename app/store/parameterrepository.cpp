#include "parameterrepository.h"

#include "database.h"
#include "sqliteconnection.h"

#include <QDateTime>

#include <sqlite3.h>

namespace store {

namespace {

#define PARAMETER_COLUMNS "path, value, type, writable, notification, access_list, read_at"

constexpr char kUpsert[] = R"sql(
INSERT INTO parameters (device_id, path, value, type, writable, notification, access_list,
                        read_at)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
ON CONFLICT (device_id, path) DO UPDATE SET
    type = CASE WHEN excluded.value IS NULL THEN type ELSE excluded.type END,
    value = coalesce(excluded.value, value),
    writable = coalesce(excluded.writable, writable),
    notification = coalesce(excluded.notification, notification),
    access_list = coalesce(excluded.access_list, access_list),
    read_at = excluded.read_at
)sql";
constexpr char kGet[] =
        "SELECT " PARAMETER_COLUMNS " FROM parameters WHERE device_id = ?1 AND path = ?2";
constexpr char kRange[] = "SELECT " PARAMETER_COLUMNS " FROM parameters "
                          "WHERE device_id = ?1 AND path >= ?2 AND path < ?3 ORDER BY path";
// The two seeks of children(): the first row at/after a bound within the parent's range.
constexpr char kFirstFrom[] = "SELECT " PARAMETER_COLUMNS " FROM parameters "
                              "WHERE device_id = ?1 AND path >= ?2 AND path < ?3 "
                              "ORDER BY path LIMIT 1";
constexpr char kFirstAfter[] = "SELECT " PARAMETER_COLUMNS " FROM parameters "
                               "WHERE device_id = ?1 AND path > ?2 AND path < ?3 "
                               "ORDER BY path LIMIT 1";
constexpr char kRemoveRange[] =
        "DELETE FROM parameters WHERE device_id = ?1 AND path >= ?2 AND path < ?3";
constexpr char kRemoveOne[] = "DELETE FROM parameters WHERE device_id = ?1 AND path = ?2";
constexpr char kCount[] = "SELECT count(*) FROM parameters WHERE device_id = ?1";

// The smallest string above every string that starts with prefix: the last character
// incremented ('.' -> '/'). The empty prefix gets U+10FFFF, above every path.
QString upperBound(const QString &prefix)
{
    if (prefix.isEmpty())
        return QString::fromUcs4(U"\U0010FFFF", 1);
    QString bound = prefix;
    bound.back() = QChar(bound.back().unicode() + 1);
    return bound;
}

QString joinAccessList(const QStringList &list)
{
    return list.join(QLatin1Char(','));
}

ParameterRecord readRecord(const SqliteStatement &row)
{
    ParameterRecord r;
    r.path = row.text(0);
    r.value = row.optionalText(1);
    if (!row.isNull(2))
        r.type = cwmp::valueTypeFromXsdName(row.text(2));
    if (!row.isNull(3))
        r.writable = row.int64(3) != 0;
    if (!row.isNull(4))
        r.notification = int(row.int64(4));
    if (!row.isNull(5)) {
        const QString list = row.text(5);
        r.accessList = list.isEmpty() ? QStringList() : list.split(QLatin1Char(','));
    }
    r.readAtMs = row.int64(6);
    return r;
}

Result<void> appendRange(SqliteConnection &c, const QString &deviceId, const QString &from,
                         const QString &to, QList<ParameterRecord> &out)
{
    Error error;
    SqliteStatement *st = c.cached(kRange, &error);
    if (!st)
        return error;
    st->bind(1, deviceId);
    st->bind(2, from);
    st->bind(3, to);
    int rc;
    while ((rc = st->step()) == SQLITE_ROW)
        out.append(readRecord(*st));
    if (rc != SQLITE_DONE)
        return c.stepError(rc, *st);
    return {};
}

Result<std::optional<ParameterRecord>> selectOne(SqliteConnection &c, const char *sql,
                                                 const QString &deviceId, const QString &a,
                                                 const QString &b = QString())
{
    Error error;
    SqliteStatement *st = c.cached(sql, &error);
    if (!st)
        return error;
    st->bind(1, deviceId);
    st->bind(2, a);
    if (!b.isNull())
        st->bind(3, b);
    const int rc = st->step();
    if (rc == SQLITE_ROW)
        return std::optional<ParameterRecord>(readRecord(*st));
    if (rc == SQLITE_DONE)
        return std::optional<ParameterRecord>();
    return c.stepError(rc, *st);
}

Result<int> deleteRows(SqliteConnection &c, const char *sql, const QString &deviceId,
                       const QString &a, const QString &b = QString())
{
    Error error;
    SqliteStatement *st = c.cached(sql, &error);
    if (!st)
        return error;
    st->bind(1, deviceId);
    st->bind(2, a);
    if (!b.isNull())
        st->bind(3, b);
    if (auto done = c.execute(*st); !done)
        return done.error();
    return int(c.changes());
}

} // namespace

ParameterRepository::ParameterRepository(Database &database) : m_database(database) { }

QFuture<Result<int>> ParameterRepository::upsert(const QString &deviceId,
                                                 const QList<ParameterRecord> &rows)
{
    // Batched: the few parameters of every Inform share one commit with the SOAP log and
    // device rows queued around them.
    return m_database.submitBatched([deviceId, rows](SqliteConnection &c) -> Result<int> {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        return c.transaction([&]() -> Result<int> {
            Error error;
            SqliteStatement *st = c.cached(kUpsert, &error);
            if (!st)
                return error;
            for (const ParameterRecord &row : rows) {
                st->reset();
                st->bind(1, deviceId);
                st->bind(2, row.path);
                st->bind(3, row.value);
                if (row.value && row.type != cwmp::ValueType::Unspecified)
                    st->bind(4, cwmp::xsdName(row.type));
                st->bind(5, row.writable);
                st->bind(6, row.notification);
                if (row.accessList)
                    st->bind(7, joinAccessList(*row.accessList));
                st->bind(8, row.readAtMs > 0 ? row.readAtMs : now);
                if (auto done = c.execute(*st); !done)
                    return done.error();
            }
            return int(rows.size());
        });
    });
}

QFuture<Result<std::optional<ParameterRecord>>>
ParameterRepository::get(const QString &deviceId, const QString &path)
{
    return m_database.submit(
            [deviceId, path](SqliteConnection &c) { return selectOne(c, kGet, deviceId, path); });
}

QFuture<Result<QList<ParameterRecord>>> ParameterRepository::subtree(const QString &deviceId,
                                                                     const QString &partialPath)
{
    return m_database.submit(
            [deviceId, partialPath](SqliteConnection &c) -> Result<QList<ParameterRecord>> {
                QList<ParameterRecord> rows;
                QString prefix = partialPath;
                if (!prefix.isEmpty() && !prefix.endsWith(QLatin1Char('.'))) {
                    auto self = selectOne(c, kGet, deviceId, prefix);
                    if (!self)
                        return self.error();
                    if (self.value())
                        rows.append(*self.value());
                    prefix += QLatin1Char('.');
                }
                if (auto r = appendRange(c, deviceId, prefix, upperBound(prefix), rows); !r)
                    return r.error();
                return rows;
            });
}

QFuture<Result<QList<ParameterRecord>>>
ParameterRepository::children(const QString &deviceId, const QString &objectPath)
{
    return m_database.submit([deviceId, objectPath](
                                     SqliteConnection &c) -> Result<QList<ParameterRecord>> {
        QString prefix = objectPath;
        if (!prefix.isEmpty() && !prefix.endsWith(QLatin1Char('.')))
            prefix += QLatin1Char('.');
        const QString end = upperBound(prefix);
        // A skip scan: one index seek per child instead of reading the whole subtree, so
        // listing "Device." costs the same with 20 or 20,000 rows below it.
        QList<ParameterRecord> children;
        QString bound = prefix;
        bool inclusive = true;
        for (;;) {
            auto next = selectOne(c, inclusive ? kFirstFrom : kFirstAfter, deviceId, bound, end);
            if (!next)
                return next.error();
            if (!next.value())
                break;
            ParameterRecord row = std::move(*next.value());
            const QStringView rest = QStringView(row.path).mid(prefix.size());
            const qsizetype dot = rest.indexOf(QLatin1Char('.'));
            if (rest.isEmpty() || dot < 0) {
                // A parameter directly below (or the object's own row): take it, then
                // continue strictly after it.
                bound = row.path;
                inclusive = false;
                if (!rest.isEmpty())
                    children.append(std::move(row));
                continue;
            }
            const QString object = prefix + rest.left(dot + 1).toString();
            if (row.path == object) {
                children.append(std::move(row));
            } else {
                ParameterRecord synthesized;
                synthesized.path = object;
                children.append(std::move(synthesized));
            }
            bound = upperBound(object); // past everything below this child object
            inclusive = true;
        }
        return children;
    });
}

QFuture<Result<int>> ParameterRepository::removeSubtree(const QString &deviceId,
                                                        const QString &partialPath)
{
    return m_database.submit([deviceId, partialPath](SqliteConnection &c) -> Result<int> {
        return c.transaction([&]() -> Result<int> {
            int removed = 0;
            QString prefix = partialPath;
            if (!prefix.isEmpty() && !prefix.endsWith(QLatin1Char('.'))) {
                auto one = deleteRows(c, kRemoveOne, deviceId, prefix);
                if (!one)
                    return one;
                removed += one.value();
                prefix += QLatin1Char('.');
            }
            auto range = deleteRows(c, kRemoveRange, deviceId, prefix, upperBound(prefix));
            if (!range)
                return range;
            return removed + range.value();
        });
    });
}

QFuture<Result<int>> ParameterRepository::removePaths(const QString &deviceId, const QStringList &paths)
{
    return m_database.submit([deviceId, paths](SqliteConnection &c) -> Result<int> {
        return c.transaction([&]() -> Result<int> {
            int removed = 0;
            for (const QString &path : paths) {
                auto one = path.endsWith(QLatin1Char('.'))
                               ? deleteRows(c, kRemoveRange, deviceId, path, upperBound(path))
                               : deleteRows(c, kRemoveOne, deviceId, path);
                if (!one)
                    return one;
                removed += one.value();
            }
            return removed;
        });
    });
}

QFuture<Result<qint64>> ParameterRepository::count(const QString &deviceId)
{
    return m_database.submit([deviceId](SqliteConnection &c) -> Result<qint64> {
        Error error;
        SqliteStatement *st = c.cached(kCount, &error);
        if (!st)
            return error;
        st->bind(1, deviceId);
        const int rc = st->step();
        if (rc != SQLITE_ROW)
            return c.stepError(rc, *st);
        return st->int64(0);
    });
}

} // namespace store
