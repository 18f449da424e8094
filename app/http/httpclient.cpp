#include "httpclient.h"

#include "digest.h"
#include "responseparser.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QPointer>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

namespace http {

namespace {

constexpr qint64 kUploadChunk = 64 * 1024;
constexpr qint64 kUploadHighWater = 256 * 1024;
constexpr int kMaxAuthRounds = 3;

qint64 nowMs() { return QDateTime::currentMSecsSinceEpoch(); }

// RFC 9110 §9.2.2: requests a client may repeat without asking anyone.
bool isIdempotent(const QByteArray &method)
{
    return method == "GET" || method == "HEAD" || method == "PUT" || method == "DELETE"
        || method == "OPTIONS";
}

} // namespace

struct HttpClient::DigestState {
    DigestChallenge challenge;
    quint32 nonceCount = 0;
};

struct HttpClient::Job {
    Request request;
    Transfer transfer;
    std::function<void(const Result &)> done;
    QElapsedTimer clock;
    Result result;
    QByteArray wireHead;     // the head as last written
    qint64 bodyTotal = 0;    // -1: chunked upload
    qint64 bodySent = 0;
    bool bodyFinished = false;
    bool wroteAnything = false;
    bool retried = false;
    bool reused = false;
    int authRounds = 0;
    bool answeredChallenge = false; // this exchange's Authorization answers a fresh challenge
};

HttpClient::HttpClient(const QUrl &origin, QObject *parent)
    : QObject(parent), m_origin(origin), m_timer(new QTimer(this)),
      m_cookies(std::make_unique<QNetworkCookieJar>())
{
    m_origin.setPath(QString());
    m_origin.setQuery(QString());
    m_origin.setFragment(QString());
    m_origin.setUserInfo(QString());
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &HttpClient::onTimeout);
}

HttpClient::~HttpClient()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        delete m_socket;
    }
}

void HttpClient::setCredentials(const QString &user, const QString &password)
{
    m_user = user;
    m_password = password;
    m_authMode = AuthMode::None;
    m_digest.reset();
}

void HttpClient::setTls(const QList<QSslCertificate> &caCertificates, bool insecure)
{
    m_caCertificates = caCertificates;
    m_insecure = insecure;
}

void HttpClient::setClientCertificate(const QSslCertificate &certificate, const QSslKey &key)
{
    m_clientCertificate = certificate;
    m_clientKey = key;
}

void HttpClient::send(Request request, std::function<void(const Result &)> done)
{
    send(std::move(request), Transfer(), std::move(done));
}

void HttpClient::send(Request request, Transfer transfer, std::function<void(const Result &)> done)
{
    auto job = std::make_unique<Job>();
    job->request = std::move(request);
    if (job->request.target.isEmpty())
        job->request.target = "/";
    job->transfer = std::move(transfer);
    job->done = std::move(done);
    job->clock.start();
    m_queue.push_back(std::move(job));
    // Always answer asynchronously, even for errors found at once.
    QMetaObject::invokeMethod(this, &HttpClient::startNext, Qt::QueuedConnection);
}

void HttpClient::abort()
{
    std::deque<std::unique_ptr<Job>> pending;
    if (m_job)
        pending.push_back(std::move(m_job));
    for (auto &job : m_queue)
        pending.push_back(std::move(job));
    m_queue.clear();
    m_parser.reset();
    m_phase = Phase::Idle;
    m_timer->stop();
    closeSocket();
    QPointer<HttpClient> self(this);
    for (auto &job : pending) {
        Result r = job->result;
        r.ok = false;
        r.error = tr("aborted");
        r.elapsedMs = job->clock.elapsed();
        if (job->done)
            job->done(r);
        if (!self)
            return;
    }
}

void HttpClient::clearCookies()
{
    m_cookies = std::make_unique<QNetworkCookieJar>();
}

QByteArray HttpClient::cookiesFor(const QByteArray &path) const
{
    QUrl url = m_origin;
    url.setPath(QString::fromLatin1(path));
    QByteArray header;
    for (const QNetworkCookie &cookie : m_cookies->cookiesForUrl(url)) {
        if (!header.isEmpty())
            header += "; ";
        header += cookie.toRawForm(QNetworkCookie::NameAndValueOnly);
    }
    return header;
}

