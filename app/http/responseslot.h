#pragma once

// Internal: the shared state behind Responder handles for one request on one connection.

#include "httpmessage.h"

#include <QPointer>

#include <optional>

namespace http {

class Connection;

struct ResponseSlot {
    QPointer<Connection> connection;
    quint64 connectionId = 0;
    std::optional<Response> response;  // set by Responder::send
    bool headRequest = false;          // HEAD: no body goes out (RFC 9110 §9.3.2)
    bool http10 = false;
    bool keepAlive = true;             // what the request asked for
    bool requestComplete = false;      // handler has been called
    bool continueNeeded = false;       // Expect: 100-continue not yet answered
    bool sent = false;                 // send() was called
    bool closed = false;               // connection gone
};

} // namespace http
