#include "soaplogrepository.h"

#include "database.h"
#include "sqliteconnection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSaveFile>

#include <sqlite3.h>

#include <algorithm>
#include <atomic>

namespace store {

struct SoapLogRepository::Shared
{
    mutable QMutex mutex;
    SoapLogRetention retention;
    std::atomic<bool> pruneScheduled{false};

    SoapLogRetention current() const
    {
        QMutexLocker locker(&mutex);
        return retention;
    }
};

namespace {

// Rows deleted per pruning transaction: small enough that appends queued behind a prune
// wait milliseconds, not seconds.
constexpr int kPruneChunk = 1000;

#define SUMMARY_COLUMNS                                                                        \
    "id, device_id, session_id, connection_id, direction, method, url, status, headers, "      \
    "rpc, size, started, ended"

constexpr char kInsert[] =
        "INSERT INTO soap_log (device_id, session_id, connection_id, direction, method, url, "
        "status, headers, body, rpc, size, started, ended) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)";
constexpr char kTotals[] = "SELECT exchanges, bytes FROM soap_log_totals";
constexpr char kForDevice[] = "SELECT " SUMMARY_COLUMNS ", NULL FROM soap_log "
                              "WHERE device_id = ?1 ORDER BY id LIMIT ?2 OFFSET ?3";
constexpr char kForSession[] = "SELECT " SUMMARY_COLUMNS ", NULL FROM soap_log "
                               "WHERE device_id = ?1 AND session_id = ?4 "
                               "ORDER BY id LIMIT ?2 OFFSET ?3";
constexpr char kGet[] = "SELECT " SUMMARY_COLUMNS ", body FROM soap_log WHERE id = ?1";
constexpr char kExportAll[] = "SELECT " SUMMARY_COLUMNS ", body FROM soap_log ORDER BY id";
constexpr char kExportDevice[] =
        "SELECT " SUMMARY_COLUMNS ", body FROM soap_log WHERE device_id = ?1 ORDER BY id";
constexpr char kOldest[] = "SELECT id, size FROM soap_log ORDER BY id LIMIT ?1";
constexpr char kDeleteUpTo[] = "DELETE FROM soap_log WHERE id <= ?1";

// The translation context of the texts below (lupdate reads it from the macro too).
struct TrText {
    Q_DECLARE_TR_FUNCTIONS(store::SoapLogRepository)
};

SoapExchange readExchange(const SqliteStatement &row)
{
    SoapExchange e;
    e.id = row.int64(0);
    e.deviceId = row.optionalText(1);
    e.sessionId = row.text(2);
    e.connectionId = row.int64(3);
    e.direction = row.text(4) == QLatin1String("out") ? SoapExchange::Direction::Out
                                                      : SoapExchange::Direction::In;
    e.method = row.text(5);
    e.url = row.text(6);
    e.status = int(row.int64(7));
    e.headers = row.text(8);
    e.rpcName = row.text(9);
    e.size = row.int64(10);
    e.startedMs = row.int64(11);
    e.endedMs = row.int64(12);
    if (!row.isNull(13))
        e.body = row.blob(13);
    return e;
}

Result<SoapLogTotals> readTotals(SqliteConnection &c)
{
    Error error;
    SqliteStatement *st = c.cached(kTotals, &error);
    if (!st)
        return error;
    const int rc = st->step();
    if (rc != SQLITE_ROW)
        return c.stepError(rc, *st);
    return SoapLogTotals{st->int64(0), st->int64(1)};
}

bool overLimits(const SoapLogTotals &totals, const SoapLogRetention &limits)
{
    return (limits.maxExchanges > 0 && totals.exchanges > limits.maxExchanges)
            || (limits.maxBytes > 0 && totals.bytes > limits.maxBytes);
}

// Deletes up to kPruneChunk of the oldest exchanges, just enough to get within limits, in
// one transaction. *more tells whether the log is still over its limits afterwards.
Result<qint64> pruneChunk(SqliteConnection &c, const SoapLogRetention &limits, bool *more)
{
    *more = false;
    return c.transaction([&]() -> Result<qint64> {
        auto totals = readTotals(c);
        if (!totals)
            return totals.error();
        const qint64 excessCount = limits.maxExchanges > 0
                ? std::max<qint64>(0, totals.value().exchanges - limits.maxExchanges)
                : 0;
        const qint64 excessBytes = limits.maxBytes > 0
                ? std::max<qint64>(0, totals.value().bytes - limits.maxBytes)
                : 0;
        if (excessCount == 0 && excessBytes == 0)
            return qint64(0);
        Error error;
        SqliteStatement *oldest = c.cached(kOldest, &error);
        if (!oldest)
            return error;
        oldest->bind(1, kPruneChunk);
        qint64 removed = 0;
        qint64 freed = 0;
        qint64 lastId = -1;
        int rc;
        while ((rc = oldest->step()) == SQLITE_ROW) {
            lastId = oldest->int64(0);
            ++removed;
            freed += oldest->int64(1);
            if (removed >= excessCount && freed >= excessBytes)
                break;
        }
        if (rc != SQLITE_ROW && rc != SQLITE_DONE)
            return c.stepError(rc, *oldest);
        *more = removed < excessCount || freed < excessBytes;
        oldest->reset();
        if (lastId < 0)
            return qint64(0);
        SqliteStatement *remove = c.cached(kDeleteUpTo, &error);
        if (!remove)
            return error;
        remove->bind(1, lastId);
        if (auto done = c.execute(*remove); !done)
            return done.error();
        return removed;
    });
}

void schedulePrune(Database *database, std::shared_ptr<SoapLogRepository::Shared> shared)
{
    if (shared->pruneScheduled.exchange(true))
        return;
    database->submit([database, shared](SqliteConnection &c) -> Result<qint64> {
        bool more = false;
        auto removed = pruneChunk(c, shared->current(), &more);
        shared->pruneScheduled = false;
        // Another chunk is a new job at the back of the queue, so appends queued meanwhile
        // are not held up behind the whole prune.
        if (removed && more)
            schedulePrune(database, shared);
        return removed;
    });
}

QJsonObject toJson(const SoapExchange &e)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), e.id);
    o.insert(QStringLiteral("deviceId"), e.deviceId ? QJsonValue(*e.deviceId) : QJsonValue());
    o.insert(QStringLiteral("sessionId"), e.sessionId);
    o.insert(QStringLiteral("connectionId"), e.connectionId);
    o.insert(QStringLiteral("direction"), e.direction == SoapExchange::Direction::Out
                     ? QStringLiteral("out")
                     : QStringLiteral("in"));
    o.insert(QStringLiteral("method"), e.method);
    o.insert(QStringLiteral("url"), e.url);
    o.insert(QStringLiteral("status"), e.status);
    o.insert(QStringLiteral("headers"), e.headers);
    o.insert(QStringLiteral("rpc"), e.rpcName);
    o.insert(QStringLiteral("size"), e.size);
    o.insert(QStringLiteral("startedMs"), e.startedMs);
    o.insert(QStringLiteral("endedMs"), e.endedMs);
    o.insert(QStringLiteral("durationMs"), e.durationMs());
    if (e.body.isValidUtf8())
        o.insert(QStringLiteral("body"), QString::fromUtf8(e.body));
    else
        o.insert(QStringLiteral("bodyBase64"), QString::fromLatin1(e.body.toBase64()));
    return o;
}

