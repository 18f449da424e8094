#include "requestparser.h"
#include "httpgrammar.h"

#include <QDateTime>

namespace http {

namespace {

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

QByteArrayView trimOws(QByteArrayView v)
{
    while (!v.isEmpty() && (v.front() == ' ' || v.front() == '\t'))
        v = v.sliced(1);
    while (!v.isEmpty() && (v.back() == ' ' || v.back() == '\t'))
        v.chop(1);
    return v;
}

// Comma-separated list elements, trimmed and lower-cased, empty elements dropped
// (RFC 9110 §5.6.1).
QList<QByteArray> listElements(const QList<QByteArray> &values)
{
    QList<QByteArray> out;
    for (const QByteArray &value : values) {
        for (const QByteArray &part : value.split(',')) {
            const QByteArrayView trimmed = trimOws(part);
            if (!trimmed.isEmpty())
                out.append(trimmed.toByteArray().toLower());
        }
    }
    return out;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

constexpr int kMaxContentLengthDigits = 18;  // fits qint64 with room to spare
constexpr int kMaxChunkSizeDigits = 15;      // 2^60 bytes: far beyond any limit we allow

} // namespace

RequestParser::RequestParser(const ParserLimits &limits) : m_limits(limits)
{
    reset();
}

void RequestParser::setLimits(const ParserLimits &limits)
{
    m_limits = limits;
    if (isIdle())
        m_bodyLimit = limits.maxBodyBytes;
}

void RequestParser::reset()
{
    m_state = State::Idle;
    m_buffer.clear();
    m_scanFrom = 0;
    m_head = Request();
    m_contentLength = 0;
    m_remaining = 0;
    m_bodyBytes = 0;
    m_bodyLimit = m_limits.maxBodyBytes;
    m_trailerCount = 0;
    m_trailerBytes = 0;
    m_chunked = false;
    m_expectContinue = false;
    m_keepAlive = true;
    m_errorStatus = 0;
    m_errorReason.clear();
}

RequestParser::Step RequestParser::fail(int status, const char *reason, qsizetype consumed)
{
    m_state = State::Failed;
    m_errorStatus = status;
    m_errorReason = reason;
    m_buffer.clear();
    return {Status::Error, consumed, {}};
}

RequestParser::Step RequestParser::parse(QByteArrayView data)
{
    switch (m_state) {
    case State::Failed:
        return {Status::Error, 0, {}};
    case State::Done:
        reset();
        [[fallthrough]];
    case State::Idle:
    case State::Head:
        return parseHeadBytes(data);
    case State::Body: {
        if (m_contentLength > m_bodyLimit)
            return fail(413, "request body exceeds the size limit");
        if (m_remaining == 0) {
            m_state = State::Done;
            return {Status::MessageComplete, 0, {}};
        }
        const qsizetype n = qsizetype(qMin<qint64>(m_remaining, data.size()));
        if (n == 0)
            return {Status::NeedMoreData, 0, {}};
        m_remaining -= n;
        m_bodyBytes += n;
        return {Status::BodyData, n, data.first(n)};
    }
    case State::ChunkSize:
    case State::ChunkData:
    case State::ChunkDataEnd:
    case State::Trailers:
        return parseChunkedBody(data);
    }
    return {Status::Error, 0, {}};
}

RequestParser::Step RequestParser::parseHeadBytes(QByteArrayView data)
{
    qsizetype skipped = 0;
    if (m_state == State::Idle) {
        // RFC 9112 §2.2: ignore empty lines received before the request-line.
        while (skipped < data.size() && (data[skipped] == '\r' || data[skipped] == '\n'))
            ++skipped;
        if (skipped == data.size())
            return {Status::NeedMoreData, skipped, {}};
        m_state = State::Head;
    }
    data = data.sliced(skipped);

    const qsizetype oldSize = m_buffer.size();
    // Append no more than could still belong to an acceptable head.
    const qsizetype room = qsizetype(qMax<qint64>(0, m_limits.maxHeaderBytes + 4 - oldSize));
    m_buffer.append(data.first(qMin(room, data.size())));

    qsizetype headEnd = -1;
    qsizetype lineStart = m_scanFrom;
    qsizetype nl = m_buffer.indexOf('\n', lineStart);
    while (nl >= 0) {
        const qsizetype len = nl - lineStart;
        if (len == 0 || (len == 1 && m_buffer[lineStart] == '\r')) {
            headEnd = nl + 1;
            break;
        }
        lineStart = nl + 1;
        nl = m_buffer.indexOf('\n', lineStart);
    }

    if (headEnd < 0) {
        m_scanFrom = lineStart;
        if (m_buffer.size() > m_limits.maxHeaderBytes) {
            // No line break at all: the request-line alone is too long (RFC 9112 §3).
            if (m_buffer.indexOf('\n') < 0)
                return fail(414, "request line too long", skipped + data.size());
            return fail(431, "request header section too large", skipped + data.size());
        }
        return {Status::NeedMoreData, skipped + data.size(), {}};
    }
    if (headEnd > m_limits.maxHeaderBytes + 2)
        return fail(431, "request header section too large", skipped + headEnd - oldSize);

    const qsizetype consumed = skipped + headEnd - oldSize;
    const QByteArray headText = m_buffer.left(headEnd);
    m_buffer.clear();
    m_scanFrom = 0;
    if (!parseHead(headText))
        return {Status::Error, consumed, {}};
    m_head.receivedAtMs = QDateTime::currentMSecsSinceEpoch();
    m_state = m_chunked ? State::ChunkSize : State::Body;
    m_remaining = m_chunked ? 0 : m_contentLength;
    return {Status::HeadComplete, consumed, {}};
}

bool RequestParser::parseHead(QByteArrayView headText)
{
    QList<QByteArrayView> lines;
    qsizetype start = 0;
    while (start < headText.size()) {
        qsizetype nl = headText.indexOf('\n', start);
        if (nl < 0)
            nl = headText.size();
        QByteArrayView line = headText.sliced(start, nl - start);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            break;
        // RFC 9112 §2.2: a bare CR outside the line ending is invalid.
        if (line.contains('\r') || line.contains('\0')) {
            fail(400, "invalid control character in request head");
            return false;
        }
        lines.append(line);
        start = nl + 1;
    }
    if (lines.isEmpty()) {
        fail(400, "empty request");
        return false;
    }
    if (!parseRequestLine(lines.first()))
        return false;
    if (!parseFields(lines, 1))
        return false;
    return interpretFraming();
}

bool RequestParser::parseRequestLine(QByteArrayView line)
{
    // RFC 9112 §3: method SP request-target SP HTTP-version
    const qsizetype sp1 = line.indexOf(' ');
    const qsizetype sp2 = sp1 < 0 ? -1 : line.indexOf(' ', sp1 + 1);
    if (sp1 <= 0 || sp2 < 0 || line.indexOf(' ', sp2 + 1) >= 0) {
        fail(400, "malformed request line");
        return false;
    }
    const QByteArrayView method = line.first(sp1);
    QByteArrayView target = line.sliced(sp1 + 1, sp2 - sp1 - 1);
    const QByteArrayView version = line.sliced(sp2 + 1);
    if (!isToken(method) || target.isEmpty()) {
        fail(400, "malformed request line");
        return false;
    }
    for (char c : target) {
        if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7f) {
            fail(400, "invalid character in request target");
            return false;
        }
    }
    if (version.size() != 8 || !version.startsWith("HTTP/") || version[6] != '.'
        || version[5] < '0' || version[5] > '9' || version[7] < '0' || version[7] > '9') {
        fail(400, "malformed HTTP version");
        return false;
    }
    if (version != "HTTP/1.1" && version != "HTTP/1.0") {
        fail(505, "only HTTP/1.0 and HTTP/1.1 are supported");
        return false;
    }
    // RFC 9112 §3.2: origin-form, absolute-form (reduced to origin-form) or "*" for OPTIONS.
    if (target.startsWith('/')) {
        // origin-form
    } else if (target == "*" && method == "OPTIONS") {
        // asterisk-form
    } else if (target.size() > 8 && (target.first(7).compare("http://", Qt::CaseInsensitive) == 0
                                     || target.first(8).compare("https://", Qt::CaseInsensitive) == 0)) {
        const qsizetype authority = target.indexOf("//") + 2;
        qsizetype pathStart = authority;
        while (pathStart < target.size() && target[pathStart] != '/' && target[pathStart] != '?')
            ++pathStart;
        target = target.sliced(pathStart);
        m_head.target = target.startsWith('/') ? target.toByteArray()
                                               : QByteArray("/") + target.toByteArray();
    } else {
        fail(400, "unsupported request target form");
        return false;
    }
    m_head.method = method.toByteArray();
    if (m_head.target.isEmpty())
        m_head.target = target.toByteArray();
    m_head.version = version.toByteArray();
    return true;
}

bool RequestParser::parseFields(const QList<QByteArrayView> &lines, qsizetype first)
{
    for (qsizetype i = first; i < lines.size(); ++i) {
        const QByteArrayView line = lines.at(i);
        if (line.front() == ' ' || line.front() == '\t') {
            // RFC 9112 §5.2: obsolete line folding is rejected.
            fail(400, "obsolete header line folding");
            return false;
        }
        const qsizetype colon = line.indexOf(':');
        // RFC 9112 §5.1: no whitespace between the field name and the colon.
        if (colon <= 0 || !isToken(line.first(colon))) {
            fail(400, "malformed header field");
            return false;
        }
        if (m_head.headers.fields().size() >= m_limits.maxHeaderCount) {
            fail(431, "too many header fields");
            return false;
        }
        m_head.headers.add(line.first(colon).toByteArray(),
                           trimOws(line.sliced(colon + 1)).toByteArray());
    }
    return true;
}

bool RequestParser::interpretFraming()
{
    const bool http11 = m_head.version == "HTTP/1.1";
    const Headers &h = m_head.headers;

    // RFC 9112 §3.2: exactly one Host in HTTP/1.1, at most one otherwise.
    const qsizetype hosts = h.values("host").size();
    if ((http11 && hosts != 1) || hosts > 1) {
        fail(400, "missing or repeated Host header");
        return false;
    }

    const QList<QByteArray> codings = listElements(h.values("transfer-encoding"));
    const QList<QByteArray> lengths = h.values("content-length");
    if (!codings.isEmpty() || h.contains("transfer-encoding")) {
        // RFC 9112 §6.3 (3): Transfer-Encoding together with Content-Length is a possible
        // request-smuggling attempt; reject.
        if (!lengths.isEmpty()) {
            fail(400, "both Content-Length and Transfer-Encoding");
            return false;
        }
        // RFC 9112 §6.1: Transfer-Encoding in an HTTP/1.0 message means faulty framing.
        if (!http11) {
            fail(400, "Transfer-Encoding in an HTTP/1.0 request");
            return false;
        }
        if (codings.isEmpty() || codings.last() != "chunked" || codings.count("chunked") != 1) {
            fail(400, "chunked must be the final transfer coding, once");
            return false;
        }
        if (codings.size() > 1) {
            fail(501, "unsupported transfer coding");
            return false;
        }
        m_chunked = true;
        m_contentLength = -1;
    } else if (!lengths.isEmpty()) {
        // RFC 9110 §8.6: a list of identical values may be accepted as one.
        qint64 length = -1;
        for (const QByteArray &value : lengths) {
            for (const QByteArray &part : value.split(',')) {
                const QByteArrayView digits = trimOws(part);
                bool ok = !digits.isEmpty() && digits.size() <= kMaxContentLengthDigits;
                for (char c : digits)
                    ok = ok && c >= '0' && c <= '9';
                const qint64 v = ok ? digits.toLongLong(&ok) : -1;
                if (!ok || (length >= 0 && v != length)) {
                    fail(400, "invalid Content-Length");
                    return false;
                }
                length = v;
            }
        }
        m_contentLength = length;
    } else {
        // RFC 9112 §6.3 (7): a request without either has no body.
        m_contentLength = 0;
    }

    const QList<QByteArray> connection = listElements(h.values("connection"));
    m_keepAlive = http11 ? !connection.contains("close") : connection.contains("keep-alive");

    // RFC 9110 §10.1.1: only 100-continue is defined; ignore it in HTTP/1.0 requests.
    if (auto expect = h.value("expect"); expect && http11) {
        const QByteArray e = trimOws(*expect).toByteArray().toLower();
        if (e == "100-continue") {
            m_expectContinue = true;
        } else if (!e.isEmpty()) {
            fail(417, "unsupported expectation");
            return false;
        }
    }
    return true;
}

RequestParser::Step RequestParser::parseChunkedBody(QByteArrayView data)
{
    // RFC 9112 §7.1: chunk = chunk-size [ chunk-ext ] CRLF chunk-data CRLF; last-chunk is
    // size 0, followed by an optional trailer section and CRLF.
    qsizetype pos = 0;
    while (true) {
        switch (m_state) {
        case State::ChunkData: {
            const qsizetype n = qsizetype(qMin<qint64>(m_remaining, data.size() - pos));
            if (n == 0)
                return {Status::NeedMoreData, pos, {}};
            m_remaining -= n;
            m_bodyBytes += n;
            if (m_remaining == 0)
                m_state = State::ChunkDataEnd;
            return {Status::BodyData, pos + n, data.sliced(pos, n)};
        }
        case State::ChunkDataEnd: {
            if (pos == data.size())
                return {Status::NeedMoreData, pos, {}};
            const char c = data[pos++];
            if (c == '\n') {
                m_buffer.clear();
                m_state = State::ChunkSize;
            } else if (c == '\r' && m_buffer.isEmpty()) {
                m_buffer.append(c);
            } else {
                return fail(400, "chunk data not followed by CRLF", pos);
            }
            break;
        }
        case State::ChunkSize:
        case State::Trailers: {
            const qsizetype nl = data.indexOf('\n', pos);
            const qsizetype take = (nl < 0 ? data.size() : nl + 1) - pos;
            const qint64 cap = m_state == State::ChunkSize ? m_limits.maxChunkLineBytes
                                                           : m_limits.maxHeaderBytes;
            const qint64 used = m_state == State::Trailers ? m_trailerBytes : 0;
            if (used + m_buffer.size() + take > cap) {
                return m_state == State::ChunkSize
                    ? fail(400, "chunk size line too long", pos + take)
                    : fail(431, "trailer section too large", pos + take);
            }
            m_buffer.append(data.sliced(pos, take));
            pos += take;
            if (nl < 0)
                return {Status::NeedMoreData, pos, {}};
            QByteArrayView line(m_buffer);
            line.chop(1);
            if (line.endsWith('\r'))
                line.chop(1);
            if (m_state == State::Trailers) {
                if (line.isEmpty()) {
                    // Trailer fields are discarded (RFC 9112 §7.1.2 allows it).
                    m_buffer.clear();
                    m_state = State::Done;
                    return {Status::MessageComplete, pos, {}};
                }
                if (++m_trailerCount > m_limits.maxHeaderCount)
                    return fail(431, "too many trailer fields", pos);
                // The whole trailer section counts against the header limit.
                m_trailerBytes += m_buffer.size();
                m_buffer.clear();
                break;
            }
            qsizetype i = 0;
            qint64 size = 0;
            while (i < line.size() && hexValue(line[i]) >= 0) {
                if (i >= kMaxChunkSizeDigits)
                    return fail(413, "chunk size too large", pos);
                size = size * 16 + hexValue(line[i]);
                ++i;
            }
            if (i == 0)
                return fail(400, "invalid chunk size", pos);
            const QByteArrayView rest = trimOws(line.sliced(i));
            if (!rest.isEmpty() && !rest.startsWith(';'))
                return fail(400, "invalid chunk size", pos);
            m_buffer.clear();
            if (size == 0) {
                m_state = State::Trailers;
                break;
            }
            if (m_bodyBytes + size > m_bodyLimit)
                return fail(413, "request body exceeds the size limit", pos);
            m_remaining = size;
            m_state = State::ChunkData;
            break;
        }
        default:
            return {Status::Error, pos, {}};
        }
    }
}

} // namespace http
