#include "diagnostichttpconnection.h"

#include "diagnostictest.h"

#include <http/responseparser.h>

#include <QRandomGenerator>
#include <QTcpSocket>

namespace cpesim {

namespace {

// The body of a download goes nowhere: TR-143 measures, it does not store.
class DiscardDevice : public QIODevice
{
public:
    DiscardDevice() { open(QIODevice::WriteOnly); }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 size) override { return size; }
};

} // namespace

qint64 DiagnosticConnectionResult::bytesAt(qint64 us) const
{
    if (samples.isEmpty() || us <= samples.constFirst().atUs)
        return samples.isEmpty() ? 0 : (us == samples.constFirst().atUs ? samples.constFirst().bytes : 0);
    for (qsizetype i = 1; i < samples.size(); ++i) {
        const Sample &b = samples.at(i);
        if (us <= b.atUs) {
            const Sample &a = samples.at(i - 1);
            const double f = b.atUs == a.atUs ? 1.0 : double(us - a.atUs) / double(b.atUs - a.atUs);
            return a.bytes + qint64(f * double(b.bytes - a.bytes));
        }
    }
    return samples.constLast().bytes;
}

DiagnosticHttpConnection::DiagnosticHttpConnection(const DiagnosticWanProfile &wan, QObject *parent)
    : QObject(parent), m_wan(wan)
{
    m_idle.setSingleShot(true);
    connect(&m_pace, &QTimer::timeout, this, &DiagnosticHttpConnection::onPaceTick);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        if (m_result.tcpOpenResponseUs == 0)
            fail(DiagnosticConnectionResult::InitConnection, QStringLiteral("connection timed out"));
        else if (m_result.totalBytesReceived == 0 && !m_request.upload)
            fail(DiagnosticConnectionResult::NoResponse, QStringLiteral("no response"));
        else
            fail(DiagnosticConnectionResult::Timeout, QStringLiteral("transfer stalled"));
    });
}

DiagnosticHttpConnection::~DiagnosticHttpConnection() = default;

void DiagnosticHttpConnection::start(const Request &request)
{
    m_request = request;
    m_socket = new QTcpSocket(this);
    m_socket->setSocketOption(QAbstractSocket::TypeOfServiceOption, (request.dscp & 0x3f) << 2);
    if (request.rateBitsPerSecond > 0 && !request.upload)
        m_socket->setReadBufferSize(kPieceBytes); // the rest waits in the kernel: TCP backs off
    connect(m_socket, &QTcpSocket::connected, this, [this] {
        // Emulated latency: the handshake takes that much longer.
        const qint64 extraUs = m_wan.sampleDelayUs(*QRandomGenerator::global());
        if (extraUs > 0)
            QTimer::singleShot(int(extraUs / 1000), this, &DiagnosticHttpConnection::onConnected);
        else
            onConnected();
    });
    connect(m_socket, &QTcpSocket::readyRead, this, &DiagnosticHttpConnection::onReadable);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &DiagnosticHttpConnection::onBytesWritten);
    connect(m_socket, &QTcpSocket::disconnected, this, &DiagnosticHttpConnection::onDisconnected);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (m_finished)
            return;
        if (m_result.tcpOpenResponseUs == 0) {
            fail(DiagnosticConnectionResult::InitConnection, m_socket->errorString());
        } else if (error == QAbstractSocket::RemoteHostClosedError) {
            onDisconnected();
        } else {
            fail(DiagnosticConnectionResult::Transfer, m_socket->errorString());
        }
    });
    m_idle.start(request.timeoutMs);
    const quint16 port = quint16(request.url.port(request.url.scheme() == u"https" ? 443 : 80));
    m_result.tcpOpenRequestUs = DiagnosticTest::nowUs();
    m_socket->connectToHost(request.address, port);
}

void DiagnosticHttpConnection::onConnected()
{
    if (m_finished)
        return;
    m_result.tcpOpenResponseUs = DiagnosticTest::nowUs();
    m_parser = std::make_unique<http::Internal::ResponseParser>(false, -1);
    m_discard = std::make_unique<DiscardDevice>();
    m_lastTickUs = m_result.tcpOpenResponseUs;
    if (m_request.rateBitsPerSecond > 0)
        m_pace.start(kPaceTickMs);
    sendHead();
}

void DiagnosticHttpConnection::sendHead()
{
    const QUrl &url = m_request.url;
    QByteArray target = url.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty())
        target = "/";
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    if (url.port() > 0)
        host += ':' + QByteArray::number(url.port());
    QByteArray head = (m_request.upload ? "PUT " : "GET ") + target + " HTTP/1.1\r\nHost: " + host
        + "\r\nUser-Agent: cwmp-cpe-sim TR-143\r\n";
    if (m_request.upload)
        head += "Content-Type: application/octet-stream\r\nContent-Length: " + QByteArray::number(m_request.uploadBytes) + "\r\n";
    head += "\r\n";
    m_headBytes = head.size();
    m_result.romUs = DiagnosticTest::nowUs();
    m_socket->write(head);
    m_result.totalBytesSent += head.size();
    m_idle.start(m_request.timeoutMs);
    if (m_request.upload)
        pumpUpload();
}

