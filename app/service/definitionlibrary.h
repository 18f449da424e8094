#pragma once

// The data-model definitions the engineer has imported (Broadband Forum or vendor XML),
// kept across runs: the files are remembered in the workspace (datamodels/library.json) and
// their imports cached there (ModelCache), so a start loads them in milliseconds. Imports
// run on a worker thread; the GUI thread only receives the result.

#include <datamodel/conformancechecker.h>
#include <datamodel/datamodel.h>

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QThreadPool>

#include <atomic>
#include <memory>
#include <optional>

namespace acs {
class AcsEngine;
class ParameterCache;
}

namespace service {

class DefinitionLibrary : public QObject
{
    Q_OBJECT

public:
    struct ModelInfo {
        datamodel::DataModel model;
        QStringList sourceFiles; // the top file first
    };
    struct DeviceModel {
        QString modelKey;       // "Device:2.19"; empty when none fits
        QString reason;         // why this one, in plain words
        QString overrideKey;    // the engineer's choice, empty when automatic
        bool deviceKnown = false;
    };

    explicit DefinitionLibrary(acs::AcsEngine *engine, QObject *parent = nullptr);
    ~DefinitionLibrary() override;

    // Loads the remembered files and the library folder's (from the caches in `workspaceDir`
    // when they are fresh) on the worker thread; modelsChanged() follows.
    void open(const QString &workspaceDir, const QString &libraryFolder = {});
    bool isOpen() const { return !m_dir.isEmpty(); }
    // A folder scanned at every open (ServiceSettings::definitionsFolder); rescans now.
    void setLibraryFolder(const QString &folder);
    QString libraryFolder() const { return m_libraryFolder; }

    // Imports an XML file, or every *.xml file of a folder, on the worker thread and
    // remembers them. False (and *why) when no workspace is open, an import is running or
    // the path does not exist.
    bool importPath(const QString &path, QString *why = nullptr);
    void cancelImport();
    bool isImporting() const { return m_job != nullptr; }

    // Keyed by model name ("Device:2.19"), sorted by it.
    QList<ModelInfo> models() const;
    std::optional<datamodel::DataModel> model(const QString &key) const;
    QStringList importedFiles() const { return m_files; }
    // Models of vendor extensions (names starting "X_"): they describe what the device's
    // standard model lacks.
    QList<datamodel::DataModel> vendorModels() const;

    // The model that describes a device: the override when set and imported, else the
    // best match for what the device announces.
    DeviceModel modelFor(const QString &deviceId) const;
    void setOverride(const QString &deviceId, const QString &modelKey); // empty: automatic
    QString overrideFor(const QString &deviceId) const { return m_overrides.value(deviceId); }

    // The device's cached tree as the conformance checker reads it.
    static datamodel::DeviceTree treeOf(const acs::ParameterCache &cache);
    // Checks a device against modelFor(id), on the calling thread (milliseconds for a
    // gateway); std::nullopt with *why when the device or a model is missing.
    std::optional<datamodel::ConformanceReport> checkDevice(const QString &deviceId, QString *why = nullptr) const;

Q_SIGNALS:
    void importProgress(int done, int total, const QString &file);
    void importFinished(bool ok, const QString &message);
    void modelsChanged();

private:
    struct Job;
    struct FileResult;
    void start(const QStringList &files, bool remember);
    void finish(const std::shared_ptr<Job> &job, const QList<FileResult> &results);
    QString cacheFileFor(const QString &sourceFile) const;
    void load();
    void save() const;

    acs::AcsEngine *m_engine = nullptr;
    QString m_dir; // <workspace>/datamodels
    QString m_libraryFolder;
    QStringList m_files; // remembered imports, absolute
    QHash<QString, QString> m_overrides;
    QHash<QString, ModelInfo> m_models;
    QThreadPool m_pool;
    std::shared_ptr<Job> m_job;
    bool m_folderScanPending = false; // the folder changed while a job ran
};

} // namespace service
