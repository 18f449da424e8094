#include "sqliteconnection.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

namespace store {

namespace {

// Long enough for an external reader (the sqlite3 shell during debugging, a backup tool)
// to finish; we are the only writer, so this is never waited for in normal operation.
constexpr int kBusyTimeoutMs = 5000;
// SQLite file format §1.3: every database file starts with this 16-byte string.
constexpr char kHeaderMagic[] = "SQLite format 3";
constexpr qint64 kHeaderSize = 100;

// The translation context of the texts below (lupdate reads it from the macro too).
struct TrText {
    Q_DECLARE_TR_FUNCTIONS(store::SqliteConnection)
};

Error::Code codeFor(int rc)
{
    switch (rc & 0xff) {
    case SQLITE_FULL:
        return Error::Code::DiskFull;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Error::Code::Corrupt;
    case SQLITE_CONSTRAINT:
        if (rc == SQLITE_CONSTRAINT_PRIMARYKEY || rc == SQLITE_CONSTRAINT_UNIQUE)
            return Error::Code::Conflict;
        return Error::Code::Storage;
    default:
        return Error::Code::Storage;
    }
}

} // namespace

SqliteConnection::SqliteConnection() = default;

SqliteConnection::~SqliteConnection()
{
    close();
}

Result<void> SqliteConnection::open(const QString &filePath, int knownSchemaVersion)
{
    close();
    const QFileInfo info(filePath);
    const bool existed = info.exists();
    if (existed && info.size() > 0) {
        // Look at the header ourselves first: a file that is not SQLite at all never even
        // reaches sqlite3_open, so nothing (not even a -journal) can appear beside it.
        QFile file(filePath);
        if (!file.open(QIODevice::ReadOnly)) {
            return Error{Error::Code::Io, 0,
                         TrText::tr("Cannot read the workspace database %1: %2")
                                 .arg(QDir::toNativeSeparators(filePath), file.errorString())};
        }
        const QByteArray header = file.read(kHeaderSize);
        if (header.size() < kHeaderSize || !header.startsWith(QByteArray(kHeaderMagic, 16))) {
            return Error{Error::Code::Corrupt, SQLITE_NOTADB,
                         TrText::tr("%1 is not a CWMP Workbench database (or it is damaged); it is "
                            "left untouched")
                                 .arg(QDir::toNativeSeparators(filePath))};
        }
    }

    const int flags = SQLITE_OPEN_READWRITE | (existed ? 0 : SQLITE_OPEN_CREATE)
            | SQLITE_OPEN_NOMUTEX; // one thread uses the connection: no mutex needed
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(filePath.toUtf8().constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString why = QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
        sqlite3_close(db);
        return Error{codeFor(rc), rc,
                     TrText::tr("Cannot open the workspace database %1: %2")
                             .arg(QDir::toNativeSeparators(filePath), why)};
    }
    m_db = db;
    m_filePath = filePath;
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, kBusyTimeoutMs);

    if (existed) {
        const QString wal = filePath + QLatin1String("-wal");
        const QString shm = filePath + QLatin1String("-shm");
        const bool hadWal = QFile::exists(wal);
        const bool hadShm = QFile::exists(shm);
        if (auto inspected = inspectExistingFile(knownSchemaVersion); !inspected) {
            close();
            // Reading a WAL-mode file creates its (empty) -wal and -shm; a refused file
            // is left as we found it, so remove what we created — never a -wal with data.
            if (!hadWal && QFileInfo(wal).size() == 0)
                QFile::remove(wal);
            if (!hadShm)
                QFile::remove(shm);
            return inspected;
        }
    }
    if (auto configured = configure(); !configured) {
        close();
        return configured;
    }
    return {};
}

Result<void> SqliteConnection::inspectExistingFile(int knownSchemaVersion)
{
    // Until the file has passed, nothing may write to it: query_only blocks our own
    // writes, and NO_CKPT_ON_CLOSE stops close() from checkpointing a leftover WAL into
    // the main file (that would change its bytes even though its content is the same).
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    if (auto r = exec("PRAGMA query_only = 1"); !r)
        return r;

    const QString path = QDir::toNativeSeparators(m_filePath);
    auto version = pragmaText("PRAGMA user_version");
    if (!version) {
        Error e = version.error();
        if (e.code == Error::Code::Corrupt) {
            e.message = TrText::tr("%1 is not a CWMP Workbench database (or it is damaged); it is "
                           "left untouched")
                                .arg(path);
        }
        return e;
    }
    const int found = version.value().toInt();
    if (found > knownSchemaVersion) {
        return Error{Error::Code::NewerSchema, 0,
                     TrText::tr("%1 was written by a newer CWMP Workbench (schema %2, this build "
                        "knows %3); it is left untouched")
                             .arg(path)
                             .arg(found)
                             .arg(knownSchemaVersion)};
    }

    // quick_check reads every page (O(size)) but skips the index cross-checks of
    // integrity_check; it finds truncated files and damaged b-trees before we write.
    auto check = pragmaText("PRAGMA quick_check(1)");
    if (!check || check.value() != QLatin1String("ok")) {
        const QString detail = check ? check.value() : check.error().message;
        return Error{Error::Code::Corrupt, check ? SQLITE_CORRUPT : check.error().sqliteCode,
                     TrText::tr("%1 is damaged (%2); it is left untouched").arg(path, detail)};
    }

    if (auto r = exec("PRAGMA query_only = 0"); !r)
        return r;
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 0, nullptr);
    return {};
}

