#include "connection.h"

#include "bodysink.h"
#include "requesthandler.h"
#include "responder.h"

#include <QDateTime>
#include <QLocale>
#include <QSslSocket>
#include <QTcpSocket>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace http {

namespace {

constexpr qint64 kReadPiece = 64 * 1024;
constexpr qint64 kSocketReadBuffer = 1024 * 1024;  // TCP back-pressure beyond this
constexpr qint64 kStreamPiece = 64 * 1024;
constexpr qint64 kWriteHighWater = 256 * 1024;     // stop reading a body stream above this
constexpr int kLingerMs = 2000;                     // drain after the final response

QByteArray httpDate()
{
    // RFC 9110 §5.6.7 IMF-fixdate, always in English.
    return QLocale::c()
        .toString(QDateTime::currentDateTimeUtc(), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'")
        .toLatin1();
}

bool isSafeFieldPart(const QByteArray &text)
{
    // Refuse to emit a field that would split the response (header injection).
    return !text.contains('\r') && !text.contains('\n') && !text.contains('\0');
}

} // namespace

Connection::Connection(QTcpSocket *socket, quint64 id, bool secure, RequestHandler *handler,
                       const ServerLimits &limits, QObject *parent)
    : QObject(parent),
      m_socket(socket),
      m_id(id),
      m_secure(secure),
      m_peerAddress(socket->peerAddress()),
      m_peerPort(socket->peerPort()),
      m_handler(handler),
      m_limits(limits),
      m_parser(ParserLimits{limits.maxHeaderBytes, limits.maxHeaderCount, limits.maxBodyBytes})
{
    m_socket->setParent(this);
    m_socket->setReadBufferSize(kSocketReadBuffer);
    m_headerTimer.setSingleShot(true);
    m_idleTimer.setSingleShot(true);
    connect(&m_headerTimer, &QTimer::timeout, this, &Connection::onHeaderTimeout);
    connect(&m_idleTimer, &QTimer::timeout, this, &Connection::onIdleTimeout);
    connect(m_socket, &QAbstractSocket::disconnected, this, &Connection::onDisconnected);
    // The head timeout also bounds a TLS handshake that never completes.
    m_headerTimer.start(m_limits.headerTimeoutMs);
}

Connection::~Connection()
{
    if (!m_finished) {
        m_finished = true;
        for (const auto &slot : m_pending)
            slot->closed = true;
        abortBody();
    }
}

void Connection::start()
{
    if (m_started || m_finished)
        return;
    m_started = true;
    connect(m_socket, &QIODevice::readyRead, this, &Connection::onReadyRead);
    connect(m_socket, &QIODevice::bytesWritten, this, &Connection::onBytesWritten);
    m_headerTimer.stop();
    updateTimers();
    processInput();
}

void Connection::onBytesWritten()
{
    if (m_finished)
        return;
    if (m_idleTimer.isActive() && !m_closing)
        m_idleTimer.start();
    pumpStream();
    if (m_closing && !m_shutDown && m_socket->bytesToWrite() == 0 && !m_stream) {
        m_shutDown = true;
        m_idleTimer.start(kLingerMs);
#ifdef Q_OS_UNIX
        if (!m_secure) {
            // Lingering close (RFC 9112 §9.6): half-close so the client reads the final
            // response, and keep draining its input so a TCP reset does not destroy it.
            ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
            return;
        }
#endif
        m_socket->disconnectFromHost();
    }
}

void Connection::abort()
{
    if (m_finished)
        return;
    m_socket->abort();
    onDisconnected();
}

void Connection::onReadyRead()
{
    if (m_closing) {
        m_socket->readAll(); // lingering: discard
        return;
    }
    processInput();
}

void Connection::scheduleProcessInput()
{
    if (m_processScheduled || m_stopReading || m_finished)
        return;
    m_processScheduled = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_processScheduled = false;
            processInput();
        },
        Qt::QueuedConnection);
}

