#pragma once

// Serves registered files to devices over the ACS's HTTP(S) port below /files/: GET and
// HEAD, single byte ranges, Content-Length, and the file's SHA-256 as its ETag. A URL names
// a registered file, never a path: there is no way to reach anything else on disk, and no
// listing.

#include "servedfile.h"

#include <http/requesthandler.h>

#include <QHash>
#include <QObject>

#include <memory>

namespace http {
class Authenticator;
}

namespace acs {

class FileServer : public QObject, public http::RequestHandler
{
    Q_OBJECT

public:
    static constexpr const char *kPrefix = "/files/";
    static constexpr qint64 kProgressStep = 256 * 1024;

    explicit FileServer(QObject *parent = nullptr);
    ~FileServer() override;

    void setFiles(const QList<ServedFile> &files);
    void addFile(const ServedFile &file);
    void removeFile(const QString &name);
    std::optional<ServedFile> file(const QString &name) const;
    QList<ServedFile> files() const { return m_files.values(); }
    // Optional HTTP authentication for downloads (the Download RPC carries credentials).
    void setCredentials(const QString &username, const QString &password, bool digest);
    // The URL path of a file, percent-encoded.
    static QByteArray pathFor(const QString &name);

    void handleRequest(const http::Request &request, http::Responder responder) override;

Q_SIGNALS:
    // A device started fetching a file; bytes is what this response will send.
    void fileRequested(const QString &name, const QString &peer, qint64 offset, qint64 bytes);
    // How much of that response has been handed to the connection so far; sent == bytes
    // once all of it went out. Reported at most every kProgressStep bytes and at the end.
    void fileProgress(const QString &name, const QString &peer, qint64 sent, qint64 bytes);

private:
    QHash<QString, ServedFile> m_files;
    std::unique_ptr<http::Authenticator> m_auth;
    QString m_username;
    QString m_password;
};

} // namespace acs
