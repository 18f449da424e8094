#pragma once

#include "parameterrecord.h"
#include "result.h"

#include <QFuture>
#include <QList>

namespace store {

class Database;

// The per-device parameter cache. Paths compare byte-wise (BINARY collation) and a subtree
// is read as the key range [prefix, prefix with its last character incremented), so
// "Device.IP." never picks up "Device.IPsec.".
class ParameterRepository
{
public:
    explicit ParameterRepository(Database &database);

    // Writes all rows in one transaction through one prepared statement (a full tree of
    // 20,000 rows in well under a second). A row with readAtMs 0 gets the current time.
    // The device must exist. Resolves to the number of rows written.
    QFuture<Result<int>> upsert(const QString &deviceId, const QList<ParameterRecord> &rows);
    QFuture<Result<std::optional<ParameterRecord>>> get(const QString &deviceId,
                                                        const QString &path);
    // Everything at or below a partial path (TR-069 A.3.2.2), sorted by path. A path
    // without the trailing dot is the parameter itself plus anything below "path.";
    // an empty path is the whole tree.
    QFuture<Result<QList<ParameterRecord>>> subtree(const QString &deviceId,
                                                    const QString &partialPath);
    // One level below an object path ("" for the root): parameters, and objects (path
    // ending '.') whether or not a row for the object itself is stored. Sorted by path.
    QFuture<Result<QList<ParameterRecord>>> children(const QString &deviceId,
                                                     const QString &objectPath);
    // DeleteObject: removes the subtree as subtree() defines it; resolves to rows removed.
    QFuture<Result<int>> removeSubtree(const QString &deviceId, const QString &partialPath);
    // Removes these exact paths (an object path also takes everything below it), in one
    // transaction; resolves to the rows removed.
    QFuture<Result<int>> removePaths(const QString &deviceId, const QStringList &paths);
    QFuture<Result<qint64>> count(const QString &deviceId);

private:
    Database &m_database;
};

} // namespace store