void Connection::processInput()
{
    while (!m_finished && !m_stopReading && m_started) {
        // Pipelining back-pressure: stop taking requests while too many are unanswered.
        if (m_parser.isIdle() && qsizetype(m_pending.size()) >= m_limits.maxPipelinedRequests)
            break;
        if (m_inputPos >= m_input.size()) {
            // Only what is there: a fixed 64 KiB read allocates (and frees) that much for
            // every small CWMP message, which showed up as heap churn in profiles.
            m_input = m_socket->read(qBound<qint64>(1, m_socket->bytesAvailable(), kReadPiece));
            m_inputPos = 0;
        }
        const RequestParser::Step step =
            m_parser.parse(QByteArrayView(m_input).sliced(m_inputPos));
        m_inputPos += step.consumed;
        switch (step.status) {
        case RequestParser::Status::NeedMoreData:
            if (m_inputPos >= m_input.size() && m_socket->bytesAvailable() == 0) {
                updateTimers();
                return;
            }
            break;
        case RequestParser::Status::HeadComplete:
            onHeadComplete();
            break;
        case RequestParser::Status::BodyData:
            if (m_idleTimer.isActive())
                m_idleTimer.start();
            onBodyData(step.body);
            break;
        case RequestParser::Status::MessageComplete:
            onMessageComplete();
            break;
        case RequestParser::Status::Error:
            failRequest(m_parser.errorStatus(), m_parser.errorReason());
            break;
        }
        updateTimers();
    }
    if (m_stopReading) {
        m_input.clear();
        m_inputPos = 0;
    }
    updateTimers();
}

void Connection::onHeadComplete()
{
    m_request = m_parser.head();
    m_request.peerAddress = m_peerAddress;
    m_request.peerPort = m_peerPort;
    m_request.connectionId = m_id;
    m_request.secure = m_secure;
    if (m_secure)
        m_request.peerCertificate = static_cast<QSslSocket *>(m_socket)->peerCertificate();

    auto slot = std::make_shared<ResponseSlot>();
    slot->connection = this;
    slot->connectionId = m_id;
    slot->headRequest = m_request.method == "HEAD";
    slot->http10 = m_request.version == "HTTP/1.0";
    slot->keepAlive = m_parser.keepAlive();
    m_pending.push_back(slot);
    m_currentSlot = slot;
    m_body.clear();

    const auto coding = ContentDecoder::codingFor(m_request.headers);
    if (!coding) {
        failRequest(415, "unsupported Content-Encoding");
        return;
    }
    const bool hasBody = m_parser.isChunked() || m_parser.contentLength() > 0;
    if (!hasBody)
        return;
    m_sink.reset(m_handler->bodySinkFor(m_request));
    const qint64 limit = m_sink ? m_limits.maxStreamedBodyBytes : m_limits.maxBodyBytes;
    m_parser.setBodyLimit(limit);
    // RFC 9110 §10.1.1: a request whose declared length is already too large is refused
    // before the client sends its body, instead of 100 Continue.
    if (m_parser.contentLength() > limit) {
        failRequest(413, "request body exceeds the size limit");
        return;
    }
    if (*coding != ContentDecoder::Coding::Identity) {
        m_decoder = std::make_unique<ContentDecoder>(
            *coding, m_sink ? m_limits.maxStreamedBodyBytes : m_limits.maxDecompressedBytes);
    }
    if (m_parser.expectsContinue()) {
        slot->continueNeeded = true;
        writeResponses();
    }
}

bool Connection::onBodyData(QByteArrayView data)
{
    if (m_currentSlot)
        m_currentSlot->continueNeeded = false; // RFC 9110 §10.1.1: body already coming
    if (m_decoder) {
        const bool ok = m_decoder->decode(data, [this](QByteArrayView piece) {
            if (m_sink)
                return m_sink->write(piece);
            m_body.append(piece);
            return true;
        });
        if (!ok) {
            failRequest(m_decoder->errorStatus(), m_decoder->errorReason());
            return false;
        }
        return true;
    }
    if (m_sink) {
        if (!m_sink->write(data)) {
            failRequest(500, "the receiver could not store the request body");
            return false;
        }
        return true;
    }
    m_body.append(data);
    return true;
}

void Connection::onMessageComplete()
{
    if (m_decoder && !m_decoder->finish()) {
        failRequest(m_decoder->errorStatus(), m_decoder->errorReason());
        return;
    }
    m_decoder.reset();
    Request request = std::move(m_request);
    m_request = Request();
    request.body = std::move(m_body);
    m_body = QByteArray();
    request.rawBodySize = m_parser.bodyBytesSoFar();
    if (m_sink) {
        m_sink->finish();
        m_sink.reset();
    }
    std::shared_ptr<ResponseSlot> slot = std::move(m_currentSlot);
    m_currentSlot.reset();
    if (!slot)
        return;
    slot->continueNeeded = false;
    slot->requestComplete = true;
    // RFC 9112 §9.6: after "Connection: close" no further requests are read.
    if (!slot->keepAlive)
        m_stopReading = true;
    m_servedAny = true;
    m_handler->handleRequest(request, Responder(slot));
}

void Connection::abortBody()
{
    if (m_sink) {
        m_sink->abort();
        m_sink.reset();
    }
    m_decoder.reset();
    m_body.clear();
}

