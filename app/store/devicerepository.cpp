#include "devicerepository.h"

#include "database.h"
#include "sqliteconnection.h"

#include <cwmp/eventcodes.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <sqlite3.h>

namespace store {

namespace {

#define DEVICE_COLUMNS                                                                         \
    "id, oui, product_class, serial_number, manufacturer, model_name, software_version, "      \
    "hardware_version, ip_address, connection_request_url, cwmp_version, last_inform, "        \
    "last_boot, last_bootstrap, registered, last_events, cpe_username, cpe_password, "         \
    "connection_request_username, connection_request_password, properties"

constexpr char kSelectOne[] = "SELECT " DEVICE_COLUMNS " FROM devices WHERE id = ?1";
constexpr char kSelectAll[] = "SELECT " DEVICE_COLUMNS " FROM devices ORDER BY id";
constexpr char kExists[] = "SELECT 1 FROM devices WHERE id = ?1";

// Identity and model fields follow the latest Inform; optional ones (ModelName, boot
// times) keep their last known value when this Inform does not carry them.
constexpr char kUpsert[] = R"sql(
INSERT INTO devices (id, oui, product_class, serial_number, manufacturer, model_name,
    software_version, hardware_version, ip_address, connection_request_url, cwmp_version,
    last_inform, last_boot, last_bootstrap, registered, last_events)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?12, ?15)
ON CONFLICT (id) DO UPDATE SET
    manufacturer = excluded.manufacturer,
    model_name = coalesce(excluded.model_name, model_name),
    software_version = excluded.software_version,
    hardware_version = excluded.hardware_version,
    ip_address = excluded.ip_address,
    connection_request_url = excluded.connection_request_url,
    cwmp_version = excluded.cwmp_version,
    last_inform = excluded.last_inform,
    last_boot = coalesce(excluded.last_boot, last_boot),
    last_bootstrap = coalesce(excluded.last_bootstrap, last_bootstrap),
    last_events = excluded.last_events
)sql";

constexpr char kRemoveLog[] = "DELETE FROM soap_log WHERE device_id = ?1";
// parameters and tasks go with the device through ON DELETE CASCADE.
constexpr char kRemove[] = "DELETE FROM devices WHERE id = ?1";
constexpr char kSetCredentials[] =
        "UPDATE devices SET cpe_username = ?2, cpe_password = ?3, "
        "connection_request_username = ?4, connection_request_password = ?5 WHERE id = ?1";
constexpr char kSetProperties[] = "UPDATE devices SET properties = ?2 WHERE id = ?1";
constexpr char kGetStrategy[] =
        "SELECT refresh_strategy FROM device_models WHERE model_key = ?1";
constexpr char kSetStrategy[] =
        "INSERT INTO device_models (model_key, refresh_strategy, updated) VALUES (?1, ?2, ?3) "
        "ON CONFLICT (model_key) DO UPDATE SET refresh_strategy = excluded.refresh_strategy, "
        "updated = excluded.updated";

QString toJson(const QStringList &list)
{
    return QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

Device readDevice(const SqliteStatement &row)
{
    Device d;
    d.id = row.text(0);
    d.oui = row.text(1);
    d.productClass = row.text(2);
    d.serialNumber = row.text(3);
    d.manufacturer = row.text(4);
    d.modelName = row.optionalText(5);
    d.softwareVersion = row.text(6);
    d.hardwareVersion = row.text(7);
    d.ipAddress = row.text(8);
    d.connectionRequestUrl = row.text(9);
    d.cwmpVersion = row.text(10);
    d.lastInformMs = row.optionalInt64(11);
    d.lastBootMs = row.optionalInt64(12);
    d.lastBootstrapMs = row.optionalInt64(13);
    d.registeredMs = row.int64(14);
    for (const QJsonValue &event : QJsonDocument::fromJson(row.blob(15)).array())
        d.lastEvents.append(event.toString());
    d.credentials.cpeUsername = row.optionalText(16);
    d.credentials.cpePassword = row.optionalText(17);
    d.credentials.connectionRequestUsername = row.optionalText(18);
    d.credentials.connectionRequestPassword = row.optionalText(19);
    d.properties = QJsonDocument::fromJson(row.blob(20)).object();
    return d;
}

Result<std::optional<Device>> selectDevice(SqliteConnection &c, const QString &id)
{
    Error error;
    SqliteStatement *st = c.cached(kSelectOne, &error);
    if (!st)
        return error;
    st->bind(1, id);
    const int rc = st->step();
    if (rc == SQLITE_ROW)
        return std::optional<Device>(readDevice(*st));
    if (rc == SQLITE_DONE)
        return std::optional<Device>();
    return c.stepError(rc, *st);
}

Error notFound(const QString &id)
{
    return Error{Error::Code::NotFound, 0,
                 QCoreApplication::translate("store::DeviceRepository", "No device %1")
                         .arg(id)};
}

// Runs a one-row UPDATE keyed by device id; NotFound when no row matched.
template <typename Bind>
Result<void> updateDevice(SqliteConnection &c, const char *sql, const QString &id, Bind bind)
{
    Error error;
    SqliteStatement *st = c.cached(sql, &error);
    if (!st)
        return error;
    st->bind(1, id);
    bind(*st);
    return c.executeOnRow(*st, notFound(id));
}

} // namespace

DeviceRepository::DeviceRepository(Database &database) : m_database(database) { }

