#pragma once

#include "bodysink.h"
#include "httpmessage.h"
#include "responder.h"

namespace http {

// The application side of the server. It never sees a socket; all calls arrive on the
// server's thread.
class RequestHandler
{
public:
    virtual ~RequestHandler();
    // The full request (body buffered unless bodySinkFor() returned a sink). Answer through
    // the responder, now or later.
    virtual void handleRequest(const Request &request, Responder responder) = 0;
    // Called when a head with a body arrives. Non-null: the body is streamed to the sink
    // (server takes ownership) and the request later passed to handleRequest() has an empty
    // body and rawBodySize set.
    virtual BodySink *bodySinkFor(const Request &head)
    {
        Q_UNUSED(head);
        return nullptr;
    }
    virtual void connectionClosed(quint64 connectionId) { Q_UNUSED(connectionId); }
};

} // namespace http
