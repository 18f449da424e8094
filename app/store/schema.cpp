#include "schema.h"

#include "sqliteconnection.h"

#include <QCoreApplication>

namespace store {

namespace {

// Timestamps are integer milliseconds since the Unix epoch (UTC) throughout.
constexpr char kDevicesAndParameters[] = R"sql(
CREATE TABLE devices (
    id                      TEXT PRIMARY KEY NOT NULL,  -- OUI-ProductClass-SerialNumber
    oui                     TEXT NOT NULL,
    product_class           TEXT NOT NULL,
    serial_number           TEXT NOT NULL,
    manufacturer            TEXT NOT NULL DEFAULT '',
    model_name              TEXT,
    software_version        TEXT NOT NULL DEFAULT '',
    hardware_version        TEXT NOT NULL DEFAULT '',
    ip_address              TEXT NOT NULL DEFAULT '',
    connection_request_url  TEXT NOT NULL DEFAULT '',
    cwmp_version            TEXT NOT NULL DEFAULT '',
    last_inform             INTEGER,
    last_boot               INTEGER,
    last_bootstrap          INTEGER,
    registered              INTEGER NOT NULL,
    last_events             TEXT NOT NULL DEFAULT '[]', -- JSON array of event codes
    cpe_username            TEXT,                       -- NULL: use the global setting
    cpe_password            TEXT,
    connection_request_username TEXT,
    connection_request_password TEXT,
    properties              TEXT NOT NULL DEFAULT '{}'  -- JSON object, for later use
);

-- Which full-tree refresh strategy worked for a device model (OUI-ProductClass).
CREATE TABLE device_models (
    model_key        TEXT PRIMARY KEY NOT NULL,
    refresh_strategy TEXT NOT NULL,
    updated          INTEGER NOT NULL
);

-- The parameter cache. WITHOUT ROWID clusters rows by (device_id, path), so a subtree is
-- one contiguous range of the primary key.
CREATE TABLE parameters (
    device_id     TEXT NOT NULL REFERENCES devices(id) ON DELETE CASCADE,
    path          TEXT NOT NULL,
    value         TEXT,          -- NULL: not read yet (objects, GetParameterNames only)
    type          TEXT,          -- xsd name of the value's type
    writable      INTEGER,       -- NULL: unknown
    notification  INTEGER,       -- NULL: unknown
    access_list   TEXT,          -- comma-separated; NULL: unknown
    read_at       INTEGER NOT NULL,
    PRIMARY KEY (device_id, path)
) WITHOUT ROWID;
)sql";

constexpr char kTasks[] = R"sql(
CREATE TABLE tasks (
    id            INTEGER PRIMARY KEY AUTOINCREMENT, -- never reused, even after deletes
    device_id     TEXT NOT NULL REFERENCES devices(id) ON DELETE CASCADE,
    kind          TEXT NOT NULL,
    arguments     TEXT NOT NULL DEFAULT '{}',
    state         TEXT NOT NULL CHECK (state IN
                      ('queued', 'sent', 'done', 'fault', 'expired', 'cancelled')),
    created       INTEGER NOT NULL,
    sent          INTEGER,
    finished      INTEGER,
    fault_code    INTEGER,
    fault_string  TEXT,
    result        TEXT,
    expiry        INTEGER,
    progress      REAL NOT NULL DEFAULT 0,
    progress_text TEXT NOT NULL DEFAULT ''
);
CREATE INDEX tasks_by_device_state ON tasks (device_id, state, id);
CREATE INDEX tasks_by_state ON tasks (state, id);
)sql";

constexpr char kSoapLogAndFiles[] = R"sql(
-- No foreign key to devices: an exchange is logged before the Inform that names the
-- device has been stored, and deleting a device deletes its log explicitly.
CREATE TABLE soap_log (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    device_id     TEXT,
    session_id    TEXT NOT NULL DEFAULT '',
    connection_id INTEGER NOT NULL DEFAULT 0,
    direction     TEXT NOT NULL CHECK (direction IN ('in', 'out')),
    method        TEXT NOT NULL DEFAULT '',
    url           TEXT NOT NULL DEFAULT '',
    status        INTEGER NOT NULL DEFAULT 0,
    headers       TEXT NOT NULL DEFAULT '',
    body          BLOB NOT NULL,
    rpc           TEXT NOT NULL DEFAULT '',
    size          INTEGER NOT NULL,
    started       INTEGER NOT NULL,
    ended         INTEGER NOT NULL
);
CREATE INDEX soap_log_by_device ON soap_log (device_id, id);
CREATE INDEX soap_log_by_session ON soap_log (device_id, session_id, id);

-- Running totals for retention, kept exact by triggers in the same transactions as the
-- rows, so pruning never needs count(*)/sum() over the whole log.
CREATE TABLE soap_log_totals (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    exchanges INTEGER NOT NULL,
    bytes     INTEGER NOT NULL
);
INSERT INTO soap_log_totals VALUES (1, 0, 0);
CREATE TRIGGER soap_log_counts_insert AFTER INSERT ON soap_log BEGIN
    UPDATE soap_log_totals SET exchanges = exchanges + 1, bytes = bytes + NEW.size;
