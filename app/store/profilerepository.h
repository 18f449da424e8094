#pragma once

#include "profile.h"
#include "result.h"

#include <QFuture>

namespace store {

class Database;

// Provisioning profiles by name. Each row keeps the profile's values and objects as the
// JSON of ProfileFormat: profiles are small, read whole, and never queried by value.
class ProfileRepository
{
public:
    explicit ProfileRepository(Database &database);

    // Inserts or replaces the profile of that name; returns it with its times set.
    // previousName: the name it had before an edit renamed it (removed in the same
    // transaction); empty for a new profile.
    QFuture<Result<Profile>> save(const Profile &profile, const QString &previousName = {});
    // All profiles, whole, by name.
    QFuture<Result<QList<Profile>>> list();
    // NotFound when absent.
    QFuture<Result<Profile>> get(const QString &name);
    QFuture<Result<void>> remove(const QString &name);

private:
    Database &m_database;
};

} // namespace store
