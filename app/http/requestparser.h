#pragma once

// An incremental HTTP/1.1 request parser (RFC 9112). It never sees a socket: the connection
// feeds it whatever bytes arrived, in any split, and acts on the steps it reports. Every
// quantity the peer controls is bounded by ParserLimits; a violation is an Error step with
// the status code to answer, never an assertion.

#include "httpmessage.h"

#include <QByteArrayView>

namespace http {

struct ParserLimits {
    qint64 maxHeaderBytes = 16 * 1024;   // request line + fields (and again for trailers)
    int maxHeaderCount = 100;
    qint64 maxBodyBytes = 32 * 1024 * 1024; // bytes on the wire, after de-chunking
    qint64 maxChunkLineBytes = 4096;     // "size;extensions" line of one chunk
};

class RequestParser
{
public:
    enum class Status {
        NeedMoreData,    // every byte given was consumed; feed more
        HeadComplete,    // head() is ready; the body (if any) follows
        BodyData,        // Step::body holds the next piece of the (de-chunked) body
        MessageComplete, // the request ended; the next parse() starts a new one
        Error            // errorStatus()/errorReason(); the connection must be closed
    };
    struct Step {
        Status status = Status::NeedMoreData;
        qsizetype consumed = 0;  // bytes of the input used by this step
        QByteArrayView body;     // BodyData only; points into the input
    };

    explicit RequestParser(const ParserLimits &limits = {});

    // Consumes bytes up to the next event. Call again with the unconsumed rest.
    Step parse(QByteArrayView data);

    const Request &head() const { return m_head; }
    // -1 when the body is chunked; 0 when there is no body.
    qint64 contentLength() const { return m_contentLength; }
    bool isChunked() const { return m_chunked; }
    bool expectsContinue() const { return m_expectContinue; }
    bool keepAlive() const { return m_keepAlive; }
    qint64 bodyBytesSoFar() const { return m_bodyBytes; }
    // After HeadComplete the connection may raise the limit for a body it streams.
    void setBodyLimit(qint64 maxBytes) { m_bodyLimit = maxBytes; }
    qint64 bodyLimit() const { return m_bodyLimit; }
    void setLimits(const ParserLimits &limits);

    // True between messages, before the first byte of the next head.
    bool isIdle() const { return m_state == State::Idle || m_state == State::Done; }
    bool inHead() const { return m_state == State::Head; }
    bool hasError() const { return m_state == State::Failed; }
    int errorStatus() const { return m_errorStatus; }
    QByteArray errorReason() const { return m_errorReason; }

    void reset();

private:
    enum class State { Idle, Head, Body, ChunkSize, ChunkData, ChunkDataEnd, Trailers, Done, Failed };

    Step parseHeadBytes(QByteArrayView data);
    bool parseHead(QByteArrayView headText);
    bool parseRequestLine(QByteArrayView line);
    bool parseFields(const QList<QByteArrayView> &lines, qsizetype first);
    bool interpretFraming();
    Step fail(int status, const char *reason, qsizetype consumed = 0);
    Step parseChunkedBody(QByteArrayView data);

    ParserLimits m_limits;
    State m_state = State::Idle;
    QByteArray m_buffer;      // partial head, chunk-size line or trailer section
    qsizetype m_scanFrom = 0; // where to continue looking for the end of the head
    Request m_head;
    qint64 m_contentLength = 0;
    qint64 m_remaining = 0;   // of the Content-Length body or the current chunk
    qint64 m_bodyBytes = 0;
    qint64 m_bodyLimit = 0;
    int m_trailerCount = 0;
    qint64 m_trailerBytes = 0;
    bool m_chunked = false;
    bool m_expectContinue = false;
    bool m_keepAlive = true;
    int m_errorStatus = 0;
    QByteArray m_errorReason;
};

} // namespace http
