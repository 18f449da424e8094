#include "workspace.h"

#include "acsengine.h"
#include "fileserver.h"
#include "secrets.h"
#include "storepersistence.h"

#include <store/database.h>
#include <store/devicerepository.h>
#include <store/filerepository.h>
#include <store/parameterrepository.h>
#include <store/taskrepository.h>

#include <QDir>
#include <QSettings>

namespace acs {


// The database and the persistence exist from construction, before open(): the engine
// takes its persistence in its constructor, and the composition root builds the engine
// before the workspace is open (it is what open() loads into). Jobs queued after open()
// run after it on the store's one worker thread, so nothing is written to a closed file.
Workspace::Workspace(QObject *parent)
    : QObject(parent),
      m_database(std::make_unique<store::Database>()),
      m_persistence(std::make_unique<StorePersistence>(*m_database))
{
}

Workspace::~Workspace() = default;

QString Workspace::filesDirectory() const
{
    return QDir(m_dir).filePath(QStringLiteral("files"));
}

QString Workspace::uploadsDirectory() const
{
    return QDir(m_dir).filePath(QStringLiteral("uploads"));
}

QString Workspace::tlsDirectory() const
{
    return QDir(m_dir).filePath(QStringLiteral("tls"));
}

EnginePersistence *Workspace::persistence()
{
    return m_persistence.get();
}

GeneratedCredentials Workspace::credentials()
{
    QSettings ini(QDir(m_dir).filePath(QStringLiteral("workspace.ini")), QSettings::IniFormat);
    GeneratedCredentials c;
    c.cpeUsername = ini.value(QStringLiteral("cpe/username")).toString();
    c.cpePassword = ini.value(QStringLiteral("cpe/password")).toString();
    c.crUsername = ini.value(QStringLiteral("connectionRequest/username")).toString();
    c.crPassword = ini.value(QStringLiteral("connectionRequest/password")).toString();
    if (c.cpeUsername.isEmpty()) {
        c.cpeUsername = QStringLiteral("cpe");
        c.cpePassword = randomSecret(12);
        c.crUsername = QStringLiteral("acs");
        c.crPassword = randomSecret(12);
        ini.setValue(QStringLiteral("cpe/username"), c.cpeUsername);
        ini.setValue(QStringLiteral("cpe/password"), c.cpePassword);
        ini.setValue(QStringLiteral("connectionRequest/username"), c.crUsername);
        ini.setValue(QStringLiteral("connectionRequest/password"), c.crPassword);
        ini.sync();
        QFile::setPermissions(ini.fileName(), QFile::ReadOwner | QFile::WriteOwner);
    }
    return c;
}

void Workspace::open(const QString &dir, AcsEngine &engine, FileServer &files, std::function<void(bool, QString)> done)
{
    // done() always runs from the event loop, never inside open(). QFuture::then(this, ...)
    // calls a continuation at once, on this thread, when the store answered before then()
    // was attached (Qt 6.4 invokes it with AutoConnection); a caller that quits its event
    // loop in done() before exec() then waited forever (cwmp-workbench --headless on a
    // damaged database or a folder below a file hung instead of exiting, about one start
    // in ten for the database).
    auto finish = [this, done = std::move(done)](bool ok, const QString &error) {
        QMetaObject::invokeMethod(this, [done, ok, error] { done(ok, error); }, Qt::QueuedConnection);
    };
    m_dir = QDir(dir).absolutePath();
    if (!QDir().mkpath(m_dir)) {
        finish(false, tr("cannot create the workspace folder %1").arg(m_dir));
        return;
    }
    QDir().mkpath(filesDirectory());
    QDir().mkpath(uploadsDirectory());
    m_database->open(m_dir).then(this, [this, &engine, &files, finish](const store::Result<void> &result) {
        if (!result.ok()) {
            finish(false, result.error().message);
            return;
        }
        load(engine, files, finish);
    });
}

void Workspace::load(AcsEngine &engine, FileServer &files, std::function<void(bool, QString)> done)
{
    auto devices = std::make_shared<store::DeviceRepository>(*m_database);
    auto parameters = std::make_shared<store::ParameterRepository>(*m_database);
    auto tasks = std::make_shared<store::TaskRepository>(*m_database);
    auto fileRepo = std::make_shared<store::FileRepository>(*m_database);

    devices->list().then(this, [=, this, &engine, &files](const store::Result<QList<store::Device>> &list) {
        if (!list.ok()) {
            done(false, list.error().message);
            return;
        }
        // Each device's cache and model strategy, then the tasks and files: one chain of
        // jobs on the store's thread, with results handed back here.
        auto remaining = std::make_shared<int>(int(list.value().size()));
        auto finish = [=, this, &engine, &files] {
            tasks->listAll().then(this, [=, this, &engine, &files](const store::Result<QList<store::Task>> &all) {
                if (!all.ok()) {
                    done(false, all.error().message);
                    return;
                }
                QList<Task> restored;
                for (const store::Task &t : all.value())
                    restored.append(StorePersistence::fromStore(t));
                engine.tasks().restore(restored);
                fileRepo->list().then(this, [=, this, &files](const store::Result<QList<store::RegisteredFile>> &fl) {
                    if (fl.ok()) {
                        QList<ServedFile> served;
                        for (const auto &f : fl.value())
                            served.append(ServedFile{f.name, f.path, f.size, f.sha256.toLatin1(), f.fileType,
                                                     f.oui.value_or(QString()), f.productClass.value_or(QString()),
                                                     f.version.value_or(QString()), f.addedMs});
                        files.setFiles(served);
                    }
                    m_open = true;
                    done(true, QString());
                });
            });
        };
        if (*remaining == 0) {
            finish();
            return;
        }
        for (const store::Device &d : list.value()) {
            std::shared_ptr<DeviceRecord> record(StorePersistence::fromStore(d).release());
            parameters->subtree(record->id, QString())
                .then(this, [=, this, &engine](const store::Result<QList<store::ParameterRecord>> &rows) {
                    if (rows.ok()) {
                        for (const store::ParameterRecord &r : rows.value()) {
                            if (r.value)
                                record->parameters.setValue(r.path, *r.value, r.type, r.readAtMs);
                            if (r.writable)
                                record->parameters.setWritable(r.path, *r.writable);
                            if (r.notification)
                                record->parameters.setAttributes(r.path, *r.notification, r.accessList.value_or(QStringList()));
                        }
                    }
                    devices->refreshStrategy(d.oui, d.productClass)
                        .then(this, [=, &engine](const store::Result<std::optional<QString>> &strategy) {
                            if (strategy.ok() && strategy.value())
                                engine.devices().restoreStrategy(modelKeyFor(record->deviceId), *strategy.value());
                            engine.devices().restore(std::make_unique<DeviceRecord>(std::move(*record)));
                            if (--*remaining == 0)
                                finish();
                        });
                });
        }
    });
}

} // namespace acs