void Connection::failRequest(int status, const QByteArray &reason)
{
    if (m_finished)
        return;
    abortBody();
    m_stopReading = true;
    std::shared_ptr<ResponseSlot> slot = m_currentSlot;
    m_currentSlot.reset();
    if (!slot) {
        slot = std::make_shared<ResponseSlot>();
        slot->connection = this;
        slot->connectionId = m_id;
        m_pending.push_back(slot);
    }
    slot->continueNeeded = false;
    slot->requestComplete = true;
    Response response;
    response.status = status;
    response.headers.set("Content-Type", "text/plain; charset=utf-8");
    response.body = reason + '\n';
    response.closeConnection = true;
    slot->sent = true;
    slot->response = std::move(response);
    writeResponses();
}

void Connection::submit(const std::shared_ptr<ResponseSlot> &slot, Response response)
{
    if (m_finished || slot->sent || slot->closed)
        return;
    slot->sent = true;
    slot->response = std::move(response);
    writeResponses();
    updateTimers();
}

void Connection::writeHead(const ResponseSlot &slot, const Response &response,
                           qint64 contentLength, bool chunked, bool close)
{
    QByteArray out;
    out.reserve(512);
    out += "HTTP/1.1 " + QByteArray::number(response.status) + ' '
        + (response.reason.isEmpty() || !isSafeFieldPart(response.reason)
               ? reasonPhrase(response.status)
               : response.reason)
        + "\r\n";
    for (const auto &field : response.headers.fields()) {
        const QByteArray name = field.first.toLower();
        // Framing and connection management are ours (RFC 9112 §6, §9.6).
        if (name == "content-length" || name == "transfer-encoding" || name == "connection")
            continue;
        if (!isSafeFieldPart(field.first) || !isSafeFieldPart(field.second) || name.isEmpty())
            continue;
        out += field.first + ": " + field.second + "\r\n";
    }
    if (!response.headers.contains("date"))
        out += "Date: " + httpDate() + "\r\n";
    if (!response.headers.contains("server"))
        out += "Server: cwmp-workbench\r\n";
    if (contentLength >= 0)
        out += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    if (chunked)
        out += "Transfer-Encoding: chunked\r\n";
    if (close)
        out += "Connection: close\r\n";
    else if (slot.http10)
        out += "Connection: keep-alive\r\n";
    out += "\r\n";
    m_socket->write(out);
}

void Connection::writeResponses()
{
    while (!m_finished && !m_closing && !m_stream && !m_pending.empty()) {
        const std::shared_ptr<ResponseSlot> front = m_pending.front();
        if (!front->response) {
            if (front->continueNeeded) {
                // RFC 9110 §15.2.1: interim response, only once earlier responses are out.
                m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
                front->continueNeeded = false;
            }
            break;
        }
        const Response &r = *front->response;
        // RFC 9110 §6.4.1: 1xx, 204 and 304 never carry content; HEAD gets only the head.
        const bool statusHasNoContent = (r.status >= 100 && r.status < 200) || r.status == 204
            || r.status == 304;
        bool close = r.closeConnection || !front->keepAlive;

        if (r.bodyStream && !statusHasNoContent) {
            const qint64 length = r.bodyStreamLength;
            if (front->headRequest) {
                writeHead(*front, r, length, false, close);
            } else {
                const bool chunked = length < 0 && !front->http10;
                // HTTP/1.0 has no chunking: the end of the body is the end of the connection.
                if (length < 0 && front->http10)
                    close = true;
                writeHead(*front, r, length, chunked, close);
                m_stream = r.bodyStream;
                m_streamRemaining = length;
                m_streamChunked = chunked;
                m_streamCloseWhenDone = close;
                QIODevice *device = m_stream.get();
                if (!device->isOpen())
                    device->open(QIODevice::ReadOnly);
                m_streamReadyRead = connect(device, &QIODevice::readyRead, this,
                                            &Connection::pumpStream);
                m_streamFinished = connect(device, &QIODevice::readChannelFinished, this,
                                           &Connection::pumpStream);
                pumpStream();
                return;
            }
        } else {
            const qint64 length = statusHasNoContent ? -1 : r.body.size();
            writeHead(*front, r, length, false, close);
            if (!statusHasNoContent && !front->headRequest)
                m_socket->write(r.body);
        }
        front->response.reset();
        m_pending.pop_front();
        if (close) {
            m_closing = true;
            m_stopReading = true;
            for (const auto &slot : m_pending)
                slot->closed = true;
            m_pending.clear();
            abortBody();
            m_idleTimer.start(m_limits.idleTimeoutMs); // to flush the response
            onBytesWritten();
            return;
        }
    }
    scheduleProcessInput();
}

