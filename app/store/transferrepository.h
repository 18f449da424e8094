#pragma once

#include "result.h"
#include "transferrecord.h"

#include <QFuture>
#include <QList>

namespace store {

class Database;

// The history of followed transfers per device (issue 7: firmware upgrades, backups,
// restores, logs). A backup is a succeeded "backup" record whose document names the file.
class TransferRepository
{
public:
    static constexpr int kDefaultListLimit = 500;

    explicit TransferRepository(Database &database);

    // Inserts a record, or replaces the one with its id when the id is set; the stored one
    // carries its id (and startedMs = now when 0).
    QFuture<Result<TransferRecord>> save(const TransferRecord &record);
    // Rewrites state, finished time and document of an existing record.
    QFuture<Result<void>> update(const TransferRecord &record);
    // Newest first; kind empty: every kind.
    QFuture<Result<QList<TransferRecord>>> list(const QString &deviceId, const QString &kind = {},
                                                int limit = kDefaultListLimit);
    // NotFound when absent.
    QFuture<Result<TransferRecord>> get(qint64 id);
    QFuture<Result<void>> remove(qint64 id);

private:
    Database &m_database;
};

} // namespace store
