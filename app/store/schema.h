#pragma once

#include "result.h"

#include <QList>

namespace store {

class SqliteConnection;

// One step of the schema history. Steps are never edited once released: a change is a
// new step appended to the list, so every older file walks the same path forward.
struct Migration
{
    const char *description;
    const char *sql;
};

// The schema, versioned through PRAGMA user_version (= the number of steps applied).
class Schema
{
public:
    static const QList<Migration> &migrations();
    static int currentVersion();
    // Applies the steps above the file's user_version in order, each in its own
    // transaction together with its user_version bump, so a failed step leaves the file
    // at the previous version. `steps` is a parameter for the tests.
    static Result<void> migrate(SqliteConnection &connection,
                                const QList<Migration> &steps = migrations());
};

} // namespace store
