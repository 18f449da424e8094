#pragma once

// Decodes a request body's Content-Encoding (RFC 9110 §8.4.1) with zlib, bounded: the output
// limit turns a zip bomb into a 413 after at most one 64 KiB piece past the limit was made.

#include "httpmessage.h"

#include <QByteArrayView>

#include <functional>
#include <memory>
#include <optional>

namespace http {

class ContentDecoder
{
public:
    enum class Coding { Identity, Gzip, Deflate };
    // The coding named by the Content-Encoding header; nullopt for one we do not support
    // (answered with 415, RFC 9110 §15.5.16) or for stacked codings.
    static std::optional<Coding> codingFor(const Headers &headers);

    ContentDecoder(Coding coding, qint64 maxOutputBytes);
    ~ContentDecoder();
    ContentDecoder(const ContentDecoder &) = delete;
    ContentDecoder &operator=(const ContentDecoder &) = delete;

    using Output = std::function<bool(QByteArrayView)>;
    // Feeds compressed bytes; decoded pieces go to output (which may return false to stop).
    bool decode(QByteArrayView input, const Output &output);
    // The body ended: the compressed stream must be complete.
    bool finish();

    qint64 outputBytes() const { return m_outputBytes; }
    int errorStatus() const { return m_errorStatus; }
    QByteArray errorReason() const { return m_errorReason; }

private:
    bool fail(int status, const char *reason);

    struct ZStream;
    Coding m_coding;
    std::unique_ptr<ZStream> m_z;
    bool m_started = false;
    bool m_streamEnded = false;
    qint64 m_maxOutput;
    qint64 m_outputBytes = 0;
    int m_errorStatus = 0;
    QByteArray m_errorReason;
};

} // namespace http
