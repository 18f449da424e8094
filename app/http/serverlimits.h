#pragma once

#include <QtGlobal>

namespace http {

// Bounds on everything a peer controls. The ACS listens on a laptop's network: an
// over-limit peer gets 413/431/400/408/503 and is disconnected, never more memory.
struct ServerLimits {
    qint64 maxHeaderBytes = 16 * 1024;
    int maxHeaderCount = 100;
    qint64 maxBodyBytes = 32LL * 1024 * 1024;          // buffered body, on the wire
    qint64 maxDecompressedBytes = 64LL * 1024 * 1024;  // buffered body after gzip/deflate
    qint64 maxStreamedBodyBytes = 4LL * 1024 * 1024 * 1024; // body handed to a BodySink
    int maxConnections = 1024;
    int maxConnectionsPerAddress = 256;
    int headerTimeoutMs = 15000;  // from connect / first byte of a head to its end
    int idleTimeoutMs = 60000;    // keep-alive idle, and no progress on a body or response
    int maxPipelinedRequests = 16; // requests waiting for a response before we stop reading
};

} // namespace http
