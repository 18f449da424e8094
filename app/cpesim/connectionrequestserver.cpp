#include "connectionrequestserver.h"

#include <http/server.h>

namespace cpesim {

namespace {

http::Response emptyResponse(int status)
{
    http::Response response;
    response.status = status;
    return response;
}

} // namespace

ConnectionRequestServer::ConnectionRequestServer(QObject *parent)
    : QObject(parent)
{
    m_server = std::make_unique<http::Server>(static_cast<http::RequestHandler *>(this));
    // cwmp-facts §10.1: the connection request is authenticated with Digest (⚠ MEM: Basic
    // is not offered; the authenticator would only allow it over TLS anyway).
    m_authenticator.setMode(http::AuthMode::Digest);
    m_authenticator.setRealm("cwmp-cpe-sim");
    m_authenticator.setCredentialLookup([this](const QByteArray &username) -> std::optional<QByteArray> {
        if (!m_credentials)
            return std::nullopt;
        const auto [user, password] = m_credentials();
        if (username != user.toUtf8())
            return std::nullopt;
        return password.toUtf8();
    });
    // A connection request is a single GET; keep what a peer can make us hold small.
    http::ServerLimits limits;
    limits.maxBodyBytes = 4096;
    limits.maxConnections = 16;
    limits.maxConnectionsPerAddress = 8;
    limits.idleTimeoutMs = 10000;
    m_server->setLimits(limits);
}

ConnectionRequestServer::~ConnectionRequestServer()
{
    m_server.reset(); // before the handler (this) goes
}

bool ConnectionRequestServer::listen(const QHostAddress &address, quint16 port)
{
    return m_server->listen(address, port);
}

void ConnectionRequestServer::close()
{
    m_server->close();
}

bool ConnectionRequestServer::isListening() const
{
    return m_server->isListening();
}

quint16 ConnectionRequestServer::port() const
{
    return m_server->serverPort();
}

QString ConnectionRequestServer::errorString() const
{
    return m_server->errorString();
}

void ConnectionRequestServer::handleRequest(const http::Request &request, http::Responder responder)
{
    if (request.method != "GET") {
        http::Response response = emptyResponse(405);
        response.headers.add("Allow", "GET");
        responder.send(std::move(response));
        Q_EMIT refused(405, QStringLiteral("method %1").arg(QString::fromLatin1(request.method.left(16))));
        return;
    }
    const auto [user, password] = m_credentials ? m_credentials() : std::pair<QString, QString>();
    // With no credentials configured the request is not authenticated (DM: the
    // ConnectionRequestUsername/Password pair is what the ACS must present, if set).
    if (!user.isEmpty() || !password.isEmpty()) {
        const http::AuthResult auth = m_authenticator.check(request);
        if (!auth.ok) {
            responder.send(auth.challenge);
            Q_EMIT refused(auth.challenge.status, auth.failureReason);
            return;
        }
    }
    const bool running = m_sessionRunning && m_sessionRunning();
    const bool tooSoon = m_lastAccepted.isValid() && m_lastAccepted.elapsed() < m_minimumIntervalMs;
    if (running) {
        // TR-069 §3.2.2: a request during a session gives at most one session after it.
        m_lastAccepted.start();
        responder.send(emptyResponse(503));
        Q_EMIT accepted(true);
        return;
    }
    if (tooSoon) {
        // Rate limit (cwmp-facts §10.1): 503 without Retry-After, no session.
        responder.send(emptyResponse(503));
        Q_EMIT refused(503, QStringLiteral("rate-limited"));
        return;
    }
    m_lastAccepted.start();
    responder.send(emptyResponse(200));
    Q_EMIT accepted(false);
}

} // namespace cpesim
