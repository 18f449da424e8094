#include "filelibrary.h"

#include "acsservice.h"

#include <store/filerepository.h>

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>
#include <QUrl>

#include <algorithm>

namespace service {

namespace {

std::optional<QString> optional(const QString &s)
{
    return s.isEmpty() ? std::nullopt : std::optional<QString>(s);
}

// Whether path lies directly in folder (the library's own copies; a file the API registered
// from elsewhere is not ours to delete).
bool liesIn(const QString &path, const QString &folder)
{
    return !folder.isEmpty() && QFileInfo(path).absolutePath() == QFileInfo(folder).absoluteFilePath();
}

} // namespace

FileLibrary::FileLibrary(AcsService &service, QObject *parent) : QObject(parent), m_service(service)
{
    // Files stored or removed through the API (PUT/DELETE /files/<name>) are in the file
    // server already when these arrive; AcsService records them in the database.
    connect(&service.api(), &api::ApiServer::fileStored, this, &FileLibrary::changed);
    connect(&service.api(), &api::ApiServer::fileRemoved, this, &FileLibrary::changed);
}

FileLibrary::~FileLibrary()
{
    if (m_thread) {
        m_cancel->store(true);
        m_thread->wait();
        delete m_thread;
        if (!m_partPath.isEmpty())
            QFile::remove(m_partPath);
    }
}

store::FileRepository &FileLibrary::repository()
{
    if (!m_repository)
        m_repository = std::make_unique<store::FileRepository>(m_service.database());
    return *m_repository;
}

QList<acs::ServedFile> FileLibrary::files() const
{
    QList<acs::ServedFile> out = m_service.files().files();
    std::sort(out.begin(), out.end(), [](const acs::ServedFile &a, const acs::ServedFile &b) { return a.name < b.name; });
    return out;
}

std::optional<acs::ServedFile> FileLibrary::file(const QString &name) const
{
    return m_service.files().file(name);
}

QString FileLibrary::unsafeNameReason(const QString &name)
{
    // The name is one segment of the download URL and the file's name in the workspace.
    if (name.trimmed().isEmpty())
        return tr("The file needs a name.");
    if (name.size() > kMaxNameLength)
        return tr("The name is longer than %1 characters.").arg(kMaxNameLength);
    if (name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\')))
        return tr("The name must not contain / or \\.");
    if (name.contains(QLatin1String("..")))
        return tr("The name must not contain \"..\".");
    if (name.startsWith(QLatin1Char('.')))
        return tr("The name must not start with a dot.");
    if (name != name.trimmed())
        return tr("The name must not start or end with a space.");
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control)
            return tr("The name must not contain control characters.");
    }
    return {};
}

QString FileLibrary::nameProblem(const QString &name) const
{
    if (const QString unsafe = unsafeNameReason(name); !unsafe.isEmpty())
        return unsafe;
    if (m_service.files().file(name) || (isImporting() && m_importing.name == name))
        return tr("The library already has a file named %1.").arg(name);
    return {};
}

QStringList FileLibrary::fileTypes()
{
    // TR-069 A.3.2.8 (Download FileType).
    return {QString(kFirmwareType), QStringLiteral("2 Web Content"), QStringLiteral("3 Vendor Configuration File"),
            QStringLiteral("4 Tone File"), QStringLiteral("5 Ringer File"), QStringLiteral("6 Stored Firmware Image")};
}

QString FileLibrary::guessFileType(const QString &fileName)
{
    static const QStringList firmware{QStringLiteral("bin"), QStringLiteral("img"), QStringLiteral("trx"),
                                      QStringLiteral("itb"), QStringLiteral("fw"),  QStringLiteral("fwu"),
                                      QStringLiteral("chk"), QStringLiteral("ubi"), QStringLiteral("w"),
                                      QStringLiteral("pkg"), QStringLiteral("rom"), QStringLiteral("hex")};
    static const QStringList config{QStringLiteral("cfg"), QStringLiteral("conf"), QStringLiteral("xml"),
                                    QStringLiteral("ini"), QStringLiteral("json"), QStringLiteral("backup")};
    static const QStringList web{QStringLiteral("html"), QStringLiteral("htm"), QStringLiteral("css"),
                                 QStringLiteral("js")};
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (firmware.contains(suffix))
        return QString(kFirmwareType);
    if (config.contains(suffix))
        return QStringLiteral("3 Vendor Configuration File");
    if (web.contains(suffix))
        return QStringLiteral("2 Web Content");
    return {};
}

acs::ServedFile FileLibrary::defaultsFor(const QString &sourcePath)
{
    acs::ServedFile f;
    f.name = QFileInfo(sourcePath).fileName();
    f.fileType = guessFileType(f.name);
    return f;
}

