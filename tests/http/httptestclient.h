#pragma once

// A raw HTTP/1.1 test client over QTcpSocket / QSslSocket that never blocks the event loop:
// bytes are collected on readyRead and responses are parsed out of them on demand, so tests
// wait with QTRY_VERIFY while the server runs in the same thread.

#include <http/httpmessage.h>

#include <QSslSocket>
#include <QTcpSocket>

#include <memory>
#include <optional>

struct RawResponse {
    int status = 0;
    http::Headers headers;
    QByteArray body;
};

class HttpTestClient : public QObject
{
public:
    explicit HttpTestClient(QTcpSocket *socket = new QTcpSocket) : m_socket(socket)
    {
        m_socket->setParent(this);
        connect(m_socket, &QIODevice::readyRead, this, [this] {
            const QByteArray data = m_socket->readAll();
            m_received += data.size();
            if (!m_discard)
                m_buffer += data;
        });
        connect(m_socket, &QAbstractSocket::disconnected, this, [this] { m_closed = true; });
    }

    QTcpSocket *socket() const { return m_socket; }
    void connectTo(quint16 port) { m_socket->connectToHost(QHostAddress::LocalHost, port); }
    void send(const QByteArray &data) { m_socket->write(data); }
    bool isClosed() const { return m_closed; }
    qint64 received() const { return m_received; }
    // Count bytes without keeping them (large downloads).
    void setDiscard(bool discard) { m_discard = discard; }
    QByteArray buffer() const { return m_buffer; }
    // Responses to HEAD requests carry no body whatever Content-Length says.
    void expectHeadResponse() { m_nextIsHead = true; }

    // Side-effect free for QTRY_VERIFY (which evaluates its expression again on success).
    bool hasResponse()
    {
        while (auto r = parseOne())
            m_ready.append(*r);
        return !m_ready.isEmpty();
    }
    RawResponse take() { return hasResponse() ? m_ready.takeFirst() : RawResponse(); }

private:
    // One complete response taken from the front of the buffer, if there is one.
    std::optional<RawResponse> parseOne()
    {
        const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return std::nullopt;
        RawResponse r;
        const QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
        const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
        if (statusLine.size() < 2)
            return std::nullopt;
        r.status = statusLine.at(1).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                r.headers.add(line.left(colon), line.mid(colon + 1).trimmed());
        }
        qsizetype pos = headEnd + 4;
        const bool noBody = m_nextIsHead || (r.status >= 100 && r.status < 200)
            || r.status == 204 || r.status == 304;
        if (noBody) {
        } else if (auto length = r.headers.value("content-length")) {
            const qsizetype n = length->toLongLong();
            if (m_buffer.size() - pos < n)
                return std::nullopt;
            r.body = m_buffer.mid(pos, n);
            pos += n;
        } else if (r.headers.value("transfer-encoding").value_or(QByteArray()) == "chunked") {
            while (true) {
                const qsizetype nl = m_buffer.indexOf("\r\n", pos);
                if (nl < 0)
                    return std::nullopt;
                bool ok = false;
                const qsizetype size = m_buffer.mid(pos, nl - pos).toLongLong(&ok, 16);
                if (!ok)
                    return std::nullopt;
                if (m_buffer.size() < nl + 2 + size + 2)
                    return std::nullopt;
                if (size == 0) {
                    pos = nl + 4;
                    break;
                }
                r.body += m_buffer.mid(nl + 2, size);
                pos = nl + 2 + size + 2;
            }
        } else {
            if (!m_closed)
                return std::nullopt; // body runs to the end of the connection
            r.body = m_buffer.mid(pos);
            pos = m_buffer.size();
        }
        if (r.status >= 200)
            m_nextIsHead = false;
        m_buffer.remove(0, pos);
        return r;
    }

    QTcpSocket *m_socket;
    QList<RawResponse> m_ready;
    QByteArray m_buffer;
    qint64 m_received = 0;
    bool m_closed = false;
    bool m_discard = false;
    bool m_nextIsHead = false;
};
