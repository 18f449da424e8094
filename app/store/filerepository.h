#pragma once

#include "registeredfile.h"
#include "result.h"

#include <QFuture>
#include <QList>

namespace store {

class Database;

// The registry of files served to CPEs.
class FileRepository
{
public:
    explicit FileRepository(Database &database);

    // Conflict when the name is taken.
    QFuture<Result<RegisteredFile>> add(const RegisteredFile &file);
    QFuture<Result<std::optional<RegisteredFile>>> get(const QString &name);
    // Sorted by name.
    QFuture<Result<QList<RegisteredFile>>> list();
    // NotFound when absent. The file on disk is the caller's to delete.
    QFuture<Result<void>> remove(const QString &name);

private:
    Database &m_database;
};

} // namespace store
