#pragma once

#include "httpmessage.h"

#include <memory>

namespace http {

struct ResponseSlot;

// A cheap copyable handle to one pending response. send() may be called at once or much
// later (the ACS holds the answer to an empty POST while the engineer decides); responses
// still leave the connection in request order. Use it on the server's thread.
class Responder
{
public:
    Responder() = default;
    explicit Responder(std::shared_ptr<ResponseSlot> slot);

    // A second call, or a call after the client went away, does nothing.
    void send(Response response) const;
    // True while a response can still be delivered: not sent yet and the client connected.
    bool isOpen() const;
    bool isSent() const;
    quint64 connectionId() const;

private:
    std::shared_ptr<ResponseSlot> m_slot;
};

} // namespace http