bool HttpClient::isConnected() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState && !m_peerClosed;
}

QString HttpClient::peerText() const
{
    const QString host = m_origin.host();
    const int port = m_origin.port(m_origin.scheme() == QLatin1String("https") ? 443 : 80);
    return host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]:%2").arg(host).arg(port)
                                           : QStringLiteral("%1:%2").arg(host).arg(port);
}

QString HttpClient::secondsText() const
{
    return QString::number(m_timeoutMs / 1000.0, 'g', 4);
}

void HttpClient::startNext()
{
    if (m_job || m_queue.empty())
        return;
    m_job = std::move(m_queue.front());
    m_queue.pop_front();
    m_job->bodyTotal = m_job->transfer.requestBody ? m_job->transfer.requestBodySize
                                                   : m_job->request.body.size();
    if (m_job->transfer.requestBody && m_job->bodyTotal < 0 && !m_job->transfer.requestBody->isSequential())
        m_job->bodyTotal = m_job->transfer.requestBody->size() - m_job->transfer.requestBody->pos();
    beginExchange();
}

void HttpClient::beginExchange()
{
    const QString scheme = m_origin.scheme();
    if (!m_origin.isValid() || m_origin.host().isEmpty()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        fail(tr("invalid server address \"%1\"").arg(m_origin.toDisplayString()));
        return;
    }
    m_parser = std::make_unique<Internal::ResponseParser>(m_job->request.method == "HEAD",
                                                          m_maxResponseBytes);
    Result fresh;
    fresh.redirects = m_job->result.redirects;
    fresh.url = m_job->result.url;
    // An auth retry or redirect over the same connection keeps that connection's open times.
    fresh.timings.tcpOpenRequestMs = m_job->result.timings.tcpOpenRequestMs;
    fresh.timings.tcpOpenResponseMs = m_job->result.timings.tcpOpenResponseMs;
    m_job->result = fresh;
    m_job->bodySent = 0;
    m_job->bodyFinished = false;
    m_job->wroteAnything = false;
    if (isConnected()) {
        m_job->reused = !m_socketFresh;
        writeRequest();
    } else {
        closeSocket();
        connectSocket();
    }
}

void HttpClient::connectSocket()
{
    m_job->reused = false;
    m_phase = Phase::Connecting;
    m_peerClosed = false;
    m_socketFresh = true;
    m_tlsError.clear();
    const bool tls = m_origin.scheme() == QLatin1String("https");
    const quint16 port = quint16(m_origin.port(tls ? 443 : 80));
    if (tls) {
        auto *ssl = new QSslSocket(this);
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        if (!m_caCertificates.isEmpty())
            conf.addCaCertificates(m_caCertificates);
        conf.setPeerVerifyMode(m_insecure ? QSslSocket::VerifyNone : QSslSocket::VerifyPeer);
        if (!m_clientCertificate.isNull()) {
            conf.setLocalCertificate(m_clientCertificate);
            conf.setPrivateKey(m_clientKey);
        }
        ssl->setSslConfiguration(conf);
        connect(ssl, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
            QStringList words;
            for (const QSslError &e : errors) {
                switch (e.error()) {
                case QSslError::SelfSignedCertificate:
                case QSslError::SelfSignedCertificateInChain:
                case QSslError::UnableToGetLocalIssuerCertificate:
                case QSslError::UnableToGetIssuerCertificate:
                case QSslError::UnableToVerifyFirstCertificate:
                case QSslError::CertificateUntrusted:
                    words << tr("certificate not trusted");
                    break;
                case QSslError::HostNameMismatch:
                    words << tr("certificate is not for %1").arg(m_origin.host());
                    break;
                case QSslError::CertificateExpired:
                    words << tr("certificate expired");
                    break;
                case QSslError::CertificateNotYetValid:
                    words << tr("certificate not yet valid");
                    break;
                default:
                    words << e.errorString();
                }
            }
            words.removeDuplicates();
            m_tlsError = words.join(QStringLiteral(", "));
        });
        connect(ssl, &QSslSocket::encrypted, this, &HttpClient::onConnected);
        m_socket = ssl;
    } else {
        m_socket = new QTcpSocket(this);
        connect(m_socket, &QAbstractSocket::connected, this, &HttpClient::onConnected);
    }
    connect(m_socket, &QAbstractSocket::connected, this, [this] {
        if (m_job)
            m_job->result.timings.tcpOpenResponseMs = nowMs();
        restartTimer();
    });
    connect(m_socket, &QIODevice::readyRead, this, &HttpClient::onReadyRead);
    connect(m_socket, &QIODevice::bytesWritten, this, &HttpClient::onBytesWritten);
    connect(m_socket, &QAbstractSocket::disconnected, this, &HttpClient::onDisconnected);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, &HttpClient::onSocketError);

    m_job->result.timings.tcpOpenRequestMs = nowMs();
    restartTimer();
    if (tls)
        static_cast<QSslSocket *>(m_socket)->connectToHostEncrypted(m_origin.host(), port);
    else
        m_socket->connectToHost(m_origin.host(), port);
}

