#include "responseparser.h"

#include <QIODevice>

namespace http::Internal {

namespace {

constexpr qint64 kMaxHeadBytes = 64 * 1024;

QString sizeText(qint64 bytes)
{
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0)
        return QStringLiteral("%1 MB").arg(bytes / (1024 * 1024));
    if (bytes >= 1024 && bytes % 1024 == 0)
        return QStringLiteral("%1 kB").arg(bytes / 1024);
    return QStringLiteral("%1 bytes").arg(bytes);
}

} // namespace

bool ResponseParser::takeLine(QByteArray &in, QByteArray &line)
{
    const qsizetype nl = in.indexOf('\n');
    if (nl < 0)
        return false;
    line = in.left(nl);
    if (line.endsWith('\r'))   // RFC 9112 §2.2: a bare LF is tolerated
        line.chop(1);
    in.remove(0, nl + 1);
    return true;
}

ResponseParser::Event ResponseParser::parseHead(QByteArray &in)
{
    qsizetype end = in.indexOf("\r\n\r\n");
    qsizetype skip = 4;
    if (end < 0) {
        end = in.indexOf("\n\n");
        skip = 2;
    }
    if (end < 0) {
        if (in.size() > kMaxHeadBytes) {
            error = QStringLiteral("response head larger than %1").arg(sizeText(kMaxHeadBytes));
            return Event::Error;
        }
        return Event::NeedMore;
    }
    const QList<QByteArray> lines = in.left(end).split('\n');
    in.remove(0, end + skip);

    Response r;
    const QByteArray status = lines.first().trimmed();
    // RFC 9112 §4: HTTP-version SP status-code SP [reason-phrase]
    const QList<QByteArray> parts = status.split(' ');
    bool numeric = false;
    const int code = parts.size() >= 2 ? parts.at(1).toInt(&numeric) : 0;
    if (!status.startsWith("HTTP/1.") || !numeric || code < 100 || code > 999) {
        error = QStringLiteral("not an HTTP response: \"%1\"")
                    .arg(QString::fromLatin1(status.left(60)));
        return Event::Error;
    }
    r.status = code;
    r.reason = status.mid(parts.at(0).size() + parts.at(1).size() + 2);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        if (line.endsWith('\r'))
            line.chop(1);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            error = QStringLiteral("malformed header line in response");
            return Event::Error;
        }
        r.headers.add(line.left(colon).trimmed(), line.mid(colon + 1).trimmed());
    }
    // Interim 1xx responses (100 Continue) precede the final one (RFC 9110 §15.2).
    if (code < 200)
        return parseHead(in);

    const QByteArray connection = r.headers.value("Connection").value_or(QByteArray()).toLower();
    const bool http10 = status.startsWith("HTTP/1.0");
    closeAfter = connection.contains("close") || (http10 && !connection.contains("keep-alive"));
    response = std::move(r);
    return startBody() ? Event::Head : Event::Error;
}

bool ResponseParser::startBody()
{
    const Headers &h = response.headers;
    // RFC 9112 §6.3: HEAD, 1xx, 204 and 304 never carry a body.
    if (m_headRequest || response.status == 204 || response.status == 304) {
        m_stage = Stage::Done;
        return true;
    }
    const auto coding = ContentDecoder::codingFor(h);
    if (!coding) {
        error = QStringLiteral("unsupported Content-Encoding \"%1\"")
                    .arg(QString::fromLatin1(h.value("Content-Encoding").value_or(QByteArray())));
        return false;
    }
    if (*coding != ContentDecoder::Coding::Identity)
        m_decoder = std::make_unique<ContentDecoder>(*coding, m_maxBody);
    const QByteArray te = h.value("Transfer-Encoding").value_or(QByteArray()).toLower();
    if (!te.isEmpty()) {
        if (!te.trimmed().endsWith("chunked")) {
            // §6.3 item 4 (response side): a non-chunked final coding reads until close.
            m_stage = Stage::UntilClose;
            closeAfter = true;
            return true;
        }
        m_stage = Stage::ChunkSize;
        return true;
    }
    if (const auto cl = h.value("Content-Length")) {
        bool ok = false;
        const qint64 length = cl->trimmed().toLongLong(&ok);
        if (!ok || length < 0) {
            error = QStringLiteral("invalid Content-Length \"%1\"").arg(QString::fromLatin1(cl->left(40)));
            return false;
        }
        contentLength = length;
        if (!m_decoder && length > m_maxBody) {
            error = QStringLiteral("response of %1 exceeds the %2 limit")
                        .arg(sizeText(length), sizeText(m_maxBody));
            return false;
        }
        m_remaining = length;
        m_stage = Stage::Fixed;
        if (length == 0)
            return finishBody();
        return true;
    }
    m_stage = Stage::UntilClose;
    closeAfter = true;
    return true;
}

