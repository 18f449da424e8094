#pragma once

#include <http/authenticator.h>
#include <http/requesthandler.h>

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>

#include <functional>
#include <memory>
#include <utility>

namespace http {
class Server;
}

namespace cpesim {

// The CPE's HTTP connection-request listener (TR-069 §3.2.2, cwmp-facts §10.1): a GET with
// Digest credentials (ManagementServer.ConnectionRequestUsername/Password, read anew for
// every request so an SPV takes effect at once) asks the device to open a session.
// 200 accepted; 401 challenge or bad credentials; 503 when rate-limited or while a session
// runs (that one is still honoured by one session afterwards). No bodies.
class ConnectionRequestServer : public QObject, private http::RequestHandler
{
    Q_OBJECT

public:
    using Credentials = std::function<std::pair<QString, QString>()>; // username, password

    explicit ConnectionRequestServer(QObject *parent = nullptr);
    ~ConnectionRequestServer() override;

    void setCredentials(Credentials credentials) { m_credentials = std::move(credentials); }
    void setSessionRunning(std::function<bool()> running) { m_sessionRunning = std::move(running); }
    void setMinimumIntervalMs(int ms) { m_minimumIntervalMs = ms; }

    bool listen(const QHostAddress &address, quint16 port);
    void close();
    bool isListening() const;
    quint16 port() const;
    QString errorString() const;

Q_SIGNALS:
    // A valid connection request: the device should open a session with
    // "6 CONNECTION REQUEST" (after the running one, when duringSession).
    void accepted(bool duringSession);
    void refused(int status, const QString &reason);

private:
    void handleRequest(const http::Request &request, http::Responder responder) override;

    std::unique_ptr<http::Server> m_server;
    http::Authenticator m_authenticator;
    Credentials m_credentials;
    std::function<bool()> m_sessionRunning;
    int m_minimumIntervalMs = 2000;
    QElapsedTimer m_lastAccepted;
};

} // namespace cpesim