void HttpClient::onConnected()
{
    Q_EMIT connected();
    if (m_job && m_phase == Phase::Connecting)
        writeRequest();
}

QByteArray HttpClient::authorizationFor(const QByteArray &method, const QByteArray &target)
{
    if (m_authMode == AuthMode::Basic) {
        // RFC 7617 §2: base64 of user-id ":" password, UTF-8 (§2.1 charset).
        return "Basic " + (m_user + QLatin1Char(':') + m_password).toUtf8().toBase64();
    }
    if (m_authMode == AuthMode::Digest && m_digest) {
        // RFC 7616 §3.4: a fresh cnonce and the next nonce count for every request.
        QByteArray cnonce(16, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(cnonce.data()), 4);
        return buildDigestAuthorization(m_digest->challenge, m_user.toUtf8(), m_password.toUtf8(),
                                        method, target, ++m_digest->nonceCount, cnonce.toHex());
    }
    return QByteArray();
}

void HttpClient::writeRequest()
{
    Job &job = *m_job;
    Request &rq = job.request;
    m_phase = Phase::Sending;
    QByteArray head;
    head.reserve(512);
    head += rq.method + ' ' + rq.target + " HTTP/1.1\r\n";
    const Headers &h = rq.headers;
    if (!h.contains("Host")) {
        const bool tls = m_origin.scheme() == QLatin1String("https");
        QByteArray host = m_origin.host(QUrl::FullyEncoded).toLatin1();
        if (host.contains(':'))
            host = '[' + host + ']';
        const int port = m_origin.port(-1);
        if (port != -1 && port != (tls ? 443 : 80))
            host += ':' + QByteArray::number(port);
        head += "Host: " + host + "\r\n";
    }
    if (!h.contains("User-Agent") && !m_userAgent.isEmpty())
        head += "User-Agent: " + m_userAgent + "\r\n";
    const QByteArray cookie = cookiesFor(rq.path());
    if (!cookie.isEmpty() && !h.contains("Cookie"))
        head += "Cookie: " + cookie + "\r\n";
    job.answeredChallenge = job.authRounds > 0;
    if (!h.contains("Authorization")) {
        const QByteArray auth = authorizationFor(rq.method, rq.target);
        if (!auth.isEmpty())
            head += "Authorization: " + auth + "\r\n";
    }
    for (const auto &[name, value] : h.fields()) {
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0
            || name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0)
            continue;
        head += name + ": " + value + "\r\n";
    }
    // RFC 9110 §8.6: a POST/PUT without a body still says Content-Length: 0 (the CWMP
    // empty POST, TR-069 §3.7.2.5); GET and HEAD without a body send none.
    if (job.bodyTotal < 0)
        head += "Transfer-Encoding: chunked\r\n";
    else if (job.bodyTotal > 0 || (rq.method != "GET" && rq.method != "HEAD"))
        head += "Content-Length: " + QByteArray::number(job.bodyTotal) + "\r\n";
    head += "\r\n";

    job.wireHead = head;
    job.result.timings.requestStartMs = nowMs();
    job.result.bytesSent = head.size();
    job.wroteAnything = true;
    if (m_socket->write(head) != head.size()) {
        fail(tr("could not send to %1: %2").arg(peerText(), m_socket->errorString()));
        return;
    }
    if (!job.transfer.requestBody) {
        if (!rq.body.isEmpty()) {
            m_socket->write(rq.body);
            job.result.bytesSent += rq.body.size();
            job.bodySent = rq.body.size();
        }
        job.bodyFinished = true;
        if (job.transfer.uploadProgress)
            job.transfer.uploadProgress(job.bodySent, job.bodyTotal);
    } else {
        QIODevice *source = job.transfer.requestBody;
        connect(source, &QIODevice::readyRead, this, &HttpClient::pumpRequestBody,
                Qt::UniqueConnection);
        pumpRequestBody();
    }
    restartTimer();
}

