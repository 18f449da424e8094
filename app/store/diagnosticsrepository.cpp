#include "diagnosticsrepository.h"

#include "database.h"
#include "sqliteconnection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>

#include <sqlite3.h>

namespace store {

namespace {

constexpr char kInsert[] = "INSERT INTO diagnostic_runs (device_id, kind, started, finished, state, inputs, results, figures) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";
constexpr char kUpdate[] = "UPDATE diagnostic_runs SET finished = ?2, state = ?3, inputs = ?4, results = ?5, figures = ?6 "
                           "WHERE id = ?1";
constexpr char kColumns[] = "SELECT id, device_id, kind, started, finished, state, inputs, results, figures "
                            "FROM diagnostic_runs ";
constexpr char kRemove[] = "DELETE FROM diagnostic_runs WHERE id = ?1";

// The translation context of the texts below (lupdate reads it from the macro too).
struct TrText {
    Q_DECLARE_TR_FUNCTIONS(store::DiagnosticsRepository)
};

QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject object(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

DiagnosticRun read(const SqliteStatement &row)
{
    DiagnosticRun r;
    r.id = row.int64(0);
    r.deviceId = row.text(1);
    r.kind = row.text(2);
    r.startedMs = row.int64(3);
    r.finishedMs = row.optionalInt64(4).value_or(0);
    r.state = row.text(5);
    r.inputs = object(row.text(6));
    r.results = object(row.text(7));
    r.figures = object(row.text(8));
    return r;
}

Error notFound(qint64 id)
{
    return Error{Error::Code::NotFound, 0, TrText::tr("No diagnostics run %1").arg(id)};
}

} // namespace

DiagnosticsRepository::DiagnosticsRepository(Database &database) : m_database(database) { }

QFuture<Result<DiagnosticRun>> DiagnosticsRepository::save(const DiagnosticRun &run)
{
    return m_database.submit([run](SqliteConnection &c) -> Result<DiagnosticRun> {
        if (run.deviceId.isEmpty() || run.kind.isEmpty())
            return Error{Error::Code::InvalidArgument, 0, TrText::tr("A diagnostics run needs a device and a kind")};
        DiagnosticRun stored = run;
        if (stored.startedMs == 0)
            stored.startedMs = QDateTime::currentMSecsSinceEpoch();
        Error error;
        SqliteStatement *st = c.cached(kInsert, &error);
        if (!st)
            return error;
        st->bind(1, stored.deviceId);
        st->bind(2, stored.kind);
        st->bind(3, stored.startedMs);
        if (stored.finishedMs > 0)
            st->bind(4, stored.finishedMs);
        else
            st->bindNull(4);
        st->bind(5, stored.state);
        st->bind(6, json(stored.inputs));
        st->bind(7, json(stored.results));
        st->bind(8, json(stored.figures));
        if (auto done = c.execute(*st); !done)
            return done.error();
        stored.id = c.lastInsertRowId();
        return stored;
    });
}

QFuture<Result<void>> DiagnosticsRepository::update(const DiagnosticRun &run)
{
    return m_database.submit([run](SqliteConnection &c) -> Result<void> {
        Error error;
        SqliteStatement *st = c.cached(kUpdate, &error);
        if (!st)
            return error;
        st->bind(1, run.id);
        if (run.finishedMs > 0)
            st->bind(2, run.finishedMs);
        else
            st->bindNull(2);
        st->bind(3, run.state);
        st->bind(4, json(run.inputs));
        st->bind(5, json(run.results));
        st->bind(6, json(run.figures));
        return c.executeOnRow(*st, notFound(run.id));
    });
}

QFuture<Result<QList<DiagnosticRun>>> DiagnosticsRepository::list(const QString &deviceId, const QString &kind, int limit)
{
    return m_database.submit([deviceId, kind, limit](SqliteConnection &c) -> Result<QList<DiagnosticRun>> {
        static const QByteArray kByDevice = QByteArray(kColumns)
            + "WHERE device_id = ?1 AND (?2 = '' OR kind = ?2) ORDER BY started DESC, id DESC LIMIT ?3";
        Error error;
        SqliteStatement *st = c.cached(kByDevice.constData(), &error);
        if (!st)
            return error;
        st->bind(1, deviceId);
        st->bind(2, kind);
        st->bind(3, qint64(limit > 0 ? limit : kDefaultListLimit));
        return c.readRows<DiagnosticRun>(*st, read);
    });
}

QFuture<Result<DiagnosticRun>> DiagnosticsRepository::get(qint64 id)
{
    return m_database.submit([id](SqliteConnection &c) -> Result<DiagnosticRun> {
        static const QByteArray kById = QByteArray(kColumns) + "WHERE id = ?1";
        Error error;
        SqliteStatement *st = c.cached(kById.constData(), &error);
        if (!st)
            return error;
        st->bind(1, id);
        return c.readRow<DiagnosticRun>(*st, read, notFound(id));
    });
}

QFuture<Result<void>> DiagnosticsRepository::remove(qint64 id)
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
