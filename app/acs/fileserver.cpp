#include "fileserver.h"

#include "countingreader.h"

#include <http/authenticator.h>

#include <QFile>
#include <QPointer>
#include <QUrl>

namespace acs {

namespace {

http::Response plain(int status, const QByteArray &text)
{
    http::Response r;
    r.status = status;
    r.headers.set("Content-Type", "text/plain; charset=utf-8");
    r.body = text + '\n';
    return r;
}

// RFC 9110 §14.1.2: one range "bytes=first-last", "bytes=first-" or "bytes=-suffix".
// Multiple ranges are answered with the whole file, which RFC 9110 allows.
bool parseRange(const QByteArray &value, qint64 size, qint64 *first, qint64 *last)
{
    if (!value.startsWith("bytes=") || value.contains(','))
        return false;
    const QByteArray spec = value.mid(6).trimmed();
    const qsizetype dash = spec.indexOf('-');
    if (dash < 0)
        return false;
    bool ok1 = true, ok2 = true;
    const QByteArray a = spec.left(dash).trimmed();
    const QByteArray b = spec.mid(dash + 1).trimmed();
    if (a.isEmpty()) {
        const qint64 suffix = b.toLongLong(&ok2);
        if (!ok2 || suffix <= 0)
            return false;
        *first = qMax<qint64>(0, size - suffix);
        *last = size - 1;
    } else {
        *first = a.toLongLong(&ok1);
        *last = b.isEmpty() ? size - 1 : qMin(b.toLongLong(&ok2), size - 1);
    }
    return ok1 && ok2 && *first >= 0 && *first <= *last && *first < size;
}

} // namespace

FileServer::FileServer(QObject *parent) : QObject(parent), m_auth(std::make_unique<http::Authenticator>())
{
    m_auth->setMode(http::AuthMode::None);
    m_auth->setRealm("CWMP Workbench files");
    m_auth->setCredentialLookup([this](const QByteArray &user) -> std::optional<QByteArray> {
        if (!m_username.isEmpty() && QString::fromUtf8(user) == m_username)
            return m_password.toUtf8();
        return std::nullopt;
    });
}

FileServer::~FileServer() = default;

void FileServer::setFiles(const QList<ServedFile> &files)
{
    m_files.clear();
    for (const ServedFile &f : files)
        m_files.insert(f.name, f);
}

void FileServer::addFile(const ServedFile &file)
{
    m_files.insert(file.name, file);
}

void FileServer::removeFile(const QString &name)
{
    m_files.remove(name);
}

std::optional<ServedFile> FileServer::file(const QString &name) const
{
    const auto it = m_files.constFind(name);
    if (it == m_files.cend())
        return std::nullopt;
    return *it;
}

void FileServer::setCredentials(const QString &username, const QString &password, bool digest)
{
    m_username = username;
    m_password = password;
    m_auth->setMode(username.isEmpty() ? http::AuthMode::None : digest ? http::AuthMode::Digest : http::AuthMode::Basic);
    m_auth->setAllowBasicWithoutTls(true); // a device's download client may only do Basic
}

QByteArray FileServer::pathFor(const QString &name)
{
    return QByteArray(kPrefix) + QUrl::toPercentEncoding(name);
}

void FileServer::handleRequest(const http::Request &request, http::Responder responder)
{
    if (request.method != "GET" && request.method != "HEAD") {
        http::Response r = plain(405, "Files are fetched with GET or HEAD.");
        r.headers.set("Allow", "GET, HEAD");
        responder.send(r);
        return;
    }
    const http::AuthResult auth = m_auth->check(request);
    if (!auth.ok) {
        responder.send(auth.challenge);
        return;
    }
    // The name is looked up, never joined to a directory: "../" or an absolute path simply
    // names no registered file.
    const QString name = QUrl::fromPercentEncoding(request.path().mid(qsizetype(qstrlen(kPrefix))));
    const auto it = m_files.constFind(name);
    if (it == m_files.cend()) {
        responder.send(plain(404, "No such file."));
        return;
    }
    const ServedFile &f = *it;
    const QString peer = request.peerAddress.toString();
    auto lastReported = std::make_shared<qint64>(0);
    auto wanted = std::make_shared<qint64>(0);
    QPointer<FileServer> self(this);
    auto file = std::make_shared<CountingReader>(f.path, [self, name, peer, lastReported, wanted](qint64 read) {
        if (!self || (read < *wanted && read - *lastReported < kProgressStep))
            return;
        *lastReported = read;
        Q_EMIT self->fileProgress(name, peer, qMin(read, *wanted), *wanted);
    });
    if (!file->open(QIODevice::ReadOnly)) {
        responder.send(plain(404, "The file is registered but can no longer be read."));
        return;
    }
    const qint64 size = file->size();
    const QByteArray etag = '"' + f.sha256 + '"';
    http::Response r;
    r.headers.set("Content-Type", "application/octet-stream");
    r.headers.set("Accept-Ranges", "bytes");
    if (!f.sha256.isEmpty())
        r.headers.set("ETag", etag);
    if (!f.sha256.isEmpty() && request.headers.value("If-None-Match") == etag) {
        r.status = 304;
        responder.send(r);
        return;
    }
    qint64 first = 0;
    qint64 last = size - 1;
    const auto range = request.headers.value("Range");
    const auto ifRange = request.headers.value("If-Range");
    if (range && (!ifRange || *ifRange == etag)) {
        if (!parseRange(*range, size, &first, &last)) {
            r.status = 416;
            r.headers.set("Content-Range", "bytes */" + QByteArray::number(size));
            responder.send(r);
            return;
        }
        r.status = 206;
        r.headers.set("Content-Range", "bytes " + QByteArray::number(first) + '-' + QByteArray::number(last) + '/'
                                           + QByteArray::number(size));
    }
    const qint64 length = size == 0 ? 0 : last - first + 1;
    *wanted = length;
    Q_EMIT fileRequested(name, peer, first, length);
    // For HEAD the server sends the head with this length and leaves the stream unread.
    if (first > 0)
        file->seek(first);
    r.bodyStream = file;
    r.bodyStreamLength = length;
    responder.send(r);
}

} // namespace acs