void HttpClient::pumpRequestBody()
{
    if (!m_job || m_phase != Phase::Sending || m_job->bodyFinished || !m_job->transfer.requestBody)
        return;
    Job &job = *m_job;
    QIODevice *source = job.transfer.requestBody;
    const bool chunked = job.bodyTotal < 0;
    while (m_socket && m_socket->bytesToWrite() < kUploadHighWater) {
        qint64 want = kUploadChunk;
        if (!chunked)
            want = qMin(want, job.bodyTotal - job.bodySent);
        QByteArray data;
        if (want > 0)
            data = source->read(want);
        if (data.isEmpty()) {
            const bool ended = want == 0 || source->atEnd()
                || (source->isSequential() && !source->isOpen());
            if (!ended)
                return; // wait for readyRead from the source
            if (!chunked && job.bodySent < job.bodyTotal) {
                fail(tr("upload source ended after %1 of %2 bytes").arg(job.bodySent).arg(job.bodyTotal));
                return;
            }
            if (chunked) {
                m_socket->write("0\r\n\r\n");
                job.result.bytesSent += 5;
            }
            job.bodyFinished = true;
            disconnect(source, &QIODevice::readyRead, this, &HttpClient::pumpRequestBody);
            return;
        }
        if (chunked) {
            const QByteArray size = QByteArray::number(data.size(), 16) + "\r\n";
            m_socket->write(size);
            m_socket->write(data);
            m_socket->write("\r\n");
            job.result.bytesSent += size.size() + data.size() + 2;
        } else {
            m_socket->write(data);
            job.result.bytesSent += data.size();
        }
        job.bodySent += data.size();
        if (job.transfer.uploadProgress) {
            QPointer<HttpClient> self(this);
            job.transfer.uploadProgress(job.bodySent, job.bodyTotal);
            if (!self || !m_job)
                return;
        }
    }
}

void HttpClient::onBytesWritten()
{
    if (!m_job)
        return;
    restartTimer();
    if (m_phase == Phase::Sending && !m_job->bodyFinished)
        pumpRequestBody();
    if (m_job && m_job->bodyFinished && m_socket && m_socket->bytesToWrite() == 0
        && m_job->result.timings.requestEndMs == 0)
        m_job->result.timings.requestEndMs = nowMs();
}

void HttpClient::restartTimer()
{
    if (m_timeoutMs > 0)
        m_timer->start(m_timeoutMs);
}

void HttpClient::onReadyRead()
{
    if (!m_socket)
        return;
    if (!m_job || !m_parser || m_phase == Phase::Connecting) {
        // Bytes nobody asked for on an idle connection: the peer is out of step.
        if (!m_job)
            closeSocket();
        return;
    }
    QByteArray data = m_socket->readAll();
    if (data.isEmpty())
        return;
    Job &job = *m_job;
    if (job.result.timings.responseFirstByteMs == 0) {
        job.result.timings.responseFirstByteMs = nowMs();
        if (job.result.timings.requestEndMs == 0)
            job.result.timings.requestEndMs = job.result.timings.responseFirstByteMs;
    }
    job.result.bytesReceived += data.size();
    m_phase = Phase::Receiving;
    restartTimer();
    QPointer<HttpClient> self(this);
    const qint64 before = m_parser->bodyBytes;
    const auto reportProgress = [&] {
        if (m_parser->bodyBytes == before || !job.transfer.downloadProgress || !m_parser->sink)
            return true;
        const bool encoded = m_parser->response.headers.contains("Content-Encoding");
        job.transfer.downloadProgress(m_parser->bodyBytes, encoded ? -1 : m_parser->contentLength);
        return bool(self) && m_job;
    };
    for (;;) {
        const auto event = m_parser->next(data);
        if (event == Internal::ResponseParser::Event::NeedMore)
            break;
        if (event == Internal::ResponseParser::Event::Error) {
            fail(m_parser->error);
            return;
        }
        if (event == Internal::ResponseParser::Event::Head) {
            onResponseHead();
            if (!self || !m_job)
                return;
            continue;
        }
        if (reportProgress())
            onResponseComplete();
        return;
    }
    reportProgress();
}

