#pragma once

#include "contentdecoder.h"
#include "httpmessage.h"

#include <QByteArray>
#include <QString>

#include <limits>
#include <memory>

class QIODevice;

namespace http::Internal {

// Incremental HTTP/1.1 response reader (RFC 9112): status line and fields, then a body
// framed by Content-Length, chunked coding or connection close (§6.3), decoded from gzip or
// deflate (RFC 9110 §8.4.1) with bounded output. It never holds more than one head.
class ResponseParser
{
public:
    enum class Event { NeedMore, Head, Done, Error };

    ResponseParser(bool headRequest, qint64 maxBody)
        : m_headRequest(headRequest), m_maxBody(maxBody < 0 ? std::numeric_limits<qint64>::max()
                                                             : maxBody)
    {
    }

    Event next(QByteArray &in);
    // The connection closed: a close-delimited body ends here.
    Event closed();

    Response response;
    QString error;
    QIODevice *sink = nullptr;   // set after Head to stream the body
    qint64 contentLength = -1;
    qint64 rawBodyBytes = 0;     // body bytes as framed on the wire (before decoding)
    qint64 bodyBytes = 0;        // decoded bytes delivered
    bool closeAfter = false;
    bool sawAnyByte = false;

private:
    enum class Stage { Head, Fixed, ChunkSize, ChunkData, ChunkEnd, Trailers, UntilClose, Done };
    Event parseHead(QByteArray &in);
    bool startBody();
    bool deliver(const char *data, qint64 size);
    bool decoderFailed();
    bool finishBody();
    bool output(const char *data, qint64 size);
    bool takeLine(QByteArray &in, QByteArray &line);

    bool m_headRequest;
    qint64 m_maxBody;
    Stage m_stage = Stage::Head;
    qint64 m_remaining = 0;
    std::unique_ptr<ContentDecoder> m_decoder;
};

} // namespace http::Internal