void DiagnosticHttpConnection::pumpUpload()
{
    if (m_finished || !m_request.upload)
        return;
    static const QByteArray kPiece(kPieceBytes, 'U');
    while (m_bodyQueued < m_request.uploadBytes && m_socket->bytesToWrite() < kWriteHighWater) {
        qint64 want = std::min(kPieceBytes, m_request.uploadBytes - m_bodyQueued);
        if (m_request.rateBitsPerSecond > 0) {
            want = std::min<qint64>(want, qint64(m_tokens));
            if (want <= 0)
                return; // the next pace tick refills
            m_tokens -= double(want);
        }
        if (m_result.bomUs == 0) {
            m_result.bomUs = DiagnosticTest::nowUs();
            Q_EMIT began();
        }
        m_socket->write(kPiece.constData(), want);
        m_bodyQueued += want;
        m_result.totalBytesSent += want;
    }
}

void DiagnosticHttpConnection::onBytesWritten(qint64 bytes)
{
    if (m_finished)
        return;
    m_written += bytes;
    m_idle.start(m_request.timeoutMs);
    if (m_request.upload) {
        m_result.testBytes = m_written;
        m_result.bodyBytes = std::max<qint64>(0, m_written - m_headBytes);
        sample(DiagnosticTest::nowUs());
        pumpUpload();
    }
}

void DiagnosticHttpConnection::onPaceTick()
{
    const qint64 now = DiagnosticTest::nowUs();
    const double perUs = double(m_request.rateBitsPerSecond) / 8.0 / 1e6;
    // A little is banked for a lagging event loop, not more: a paused transfer does not
    // burst afterwards.
    m_tokens = std::min(m_tokens + perUs * double(now - m_lastTickUs), perUs * kMaxBurstMs * 1000.0 + kPieceBytes);
    m_lastTickUs = now;
    if (m_request.upload)
        pumpUpload();
    else
        onReadable();
}

void DiagnosticHttpConnection::onReadable()
{
    if (m_finished || !m_parser)
        return;
    qint64 want = m_socket->bytesAvailable();
    if (m_request.rateBitsPerSecond > 0 && !m_request.upload) {
        want = std::min<qint64>(want, qint64(m_tokens));
        if (want <= 0)
            return;
        m_tokens -= double(want);
    }
    if (want > 0)
        consume(m_socket->read(want));
}

void DiagnosticHttpConnection::consume(QByteArray data)
{
    const qint64 now = DiagnosticTest::nowUs();
    m_idle.start(m_request.timeoutMs);
    m_result.totalBytesReceived += data.size();
    if (!m_request.upload) {
        if (m_result.bomUs == 0) {
            m_result.bomUs = now;
            Q_EMIT began();
        }
        m_result.testBytes += data.size();
        sample(now);
    }
    for (;;) {
        const auto event = m_parser->next(data);
        if (event == http::Internal::ResponseParser::Event::NeedMore)
            return;
        if (event == http::Internal::ResponseParser::Event::Error) {
            fail(DiagnosticConnectionResult::Transfer, m_parser->error);
            return;
        }
        if (event == http::Internal::ResponseParser::Event::Head) {
            m_result.httpStatus = m_parser->response.status;
            if (m_result.httpStatus < 200 || m_result.httpStatus > 299) {
                fail(DiagnosticConnectionResult::Transfer, QStringLiteral("HTTP %1").arg(m_result.httpStatus));
                return;
            }
            m_parser->sink = m_discard.get();
            continue;
        }
        // Done.
        if (!m_request.upload) {
            m_result.bodyBytes = m_parser->bodyBytes;
            if (m_parser->contentLength >= 0 && m_parser->bodyBytes != m_parser->contentLength) {
                fail(DiagnosticConnectionResult::IncorrectSize, QStringLiteral("body size differs from Content-Length"));
                return;
            }
        } else if (m_bodyQueued < m_request.uploadBytes) {
            fail(DiagnosticConnectionResult::Transfer, QStringLiteral("the server answered before the upload ended"));
            return;
        }
        complete();
        return;
    }
}

void DiagnosticHttpConnection::onDisconnected()
{
    if (m_finished)
        return;
    if (m_parser && m_socket->bytesAvailable() > 0)
        consume(m_socket->readAll());
    if (m_finished)
        return;
    if (m_parser && m_parser->closed() == http::Internal::ResponseParser::Event::Done && m_result.httpStatus / 100 == 2) {
        m_result.bodyBytes = m_parser->bodyBytes;
        complete();
        return;
    }
    fail(m_result.totalBytesReceived == 0 ? DiagnosticConnectionResult::NoResponse : DiagnosticConnectionResult::Transfer,
         QStringLiteral("the server closed the connection"));
}

void DiagnosticHttpConnection::sample(qint64 now)
{
    if (!m_result.samples.isEmpty() && now - m_lastSampleUs < kSampleEveryUs) {
        m_result.samples.last() = {now, m_result.testBytes};
        return;
    }
    m_lastSampleUs = now;
    m_result.samples.append({now, m_result.testBytes});
}

void DiagnosticHttpConnection::stopNow()
{
    if (m_finished)
        return;
    complete();
}

void DiagnosticHttpConnection::fail(DiagnosticConnectionResult::Failure failure, const QString &error)
{
    if (m_finished)
        return;
    m_result.failure = failure;
    m_result.error = error;
    complete();
}

void DiagnosticHttpConnection::complete()
{
    m_finished = true;
    m_result.eomUs = DiagnosticTest::nowUs();
    sample(m_result.eomUs);
    m_pace.stop();
    m_idle.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    Q_EMIT finished();
}

} // namespace cpesim
