#include "database.h"

#include "databaseworker.h"
#include "schema.h"
#include "sqliteconnection.h"

#include <QCoreApplication>
#include <QDir>

namespace store {

namespace {

constexpr char kFileName[] = "workbench.sqlite";

} // namespace

Database::Database(QObject *parent)
    : QObject(parent),
      m_worker(std::make_unique<DatabaseWorker>([this](const Error &error) {
          Q_EMIT failed(error.message);
      }))
{
    m_worker->start();
}

Database::~Database()
{
    m_worker->shutdown();
}

QString Database::fileName()
{
    return QString::fromLatin1(kFileName);
}

QString Database::filePathFor(const QString &workspaceDir)
{
    return QDir(workspaceDir).filePath(fileName());
}

int Database::schemaVersion()
{
    return Schema::currentVersion();
}

QFuture<Result<void>> Database::open(const QString &workspaceDir)
{
    return submit([workspaceDir](SqliteConnection &connection) -> Result<void> {
        if (!QDir().mkpath(workspaceDir)) {
            return Error{Error::Code::Io, 0,
                         QCoreApplication::translate("store::Database",
                                                     "Cannot create the workspace folder %1")
                                 .arg(QDir::toNativeSeparators(workspaceDir))};
        }
        const QString path = filePathFor(workspaceDir);
        if (auto opened = connection.open(path, Schema::currentVersion()); !opened)
            return opened;
        if (auto migrated = Schema::migrate(connection); !migrated) {
            connection.close();
            return migrated;
        }
        return {};
    });
}

QFuture<Result<void>> Database::close()
{
    return submit([](SqliteConnection &connection) -> Result<void> {
        if (!connection.isOpen())
            return {};
        // TRUNCATE leaves a zero-length -wal: the folder can be copied as one file.
        connection.exec("PRAGMA wal_checkpoint(TRUNCATE)");
        connection.close();
        return {};
    });
}

void Database::enqueueJob(std::unique_ptr<DatabaseJob> job)
{
    m_worker->enqueue(std::move(job));
}

} // namespace store
