#pragma once

#include "device.h"
#include "result.h"

#include <QFuture>
#include <QList>

namespace store {

class Database;

// Device documents and per-model settings. All calls return at once; the work runs on
// the Database worker.
class DeviceRepository
{
public:
    explicit DeviceRepository(Database &database);

    // Creates the device on its first Inform, refreshes it on later ones. Credentials and
    // properties are never touched here; "1 BOOT"/"0 BOOTSTRAP" set lastBoot/lastBootstrap.
    QFuture<Result<DeviceUpsert>> upsertOnInform(const DeviceInform &inform);
    QFuture<Result<std::optional<Device>>> get(const QString &id);
    // All devices, sorted by id.
    QFuture<Result<QList<Device>>> list();
    // Removes the device with its parameters, tasks and SOAP log; NotFound when absent.
    QFuture<Result<void>> remove(const QString &id);
    QFuture<Result<void>> setCredentials(const QString &id, const DeviceCredentials &credentials);
    QFuture<Result<void>> setProperties(const QString &id, const QJsonObject &properties);

    // Which full-tree refresh strategy worked for a model (e.g. "partial-path-gpv",
    // "named-batches:500"); nullopt when none was recorded.
    QFuture<Result<std::optional<QString>>> refreshStrategy(const QString &oui,
                                                           const QString &productClass);
    QFuture<Result<void>> setRefreshStrategy(const QString &oui, const QString &productClass,
                                             const QString &strategy);

private:
    Database &m_database;
};

} // namespace store