Result<void> SqliteConnection::configure()
{
    // WAL: readers never block the writer, and a commit is one append to the -wal file;
    // with synchronous=NORMAL a commit survives a process crash (kill -9), and only an OS
    // crash or power loss can lose the last commits — never corrupt the file.
    auto mode = pragmaText("PRAGMA journal_mode = WAL");
    if (!mode)
        return mode.error();
    if (mode.value().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        return Error{Error::Code::Storage, 0,
                     TrText::tr("The workspace database %1 cannot use write-ahead logging (journal "
                        "mode is %2)")
                             .arg(QDir::toNativeSeparators(m_filePath), mode.value())};
    }
    if (auto r = exec("PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON"); !r)
        return r;
    return {};
}

void SqliteConnection::close()
{
    m_cache.clear(); // statements must be finalized before sqlite3_close succeeds
    if (m_db) {
        sqlite3_close(m_db);
        m_db = nullptr;
    }
}

Result<void> SqliteConnection::exec(const char *sql)
{
    if (!m_db)
        return Error{Error::Code::NotOpen, 0, TrText::tr("No workspace database is open")};
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return error(rc, QString::fromUtf8(sql));
    return {};
}

SqliteStatement *SqliteConnection::cached(const char *sql, Error *error)
{
    if (!m_db) {
        *error = Error{Error::Code::NotOpen, 0, TrText::tr("No workspace database is open")};
        return nullptr;
    }
    const QByteArray key = QByteArray::fromRawData(sql, qstrlen(sql));
    if (auto it = m_cache.find(key); it != m_cache.end()) {
        it->second->reset();
        return it->second.get();
    }
    sqlite3_stmt *statement = nullptr;
    const int rc = sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &statement,
                                      nullptr);
    if (rc != SQLITE_OK) {
        *error = this->error(rc, QString::fromUtf8(sql));
        return nullptr;
    }
    auto owned = std::make_unique<SqliteStatement>(m_db, statement);
    SqliteStatement *raw = owned.get();
    m_cache.emplace(QByteArray(sql), std::move(owned)); // deep copy: the key outlives sql
    return raw;
}

void SqliteConnection::resetCachedStatements()
{
    for (const auto &[sql, statement] : m_cache)
        statement->reset();
}

Result<std::shared_ptr<SqliteStatement>> SqliteConnection::prepare(const QByteArray &sql)
{
    if (!m_db)
        return Error{Error::Code::NotOpen, 0, TrText::tr("No workspace database is open")};
    sqlite3_stmt *statement = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, sql.constData(), int(sql.size()), &statement,
                                      nullptr);
    if (rc != SQLITE_OK)
        return error(rc, QString::fromUtf8(sql));
    return std::make_shared<SqliteStatement>(m_db, statement);
}

void SqliteConnection::rollback()
{
    if (inTransaction())
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
}

bool SqliteConnection::inTransaction() const
{
    return m_db && sqlite3_get_autocommit(m_db) == 0;
}

Error SqliteConnection::error(int rc, const QString &context) const
{
    const QString why = QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc));
    const Error::Code code = codeFor(rc);
    QString message;
    switch (code) {
    case Error::Code::DiskFull:
        message = TrText::tr("The disk holding the workspace database is full; the change was not "
                     "saved (%1)")
                          .arg(why);
        break;
    case Error::Code::Corrupt:
        message = TrText::tr("The workspace database is damaged (%1)").arg(why);
        break;
    default:
        message = TrText::tr("Database error: %1 (in: %2)").arg(why, context.simplified().left(120));
        break;
    }
    return Error{code, rc, message};
}

Error SqliteConnection::stepError(int rc, const SqliteStatement &statement) const
{
    return error(rc, QString::fromUtf8(statement.sql()));
}

Result<void> SqliteConnection::execute(SqliteStatement &statement)
{
    const int rc = statement.step();
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        return stepError(rc, statement);
    return {};
}

Result<void> SqliteConnection::executeOnRow(SqliteStatement &statement, const Error &missing)
{
    if (auto done = execute(statement); !done)
        return done;
    if (changes() == 0)
        return missing;
    return {};
}

Result<bool> SqliteConnection::nextRow(SqliteStatement &statement)
{
    const int rc = statement.step();
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return stepError(rc, statement);
}

Result<QString> SqliteConnection::pragmaText(const char *sql)
{
    auto prepared = prepare(QByteArray(sql));
    if (!prepared)
        return prepared.error();
    SqliteStatement &statement = *prepared.value();
    const int rc = statement.step();
    if (rc == SQLITE_ROW)
        return statement.text(0);
    if (rc == SQLITE_DONE)
        return QString();
    return error(rc, QString::fromUtf8(sql));
}

int SqliteConnection::userVersion()
{
    auto version = pragmaText("PRAGMA user_version");
    return version ? version.value().toInt() : -1;
}

qint64 SqliteConnection::changes() const
{
    return m_db ? sqlite3_changes64(m_db) : 0;
}

qint64 SqliteConnection::lastInsertRowId() const
{
    return m_db ? sqlite3_last_insert_rowid(m_db) : 0;
}

} // namespace store
