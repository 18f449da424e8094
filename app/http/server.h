#pragma once

// A compact HTTP/1.1 server (RFC 9112) over QTcpServer, with optional TLS and mutual TLS.
// Unlike the QtHttpServer preview in Qt 6.4 it bounds everything a peer controls, streams
// request and response bodies, and lets the handler hold a response back.

#include "requesthandler.h"
#include "serverlimits.h"
#include "tlssettings.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>

#include <map>
#include <memory>
#include <optional>

namespace http {

class Connection;

class Server : public QObject
{
    Q_OBJECT

public:
    // The handler must outlive the server.
    explicit Server(RequestHandler *handler, QObject *parent = nullptr);
    ~Server() override;

    // Applies to connections accepted afterwards.
    void setLimits(const ServerLimits &limits) { m_limits = limits; }
    ServerLimits limits() const { return m_limits; }

    // Port 0 picks a free port (see serverPort()). With tls, every connection is HTTPS.
    bool listen(const QHostAddress &address, quint16 port,
                const std::optional<TlsSettings> &tls = {});
    // Stops listening and closes every connection (pending responses are dropped).
    void close();
    bool isListening() const;
    bool isSecure() const { return m_tls.has_value(); }
    quint16 serverPort() const;
    QHostAddress serverAddress() const;
    // Why listen() failed, in plain words ("port 7547 is already in use").
    QString errorString() const { return m_errorString; }

    int connectionCount() const { return int(m_connections.size()); }

Q_SIGNALS:
    void connectionRejected(const QHostAddress &peer, const QString &reason);
    void tlsError(const QHostAddress &peer, const QString &reason);

private:
    void onIncoming(qintptr descriptor);
    void rejectPlain(qintptr descriptor, const QHostAddress &peer);
    void onConnectionFinished(quint64 id);

    class Listener;
    RequestHandler *m_handler;
    ServerLimits m_limits;
    std::optional<TlsSettings> m_tls;
    std::unique_ptr<Listener> m_listener;
    QString m_errorString;
    quint64 m_nextConnectionId = 1;
    std::map<quint64, Connection *> m_connections;
    QHash<QHostAddress, int> m_perAddress;
};

} // namespace http
