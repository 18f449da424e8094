#pragma once

#include "result.h"
#include "snapshot.h"

#include <QFuture>

namespace store {

class Database;

// Parameter snapshots per device. The entries of a snapshot are kept as one compressed
// blob: a 21,000-parameter tree is written and read in one statement, and the rows are
// never queried one by one.
class SnapshotRepository
{
public:
    // A snapshot bigger than this is refused rather than filling the disk.
    static constexpr qint64 kMaxEntries = 500'000;

    explicit SnapshotRepository(Database &database);

    // The stored snapshot with its id and creation time (now, when 0).
    QFuture<Result<Snapshot>> save(const Snapshot &snapshot);
    // Newest first, without entries.
    QFuture<Result<QList<Snapshot>>> list(const QString &deviceId);
    // With entries; NotFound when absent.
    QFuture<Result<Snapshot>> get(qint64 id);
    QFuture<Result<void>> rename(qint64 id, const QString &name);
    QFuture<Result<void>> remove(qint64 id);

    // The blob format, public for its tests: a versioned QDataStream, qCompress'ed.
    static QByteArray encode(const QList<SnapshotEntry> &entries);
    static std::optional<QList<SnapshotEntry>> decode(const QByteArray &blob);

private:
    Database &m_database;
};

} // namespace store