QByteArray toText(const SoapExchange &e)
{
    const QString started = QDateTime::fromMSecsSinceEpoch(e.startedMs, Qt::UTC)
                                    .toString(Qt::ISODateWithMs);
    const QString line = QStringLiteral("=== #%1 %2 %3 %4 %5 %6 %7 device=%8 session=%9 "
                                        "(%10 bytes, %11 ms) ===\n")
                                 .arg(QString::number(e.id), started,
                                      e.direction == SoapExchange::Direction::Out
                                              ? QStringLiteral("out")
                                              : QStringLiteral("in"),
                                      e.method, e.url, QString::number(e.status), e.rpcName,
                                      e.deviceId.value_or(QString()), e.sessionId)
                                 .arg(e.size)
                                 .arg(e.durationMs());
    QByteArray out = line.toUtf8();
    out += e.headers.toUtf8();
    if (!e.headers.endsWith(QLatin1Char('\n')))
        out += '\n';
    out += '\n';
    out += e.body;
    if (!e.body.endsWith('\n'))
        out += '\n';
    return out;
}

} // namespace

QByteArray SoapLogRepository::exportRecord(const SoapExchange &exchange, ExportFormat format)
{
    if (format == ExportFormat::JsonLines)
        return QJsonDocument(toJson(exchange)).toJson(QJsonDocument::Compact) + '\n';
    return toText(exchange);
}

SoapLogRepository::SoapLogRepository(Database &database, SoapLogRetention retention)
    : m_database(database), m_shared(std::make_shared<Shared>())
{
    m_shared->retention = retention;
}

SoapLogRepository::~SoapLogRepository() = default;

void SoapLogRepository::setRetention(SoapLogRetention retention)
{
    {
        QMutexLocker locker(&m_shared->mutex);
        m_shared->retention = retention;
    }
    schedulePrune(&m_database, m_shared);
}

