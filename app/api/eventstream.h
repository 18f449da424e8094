#pragma once

// The body of one GET /events response: a pipe from the API to the connection. The API
// appends server-sent events (text/event-stream, WHATWG HTML §9.2); the connection reads
// them as its socket drains. What the client has not taken is bounded: push() refuses
// beyond the limit, and the API then ends the stream instead of holding more.

#include <QByteArray>
#include <QIODevice>

namespace api {

class EventStream : public QIODevice
{
    Q_OBJECT

public:
    explicit EventStream(qint64 limitBytes, QObject *parent = nullptr);

    // Appends text; false (and nothing appended) when the unread bytes would pass the limit.
    bool push(const QByteArray &text);
    // Appends a last text regardless of the limit, then the stream ends once it is read.
    void end(const QByteArray &lastText);
    bool isEnded() const { return m_ended; }
    qint64 pending() const { return m_buffer.size() - m_readPos; }

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    void notify();

    qint64 m_limit;
    QByteArray m_buffer;
    qint64 m_readPos = 0;
    bool m_ended = false;
    bool m_notifyScheduled = false;
};

} // namespace api
