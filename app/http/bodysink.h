#pragma once

#include <QByteArrayView>

namespace http {

// Receives a request body piece by piece instead of the server buffering it (firmware and
// log uploads, TR-143 upload tests). Pieces are de-chunked and decompressed. The server owns
// the sink: it calls finish() or abort() exactly once, then deletes it.
class BodySink
{
public:
    virtual ~BodySink() = default;
    // false: the sink cannot take more (disk full, …); the server answers 500 and closes.
    virtual bool write(QByteArrayView chunk) = 0;
    virtual void finish() = 0;
    // The body ended badly: client gone, limit exceeded, corrupt encoding, timeout.
    virtual void abort() = 0;
};

} // namespace http
