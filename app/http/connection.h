#pragma once

// One accepted TCP (or TLS) connection: feeds the socket's bytes to a RequestParser, hands
// complete requests to the RequestHandler, and writes responses back in request order
// (RFC 9112 §9.3.2 pipelining), streaming large bodies as the socket drains.

#include "contentdecoder.h"
#include "requestparser.h"
#include "responseslot.h"
#include "serverlimits.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <deque>
#include <memory>

class QTcpSocket;

namespace http {

class BodySink;
class RequestHandler;

class Connection : public QObject
{
    Q_OBJECT

public:
    Connection(QTcpSocket *socket, quint64 id, bool secure, RequestHandler *handler,
               const ServerLimits &limits, QObject *parent = nullptr);
    ~Connection() override;

    quint64 id() const { return m_id; }
    QHostAddress peerAddress() const { return m_peerAddress; }
    // Starts reading; for TLS call it once the handshake finished.
    void start();
    // Closes at once, abandoning pending responses.
    void abort();

    // From Responder::send.
    void submit(const std::shared_ptr<ResponseSlot> &slot, Response response);

Q_SIGNALS:
    void finished(quint64 id);

private:
    void onReadyRead();
    void processInput();
    void onHeadComplete();
    bool onBodyData(QByteArrayView data);
    void onMessageComplete();
    void failRequest(int status, const QByteArray &reason);
    void writeResponses();
    void writeHead(const ResponseSlot &slot, const Response &response, qint64 contentLength,
                   bool chunked, bool close);
    void pumpStream();
    void onBytesWritten();
    void finishCurrentResponse();
    void updateTimers();
    void onHeaderTimeout();
    void onIdleTimeout();
    void onDisconnected();
    void abortBody();
    void scheduleProcessInput();

    QTcpSocket *m_socket;
    quint64 m_id;
    bool m_secure;
    QHostAddress m_peerAddress;
    quint16 m_peerPort = 0;
    RequestHandler *m_handler;
    ServerLimits m_limits;
    RequestParser m_parser;

    QByteArray m_input;          // bytes read from the socket but not yet parsed
    qsizetype m_inputPos = 0;
    bool m_started = false;
    bool m_stopReading = false;  // after Connection: close or an error
    bool m_closing = false;      // final response queued; close when written
    bool m_finished = false;
    bool m_shutDown = false;     // our side of the connection is closed
    bool m_servedAny = false;
    bool m_processScheduled = false;

    // The request being received.
    Request m_request;
    std::shared_ptr<ResponseSlot> m_currentSlot;
    std::unique_ptr<BodySink> m_sink;
    std::unique_ptr<ContentDecoder> m_decoder;
    QByteArray m_body;

    // Responses owed, oldest first.
    std::deque<std::shared_ptr<ResponseSlot>> m_pending;
    // The streamed body being written for the front slot.
    std::shared_ptr<QIODevice> m_stream;
    qint64 m_streamRemaining = -1;   // -1: unknown length
    bool m_streamChunked = false;
    bool m_streamCloseWhenDone = false;
    QMetaObject::Connection m_streamReadyRead;
    QMetaObject::Connection m_streamFinished;

    QTimer m_headerTimer;
    QTimer m_idleTimer;
};

} // namespace http
