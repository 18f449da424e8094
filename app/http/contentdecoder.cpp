#include "contentdecoder.h"

#include <zlib.h>

namespace http {

namespace {
constexpr qsizetype kOutputPiece = 64 * 1024;
}

struct ContentDecoder::ZStream {
    z_stream stream{};
    bool initialised = false;
    ~ZStream()
    {
        if (initialised)
            inflateEnd(&stream);
    }
};

std::optional<ContentDecoder::Coding> ContentDecoder::codingFor(const Headers &headers)
{
    QList<QByteArray> codings;
    for (const QByteArray &value : headers.values("content-encoding")) {
        for (const QByteArray &part : value.split(',')) {
            const QByteArray c = part.trimmed().toLower();
            if (!c.isEmpty() && c != "identity")
                codings.append(c);
        }
    }
    if (codings.isEmpty())
        return Coding::Identity;
    if (codings.size() > 1)
        return std::nullopt;
    if (codings.first() == "gzip" || codings.first() == "x-gzip")
        return Coding::Gzip;
    if (codings.first() == "deflate")
        return Coding::Deflate;
    return std::nullopt;
}

ContentDecoder::ContentDecoder(Coding coding, qint64 maxOutputBytes)
    : m_coding(coding), m_z(std::make_unique<ZStream>()), m_maxOutput(maxOutputBytes)
{
}

ContentDecoder::~ContentDecoder() = default;

bool ContentDecoder::fail(int status, const char *reason)
{
    m_errorStatus = status;
    m_errorReason = reason;
    return false;
}

bool ContentDecoder::decode(QByteArrayView input, const Output &output)
{
    if (m_errorStatus)
        return false;
    if (m_coding == Coding::Identity) {
        m_outputBytes += input.size();
        if (m_outputBytes > m_maxOutput)
            return fail(413, "request body exceeds the size limit");
        return input.isEmpty() || output(input) || fail(500, "body rejected by the receiver");
    }
    if (input.isEmpty())
        return true;
    if (!m_started) {
        int windowBits = 15 + 16; // gzip wrapper (RFC 1952)
        if (m_coding == Coding::Deflate) {
            // RFC 9110 §8.4.1.2: "deflate" is the zlib format (RFC 1950), but some clients
            // send a raw deflate stream (RFC 1951); a zlib header is recognisable.
            const auto b0 = static_cast<unsigned char>(input[0]);
            const bool zlibHeader = (b0 & 0x0f) == 8 && (input.size() < 2
                || ((b0 << 8) | static_cast<unsigned char>(input[1])) % 31 == 0);
            windowBits = zlibHeader ? 15 : -15;
        }
        if (inflateInit2(&m_z->stream, windowBits) != Z_OK)
            return fail(500, "cannot initialise the decompressor");
        m_z->initialised = true;
        m_started = true;
    }
    if (m_streamEnded)
        return fail(400, "data after the end of the compressed body");

    z_stream &z = m_z->stream;
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(input.data()));
    z.avail_in = uInt(input.size());
    QByteArray piece(kOutputPiece, Qt::Uninitialized);
    while (true) {
        z.next_out = reinterpret_cast<Bytef *>(piece.data());
        z.avail_out = uInt(piece.size());
        const int rc = inflate(&z, Z_NO_FLUSH);
        const qsizetype produced = piece.size() - qsizetype(z.avail_out);
        if (rc != Z_OK && rc != Z_STREAM_END && !(rc == Z_BUF_ERROR && produced == 0))
            return fail(400, "corrupt compressed request body");
        if (produced > 0) {
            m_outputBytes += produced;
            if (m_outputBytes > m_maxOutput)
                return fail(413, "decompressed request body exceeds the size limit");
            if (!output(QByteArrayView(piece.constData(), produced)))
                return fail(500, "body rejected by the receiver");
        }
        if (rc == Z_STREAM_END) {
            if (z.avail_in > 0 && m_coding == Coding::Gzip) {
                // RFC 1952 §2.2: a gzip file may hold several members.
                inflateReset(&z);
                continue;
            }
            m_streamEnded = true;
            if (z.avail_in > 0)
                return fail(400, "data after the end of the compressed body");
            return true;
        }
        if (z.avail_in == 0 && z.avail_out != 0)
            return true;
        if (rc == Z_BUF_ERROR && produced == 0)
            return true;
    }
}

bool ContentDecoder::finish()
{
    if (m_errorStatus)
        return false;
    if (m_coding == Coding::Identity || !m_started)
        return true; // an empty body needs no compressed framing
    if (!m_streamEnded)
        return fail(400, "truncated compressed request body");
    return true;
}

} // namespace http
