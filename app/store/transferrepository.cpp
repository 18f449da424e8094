#include "transferrepository.h"

#include "database.h"
#include "sqliteconnection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>

#include <sqlite3.h>

namespace store {

namespace {

// INSERT OR REPLACE: a caller that names the id (the task that started the transfer)
// writes the same row again as the timeline grows.
constexpr char kInsert[] = "INSERT OR REPLACE INTO transfers (id, device_id, kind, state, started, finished, document) "
                           "VALUES (?7, ?1, ?2, ?3, ?4, ?5, ?6)";
constexpr char kUpdate[] = "UPDATE transfers SET state = ?2, finished = ?3, document = ?4 WHERE id = ?1";
constexpr char kColumns[] = "SELECT id, device_id, kind, state, started, finished, document FROM transfers ";
constexpr char kRemove[] = "DELETE FROM transfers WHERE id = ?1";

// The translation context of the texts below (lupdate reads it from the macro too).
struct TrText {
    Q_DECLARE_TR_FUNCTIONS(store::TransferRepository)
};

QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject object(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

TransferRecord read(const SqliteStatement &row)
{
    TransferRecord r;
    r.id = row.int64(0);
    r.deviceId = row.text(1);
    r.kind = row.text(2);
    r.state = row.text(3);
    r.startedMs = row.int64(4);
    r.finishedMs = row.optionalInt64(5).value_or(0);
    r.document = object(row.text(6));
    return r;
}

Error notFound(qint64 id)
{
    return Error{Error::Code::NotFound, 0, TrText::tr("No transfer %1").arg(id)};
}

} // namespace

TransferRepository::TransferRepository(Database &database) : m_database(database) { }

QFuture<Result<TransferRecord>> TransferRepository::save(const TransferRecord &run)
{
    return m_database.submit([run](SqliteConnection &c) -> Result<TransferRecord> {
        if (run.deviceId.isEmpty() || run.kind.isEmpty())
            return Error{Error::Code::InvalidArgument, 0, TrText::tr("A transfer needs a device and a kind")};
        TransferRecord stored = run;
        if (stored.startedMs == 0)
            stored.startedMs = QDateTime::currentMSecsSinceEpoch();
        Error error;
        SqliteStatement *st = c.cached(kInsert, &error);
        if (!st)
            return error;
        st->bind(1, stored.deviceId);
        st->bind(2, stored.kind);
        st->bind(3, stored.state);
        st->bind(4, stored.startedMs);
        if (stored.finishedMs > 0)
            st->bind(5, stored.finishedMs);
        else
            st->bindNull(5);
        st->bind(6, json(stored.document));
        if (stored.id != 0)
            st->bind(7, stored.id);
        else
            st->bindNull(7);
        if (auto done = c.execute(*st); !done)
            return done.error();
        if (stored.id == 0)
            stored.id = c.lastInsertRowId();
        return stored;
    });
}

QFuture<Result<void>> TransferRepository::update(const TransferRecord &run)
{
    return m_database.submit([run](SqliteConnection &c) -> Result<void> {
        Error error;
        SqliteStatement *st = c.cached(kUpdate, &error);
        if (!st)
            return error;
        st->bind(1, run.id);
        st->bind(2, run.state);
        if (run.finishedMs > 0)
            st->bind(3, run.finishedMs);
        else
            st->bindNull(3);
        st->bind(4, json(run.document));
        return c.executeOnRow(*st, notFound(run.id));
    });
}

QFuture<Result<QList<TransferRecord>>> TransferRepository::list(const QString &deviceId, const QString &kind, int limit)
{
    return m_database.submit([deviceId, kind, limit](SqliteConnection &c) -> Result<QList<TransferRecord>> {
        static const QByteArray kByDevice = QByteArray(kColumns)
            + "WHERE device_id = ?1 AND (?2 = '' OR kind = ?2) ORDER BY started DESC, id DESC LIMIT ?3";
        Error error;
        SqliteStatement *st = c.cached(kByDevice.constData(), &error);
        if (!st)
            return error;
        st->bind(1, deviceId);
        st->bind(2, kind);
        st->bind(3, qint64(limit > 0 ? limit : kDefaultListLimit));
        return c.readRows<TransferRecord>(*st, read);
    });
}

QFuture<Result<TransferRecord>> TransferRepository::get(qint64 id)
{
    return m_database.submit([id](SqliteConnection &c) -> Result<TransferRecord> {
        static const QByteArray kById = QByteArray(kColumns) + "WHERE id = ?1";
        Error error;
        SqliteStatement *st = c.cached(kById.constData(), &error);
        if (!st)
            return error;
        st->bind(1, id);
        return c.readRow<TransferRecord>(*st, read, notFound(id));
    });
}

QFuture<Result<void>> TransferRepository::remove(qint64 id)
{
    return m_database.submit([id](SqliteConnection &c) -> Result<void> {
        Error error;
        SqliteStatement *st = c.cached(kRemove, &error);
        if (!st)
            return error;
        st->bind(1, id);
        return c.executeOnRow(*st, notFound(id));
    });
}

} // namespace store
