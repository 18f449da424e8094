#pragma once

// A workspace folder: the SQLite database, the settings the ACS generated for itself
// (credentials), the served files, received uploads and TLS material. Opening one loads
// what an earlier run left (devices, caches, queued tasks, files) into the engine.

#include "enginepersistence.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace store {
class Database;
}

namespace acs {

class AcsEngine;
class FileServer;
class StorePersistence;

struct GeneratedCredentials {
    QString cpeUsername;
    QString cpePassword;
    QString crUsername;
    QString crPassword;
};

class Workspace : public QObject
{
    Q_OBJECT

public:
    explicit Workspace(QObject *parent = nullptr);
    ~Workspace() override;

    // Opens (or creates) the folder and its database, then loads it into the engine and
    // the file server. done(ok, error) follows on this thread, from its event loop (never
    // inside open()); a corrupt or newer database is refused with a plain-words reason and
    // left untouched.
    void open(const QString &dir, AcsEngine &engine, FileServer &files, std::function<void(bool, QString)> done);
    bool isOpen() const { return m_open; }
    QString directory() const { return m_dir; }
    QString filesDirectory() const;
    QString uploadsDirectory() const;
    QString tlsDirectory() const;
    store::Database &database() { return *m_database; }
    // Valid from construction (writes queue behind open()): pass it to the AcsEngine's
    // constructor, then open() the workspace into that engine.
    EnginePersistence *persistence();

    // Authentication is on by default: credentials are generated on first use and kept
    // in the workspace, so that a device configured once keeps working.
    GeneratedCredentials credentials();

private:
    void load(AcsEngine &engine, FileServer &files, std::function<void(bool, QString)> done);

    QString m_dir;
    bool m_open = false;
    std::unique_ptr<store::Database> m_database;
    std::unique_ptr<StorePersistence> m_persistence;
};

} // namespace acs