void Connection::pumpStream()
{
    if (!m_stream || m_finished)
        return;
    while (m_socket->bytesToWrite() < kWriteHighWater) {
        qint64 want = kStreamPiece;
        if (m_streamRemaining >= 0)
            want = qMin(want, m_streamRemaining);
        if (want == 0) {
            finishCurrentResponse();
            return;
        }
        QByteArray piece(want, Qt::Uninitialized);
        const qint64 got = m_stream->read(piece.data(), want);
        bool ended = got < 0;
        if (got == 0) {
            // A file or buffer is done at atEnd(); a pipe-like device once it is closed
            // or has finished its read channel with nothing left.
            ended = m_stream->isSequential()
                ? (!m_stream->isOpen() || (m_stream->atEnd() && !m_stream->isReadable()))
                : m_stream->atEnd();
        }
        if (ended) {
            if (m_streamRemaining > 0) {
                // The device delivered less than the announced Content-Length: the framing
                // cannot be repaired, so the client must see the connection break.
                abort();
                return;
            }
            finishCurrentResponse();
            return;
        }
        if (got == 0)
            return; // wait for readyRead
        piece.truncate(got);
        if (m_streamChunked)
            m_socket->write(QByteArray::number(got, 16) + "\r\n" + piece + "\r\n");
        else
            m_socket->write(piece);
        if (m_streamRemaining >= 0)
            m_streamRemaining -= got;
    }
}

void Connection::finishCurrentResponse()
{
    if (m_streamChunked)
        m_socket->write("0\r\n\r\n");
    disconnect(m_streamReadyRead);
    disconnect(m_streamFinished);
    m_stream.reset();
    m_streamChunked = false;
    if (!m_pending.empty()) {
        m_pending.front()->response.reset();
        m_pending.pop_front();
    }
    if (m_streamCloseWhenDone) {
        m_closing = true;
        m_stopReading = true;
        for (const auto &slot : m_pending)
            slot->closed = true;
        m_pending.clear();
        m_idleTimer.start(m_limits.idleTimeoutMs); // to flush the response
        onBytesWritten();
        return;
    }
    writeResponses();
    updateTimers();
}

void Connection::updateTimers()
{
    if (m_finished || m_closing || !m_started)
        return;
    if (m_parser.inHead()) {
        // From the first byte of a head to its end (slow-loris defence).
        if (!m_headerTimer.isActive())
            m_headerTimer.start(m_limits.headerTimeoutMs);
        m_idleTimer.stop();
        return;
    }
    m_headerTimer.stop();
    int interval = -1;
    if (!m_parser.isIdle()) {
        interval = m_limits.idleTimeoutMs;             // receiving a body: progress timeout
    } else if (!m_pending.empty()) {
        if (m_pending.front()->response || m_stream)
            interval = m_limits.idleTimeoutMs;         // writing: progress timeout
        // else a held response: the handler decides how long (TR-069 session logic)
    } else {
        // Waiting for the next request; the first one must come as fast as a head.
        interval = m_servedAny ? m_limits.idleTimeoutMs : m_limits.headerTimeoutMs;
    }
    if (interval < 0) {
        m_idleTimer.stop();
    } else if (!m_idleTimer.isActive() || m_idleTimer.interval() != interval) {
        m_idleTimer.start(interval);
    }
}

void Connection::onHeaderTimeout()
{
    if (!m_started) {
        abort(); // TLS handshake did not finish
        return;
    }
    failRequest(408, "request head not received in time");
}

void Connection::onIdleTimeout()
{
    if (m_closing || m_stream || (!m_pending.empty() && m_pending.front()->response)) {
        abort(); // the client stopped reading, or lingering is over
        return;
    }
    if (!m_parser.isIdle()) {
        failRequest(408, "request body not received in time");
        return;
    }
    if (!m_pending.empty())
        return; // held response
    // An idle keep-alive connection is closed without a response (RFC 9112 §9.5).
    m_stopReading = true;
    m_closing = true;
    m_socket->disconnectFromHost();
}

void Connection::onDisconnected()
{
    if (m_finished)
        return;
    m_finished = true;
    m_headerTimer.stop();
    m_idleTimer.stop();
    for (const auto &slot : m_pending) {
        slot->closed = true;
        slot->connection = nullptr;
    }
    if (m_currentSlot) {
        m_currentSlot->closed = true;
        m_currentSlot.reset();
    }
    m_pending.clear();
    abortBody();
    if (m_stream) {
        disconnect(m_streamReadyRead);
        disconnect(m_streamFinished);
        m_stream.reset();
    }
    Q_EMIT finished(m_id);
}

} // namespace http
