#pragma once

// The workspace's file library (issue 7): the firmware images and configuration files the
// file server hands to devices. Importing copies a file into the workspace's files folder on
// a worker thread, in chunks, hashing as it goes, so a multi-GB image neither freezes the
// console nor sits whole in memory; the copy is registered with the file server and the
// database only once it is complete, so a device can never fetch half an image.

#include <acs/servedfile.h>

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace store {
class FileRepository;
}

namespace service {

class AcsService;

class FileLibrary : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 kChunkBytes = 1024 * 1024;
    static constexpr int kMaxNameLength = 200;
    // TR-069 A.3.2.8 FileType values a Download can carry.
    static constexpr QLatin1String kFirmwareType{"1 Firmware Upgrade Image"};

    explicit FileLibrary(AcsService &service, QObject *parent = nullptr);
    ~FileLibrary() override;

    // Sorted by name.
    QList<acs::ServedFile> files() const;
    std::optional<acs::ServedFile> file(const QString &name) const;

    // Why name cannot be a library name (empty, a path, too long, hidden), in plain words;
    // empty when it can. nameProblem() also refuses names already taken or being imported.
    static QString unsafeNameReason(const QString &name);
    QString nameProblem(const QString &name) const;
    // The TR-069 FileType a file with this name most likely is; empty when unknown.
    static QString guessFileType(const QString &fileName);
    // Name and guessed FileType for importing sourcePath.
    static acs::ServedFile defaultsFor(const QString &sourcePath);
    // The TR-069 A.3.2.8 FileType strings, in the spec's order.
    static QStringList fileTypes();

    // Starts copying sourcePath into the library under metadata.name (size, hash, path and
    // time are filled in); progress, then importFinished follow. False with *why when it
    // cannot start (a bad or taken name, an unreadable source, another import running).
    bool importFile(const QString &sourcePath, const acs::ServedFile &metadata, QString *why = nullptr);
    bool isImporting() const { return m_thread != nullptr; }
    QString importingName() const { return m_importing.name; }
    // Stops the running import; importFinished(name, false, …) follows, the partial copy gone.
    void cancelImport();

    // Unregisters the file, deletes it from disk (when it lies in the workspace) and from the
    // database. False with *why when there is no such file.
    bool remove(const QString &name, QString *why = nullptr);

    // The URL a device fetches the file from (the ACS's first address); empty when the ACS
    // does not listen.
    QString urlFor(const QString &name) const;

Q_SIGNALS:
    void importProgress(const QString &name, qint64 copied, qint64 total);
    // ok false: error says why in plain words (disk full, unreadable, cancelled).
    void importFinished(const QString &name, bool ok, const QString &error);
    void fileAdded(const acs::ServedFile &file);
    void fileRemoved(const QString &name);
    // Any change to the list: an import, a removal, a file stored or removed through the API.
    void changed();

private:
    struct CopyOutcome {
        bool ok = false;
        bool cancelled = false;
        qint64 size = 0;
        QByteArray sha256;
        QString error;
    };
    static CopyOutcome copy(const QString &source, const QString &target, const std::atomic_bool &cancel,
                            const std::function<void(qint64, qint64)> &progress);
    void copied(const CopyOutcome &outcome);
    void finishImport(const QString &name, bool ok, const QString &error);
    store::FileRepository &repository();

    AcsService &m_service;
    std::unique_ptr<store::FileRepository> m_repository;
    QThread *m_thread = nullptr; // the running import's copy
    acs::ServedFile m_importing;
    QString m_partPath;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace service