SoapLogRetention SoapLogRepository::retention() const
{
    return m_shared->current();
}

QFuture<Result<qint64>> SoapLogRepository::append(const SoapExchange &exchange)
{
    Database *database = &m_database;
    return m_database.submitBatched(
            [exchange, database, shared = m_shared](SqliteConnection &c) -> Result<qint64> {
                Error error;
                SqliteStatement *st = c.cached(kInsert, &error);
                if (!st)
                    return error;
                st->bind(1, exchange.deviceId);
                st->bind(2, exchange.sessionId);
                st->bind(3, exchange.connectionId);
                st->bind(4, exchange.direction == SoapExchange::Direction::Out
                                 ? QStringLiteral("out")
                                 : QStringLiteral("in"));
                st->bind(5, exchange.method);
                st->bind(6, exchange.url);
                st->bind(7, exchange.status);
                st->bind(8, exchange.headers);
                st->bindBlob(9, exchange.body);
                st->bind(10, exchange.rpcName);
                st->bind(11, exchange.size > 0 ? exchange.size : qint64(exchange.body.size()));
                st->bind(12, exchange.startedMs);
                st->bind(13, exchange.endedMs);
                if (auto done = c.execute(*st); !done)
                    return done.error();
                const qint64 id = c.lastInsertRowId();
                if (auto totals = readTotals(c); totals && overLimits(totals.value(), shared->current()))
                    schedulePrune(database, shared);
                return id;
            });
}

QFuture<Result<QList<SoapExchange>>>
SoapLogRepository::listForDevice(const QString &deviceId, const std::optional<QString> &sessionId,
                                 int limit, int offset)
{
    return m_database.submit([=](SqliteConnection &c) -> Result<QList<SoapExchange>> {
        Error error;
        SqliteStatement *st = c.cached(sessionId ? kForSession : kForDevice, &error);
        if (!st)
            return error;
        st->bind(1, deviceId);
        st->bind(2, limit > 0 ? limit : -1); // LIMIT -1: no limit
        st->bind(3, std::max(offset, 0));
        if (sessionId)
            st->bind(4, *sessionId);
        return c.readRows<SoapExchange>(*st, readExchange);
    });
}

QFuture<Result<std::optional<SoapExchange>>> SoapLogRepository::get(qint64 id)
{
    return m_database.submit([id](SqliteConnection &c) -> Result<std::optional<SoapExchange>> {
        Error error;
        SqliteStatement *st = c.cached(kGet, &error);
        if (!st)
            return error;
        st->bind(1, id);
        const int rc = st->step();
        if (rc == SQLITE_ROW)
            return std::optional<SoapExchange>(readExchange(*st));
        if (rc == SQLITE_DONE)
            return std::optional<SoapExchange>();
        return c.stepError(rc, *st);
    });
}

QFuture<Result<qint64>> SoapLogRepository::exportTo(const QString &filePath, ExportFormat format,
                                                    const std::optional<QString> &deviceId)
{
    return m_database.submit([=](SqliteConnection &c) -> Result<qint64> {
        // QSaveFile: a failed export never leaves a half-written file behind.
        QSaveFile file(filePath);
        auto ioError = [&]() {
            return Error{Error::Code::Io, 0,
                         TrText::tr("Cannot write the SOAP log to %1: %2")
                                 .arg(QDir::toNativeSeparators(filePath), file.errorString())};
        };
        if (!file.open(QIODevice::WriteOnly))
            return ioError();
        Error error;
        SqliteStatement *st = c.cached(deviceId ? kExportDevice : kExportAll, &error);
        if (!st)
            return error;
        if (deviceId)
            st->bind(1, *deviceId);
        qint64 written = 0;
        int rc;
        while ((rc = st->step()) == SQLITE_ROW) {
            const SoapExchange e = readExchange(*st);
            QByteArray chunk = exportRecord(e, format);
            if (file.write(chunk) != chunk.size())
                return ioError();
            ++written;
        }
        if (rc != SQLITE_DONE)
            return c.stepError(rc, *st);
        if (!file.commit())
            return ioError();
        return written;
    });
}

QFuture<Result<SoapLogTotals>> SoapLogRepository::totals()
{
    return m_database.submit([](SqliteConnection &c) { return readTotals(c); });
}

QFuture<Result<qint64>> SoapLogRepository::prune()
{
    return m_database.submit([shared = m_shared](SqliteConnection &c) -> Result<qint64> {
        qint64 total = 0;
        bool more = true;
        while (more) {
            auto removed = pruneChunk(c, shared->current(), &more);
            if (!removed)
                return removed;
            total += removed.value();
        }
        return total;
    });
}

} // namespace store
