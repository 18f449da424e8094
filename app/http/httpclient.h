#pragma once

// An HTTP/1.1 client bound to one origin over one persistent connection, as a CPE keeps one
// TCP connection per CWMP session (TR-069 §3.4). QNetworkAccessManager is not used on
// purpose: it shares connections per host and credentials per host/realm, so a thousand
// simulated devices in one process would share what each device must own.

#include "httpmessage.h"

#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QUrl>

#include <deque>
#include <functional>
#include <memory>

class QAbstractSocket;
class QIODevice;
class QNetworkCookieJar;
class QSslSocket;
class QTimer;

namespace http {

namespace Internal {
class ResponseParser;
}

// Wall-clock instants (ms since the epoch, 0 = did not happen) of one exchange, as TR-143
// reports them: TCPOpenRequestTime, TCPOpenResponseTime, ROMTime, BOMTime, EOMTime.
struct Timings {
    qint64 tcpOpenRequestMs = 0;    // connect() called; 0 when a connection of an earlier request was reused
    qint64 tcpOpenResponseMs = 0;   // TCP (and TLS, for https) established
    qint64 requestStartMs = 0;      // first byte of the request line written (ROM)
    qint64 requestEndMs = 0;        // last byte of the request body left the socket buffer
    qint64 responseFirstByteMs = 0; // first byte of the response (BOM for downloads)
    qint64 responseLastByteMs = 0;  // last byte of the response (EOM)
};

struct Result {
    bool ok = false;          // a final response with a 1xx-3xx status arrived
    bool responded = false;   // any final response arrived (also for 4xx/5xx)
    Response response;        // body empty when it was streamed into a sink
    QString error;            // plain words, empty when ok
    qint64 elapsedMs = 0;     // from send() to the result
    Timings timings;          // of the last exchange (after redirects and auth retries)
    qint64 bytesSent = 0;     // request bytes on the wire, head included, last exchange
    qint64 bytesReceived = 0; // response bytes on the wire, head included, last exchange
    qint64 bodyBytes = 0;     // decoded body bytes delivered (to the sink or into body)
    QUrl url;                 // the URL finally answered (after redirects)
    int redirects = 0;
    bool reusedConnection = false;
};

// Streaming parts of one exchange; everything optional.
struct Transfer {
    QIODevice *requestBody = nullptr;  // sent instead of Request::body; must stay alive
    qint64 requestBodySize = -1;       // -1: device size if random-access, else chunked
    QIODevice *responseSink = nullptr; // 2xx bodies go here instead of Response::body
    std::function<void(qint64 sent, qint64 total)> uploadProgress;
    std::function<void(qint64 received, qint64 total)> downloadProgress; // total -1: unknown
};

class HttpClient : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultTimeoutMs = 30'000;
    static constexpr qint64 kDefaultMaxResponseBytes = 16 * 1024 * 1024;
    static constexpr int kMaxRedirects = 5; // TR-069 §3.4.5: at least 5 per session

    // origin: scheme (http/https), host and port; a path in it is ignored.
    explicit HttpClient(const QUrl &origin, QObject *parent = nullptr);
    ~HttpClient() override;

    QUrl origin() const { return m_origin; }

    void setCredentials(const QString &user, const QString &password);
    // caCertificates are trusted in addition to the system store; insecure skips verification.
    void setTls(const QList<QSslCertificate> &caCertificates, bool insecure);
    void setClientCertificate(const QSslCertificate &certificate, const QSslKey &key);
    // Inactivity limit: connecting, or waiting for the next byte of a response.
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    // Applies to the decoded body and to the compressed bytes alike; < 0: no limit.
    void setMaxResponseBytes(qint64 bytes) { m_maxResponseBytes = bytes; }
    void setFollowRedirects(bool follow) { m_followRedirects = follow; }
    void setUserAgent(const QByteArray &userAgent) { m_userAgent = userAgent; }

    // Requests are queued and sent one at a time over the same connection. Host,
    // Content-Length, Cookie and Authorization are filled in. done is called exactly once,
    // never from inside send() itself (abort() fails pending requests at once), and never
    // after the client is destroyed.
    void send(Request request, std::function<void(const Result &)> done);
    void send(Request request, Transfer transfer, std::function<void(const Result &)> done);

    // Fails the current and queued requests with "aborted" and closes the connection.
    void abort();
    // A CPE drops its cookies when the session ends (TR-069 §3.4.1).
    void clearCookies();
    // The cookie header value that would be sent to path now, for tests and logs.
    QByteArray cookiesFor(const QByteArray &path) const;
    bool isConnected() const;

Q_SIGNALS:
    void connected();
    void disconnected();

private:
    struct Job;
    enum class Phase { Idle, Connecting, Sending, Receiving };

    void startNext();
    void beginExchange();
    void connectSocket();
    void writeRequest();
    void pumpRequestBody();
    void onConnected();
    void onReadyRead();
    void onBytesWritten();
    void onDisconnected();
    void onSocketError();
    void onTimeout();
    void onResponseHead();
    void onResponseComplete();
    void closeSocket();
    void restartTimer();
    void fail(const QString &error);
    void finish(Result result);
    bool rewindRequestBody();
    bool prepareAuthRetry(const Response &response);
    enum class RedirectStep { None, Follow, TooMany };
    RedirectStep prepareRedirect(const Response &response);
    QByteArray authorizationFor(const QByteArray &method, const QByteArray &target);
    QString peerText() const;
    QString secondsText() const;

    QUrl m_origin;
    QString m_user;
    QString m_password;
    QList<QSslCertificate> m_caCertificates;
    bool m_insecure = false;
    QSslCertificate m_clientCertificate;
    QSslKey m_clientKey;
    int m_timeoutMs = kDefaultTimeoutMs;
    qint64 m_maxResponseBytes = kDefaultMaxResponseBytes;
    bool m_followRedirects = false;
    QByteArray m_userAgent = "CWMP-Workbench/1";

    QAbstractSocket *m_socket = nullptr;
    bool m_socketFresh = false;   // no exchange completed on it yet
    bool m_peerClosed = false;
    Phase m_phase = Phase::Idle;
    QTimer *m_timer = nullptr;
    QString m_tlsError;
    std::unique_ptr<Internal::ResponseParser> m_parser;
    std::unique_ptr<Job> m_job;
    std::deque<std::unique_ptr<Job>> m_queue;
    std::unique_ptr<QNetworkCookieJar> m_cookies;

    // Authentication state, kept across requests of the session (RFC 7616 §3.4: the nonce
    // is reused with an incrementing nonce count until the server calls it stale).
    enum class AuthMode { None, Basic, Digest };
    AuthMode m_authMode = AuthMode::None;
    struct DigestState;
    std::unique_ptr<DigestState> m_digest;
};

} // namespace http
