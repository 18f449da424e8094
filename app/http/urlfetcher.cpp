#include "urlfetcher.h"

#include <QBuffer>

namespace http {

UrlFetcher::UrlFetcher(QObject *parent) : QObject(parent) {}

UrlFetcher::~UrlFetcher()
{
    delete m_client;
}

void UrlFetcher::setCredentials(const QString &user, const QString &password)
{
    m_user = user;
    m_password = password;
}

void UrlFetcher::setTls(const QList<QSslCertificate> &caCertificates, bool insecure)
{
    m_caCertificates = caCertificates;
    m_insecure = insecure;
}

void UrlFetcher::setClientCertificate(const QSslCertificate &certificate, const QSslKey &key)
{
    m_clientCertificate = certificate;
    m_clientKey = key;
}

HttpClient *UrlFetcher::makeClient(const QUrl &url)
{
    abort();
    // One client (and so one connection, one cookie jar, one set of credentials) per
    // transfer: nothing is shared with other transfers or other simulated devices.
    auto *client = new HttpClient(url, this);
    if (!url.userName().isEmpty())
        client->setCredentials(url.userName(), url.password());
    else if (!m_user.isEmpty() || !m_password.isEmpty())
        client->setCredentials(m_user, m_password);
    client->setTls(m_caCertificates, m_insecure);
    if (!m_clientCertificate.isNull())
        client->setClientCertificate(m_clientCertificate, m_clientKey);
    client->setTimeoutMs(m_timeoutMs);
    client->setMaxResponseBytes(m_maxBytes);
    client->setFollowRedirects(m_followRedirects);
    m_client = client;
    return client;
}

Request UrlFetcher::makeRequest(const QByteArray &method, const QUrl &url) const
{
    Request request;
    request.method = method;
    request.target = url.path(QUrl::FullyEncoded).toLatin1();
    if (request.target.isEmpty())
        request.target = "/";
    if (url.hasQuery())
        request.target += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    // Bytes are counted as they come over the wire (TR-143 TestBytesReceived), so ask the
    // server not to compress.
    request.headers.add("Accept-Encoding", "identity");
    return request;
}

void UrlFetcher::get(const QUrl &url, QIODevice *sink, std::function<void(const Result &)> done)
{
    HttpClient *client = makeClient(url);
    Transfer transfer;
    transfer.responseSink = sink;
    transfer.downloadProgress = [this](qint64 received, qint64 total) {
        Q_EMIT downloadProgress(received, total);
    };
    client->send(makeRequest("GET", url), std::move(transfer),
                 [this, done = std::move(done)](const Result &result) { complete(result, true, done); });
}

void UrlFetcher::upload(const QByteArray &method, const QUrl &url, QIODevice *source, qint64 size,
                        const QByteArray &contentType, std::function<void(const Result &)> done)
{
    HttpClient *client = makeClient(url);
    Request request = makeRequest(method, url);
    if (!contentType.isEmpty())
        request.headers.add("Content-Type", contentType);
    Transfer transfer;
    transfer.requestBody = source;
    transfer.requestBodySize = size;
    transfer.uploadProgress = [this](qint64 sent, qint64 total) { Q_EMIT uploadProgress(sent, total); };
    client->send(std::move(request), std::move(transfer),
                 [this, done = std::move(done)](const Result &result) { complete(result, false, done); });
}

void UrlFetcher::upload(const QByteArray &method, const QUrl &url, const QByteArray &data,
                        const QByteArray &contentType, std::function<void(const Result &)> done)
{
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(data);
    buffer->open(QIODevice::ReadOnly);
    QIODevice *source = buffer.get();
    upload(method, url, source, data.size(), contentType, std::move(done));
    m_ownedSource = std::move(buffer); // after upload(): makeClient() aborts the previous one
}

void UrlFetcher::complete(const Result &result, bool download,
                          const std::function<void(const Result &)> &done)
{
    Result r = result;
    if (download && r.ok && m_expectedSize >= 0 && r.bodyBytes != m_expectedSize) {
        r.ok = false;
        r.error = tr("received %1 bytes but expected %2").arg(r.bodyBytes).arg(m_expectedSize);
    }
    if (r.ok && r.response.status / 100 != 2) {
        r.ok = false;
        r.error = tr("%1 answered %2 instead of the file").arg(r.url.host()).arg(r.response.status);
    }
    if (m_client) {
        m_client->deleteLater();
        m_client = nullptr;
    }
    // The source buffer is released only after done: the caller may inspect it there.
    std::unique_ptr<QIODevice> source = std::move(m_ownedSource);
    if (done)
        done(r);
}

void UrlFetcher::abort()
{
    if (HttpClient *client = m_client) {
        m_client = nullptr;
        client->abort();
        client->deleteLater();
    }
    m_ownedSource.reset();
}

} // namespace http
