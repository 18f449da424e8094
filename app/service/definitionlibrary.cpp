#include "definitionlibrary.h"

#include <acs/acsengine.h>
#include <acs/parametercache.h>

#include <datamodel/modelcache.h>
#include <datamodel/modelmatcher.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

namespace service {

namespace {

constexpr auto kLibraryFile = "library.json";

QStringList xmlFilesIn(const QString &folder)
{
    QStringList out;
    const QDir dir(folder);
    for (const QString &name : dir.entryList({QStringLiteral("*.xml")}, QDir::Files | QDir::Readable, QDir::Name))
        out.append(QDir::cleanPath(dir.absoluteFilePath(name)));
    return out;
}

} // namespace

struct DefinitionLibrary::Job {
    std::atomic<bool> cancelled{false};
    bool remember = false;
};

struct DefinitionLibrary::FileResult {
    QString file;
    QString error;
    QList<datamodel::DataModel> models;
    QStringList sourceFiles;
};

DefinitionLibrary::DefinitionLibrary(acs::AcsEngine *engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
{
    m_pool.setMaxThreadCount(1);
}

DefinitionLibrary::~DefinitionLibrary()
{
    cancelImport();
    m_pool.waitForDone(); // a file being read is finished; its result is dropped with us
}

void DefinitionLibrary::open(const QString &workspaceDir, const QString &libraryFolder)
{
    m_dir = QDir(workspaceDir).filePath(QStringLiteral("datamodels"));
    QDir().mkpath(QDir(m_dir).filePath(QStringLiteral("cache")));
    m_libraryFolder = libraryFolder;
    load();
    QStringList files = m_files;
    if (!m_libraryFolder.isEmpty())
        files += xmlFilesIn(m_libraryFolder);
    files.removeDuplicates();
    if (!files.isEmpty())
        start(files, false);
}

void DefinitionLibrary::setLibraryFolder(const QString &folder)
{
    if (folder == m_libraryFolder)
        return;
    m_libraryFolder = folder;
    if (!isOpen() || folder.isEmpty())
        return;
    if (isImporting())
        m_folderScanPending = true; // after the running job (open() runs one at startup)
    else
        start(xmlFilesIn(folder), false);
}

bool DefinitionLibrary::importPath(const QString &path, QString *why)
{
    const auto refuse = [why](const QString &reason) {
        if (why)
            *why = reason;
        return false;
    };
    if (!isOpen())
        return refuse(tr("No workspace is open."));
    if (isImporting())
        return refuse(tr("An import is already running."));
    const QFileInfo info(path);
    if (!info.isAbsolute())
        return refuse(tr("%1 is not an absolute path.").arg(path));
    if (!info.exists())
        return refuse(tr("%1 does not exist.").arg(path));
    const QStringList files = info.isDir() ? xmlFilesIn(path) : QStringList{QDir::cleanPath(info.absoluteFilePath())};
    if (files.isEmpty())
        return refuse(tr("%1 holds no .xml files.").arg(path));
    start(files, true);
    return true;
}

void DefinitionLibrary::cancelImport()
{
    if (m_job)
        m_job->cancelled = true;
}

void DefinitionLibrary::start(const QStringList &files, bool remember)
{
    auto job = std::make_shared<Job>();
    job->remember = remember;
    m_job = job;
    QStringList caches;
    for (const QString &f : files)
        caches.append(cacheFileFor(f));
    const QStringList folders = m_libraryFolder.isEmpty() ? QStringList() : QStringList{m_libraryFolder};
    // The worker only reads its copies; results come back queued to this object, and the
    // destructor waits for the pool, so `this` outlives the task.
    m_pool.start([this, job, files, caches, folders] {
        QList<FileResult> results;
        for (qsizetype i = 0; i < files.size() && !job->cancelled; ++i) {
            QMetaObject::invokeMethod(this, [this, i, n = files.size(), f = files.at(i)] {
                Q_EMIT importProgress(int(i), int(n), f);
            }, Qt::QueuedConnection);
            const datamodel::ImportResult r = datamodel::ModelCache::importCached(files.at(i), caches.at(i), folders);
            FileResult out{files.at(i), r.ok() ? QString() : r.error.toString(), r.models, r.sourceFiles};
            results.append(out);
        }
        QMetaObject::invokeMethod(this, [this, job, results] { finish(job, results); }, Qt::QueuedConnection);
    });
}

void DefinitionLibrary::finish(const std::shared_ptr<Job> &job, const QList<FileResult> &results)
{
    m_job.reset();
    QStringList failures;
    int imported = 0;
    for (const FileResult &r : results) {
        if (!r.error.isEmpty()) {
            failures.append(r.error);
            continue;
        }
        for (const datamodel::DataModel &m : r.models) {
            m_models.insert(m.name(), ModelInfo{m, r.sourceFiles});
            ++imported;
        }
        if (job->remember && !r.models.isEmpty() && !m_files.contains(r.file))
            m_files.append(r.file);
    }
    if (job->remember)
        save();
    if (imported > 0)
        Q_EMIT modelsChanged();
    if (m_folderScanPending) {
        m_folderScanPending = false;
        if (!m_libraryFolder.isEmpty())
            start(xmlFilesIn(m_libraryFolder), false);
    }
    if (job->cancelled) {
        Q_EMIT importFinished(false, tr("The import was cancelled; models imported: %1.").arg(imported));
        return;
    }
    const QString message = failures.isEmpty()
                                ? tr("Models imported: %1.").arg(imported)
                                : tr("Models imported: %1. Files that could not be read: %2. %3")
                                      .arg(imported)
                                      .arg(failures.size())
                                      .arg(failures.join(QLatin1String("; ")));
    Q_EMIT importFinished(imported > 0 || failures.isEmpty(), message);
}

QList<DefinitionLibrary::ModelInfo> DefinitionLibrary::models() const
{
    QList<ModelInfo> out = m_models.values();
    std::sort(out.begin(), out.end(), [](const ModelInfo &a, const ModelInfo &b) { return a.model.name() < b.model.name(); });
    return out;
}

std::optional<datamodel::DataModel> DefinitionLibrary::model(const QString &key) const
{
    const auto it = m_models.constFind(key);
    return it == m_models.cend() ? std::nullopt : std::optional<datamodel::DataModel>(it->model);
}

QList<datamodel::DataModel> DefinitionLibrary::vendorModels() const
{
    QList<datamodel::DataModel> out;
    for (const ModelInfo &info : m_models) {
        if (info.model.name().startsWith(QLatin1String("X_")))
            out.append(info.model);
    }
    return out;
}

DefinitionLibrary::DeviceModel DefinitionLibrary::modelFor(const QString &deviceId) const
{
    DeviceModel out;
    out.overrideKey = m_overrides.value(deviceId);
    const acs::DeviceRecord *device = m_engine ? m_engine->devices().find(deviceId) : nullptr;
    out.deviceKnown = device != nullptr;
    if (!out.overrideKey.isEmpty() && m_models.contains(out.overrideKey)) {
        out.modelKey = out.overrideKey;
        out.reason = tr("%1 was chosen for this device").arg(out.overrideKey);
        return out;
    }
    if (!device) {
        out.reason = tr("the device is unknown");
        return out;
    }
    // Only what the announcement reads, not the whole tree.
    QMap<QString, QString> announced;
    const acs::ParameterCache::Map &entries = device->parameters.entries();
    if (!entries.isEmpty())
        announced.insert(entries.firstKey(), entries.first().value);
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
        const QString &path = it.key();
        if (path.endsWith(QLatin1String(".RootDataModelVersion")) || path.endsWith(QLatin1String(".DeviceSummary"))
            || (path.startsWith(QLatin1String("Device.DeviceInfo.SupportedDataModel.")) && path.endsWith(QLatin1String(".URN"))))
            announced.insert(path, it->value);
    }
    QList<datamodel::DataModel> candidates;
    for (const ModelInfo &info : models())
        candidates.append(info.model);
    const datamodel::ModelMatcher::Match match =
        datamodel::ModelMatcher::bestMatch(candidates, datamodel::DeviceAnnouncement::fromParameters(announced));
    out.reason = match.reason;
    if (match.index >= 0)
        out.modelKey = candidates.at(match.index).name();
    return out;
}

void DefinitionLibrary::setOverride(const QString &deviceId, const QString &modelKey)
{
    if (m_overrides.value(deviceId) == modelKey)
        return;
    if (modelKey.isEmpty())
        m_overrides.remove(deviceId);
    else
        m_overrides.insert(deviceId, modelKey);
    save();
    Q_EMIT modelsChanged();
}

datamodel::DeviceTree DefinitionLibrary::treeOf(const acs::ParameterCache &cache)
{
    datamodel::DeviceTree tree;
    for (auto it = cache.entries().cbegin(); it != cache.entries().cend(); ++it)
        tree.insert(it.key(), datamodel::DeviceNode{it->value, it->type, it->writable, it->readAtMs > 0});
    return tree;
}

std::optional<datamodel::ConformanceReport> DefinitionLibrary::checkDevice(const QString &deviceId, QString *why) const
{
    const acs::DeviceRecord *device = m_engine ? m_engine->devices().find(deviceId) : nullptr;
    const DeviceModel chosen = modelFor(deviceId);
    const auto fail = [why](const QString &reason) {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    if (!device)
        return fail(tr("The device %1 is unknown.").arg(deviceId));
    if (chosen.modelKey.isEmpty())
        return fail(tr("No imported data model fits the device: %1.").arg(chosen.reason));
    const datamodel::ConformanceChecker checker(m_models.value(chosen.modelKey).model, vendorModels());
    return checker.check(treeOf(device->parameters), deviceId);
}

QString DefinitionLibrary::cacheFileFor(const QString &sourceFile) const
{
    const QByteArray hash = QCryptographicHash::hash(sourceFile.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return QDir(m_dir).filePath(QStringLiteral("cache/%1-%2.dmcache")
                                    .arg(QFileInfo(sourceFile).completeBaseName(), QString::fromLatin1(hash)));
}

void DefinitionLibrary::load()
{
    m_files.clear();
    m_overrides.clear();
    QFile file(QDir(m_dir).filePath(QLatin1String(kLibraryFile)));
    if (!file.open(QIODevice::ReadOnly))
        return; // a new workspace
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    for (const QJsonValue &v : root.value(QLatin1String("files")).toArray())
        m_files.append(v.toString());
    const QJsonObject overrides = root.value(QLatin1String("overrides")).toObject();
    for (auto it = overrides.begin(); it != overrides.end(); ++it)
        m_overrides.insert(it.key(), it.value().toString());
}

void DefinitionLibrary::save() const
{
    if (!isOpen())
        return;
    QJsonObject overrides;
    for (auto it = m_overrides.cbegin(); it != m_overrides.cend(); ++it)
        overrides.insert(it.key(), it.value());
    const QJsonObject root{{QStringLiteral("files"), QJsonArray::fromStringList(m_files)},
                           {QStringLiteral("overrides"), overrides}};
    QSaveFile file(QDir(m_dir).filePath(QLatin1String(kLibraryFile)));
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QJsonDocument(root).toJson());
        file.commit();
    }
}

} // namespace service