QFuture<Result<DeviceUpsert>> DeviceRepository::upsertOnInform(const DeviceInform &inform)
{
    // Batched with the Inform's parameters and log messages: one commit per burst.
    return m_database.submitBatched([inform](SqliteConnection &c) -> Result<DeviceUpsert> {
        if (inform.oui.isEmpty() || inform.serialNumber.isEmpty()) {
            return Error{Error::Code::InvalidArgument, 0,
                         QCoreApplication::translate("store::DeviceRepository",
                                                     "An Inform without OUI or serial number "
                                                     "cannot be stored")};
        }
        const QString id = Device::makeId(inform.oui, inform.productClass, inform.serialNumber);
        const qint64 when =
                inform.informMs > 0 ? inform.informMs : QDateTime::currentMSecsSinceEpoch();
        const bool boot = inform.events.contains(cwmp::EventCodes::kBoot);
        const bool bootstrap = inform.events.contains(cwmp::EventCodes::kBootstrap);
        return c.transaction([&]() -> Result<DeviceUpsert> {
            Error error;
            SqliteStatement *exists = c.cached(kExists, &error);
            if (!exists)
                return error;
            exists->bind(1, id);
            const int rc = exists->step();
            if (rc != SQLITE_ROW && rc != SQLITE_DONE)
                return c.stepError(rc, *exists);
            const bool firstSeen = rc == SQLITE_DONE;
            exists->reset();

            SqliteStatement *st = c.cached(kUpsert, &error);
            if (!st)
                return error;
            st->bind(1, id);
            st->bind(2, inform.oui.toUpper());
            st->bind(3, inform.productClass);
            st->bind(4, inform.serialNumber);
            st->bind(5, inform.manufacturer);
            st->bind(6, inform.modelName);
            st->bind(7, inform.softwareVersion);
            st->bind(8, inform.hardwareVersion);
            st->bind(9, inform.ipAddress);
            st->bind(10, inform.connectionRequestUrl);
            st->bind(11, inform.cwmpVersion);
            st->bind(12, when);
            st->bind(13, boot ? std::optional<qint64>(when) : std::nullopt);
            st->bind(14, bootstrap ? std::optional<qint64>(when) : std::nullopt);
            st->bind(15, toJson(inform.events));
            if (auto done = c.execute(*st); !done)
                return done.error();
            auto device = selectDevice(c, id);
            if (!device)
                return device.error();
            return DeviceUpsert{std::move(*device.value()), firstSeen};
        });
    });
}

QFuture<Result<std::optional<Device>>> DeviceRepository::get(const QString &id)
{
    return m_database.submit([id](SqliteConnection &c) { return selectDevice(c, id); });
}

QFuture<Result<QList<Device>>> DeviceRepository::list()
{
    return m_database.submit([](SqliteConnection &c) -> Result<QList<Device>> {
        Error error;
        SqliteStatement *st = c.cached(kSelectAll, &error);
        if (!st)
            return error;
        return c.readRows<Device>(*st, readDevice);
    });
}

QFuture<Result<void>> DeviceRepository::remove(const QString &id)
{
    return m_database.submit([id](SqliteConnection &c) -> Result<void> {
        return c.transaction([&]() -> Result<void> {
            Error error;
            SqliteStatement *log = c.cached(kRemoveLog, &error);
            if (!log)
                return error;
            log->bind(1, id);
            if (auto done = c.execute(*log); !done)
                return done;
            return updateDevice(c, kRemove, id, [](SqliteStatement &) { });
        });
    });
}

QFuture<Result<void>> DeviceRepository::setCredentials(const QString &id,
                                                       const DeviceCredentials &credentials)
{
    return m_database.submit([id, credentials](SqliteConnection &c) {
        return updateDevice(c, kSetCredentials, id, [&](SqliteStatement &st) {
            st.bind(2, credentials.cpeUsername);
            st.bind(3, credentials.cpePassword);
            st.bind(4, credentials.connectionRequestUsername);
            st.bind(5, credentials.connectionRequestPassword);
        });
    });
}

QFuture<Result<void>> DeviceRepository::setProperties(const QString &id,
                                                      const QJsonObject &properties)
{
    const QString json =
            QString::fromUtf8(QJsonDocument(properties).toJson(QJsonDocument::Compact));
    return m_database.submit([id, json](SqliteConnection &c) {
        return updateDevice(c, kSetProperties, id, [&](SqliteStatement &st) { st.bind(2, json); });
    });
}

QFuture<Result<std::optional<QString>>>
DeviceRepository::refreshStrategy(const QString &oui, const QString &productClass)
{
    const QString key = Device::modelKey(oui, productClass);
    return m_database.submit([key](SqliteConnection &c) -> Result<std::optional<QString>> {
        Error error;
        SqliteStatement *st = c.cached(kGetStrategy, &error);
        if (!st)
            return error;
        st->bind(1, key);
        const int rc = st->step();
        if (rc == SQLITE_ROW)
            return std::optional<QString>(st->text(0));
        if (rc == SQLITE_DONE)
            return std::optional<QString>();
        return c.stepError(rc, *st);
    });
}

QFuture<Result<void>> DeviceRepository::setRefreshStrategy(const QString &oui,
                                                           const QString &productClass,
                                                           const QString &strategy)
{
    const QString key = Device::modelKey(oui, productClass);
    return m_database.submit([key, strategy](SqliteConnection &c) -> Result<void> {
        Error error;
        SqliteStatement *st = c.cached(kSetStrategy, &error);
        if (!st)
            return error;
        st->bind(1, key);
        st->bind(2, strategy);
        st->bind(3, QDateTime::currentMSecsSinceEpoch());
        return c.execute(*st);
    });
}

} // namespace store