void HttpClient::onResponseHead()
{
    Job &job = *m_job;
    const Response &r = m_parser->response;
    // Stream only the final answer into the sink, not a 401 page or a redirect notice.
    const bool followable = m_followRedirects && (r.status == 301 || r.status == 302 || r.status == 303
                                                  || r.status == 307 || r.status == 308);
    if (job.transfer.responseSink && r.status >= 200 && r.status < 300 && !followable)
        m_parser->sink = job.transfer.responseSink;
}

void HttpClient::onResponseComplete()
{
    Job &job = *m_job;
    m_timer->stop();
    job.result.timings.responseLastByteMs = nowMs();
    if (job.result.timings.requestEndMs == 0)
        job.result.timings.requestEndMs = job.result.timings.responseLastByteMs;
    Response response = std::move(m_parser->response);
    const bool closeAfter = m_parser->closeAfter || m_peerClosed;
    job.result.bodyBytes = m_parser->bodyBytes;
    response.headers.remove("Transfer-Encoding");
    m_parser.reset();
    m_socketFresh = false;

    // RFC 6265 §5.3: store cookies from every response, also from 401 and redirects.
    QUrl here = m_origin;
    here.setPath(QString::fromLatin1(job.request.path()));
    for (const QByteArray &value : response.headers.values("Set-Cookie"))
        m_cookies->setCookiesFromUrl(QNetworkCookie::parseCookies(value), here);

    if (closeAfter)
        closeSocket();
    else
        m_phase = Phase::Idle;

    if (response.status == 401 && prepareAuthRetry(response)) {
        beginExchange();
        return;
    }
    const RedirectStep redirect = m_followRedirects ? prepareRedirect(response) : RedirectStep::None;
    if (redirect == RedirectStep::Follow) {
        beginExchange();
        return;
    }

    Result result = job.result;
    result.responded = true;
    result.reusedConnection = job.reused;
    result.response = std::move(response);
    result.ok = result.response.status >= 200 && result.response.status < 400;
    if (redirect == RedirectStep::TooMany) {
        result.ok = false;
        result.error = tr("too many redirects (more than %1)").arg(kMaxRedirects);
    } else if (result.response.status == 401) {
        result.error = job.authRounds > 0 || m_authMode != AuthMode::None
            ? tr("%1 refused the credentials (401)").arg(peerText())
            : (m_user.isEmpty() && m_password.isEmpty()
                   ? tr("%1 asks for credentials but none are set (401)").arg(peerText())
                   : tr("%1 offers no authentication scheme we support (401)").arg(peerText()));
        // The protection space refused us: the next request starts without credentials.
        m_authMode = AuthMode::None;
        m_digest.reset();
    } else if (!result.ok) {
        const QByteArray reason = result.response.reason.isEmpty() ? reasonPhrase(result.response.status)
                                                                   : result.response.reason;
        result.error = tr("%1 answered %2 %3")
                           .arg(peerText())
                           .arg(result.response.status)
                           .arg(QString::fromLatin1(reason));
    }
    finish(std::move(result));
}

