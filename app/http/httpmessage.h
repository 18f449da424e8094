#pragma once

// HTTP/1.1 messages as plain values (RFC 9110/9112), shared by the server, the client, the
// ACS and the CPE simulator.

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QSslCertificate>

#include <QIODevice>

#include <memory>
#include <optional>

namespace http {

// Header fields in arrival order; names compare case-insensitively (RFC 9110 §5.1).
class Headers
{
public:
    void add(const QByteArray &name, const QByteArray &value) { m_fields.append({name, value}); }
    // Replaces every field of that name with one.
    void set(const QByteArray &name, const QByteArray &value);
    void remove(const QByteArray &name);
    std::optional<QByteArray> value(QByteArrayView name) const; // first match
    QList<QByteArray> values(QByteArrayView name) const;
    bool contains(QByteArrayView name) const { return value(name).has_value(); }
    const QList<QPair<QByteArray, QByteArray>> &fields() const { return m_fields; }
    bool operator==(const Headers &) const = default;

private:
    QList<QPair<QByteArray, QByteArray>> m_fields;
};

struct Request {
    QByteArray method;          // "POST"
    QByteArray target;          // origin-form: path and query, "/acs?x=1"
    QByteArray version = "HTTP/1.1";
    Headers headers;
    // The body as the application sees it: de-chunked and, for Content-Encoding gzip or
    // deflate, decompressed. rawBodySize is what came over the wire.
    QByteArray body;
    qint64 rawBodySize = 0;

    // Where it came from; filled by the server.
    QHostAddress peerAddress;
    quint16 peerPort = 0;
    quint64 connectionId = 0;   // unique per TCP connection for the server's lifetime
    bool secure = false;        // arrived over TLS
    QSslCertificate peerCertificate; // the client certificate, with mutual TLS
    qint64 receivedAtMs = 0;    // QDateTime::currentMSecsSinceEpoch() when the head arrived

    QByteArray path() const;    // target without the query
    QByteArray query() const;
};

struct Response {
    int status = 200;
    QByteArray reason;          // empty: the standard phrase for the status
    Headers headers;
    QByteArray body;
    // A large body is streamed from a device instead (firmware images, TR-143 payloads):
    // the server reads it in chunks as the socket drains and never holds it whole.
    std::shared_ptr<QIODevice> bodyStream;
    qint64 bodyStreamLength = -1; // -1: unknown, sent chunked
    // Closes the connection after this response (Connection: close is added).
    bool closeConnection = false;
};

// The standard reason phrase ("No Content") for a status code.
QByteArray reasonPhrase(int status);

} // namespace http
