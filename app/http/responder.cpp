#include "responder.h"

#include "connection.h"
#include "responseslot.h"

namespace http {

Responder::Responder(std::shared_ptr<ResponseSlot> slot) : m_slot(std::move(slot)) {}

void Responder::send(Response response) const
{
    if (!isOpen())
        return;
    m_slot->connection->submit(m_slot, std::move(response));
}

bool Responder::isOpen() const
{
    return m_slot && !m_slot->sent && !m_slot->closed && m_slot->connection;
}

bool Responder::isSent() const
{
    return m_slot && m_slot->sent;
}

quint64 Responder::connectionId() const
{
    return m_slot ? m_slot->connectionId : 0;
}

} // namespace http
