#include "profilerepository.h"

#include "database.h"
#include "profileformat.h"
#include "sqliteconnection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>

#include <sqlite3.h>

namespace store {

namespace {

constexpr char kSelectCreated[] = "SELECT created FROM profiles WHERE name = ?1";
constexpr char kUpsert[] = "INSERT OR REPLACE INTO profiles (name, description, apply_on_bootstrap, document, created, updated) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
constexpr char kList[] = "SELECT document, created, updated FROM profiles ORDER BY name";
constexpr char kGet[] = "SELECT document, created, updated FROM profiles WHERE name = ?1";
constexpr char kRemove[] = "DELETE FROM profiles WHERE name = ?1";

// The translation context of the texts below (lupdate reads it from the macro too).
struct TrText {
    Q_DECLARE_TR_FUNCTIONS(store::ProfileRepository)
};

Result<Profile> readRow(const SqliteStatement &row)
{
    QString why;
    auto p = ProfileFormat::fromBytes(row.text(0).toUtf8(), &why);
    if (!p)
        return Error{Error::Code::Corrupt, 0, TrText::tr("A stored profile cannot be read: %1").arg(why)};
    p->createdMs = row.int64(1);
    p->updatedMs = row.int64(2);
    return *p;
}

} // namespace

ProfileRepository::ProfileRepository(Database &database) : m_database(database) { }

QFuture<Result<Profile>> ProfileRepository::save(const Profile &profile, const QString &previousName)
{
    return m_database.submit([profile, previousName](SqliteConnection &c) -> Result<Profile> {
        // Round-trip through the format: what is stored is exactly what an import accepts.
        QString why;
        auto checked = ProfileFormat::fromJson(ProfileFormat::toJson(profile), &why);
        if (!checked)
            return Error{Error::Code::InvalidArgument, 0, why};
        return c.transaction([&]() -> Result<Profile> {
            Profile stored = *checked;
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            stored.createdMs = now;
            stored.updatedMs = now;
            Error error;
            for (const QString &name : {stored.name, previousName}) {
                if (name.isEmpty())
                    continue;
                SqliteStatement *st = c.cached(kSelectCreated, &error);
                if (!st)
                    return error;
                st->bind(1, name);
                const int rc = st->step();
                if (rc == SQLITE_ROW) {
                    stored.createdMs = st->int64(0);
                    break;
                }
                if (rc != SQLITE_DONE)
                    return c.stepError(rc, *st);
            }
            if (!previousName.isEmpty() && previousName != stored.name) {
                SqliteStatement *st = c.cached(kRemove, &error);
                if (!st)
                    return error;
                st->bind(1, previousName);
                if (auto done = c.execute(*st); !done)
                    return done.error();
            }
            SqliteStatement *st = c.cached(kUpsert, &error);
            if (!st)
                return error;
            st->bind(1, stored.name);
            st->bind(2, stored.description);
            st->bind(3, qint64(stored.applyOnBootstrap ? 1 : 0));
            st->bind(4, QString::fromUtf8(QJsonDocument(ProfileFormat::toJson(stored)).toJson(QJsonDocument::Compact)));
            st->bind(5, stored.createdMs);
            st->bind(6, stored.updatedMs);
            if (auto done = c.execute(*st); !done)
                return done.error();
            return stored;
        });
    });
}

QFuture<Result<QList<Profile>>> ProfileRepository::list()
{
    return m_database.submit([](SqliteConnection &c) -> Result<QList<Profile>> {
        Error error;
        SqliteStatement *st = c.cached(kList, &error);
        if (!st)
            return error;
        QList<Profile> out;
        int rc;
        while ((rc = st->step()) == SQLITE_ROW) {
            auto p = readRow(*st);
            if (!p)
                return p.error();
            out.append(p.value());
        }
        if (rc != SQLITE_DONE)
            return c.stepError(rc, *st);
        return out;
    });
}

QFuture<Result<Profile>> ProfileRepository::get(const QString &name)
{
    return m_database.submit([name](SqliteConnection &c) -> Result<Profile> {
        Error error;
        SqliteStatement *st = c.cached(kGet, &error);
        if (!st)
            return error;
        st->bind(1, name);
        return c.readRow<Profile>(*st, readRow, Error{Error::Code::NotFound, 0, TrText::tr("No profile named '%1'").arg(name)});
    });
}

QFuture<Result<void>> ProfileRepository::remove(const QString &name)
{
    return m_database.submit([name](SqliteConnection &c) -> Result<void> {
        Error error;
        SqliteStatement *st = c.cached(kRemove, &error);
        if (!st)
            return error;
        st->bind(1, name);
        return c.executeOnRow(*st, Error{Error::Code::NotFound, 0, TrText::tr("No profile named '%1'").arg(name)});
    });
}

} // namespace store
