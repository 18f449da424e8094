#pragma once

// File transfers over HTTP for the CWMP Download/Upload RPCs and the TR-143 download and
// upload tests: a GET streamed into a device (never whole in memory), a PUT/POST of a device
// or a buffer, with credentials, limits, progress and the timings TR-143 reports.

#include "httpclient.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>

class QIODevice;

namespace http {

class UrlFetcher : public QObject
{
    Q_OBJECT

public:
    explicit UrlFetcher(QObject *parent = nullptr);
    ~UrlFetcher() override;

    // Used when the URL has no user info of its own (TR-069 Download Username/Password).
    void setCredentials(const QString &user, const QString &password);
    void setTls(const QList<QSslCertificate> &caCertificates, bool insecure);
    void setClientCertificate(const QSslCertificate &certificate, const QSslKey &key);
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    // Largest download accepted; < 0: no limit.
    void setMaxBytes(qint64 bytes) { m_maxBytes = bytes; }
    // A download of another size fails (TR-069 Download FileSize); < 0: not checked.
    void setExpectedSize(qint64 bytes) { m_expectedSize = bytes; }
    void setFollowRedirects(bool follow) { m_followRedirects = follow; }

    // GET url into sink (open for writing; the fetcher does not own it). Result::bodyBytes
    // is what went into the sink.
    void get(const QUrl &url, QIODevice *sink, std::function<void(const Result &)> done);
    // PUT or POST source (size < 0: its size, or chunked when sequential). The device must
    // stay alive and open until done runs.
    void upload(const QByteArray &method, const QUrl &url, QIODevice *source, qint64 size,
                const QByteArray &contentType, std::function<void(const Result &)> done);
    void upload(const QByteArray &method, const QUrl &url, const QByteArray &data,
                const QByteArray &contentType, std::function<void(const Result &)> done);

    // Fails the running transfer with "aborted".
    void abort();
    bool isBusy() const { return m_client != nullptr; }

Q_SIGNALS:
    void downloadProgress(qint64 received, qint64 total);   // total -1: unknown
    void uploadProgress(qint64 sent, qint64 total);

private:
    HttpClient *makeClient(const QUrl &url);
    Request makeRequest(const QByteArray &method, const QUrl &url) const;
    void complete(const Result &result, bool download, const std::function<void(const Result &)> &done);

    QString m_user;
    QString m_password;
    QList<QSslCertificate> m_caCertificates;
    bool m_insecure = false;
    QSslCertificate m_clientCertificate;
    QSslKey m_clientKey;
    int m_timeoutMs = HttpClient::kDefaultTimeoutMs;
    qint64 m_maxBytes = -1;
    qint64 m_expectedSize = -1;
    bool m_followRedirects = true;
    QPointer<HttpClient> m_client;
    std::unique_ptr<QIODevice> m_ownedSource;
};

} // namespace http