bool HttpClient::prepareAuthRetry(const Response &response)
{
    Job &job = *m_job;
    if (m_user.isEmpty() && m_password.isEmpty())
        return false;
    if (job.authRounds >= kMaxAuthRounds)
        return false;
    QList<DigestChallenge> digests;
    bool basic = false;
    for (const QByteArray &value : response.headers.values("WWW-Authenticate")) {
        digests += parseDigestChallenges(value);
        for (const AuthScheme &scheme : parseAuthChallenges(value))
            basic = basic || scheme.isScheme("Basic");
    }
    // Strongest first: Digest SHA-256, Digest MD5, then Basic only when offered
    // (RFC 7616 §3.7). Digest challenges must allow qop "auth" or no qop at all.
    const DigestChallenge *chosen = nullptr;
    for (const DigestAlgorithm wanted : {DigestAlgorithm::Sha256, DigestAlgorithm::Md5}) {
        for (const DigestChallenge &c : digests) {
            if (c.algorithm == wanted && !c.userhash && (c.qop.isEmpty() || c.qop.contains("auth"))) {
                chosen = &c;
                break;
            }
        }
        if (chosen)
            break;
    }
    // A challenge answering the credentials we built from a challenge in this very request
    // means they are wrong, unless the server only found the nonce stale (RFC 7616 §3.3).
    if (job.answeredChallenge && !(chosen && chosen->stale))
        return false;
    if (chosen) {
        m_authMode = AuthMode::Digest;
        m_digest = std::make_unique<DigestState>();
        m_digest->challenge = *chosen;
    } else if (basic) {
        m_authMode = AuthMode::Basic;
        m_digest.reset();
    } else {
        return false;
    }
    ++job.authRounds;
    if (!rewindRequestBody())
        return false;
    return true;
}

HttpClient::RedirectStep HttpClient::prepareRedirect(const Response &response)
{
    Job &job = *m_job;
    const int s = response.status;
    if (s != 301 && s != 302 && s != 303 && s != 307 && s != 308)
        return RedirectStep::None;
    const auto location = response.headers.value("Location");
    if (!location || location->isEmpty())
        return RedirectStep::None;
    if (job.result.redirects >= kMaxRedirects)
        return RedirectStep::TooMany;
    QUrl current = m_origin;
    current.setPath(QString::fromLatin1(job.request.path()));
    const QUrl target = current.resolved(QUrl::fromEncoded(location->trimmed()));
    if (!target.isValid() || (target.scheme() != QLatin1String("http") && target.scheme() != QLatin1String("https")))
        return RedirectStep::None;
    if (!rewindRequestBody())
        return RedirectStep::None;
    const int redirects = job.result.redirects + 1;
    QUrl newOrigin = target;
    newOrigin.setPath(QString());
    newOrigin.setQuery(QString());
    newOrigin.setFragment(QString());
    newOrigin.setUserInfo(QString());
    if (newOrigin != m_origin) {
        // TR-069 §3.4.5: the CPE keeps talking to the redirected ACS for the rest of the
        // session, so the client re-binds to the new origin.
        closeSocket();
        m_origin = newOrigin;
        m_authMode = AuthMode::None;
        m_digest.reset();
    }
    QByteArray path = target.path(QUrl::FullyEncoded).toLatin1();
    if (path.isEmpty())
        path = "/";
    if (target.hasQuery())
        path += '?' + target.query(QUrl::FullyEncoded).toLatin1();
    job.request.target = path;
    // 303 turns any method into GET (RFC 9110 §15.4.4). For 301/302 the method is kept:
    // a CPE re-sends its Inform to the new ACS URL (TR-069 §3.4.5).
    if (s == 303 && job.request.method != "HEAD") {
        job.request.method = "GET";
        job.request.body.clear();
        job.transfer.requestBody = nullptr;
        job.bodyTotal = 0;
    }
    job.authRounds = 0;
    job.result.redirects = redirects;
    job.result.url = target;
    return RedirectStep::Follow;
}

bool HttpClient::rewindRequestBody()
{
    Job &job = *m_job;
    QIODevice *source = job.transfer.requestBody;
    if (!source)
        return true;
    if (source->isSequential() || !source->seek(source->pos() - job.bodySent)) {
        return false;
    }
    job.bodySent = 0;
    return true;
}