bool ResponseParser::output(const char *data, qint64 size)
{
    if (size == 0)
        return true;
    if (bodyBytes + size > m_maxBody) {
        error = QStringLiteral("response body exceeds the %1 limit").arg(sizeText(m_maxBody));
        return false;
    }
    bodyBytes += size;
    if (sink) {
        if (sink->write(data, size) != size) {
            error = QStringLiteral("could not store the response: %1").arg(sink->errorString());
            return false;
        }
    } else {
        response.body.append(data, size);
    }
    return true;
}

bool ResponseParser::deliver(const char *data, qint64 size)
{
    rawBodyBytes += size;
    if (rawBodyBytes > m_maxBody) {
        error = QStringLiteral("response body exceeds the %1 limit").arg(sizeText(m_maxBody));
        return false;
    }
    if (!m_decoder)
        return output(data, size);
    const bool ok = m_decoder->decode(QByteArrayView(data, size), [this](QByteArrayView piece) {
        return output(piece.data(), piece.size());
    });
    return ok || decoderFailed();
}

bool ResponseParser::decoderFailed()
{
    if (error.isEmpty()) {
        error = m_decoder->errorStatus() == 413
            ? QStringLiteral("response body exceeds the %1 limit").arg(sizeText(m_maxBody))
            : QStringLiteral("corrupt compressed response body (%1)")
                  .arg(QString::fromLatin1(m_decoder->errorReason()));
    }
    return false;
}

bool ResponseParser::finishBody()
{
    m_stage = Stage::Done;
    return !m_decoder || m_decoder->finish() || decoderFailed();
}

ResponseParser::Event ResponseParser::next(QByteArray &in)
{
    if (!in.isEmpty())
        sawAnyByte = true;
    for (;;) {
        switch (m_stage) {
        case Stage::Head: {
            if (in.isEmpty())
                return Event::NeedMore;
            const Event e = parseHead(in);
            if (e == Event::Head && m_stage == Stage::Head)
                m_stage = Stage::Done;
            return e;
        }
        case Stage::Fixed: {
            if (in.isEmpty())
                return Event::NeedMore;
            const qint64 n = qMin<qint64>(m_remaining, in.size());
            if (!deliver(in.constData(), n))
                return Event::Error;
            in.remove(0, n);
            m_remaining -= n;
            if (m_remaining == 0 && !finishBody())
                return Event::Error;
            break;
        }
        case Stage::ChunkSize: {
            QByteArray line;
            if (!takeLine(in, line)) {
                if (in.size() > 1024) {
                    error = QStringLiteral("malformed chunk size line");
                    return Event::Error;
                }
                return Event::NeedMore;
            }
            // RFC 9112 §7.1: chunk-size [ chunk-ext ] CRLF
            const qsizetype semi = line.indexOf(';');
            bool ok = false;
            const qint64 size = (semi < 0 ? line : line.left(semi)).trimmed().toLongLong(&ok, 16);
            if (!ok || size < 0) {
                error = QStringLiteral("malformed chunk size \"%1\"").arg(QString::fromLatin1(line.left(20)));
                return Event::Error;
            }
            m_remaining = size;
            m_stage = size == 0 ? Stage::Trailers : Stage::ChunkData;
            break;
        }
        case Stage::ChunkData: {
            if (in.isEmpty())
                return Event::NeedMore;
            const qint64 n = qMin<qint64>(m_remaining, in.size());
            if (!deliver(in.constData(), n))
                return Event::Error;
            in.remove(0, n);
            m_remaining -= n;
            if (m_remaining == 0)
                m_stage = Stage::ChunkEnd;
            break;
        }
        case Stage::ChunkEnd: {
            QByteArray line;
            if (!takeLine(in, line))
                return in.size() > 2 ? (error = QStringLiteral("malformed chunk end"), Event::Error)
                                     : Event::NeedMore;
            if (!line.isEmpty()) {
                error = QStringLiteral("malformed chunk end");
                return Event::Error;
            }
            m_stage = Stage::ChunkSize;
            break;
        }
        case Stage::Trailers: {
            QByteArray line;
            if (!takeLine(in, line)) {
                if (in.size() > kMaxHeadBytes) {
                    error = QStringLiteral("response trailers too large");
                    return Event::Error;
                }
                return Event::NeedMore;
            }
            // Trailer fields are read and dropped (RFC 9112 §7.1.2).
            if (line.isEmpty() && !finishBody())
                return Event::Error;
            break;
        }
        case Stage::UntilClose:
            if (!in.isEmpty()) {
                if (!deliver(in.constData(), in.size()))
                    return Event::Error;
                in.clear();
            }
            return Event::NeedMore;
        case Stage::Done:
            return Event::Done;
        }
    }
}

ResponseParser::Event ResponseParser::closed()
{
    if (m_stage == Stage::Done)
        return Event::Done;
    if (m_stage == Stage::UntilClose)
        return finishBody() ? Event::Done : Event::Error;
    return Event::Error;
}

} // namespace http::Internal