END;
CREATE TRIGGER soap_log_counts_delete AFTER DELETE ON soap_log BEGIN
    UPDATE soap_log_totals SET exchanges = exchanges - 1, bytes = bytes - OLD.size;
END;

CREATE TABLE files (
    name          TEXT PRIMARY KEY NOT NULL,
    file_type     TEXT NOT NULL,  -- TR-069 A.3.2.8 FileType, e.g. "1 Firmware Upgrade Image"
    size          INTEGER NOT NULL,
    sha256        TEXT NOT NULL,  -- lower-case hex
    path          TEXT NOT NULL,
    oui           TEXT,
    product_class TEXT,
    version       TEXT,
    added         INTEGER NOT NULL
);
)sql";

constexpr char kSnapshots[] = R"sql(
CREATE TABLE snapshots (
    id          INTEGER PRIMARY KEY,
    device_id   TEXT NOT NULL REFERENCES devices(id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    reason      TEXT NOT NULL DEFAULT 'manual',
    created     INTEGER NOT NULL,
    entry_count INTEGER NOT NULL,
    entries     BLOB NOT NULL   -- SnapshotRepository::encode()
);
CREATE INDEX snapshots_by_device ON snapshots(device_id, created);
)sql";

constexpr char kDiagnosticRuns[] = R"sql(
CREATE TABLE diagnostic_runs (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    device_id   TEXT NOT NULL REFERENCES devices(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL,              -- "ipping", "traceroute", "download", ...
    started     INTEGER NOT NULL,
    finished    INTEGER,                    -- NULL: still running
    state       TEXT NOT NULL,
    inputs      TEXT NOT NULL DEFAULT '{}', -- JSON object
    results     TEXT NOT NULL DEFAULT '{}', -- JSON object: the raw values read back
    figures     TEXT NOT NULL DEFAULT '{}'  -- JSON object: derived figures and series
);
CREATE INDEX diagnostic_runs_by_device ON diagnostic_runs(device_id, started);
)sql";

// Provisioning profiles (ProfileRepository): the values and objects as ProfileFormat JSON.
constexpr char kProfiles[] = R"sql(
CREATE TABLE profiles (
    name               TEXT PRIMARY KEY NOT NULL,
    description        TEXT NOT NULL DEFAULT '',
    apply_on_bootstrap INTEGER NOT NULL DEFAULT 0,
    document           TEXT NOT NULL,  -- ProfileFormat JSON
    created            INTEGER NOT NULL,
    updated            INTEGER NOT NULL
);
)sql";

// Followed transfers (TransferRepository): firmware upgrades, backups, restores, logs. No
// foreign key to devices, like soap_log: an autonomous transfer may be recorded for a
// device whose row is still being written.
constexpr char kTransfers[] = R"sql(
CREATE TABLE transfers (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    device_id TEXT NOT NULL,
    kind      TEXT NOT NULL,   -- "firmware", "restore", "backup", "log", ...
    state     TEXT NOT NULL CHECK (state IN ('running', 'succeeded', 'failed')),
    started   INTEGER NOT NULL,
    finished  INTEGER,         -- NULL: still running
    document  TEXT NOT NULL    -- acs::TransferTimeline JSON
);
CREATE INDEX transfers_by_device ON transfers(device_id, kind, started);
)sql";

} // namespace

const QList<Migration> &Schema::migrations()
{
    static const QList<Migration> steps = {
        {"devices, device models and the parameter cache", kDevicesAndParameters},
        {"task queue", kTasks},
        {"SOAP log with retention totals, file server registry", kSoapLogAndFiles},
        {"parameter snapshots", kSnapshots},
        {"diagnostics runs", kDiagnosticRuns},
        {"provisioning profiles", kProfiles},
        {"followed transfers", kTransfers},
    };
    return steps;
}

int Schema::currentVersion()
{
    return int(migrations().size());
}

Result<void> Schema::migrate(SqliteConnection &connection, const QList<Migration> &steps)
{
    const int from = connection.userVersion();
    if (from < 0) {
        return Error{Error::Code::Storage, 0,
                     QCoreApplication::translate("store::Schema",
                                                 "Cannot read the database schema version")};
    }
    if (from > steps.size()) {
        return Error{Error::Code::NewerSchema, 0,
                     QCoreApplication::translate("store::Schema",
                                                 "The database has schema %1, this build "
                                                 "knows %2; it is left untouched")
                             .arg(from)
                             .arg(steps.size())};
    }
    for (int version = from + 1; version <= steps.size(); ++version) {
        const Migration &step = steps.at(version - 1);
        auto applied = connection.transaction([&]() -> Result<void> {
            if (auto r = connection.exec(step.sql); !r) {
                Error e = r.error();
                e.message = QCoreApplication::translate("store::Schema",
                                                        "Upgrading the database to schema %1 "
                                                        "(%2) failed: %3")
                                    .arg(version)
                                    .arg(QString::fromUtf8(step.description), e.message);
                return e;
            }
            // PRAGMA takes no bound parameters; the number is ours, not input.
            const QByteArray bump = "PRAGMA user_version = " + QByteArray::number(version);
            return connection.exec(bump.constData());
        });
        if (!applied)
            return applied;
    }
    return {};
}

} // namespace store