void HttpClient::onDisconnected()
{
    m_peerClosed = true;
    if (!m_socket)
        return;
    if (m_socket->bytesAvailable() > 0) {
        QPointer<HttpClient> self(this);
        onReadyRead();
        if (!self)
            return;
    }
    if (!m_socket)
        return;
    if (!m_job || m_phase == Phase::Idle) {
        closeSocket();
        return;
    }
    if (m_phase == Phase::Connecting) {
        fail(tr("%1 closed the connection while it was being opened").arg(peerText()));
        return;
    }
    if (m_parser && m_parser->closed() == Internal::ResponseParser::Event::Done
        && m_parser->sawAnyByte) {
        onResponseComplete();
        return;
    }
    // The keep-alive race: the server dropped an idle connection just as this request went
    // out. RFC 9112 §9.3.1 allows one automatic retry when the request cannot have been
    // applied; we retry idempotent methods only, once, on a reused connection.
    const bool nothingBack = !m_parser || !m_parser->sawAnyByte;
    if (m_job->reused && nothingBack && !m_job->retried && isIdempotent(m_job->request.method)
        && rewindRequestBody()) {
        m_job->retried = true;
        closeSocket();
        beginExchange();
        return;
    }
    fail(nothingBack ? tr("%1 closed the connection without answering").arg(peerText())
                     : tr("%1 closed the connection before the response was complete").arg(peerText()));
}

void HttpClient::onSocketError()
{
    if (!m_socket)
        return;
    const auto error = m_socket->error();
    if (error == QAbstractSocket::RemoteHostClosedError) {
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            onDisconnected();
        return; // disconnected() follows
    }
    if (!m_job) {
        closeSocket();
        return;
    }
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        fail(tr("connection refused by %1").arg(peerText()));
        break;
    case QAbstractSocket::HostNotFoundError:
        fail(tr("host not found: %1").arg(m_origin.host()));
        break;
    case QAbstractSocket::SslHandshakeFailedError:
        fail(tr("TLS: %1").arg(m_tlsError.isEmpty() ? m_socket->errorString() : m_tlsError));
        break;
    default:
        fail(tr("connection to %1 failed: %2").arg(peerText(), m_socket->errorString()));
    }
}

void HttpClient::onTimeout()
{
    if (!m_job)
        return;
    if (m_phase == Phase::Connecting)
        fail(tr("no answer from %1 in %2 s (connecting)").arg(peerText(), secondsText()));
    else
        fail(tr("no answer from %1 in %2 s").arg(peerText(), secondsText()));
}

void HttpClient::fail(const QString &error)
{
    if (!m_job)
        return;
    Result result = m_job->result;
    result.ok = false;
    result.error = error;
    result.reusedConnection = m_job->reused;
    m_parser.reset();
    // A connection in an unknown state is not reused (RFC 9112 §9.6).
    closeSocket();
    finish(std::move(result));
}

void HttpClient::finish(Result result)
{
    std::unique_ptr<Job> job = std::move(m_job);
    m_timer->stop();
    m_phase = Phase::Idle;
    if (job->transfer.requestBody)
        disconnect(job->transfer.requestBody, nullptr, this, nullptr);
    result.elapsedMs = job->clock.elapsed();
    if (result.url.isEmpty()) {
        result.url = m_origin;
        result.url.setPath(QString::fromLatin1(job->request.path()));
        const QByteArray query = job->request.query();
        if (!query.isEmpty())
            result.url.setQuery(QString::fromLatin1(query));
    }
    QPointer<HttpClient> self(this);
    if (job->done)
        job->done(result);
    if (self)
        QMetaObject::invokeMethod(this, &HttpClient::startNext, Qt::QueuedConnection);
}

void HttpClient::closeSocket()
{
    if (!m_socket)
        return;
    QAbstractSocket *socket = m_socket;
    m_socket = nullptr;
    const bool wasUp = socket->state() == QAbstractSocket::ConnectedState || m_peerClosed;
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
    m_peerClosed = false;
    if (m_phase != Phase::Idle && !m_job)
        m_phase = Phase::Idle;
    if (wasUp)
        QMetaObject::invokeMethod(this, [this] { Q_EMIT disconnected(); }, Qt::QueuedConnection);
}

} // namespace http
