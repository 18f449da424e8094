#include "fileroutes.h"

#include "devicedocument.h"
#include "documentquery.h"
#include "jsonreply.h"

#include <acs/fileserver.h>

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace api {

FileRoutes::FileRoutes(acs::FileServer *files, QObject *parent) : QObject(parent), m_files(files) {}

// A file name as it appears in /files/<name>: one path segment, nothing hidden.
bool FileRoutes::isSafeFileName(const QString &name)
{
    return !name.isEmpty() && name.size() <= 255 && !name.startsWith(QLatin1Char('.')) && !name.contains(QLatin1Char('/'))
        && !name.contains(QLatin1Char('\\')) && !name.contains(QChar(0));
}

http::BodySink *FileRoutes::sinkFor(const http::Request &head, const QString &name)
{
    if (m_directory.isEmpty() || !isSafeFileName(name) || !QDir().mkpath(m_directory))
        return nullptr;
    const quint64 connection = head.connectionId;
    m_received.remove(connection);
    return new FileUploadSink(QDir(m_directory).filePath(name), m_maxBytes,
                              [this, connection](const FileUpload &upload) { m_received.insert(connection, upload); });
}

void FileRoutes::list(const http::Request &request, http::Responder &responder) const
{
    QString why;
    const std::optional<DocumentQuery> query = DocumentQuery::parse(formValue(formQuery(request), QStringLiteral("query")).toUtf8(), &why);
    if (!query) {
        responder.send(errorReply(400, why));
        return;
    }
    QList<acs::ServedFile> files = m_files->files();
    std::sort(files.begin(), files.end(), [](const acs::ServedFile &a, const acs::ServedFile &b) { return a.name < b.name; });
    QJsonArray out;
    for (const acs::ServedFile &f : std::as_const(files)) {
        QJsonObject doc{{QStringLiteral("_id"), f.name},
                        {QStringLiteral("filename"), f.name},
                        {QStringLiteral("length"), double(f.size)},
                        {QStringLiteral("sha256"), QString::fromLatin1(f.sha256)},
                        {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("fileType"), f.fileType},
                                                                 {QStringLiteral("oui"), f.oui},
                                                                 {QStringLiteral("productClass"), f.productClass},
                                                                 {QStringLiteral("version"), f.version}}}};
        if (f.addedMs > 0)
            doc.insert(QStringLiteral("uploadDate"), DeviceDocument::isoDate(f.addedMs));
        if (query->matches(doc))
            out.append(doc);
    }
    responder.send(jsonReply(200, out));
}

void FileRoutes::put(const http::Request &request, const QString &name, http::Responder &responder)
{
    std::optional<FileUpload> received;
    if (m_received.contains(request.connectionId))
        received = m_received.take(request.connectionId);
    if (m_directory.isEmpty()) {
        responder.send(errorReply(404, tr("uploading files is not enabled")));
        return;
    }
    if (!isSafeFileName(name)) {
        responder.send(errorReply(400, tr("'%1' is not a file name").arg(name)));
        return;
    }
    if (!received) {
        // No body came through a sink: an empty file (a body always has one).
        FileUploadSink empty(QDir(m_directory).filePath(name), m_maxBytes,
                             [&received](const FileUpload &upload) { received = upload; });
        if (!QDir().mkpath(m_directory) || !empty.write(request.body))
            empty.abort();
        else
            empty.finish();
    }
    if (!received->ok) {
        responder.send(errorReply(500, received->error));
        return;
    }
    const auto header = [&request](const char *field) {
        return QString::fromUtf8(request.headers.value(field).value_or(QByteArray()));
    };
    acs::ServedFile file;
    file.name = name;
    file.path = received->path;
    file.size = received->size;
    file.sha256 = received->sha256;
    file.fileType = header("fileType");
    file.oui = header("oui");
    file.productClass = header("productClass");
    file.version = header("version");
    file.addedMs = QDateTime::currentMSecsSinceEpoch();
    m_files->addFile(file);
    Q_EMIT fileStored(file);
    responder.send(jsonReply(201, QJsonObject{{QStringLiteral("_id"), name},
                                              {QStringLiteral("length"), double(file.size)},
                                              {QStringLiteral("sha256"), QString::fromLatin1(file.sha256)}}));
}

void FileRoutes::remove(const QString &name, http::Responder &responder)
{
    const std::optional<acs::ServedFile> file = m_files->file(name);
    if (!file) {
        responder.send(errorReply(404, tr("no file %1").arg(name)));
        return;
    }
    m_files->removeFile(name);
    // Only what we stored ourselves is removed from disk; a file registered elsewhere stays.
    if (!m_directory.isEmpty() && QFileInfo(file->path).absolutePath() == QFileInfo(m_directory).absoluteFilePath())
        QFile::remove(file->path);
    Q_EMIT fileRemoved(name);
    responder.send(jsonReply(200, QJsonObject{}));
}

} // namespace api
