#include "server.h"

#include "connection.h"

#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpServer>
#include <QTimer>

namespace http {

namespace {
constexpr int kRejectGraceMs = 1000;  // time for a 503 to leave before we drop the socket
}

// QTcpServer hands us raw descriptors so that limits apply before any TLS work is done.
class Server::Listener : public QTcpServer
{
public:
    explicit Listener(Server *server) : m_server(server) {}

protected:
    void incomingConnection(qintptr descriptor) override { m_server->onIncoming(descriptor); }

private:
    Server *m_server;
};

Server::Server(RequestHandler *handler, QObject *parent) : QObject(parent), m_handler(handler) {}

Server::~Server()
{
    close();
}

bool Server::listen(const QHostAddress &address, quint16 port,
                    const std::optional<TlsSettings> &tls)
{
    close();
    m_errorString.clear();
    if (tls) {
        if (!QSslSocket::supportsSsl()) {
            m_errorString = tr("TLS is not available: the OpenSSL library could not be loaded");
            return false;
        }
        if (tls->certificate.isNull() || tls->key.isNull()) {
            m_errorString = tr("the TLS certificate or its private key is missing");
            return false;
        }
        if (tls->requireClientCertificate && tls->clientCaCertificates.isEmpty()) {
            m_errorString = tr("client certificates are required but no CA certificate to "
                               "check them against is configured");
            return false;
        }
    }
    m_listener = std::make_unique<Listener>(this);
    if (!m_listener->listen(address, port)) {
        const auto error = m_listener->serverError();
        const QString portText = QString::number(port);
        switch (error) {
        case QAbstractSocket::AddressInUseError:
            m_errorString = tr("port %1 is already in use").arg(portText);
            break;
        case QAbstractSocket::SocketAccessError:
            m_errorString = tr("no permission to listen on port %1 (ports below 1024 need "
                               "administrator rights)").arg(portText);
            break;
        case QAbstractSocket::SocketAddressNotAvailableError:
            m_errorString = tr("the address %1 does not belong to this computer")
                                .arg(address.toString());
            break;
        default:
            m_errorString = tr("cannot listen on %1 port %2: %3")
                                .arg(address.toString(), portText, m_listener->errorString());
            break;
        }
        m_listener.reset();
        return false;
    }
    m_tls = tls;
    return true;
}

void Server::close()
{
    if (m_listener) {
        m_listener->close();
        m_listener.reset();
    }
    // Abort each connection; finished() removes it from the map.
    while (!m_connections.empty()) {
        Connection *connection = m_connections.begin()->second;
        const quint64 id = m_connections.begin()->first;
        connection->abort();
        if (m_connections.count(id)) // abort() normally reports finished()
            onConnectionFinished(id);
    }
    m_tls.reset();
}

bool Server::isListening() const
{
    return m_listener && m_listener->isListening();
}

quint16 Server::serverPort() const
{
    return m_listener ? m_listener->serverPort() : 0;
}

QHostAddress Server::serverAddress() const
{
    return m_listener ? m_listener->serverAddress() : QHostAddress();
}

void Server::onIncoming(qintptr descriptor)
{
    QTcpSocket *socket = m_tls ? new QSslSocket : new QTcpSocket;
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    const QHostAddress peer = socket->peerAddress();
    const bool tooMany = int(m_connections.size()) >= m_limits.maxConnections;
    const bool tooManyFromPeer = m_perAddress.value(peer) >= m_limits.maxConnectionsPerAddress;
    if (tooMany || tooManyFromPeer) {
        const QString reason = tooMany ? tr("too many connections")
                                       : tr("too many connections from this address");
        Q_EMIT connectionRejected(peer, reason);
        if (m_tls) {
            // No HTTP can be spoken before a handshake we are not willing to do.
            socket->abort();
            delete socket;
            return;
        }
        // RFC 9110 §15.6.4: 503 tells the client the refusal is temporary.
        socket->write("HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\n"
                      "Retry-After: 5\r\nConnection: close\r\n\r\n");
        socket->disconnectFromHost();
        connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(kRejectGraceMs, socket, [socket] {
            socket->abort();
            socket->deleteLater();
        });
        return;
    }

    const quint64 id = m_nextConnectionId++;
    auto *connection = new Connection(socket, id, m_tls.has_value(), m_handler, m_limits, this);
    m_connections.emplace(id, connection);
    m_perAddress[peer] += 1;
    connect(connection, &Connection::finished, this, &Server::onConnectionFinished);

    if (!m_tls) {
        connection->start();
        return;
    }
    auto *ssl = static_cast<QSslSocket *>(socket);
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(m_tls->certificate);
    config.setPrivateKey(m_tls->key);
    config.setLocalCertificateChain(QList<QSslCertificate>{m_tls->certificate} + m_tls->chain);
    // TR-069 Amendment 6 asks for TLS 1.2 or later.
    config.setProtocol(QSsl::TlsV1_2OrLater);
    if (m_tls->requireClientCertificate) {
        config.setPeerVerifyMode(QSslSocket::VerifyPeer);
        config.setCaCertificates(m_tls->clientCaCertificates);
    } else {
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
    }
    ssl->setSslConfiguration(config);
    connect(ssl, &QSslSocket::encrypted, connection, &Connection::start);
    connect(ssl, &QSslSocket::sslErrors, this, [this, ssl, peer](const QList<QSslError> &errors) {
        QStringList texts;
        for (const QSslError &error : errors)
            texts.append(error.errorString());
        Q_EMIT tlsError(peer, texts.join(QStringLiteral("; ")));
        Q_UNUSED(ssl);
    });
    connect(ssl, &QAbstractSocket::errorOccurred, this,
            [this, ssl, peer, connection](QAbstractSocket::SocketError error) {
                if (error == QAbstractSocket::SslHandshakeFailedError
                    || (!ssl->isEncrypted() && error != QAbstractSocket::RemoteHostClosedError)) {
                    Q_EMIT tlsError(peer, ssl->errorString());
                    connection->abort();
                } else if (!ssl->isEncrypted()) {
                    Q_EMIT tlsError(peer, tr("the client closed the connection during the TLS "
                                             "handshake"));
                    connection->abort();
                }
            });
    ssl->startServerEncryption();
}

void Server::onConnectionFinished(quint64 id)
{
    auto it = m_connections.find(id);
    if (it == m_connections.end())
        return;
    Connection *connection = it->second;
    m_connections.erase(it);
    const QHostAddress peer = connection->peerAddress();
    if (--m_perAddress[peer] <= 0)
        m_perAddress.remove(peer);
    connection->deleteLater();
    m_handler->connectionClosed(id);
}

} // namespace http
