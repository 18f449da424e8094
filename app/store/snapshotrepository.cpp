#include "snapshotrepository.h"

#include "database.h"
#include "sqliteconnection.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QDateTime>
#include <QIODevice>

#include <sqlite3.h>

namespace store {

namespace {

constexpr quint32 kBlobMagic = 0x534e4150; // "SNAP"
constexpr quint16 kBlobVersion = 1;

constexpr char kInsert[] = "INSERT INTO snapshots (device_id, name, reason, created, entry_count, entries) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
constexpr char kList[] = "SELECT id, device_id, name, reason, created, entry_count FROM snapshots "
                         "WHERE device_id = ?1 ORDER BY created DESC, id DESC";
constexpr char kGet[] = "SELECT id, device_id, name, reason, created, entry_count, entries FROM snapshots "
                        "WHERE id = ?1";
constexpr char kRename[] = "UPDATE snapshots SET name = ?2 WHERE id = ?1";
constexpr char kRemove[] = "DELETE FROM snapshots WHERE id = ?1";

// The translation context of the texts below (lupdate reads it from the macro too).
struct TrText {
    Q_DECLARE_TR_FUNCTIONS(store::SnapshotRepository)
};

Snapshot readHeader(const SqliteStatement &row)
{
    Snapshot s;
    s.id = row.int64(0);
    s.deviceId = row.text(1);
    s.name = row.text(2);
    s.reason = row.text(3);
    s.createdMs = row.int64(4);
    s.entryCount = row.int64(5);
    return s;
}

Error notFound(qint64 id)
{
    return Error{Error::Code::NotFound, 0, TrText::tr("No snapshot %1").arg(id)};
}

} // namespace

SnapshotRepository::SnapshotRepository(Database &database) : m_database(database) { }

QByteArray SnapshotRepository::encode(const QList<SnapshotEntry> &entries)
{
    QByteArray raw;
    QDataStream out(&raw, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << kBlobMagic << kBlobVersion << quint32(entries.size());
    for (const SnapshotEntry &e : entries)
        out << e.path << e.value << e.type << qint8(e.writable);
    return qCompress(raw);
}

std::optional<QList<SnapshotEntry>> SnapshotRepository::decode(const QByteArray &blob)
{
    const QByteArray raw = qUncompress(blob);
    if (raw.isEmpty())
        return std::nullopt;
    QDataStream in(raw);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    quint16 version = 0;
    quint32 count = 0;
    in >> magic >> version >> count;
    if (in.status() != QDataStream::Ok || magic != kBlobMagic || version != kBlobVersion || count > kMaxEntries)
        return std::nullopt;
    QList<SnapshotEntry> entries;
    entries.reserve(count);
    for (quint32 i = 0; i < count; ++i) {
        SnapshotEntry e;
        qint8 writable = -1;
        in >> e.path >> e.value >> e.type >> writable;
        if (in.status() != QDataStream::Ok)
            return std::nullopt;
        e.writable = writable;
        entries.append(std::move(e));
    }
    return entries;
}

QFuture<Result<Snapshot>> SnapshotRepository::save(const Snapshot &snapshot)
{
    return m_database.submit([snapshot](SqliteConnection &c) -> Result<Snapshot> {
        if (snapshot.deviceId.isEmpty())
            return Error{Error::Code::InvalidArgument, 0, TrText::tr("A snapshot needs a device")};
        if (snapshot.entries.size() > kMaxEntries)
            return Error{Error::Code::InvalidArgument, 0,
                         TrText::tr("A snapshot of %1 parameters is over the limit of %2").arg(snapshot.entries.size()).arg(kMaxEntries)};
        Snapshot stored = snapshot;
        if (stored.createdMs == 0)
            stored.createdMs = QDateTime::currentMSecsSinceEpoch();
        if (stored.reason.isEmpty())
            stored.reason = QStringLiteral("manual");
        stored.entryCount = stored.entries.size();
        Error error;
        SqliteStatement *st = c.cached(kInsert, &error);
        if (!st)
            return error;
        st->bind(1, stored.deviceId);
        st->bind(2, stored.name);
        st->bind(3, stored.reason);
        st->bind(4, stored.createdMs);
        st->bind(5, stored.entryCount);
        st->bindBlob(6, encode(stored.entries));
        if (auto done = c.execute(*st); !done)
            return done.error();
        stored.id = c.lastInsertRowId();
        return stored;
    });
}

QFuture<Result<QList<Snapshot>>> SnapshotRepository::list(const QString &deviceId)
{
    return m_database.submit([deviceId](SqliteConnection &c) -> Result<QList<Snapshot>> {
        Error error;
        SqliteStatement *st = c.cached(kList, &error);
        if (!st)
            return error;
        st->bind(1, deviceId);
        return c.readRows<Snapshot>(*st, readHeader);
    });
}

QFuture<Result<Snapshot>> SnapshotRepository::get(qint64 id)
{
    return m_database.submit([id](SqliteConnection &c) -> Result<Snapshot> {
        Error error;
        SqliteStatement *st = c.cached(kGet, &error);
        if (!st)
            return error;
        st->bind(1, id);
        const int rc = st->step();
        if (rc == SQLITE_DONE)
            return notFound(id);
        if (rc != SQLITE_ROW)
            return c.stepError(rc, *st);
        Snapshot s = readHeader(*st);
        const auto entries = decode(st->blob(6));
        if (!entries)
            return Error{Error::Code::Corrupt, 0, TrText::tr("Snapshot %1 cannot be read: its data is damaged").arg(id)};
        s.entries = *entries;
        return s;
    });
}

QFuture<Result<void>> SnapshotRepository::rename(qint64 id, const QString &name)
{
    return m_database.submit([id, name](SqliteConnection &c) -> Result<void> {
        Error error;
        SqliteStatement *st = c.cached(kRename, &error);
        if (!st)
            return error;
        st->bind(1, id);
        st->bind(2, name);
        return c.executeOnRow(*st, notFound(id));
    });
}

QFuture<Result<void>> SnapshotRepository::remove(qint64 id)
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
