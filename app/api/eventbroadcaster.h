#pragma once

// GET /events: a server-sent-event stream (WHATWG HTML §9.2) of what a script would
// otherwise poll for: informs ("inform"), task changes ("task"), tasks that faulted
// ("fault") and devices that appeared or were removed ("device"), each as one
// "event: <type>" line and one "data: <json>" line. A comment every 15 s keeps proxies and
// idle timeouts from closing a quiet stream.
//
// Publishing never waits for a client: each event is appended to every stream's buffer.
// A client that lets its buffer grow past the limit is dropped with a final comment, so a
// stalled script costs at most the limit, never the engine's time.

#include <QObject>
#include <QString>
#include <QTimer>

#include <http/httpmessage.h>

#include <memory>
#include <vector>

class QJsonObject;

namespace acs {
class AcsEngine;
struct Task;
}

namespace api {

class EventStream;

class EventBroadcaster : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 kDefaultBufferLimit = 1024 * 1024;
    static constexpr int kKeepAliveMs = 15000;

    // engine must outlive the broadcaster.
    explicit EventBroadcaster(acs::AcsEngine *engine, QObject *parent = nullptr);
    ~EventBroadcaster() override;

    // Bytes of events a client may leave unread before it is dropped; for new clients.
    void setBufferLimit(qint64 bytes) { m_bufferLimit = bytes; }
    qint64 bufferLimit() const { return m_bufferLimit; }
    void setKeepAliveInterval(int ms);

    // The streaming response for a GET /events on that connection; an empty deviceId
    // subscribes to every device.
    http::Response subscribe(quint64 connectionId, const QString &deviceId);
    void connectionClosed(quint64 connectionId);
    int clientCount() const { return int(m_clients.size()); }
    // Clients dropped for not reading, since the start.
    int droppedCount() const { return m_dropped; }

private:
    struct Client {
        quint64 connectionId = 0;
        QString deviceId;
        std::shared_ptr<EventStream> stream;
    };

    void onTaskChanged(const acs::Task &task);
    void publish(const char *event, const QString &deviceId, const QJsonObject &data);
    void pushToAll(const QString &deviceId, const QByteArray &text);
    void sendKeepAlive();

    qint64 m_bufferLimit = kDefaultBufferLimit;
    std::vector<Client> m_clients;
    QTimer m_keepAlive;
    int m_dropped = 0;
};

} // namespace api