bool FileLibrary::importFile(const QString &sourcePath, const acs::ServedFile &metadata, QString *why)
{
    QString scratch;
    if (!why)
        why = &scratch;
    if (isImporting()) {
        *why = tr("%1 is still being copied into the library.").arg(m_importing.name);
        return false;
    }
    if (!m_service.isOpen()) {
        *why = tr("No workspace is open.");
        return false;
    }
    if (const QString problem = nameProblem(metadata.name); !problem.isEmpty()) {
        *why = problem;
        return false;
    }
    const QFileInfo source(sourcePath);
    if (!source.isFile() || !source.isReadable()) {
        *why = tr("%1 is not a readable file.").arg(QDir::toNativeSeparators(sourcePath));
        return false;
    }
    const QString folder = m_service.workspace().filesDirectory();
    if (!QDir().mkpath(folder)) {
        *why = tr("Cannot create the library folder %1.").arg(QDir::toNativeSeparators(folder));
        return false;
    }
    m_importing = metadata;
    m_importing.path = QDir(folder).filePath(metadata.name);
    // Copied under a hidden name first: the file server and a later run never see half a file.
    m_partPath = QDir(folder).filePath(QStringLiteral(".%1.part").arg(metadata.name));
    m_cancel = std::make_shared<std::atomic_bool>(false);

    const QString name = metadata.name;
    const QString target = m_partPath;
    const auto cancel = m_cancel;
    m_thread = QThread::create([this, sourcePath, target, cancel, name] {
        const CopyOutcome outcome = copy(sourcePath, target, *cancel, [this, name](qint64 done, qint64 total) {
            QMetaObject::invokeMethod(
                this, [this, name, done, total] { Q_EMIT importProgress(name, done, total); }, Qt::QueuedConnection);
        });
        QMetaObject::invokeMethod(this, [this, outcome] { copied(outcome); }, Qt::QueuedConnection);
    });
    m_thread->start();
    Q_EMIT importProgress(name, 0, source.size());
    return true;
}

void FileLibrary::cancelImport()
{
    if (m_cancel)
        m_cancel->store(true);
}

FileLibrary::CopyOutcome FileLibrary::copy(const QString &sourcePath, const QString &target, const std::atomic_bool &cancel,
                                           const std::function<void(qint64, qint64)> &progress)
{
    CopyOutcome out;
    QFile source(sourcePath);
    if (!source.open(QIODevice::ReadOnly)) {
        out.error = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(sourcePath), source.errorString());
        return out;
    }
    QFile copyFile(target);
    if (!copyFile.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        out.error = tr("Cannot write into the library folder: %1").arg(copyFile.errorString());
        return out;
    }
    const qint64 total = source.size();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray chunk;
    const auto writeFailed = [&out, &copyFile] {
        out.error = tr("Could not write the copy (is the disk full?): %1").arg(copyFile.errorString());
        copyFile.close();
        copyFile.remove();
    };
    while (true) {
        if (cancel.load()) {
            out.cancelled = true;
            out.error = tr("The import was cancelled.");
            copyFile.close();
            copyFile.remove();
            return out;
        }
        chunk = source.read(kChunkBytes);
        if (chunk.isEmpty()) {
            if (source.error() != QFileDevice::NoError) {
                out.error = tr("Reading %1 failed: %2").arg(QDir::toNativeSeparators(sourcePath), source.errorString());
                copyFile.close();
                copyFile.remove();
                return out;
            }
            break;
        }
        hash.addData(chunk);
        if (copyFile.write(chunk) != chunk.size()) {
            writeFailed();
            return out;
        }
        out.size += chunk.size();
        progress(out.size, std::max(total, out.size));
    }
    // Buffered data reaches the disk here: a full disk may only show now.
    if (!copyFile.flush()) {
        writeFailed();
        return out;
    }
    copyFile.close();
    if (copyFile.error() != QFileDevice::NoError) {
        writeFailed();
        return out;
    }
    out.ok = true;
    out.sha256 = hash.result().toHex();
    return out;
}

void FileLibrary::copied(const CopyOutcome &outcome)
{
    if (m_thread) {
        m_thread->wait();
        m_thread->deleteLater();
        m_thread = nullptr;
    }
    const QString name = m_importing.name;
    if (!outcome.ok) {
        QFile::remove(m_partPath);
        finishImport(name, false, outcome.error);
        return;
    }
    // A stray file of that name (left by an earlier run, not registered) gives way.
    QFile::remove(m_importing.path);
    if (!QFile::rename(m_partPath, m_importing.path)) {
        QFile::remove(m_partPath);
        finishImport(name, false, tr("Could not move the copy into place as %1.").arg(name));
        return;
    }
    acs::ServedFile file = m_importing;
    file.size = outcome.size;
    file.sha256 = outcome.sha256;
    file.addedMs = QDateTime::currentMSecsSinceEpoch();
    repository()
        .add(store::RegisteredFile{file.name, file.fileType, file.size, QString::fromLatin1(file.sha256), file.path,
                                   optional(file.oui), optional(file.productClass), optional(file.version), file.addedMs})
        .then(this, [this, file](const store::Result<store::RegisteredFile> &result) {
            if (!result.ok()) {
                QFile::remove(file.path);
                finishImport(file.name, false, tr("The database did not keep %1: %2").arg(file.name, result.error().message));
                return;
            }
            m_service.files().addFile(file);
            Q_EMIT fileAdded(file);
            Q_EMIT changed();
            finishImport(file.name, true, {});
        });
}

void FileLibrary::finishImport(const QString &name, bool ok, const QString &error)
{
    m_importing = {};
    m_partPath.clear();
    m_cancel.reset();
    Q_EMIT importFinished(name, ok, error);
}

bool FileLibrary::remove(const QString &name, QString *why)
{
    const std::optional<acs::ServedFile> f = m_service.files().file(name);
    if (!f) {
        if (why)
            *why = tr("The library has no file named %1.").arg(name);
        return false;
    }
    m_service.files().removeFile(name);
    if (liesIn(f->path, m_service.workspace().filesDirectory()))
        QFile::remove(f->path);
    repository().remove(name);
    Q_EMIT fileRemoved(name);
    Q_EMIT changed();
    return true;
}

QString FileLibrary::urlFor(const QString &name) const
{
    const QStringList bases = m_service.acsUrls();
    if (bases.isEmpty())
        return {};
    QUrl url(bases.first());
    url.setPath(QString());
    url.setQuery(QString());
    return url.toString(QUrl::StripTrailingSlash) + QString::fromLatin1(acs::FileServer::pathFor(name));
}

} // namespace service
