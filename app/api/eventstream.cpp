#include "eventstream.h"

#include <cstring>

namespace api {

EventStream::EventStream(qint64 limitBytes, QObject *parent) : QIODevice(parent), m_limit(limitBytes)
{
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

bool EventStream::push(const QByteArray &text)
{
    if (m_ended || pending() + text.size() > m_limit)
        return false;
    m_buffer.append(text);
    notify();
    return true;
}

void EventStream::end(const QByteArray &lastText)
{
    if (m_ended)
        return;
    m_buffer.append(lastText);
    m_ended = true;
    notify();
}

qint64 EventStream::bytesAvailable() const
{
    return pending() + QIODevice::bytesAvailable();
}

// One readyRead per turn of the event loop, however many events arrived in it: the
// connection then writes them to the socket in one piece.
void EventStream::notify()
{
    if (m_notifyScheduled)
        return;
    m_notifyScheduled = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_notifyScheduled = false;
            Q_EMIT readyRead();
        },
        Qt::QueuedConnection);
}

qint64 EventStream::readData(char *data, qint64 maxSize)
{
    const qint64 n = qMin(maxSize, pending());
    if (n == 0)
        return m_ended ? -1 : 0; // -1: the connection ends the chunked body
    std::memcpy(data, m_buffer.constData() + m_readPos, size_t(n));
    m_readPos += n;
    // Compact now and then rather than on every read, so reads stay cheap.
    if (m_readPos == m_buffer.size()) {
        m_buffer.clear();
        m_readPos = 0;
    } else if (m_readPos > 64 * 1024 && m_readPos * 2 > m_buffer.size()) {
        m_buffer.remove(0, m_readPos);
        m_readPos = 0;
    }
    return n;
}

qint64 EventStream::writeData(const char *data, qint64 size)
{
    Q_UNUSED(data);
    Q_UNUSED(size);
    return -1; // read-only: events go in through push()
}

} // namespace api
