#include "filerepository.h"

#include "database.h"
#include "sqliteconnection.h"

#include <QCoreApplication>
#include <QDateTime>

#include <sqlite3.h>

namespace store {

namespace {

#define FILE_COLUMNS "name, file_type, size, sha256, path, oui, product_class, version, added"

constexpr char kInsert[] = "INSERT INTO files (" FILE_COLUMNS ") "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)";
constexpr char kGet[] = "SELECT " FILE_COLUMNS " FROM files WHERE name = ?1";
constexpr char kList[] = "SELECT " FILE_COLUMNS " FROM files ORDER BY name";
constexpr char kRemove[] = "DELETE FROM files WHERE name = ?1";

// The translation context of the texts below (lupdate reads it from the macro too).
struct TrText {
    Q_DECLARE_TR_FUNCTIONS(store::FileRepository)
};

RegisteredFile readFile(const SqliteStatement &row)
{
    RegisteredFile f;
    f.name = row.text(0);
    f.fileType = row.text(1);
    f.size = row.int64(2);
    f.sha256 = row.text(3);
    f.path = row.text(4);
    f.oui = row.optionalText(5);
    f.productClass = row.optionalText(6);
    f.version = row.optionalText(7);
    f.addedMs = row.int64(8);
    return f;
}

} // namespace

FileRepository::FileRepository(Database &database) : m_database(database) { }

QFuture<Result<RegisteredFile>> FileRepository::add(const RegisteredFile &file)
{
    return m_database.submit([file](SqliteConnection &c) -> Result<RegisteredFile> {
        if (file.name.isEmpty()) {
            return Error{Error::Code::InvalidArgument, 0, TrText::tr("A served file needs a name")};
        }
        RegisteredFile stored = file;
        stored.sha256 = file.sha256.toLower();
        if (stored.addedMs == 0)
            stored.addedMs = QDateTime::currentMSecsSinceEpoch();
        Error error;
        SqliteStatement *st = c.cached(kInsert, &error);
        if (!st)
            return error;
        st->bind(1, stored.name);
        st->bind(2, stored.fileType);
        st->bind(3, stored.size);
        st->bind(4, stored.sha256);
        st->bind(5, stored.path);
        st->bind(6, stored.oui);
        st->bind(7, stored.productClass);
        st->bind(8, stored.version);
        st->bind(9, stored.addedMs);
        if (auto done = c.execute(*st); !done) {
            Error e = done.error();
            if (e.code == Error::Code::Conflict)
                e.message = TrText::tr("A file named %1 is already registered").arg(stored.name);
            return e;
        }
        return stored;
    });
}

QFuture<Result<std::optional<RegisteredFile>>> FileRepository::get(const QString &name)
{
    return m_database.submit([name](SqliteConnection &c) -> Result<std::optional<RegisteredFile>> {
        Error error;
        SqliteStatement *st = c.cached(kGet, &error);
        if (!st)
            return error;
        st->bind(1, name);
        const int rc = st->step();
        if (rc == SQLITE_ROW)
            return std::optional<RegisteredFile>(readFile(*st));
        if (rc == SQLITE_DONE)
            return std::optional<RegisteredFile>();
        return c.stepError(rc, *st);
    });
}

QFuture<Result<QList<RegisteredFile>>> FileRepository::list()
{
    return m_database.submit([](SqliteConnection &c) -> Result<QList<RegisteredFile>> {
        Error error;
        SqliteStatement *st = c.cached(kList, &error);
        if (!st)
            return error;
        return c.readRows<RegisteredFile>(*st, readFile);
    });
}

QFuture<Result<void>> FileRepository::remove(const QString &name)
{
    return m_database.submit([name](SqliteConnection &c) -> Result<void> {
        Error error;
        SqliteStatement *st = c.cached(kRemove, &error);
        if (!st)
            return error;
        st->bind(1, name);
        return c.executeOnRow(*st, Error{Error::Code::NotFound, 0, TrText::tr("No file named %1").arg(name)});
    });
}

} // namespace store
