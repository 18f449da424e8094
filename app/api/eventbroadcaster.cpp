#include "eventbroadcaster.h"

#include "devicedocument.h"
#include "eventstream.h"
#include "faultdocument.h"
#include "taskdocument.h"

#include <acs/acsengine.h>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace api {

EventBroadcaster::EventBroadcaster(acs::AcsEngine *engine, QObject *parent) : QObject(parent)
{
    m_keepAlive.setInterval(kKeepAliveMs);
    connect(&m_keepAlive, &QTimer::timeout, this, &EventBroadcaster::sendKeepAlive);
    connect(&engine->tasks(), &acs::TaskQueue::taskChanged, this, &EventBroadcaster::onTaskChanged);
    connect(engine, &acs::AcsEngine::sessionStarted, this,
            [this](const QString &deviceId, const QString &sessionId, const QStringList &events) {
                publish("inform", deviceId,
                        QJsonObject{{QStringLiteral("device"), deviceId},
                                    {QStringLiteral("session"), sessionId},
                                    {QStringLiteral("events"), QJsonArray::fromStringList(events)},
                                    {QStringLiteral("timestamp"), DeviceDocument::isoDate(QDateTime::currentMSecsSinceEpoch())}});
            });
    connect(&engine->devices(), &acs::DeviceDirectory::deviceAdded, this, [this](const QString &deviceId) {
        publish("device", deviceId, QJsonObject{{QStringLiteral("device"), deviceId}, {QStringLiteral("change"), QStringLiteral("added")}});
    });
    connect(&engine->devices(), &acs::DeviceDirectory::deviceRemoved, this, [this](const QString &deviceId) {
        publish("device", deviceId, QJsonObject{{QStringLiteral("device"), deviceId}, {QStringLiteral("change"), QStringLiteral("removed")}});
    });
}

EventBroadcaster::~EventBroadcaster()
{
    for (const Client &c : m_clients)
        c.stream->end(QByteArray());
}

void EventBroadcaster::setKeepAliveInterval(int ms)
{
    m_keepAlive.setInterval(ms);
}

http::Response EventBroadcaster::subscribe(quint64 connectionId, const QString &deviceId)
{
    auto stream = std::make_shared<EventStream>(m_bufferLimit);
    // The client knows it is subscribed once this arrives: nothing published from now on
    // is missed.
    stream->push(": cwmp-workbench events\n\n");
    m_clients.push_back(Client{connectionId, deviceId, stream});
    if (!m_keepAlive.isActive())
        m_keepAlive.start();

    http::Response r;
    r.headers.set("Content-Type", "text/event-stream; charset=utf-8");
    r.headers.set("Cache-Control", "no-cache");
    r.headers.set("X-Accel-Buffering", "no"); // nginx in front: pass events at once
    r.bodyStream = stream;
    r.bodyStreamLength = -1; // chunked, for as long as the client listens
    r.closeConnection = true; // the stream is the last thing on this connection
    return r;
}

void EventBroadcaster::connectionClosed(quint64 connectionId)
{
    std::erase_if(m_clients, [connectionId](const Client &c) { return c.connectionId == connectionId; });
    if (m_clients.empty())
        m_keepAlive.stop();
}

void EventBroadcaster::onTaskChanged(const acs::Task &task)
{
    if (m_clients.empty())
        return;
    // The state, not the result: a full-tree refresh's result runs to megabytes, and a
    // script that wants it asks GET /tasks/ for it once the state says done.
    QJsonObject doc = TaskDocument::build(task);
    doc.remove(QLatin1String("result"));
    publish("task", task.deviceId, doc);
    if (FaultDocument::isFault(task))
        publish("fault", task.deviceId, FaultDocument::build(task));
}

void EventBroadcaster::publish(const char *event, const QString &deviceId, const QJsonObject &data)
{
    if (m_clients.empty())
        return;
    // Compact JSON has no line breaks, so one data line carries the whole document.
    const QByteArray text = QByteArray("event: ") + event + "\ndata: " + QJsonDocument(data).toJson(QJsonDocument::Compact)
        + "\n\n";
    pushToAll(deviceId, text);
}

void EventBroadcaster::pushToAll(const QString &deviceId, const QByteArray &text)
{
    for (auto it = m_clients.begin(); it != m_clients.end();) {
        if (!deviceId.isEmpty() && !it->deviceId.isEmpty() && it->deviceId != deviceId) {
            ++it;
            continue;
        }
        if (it->stream->push(text)) {
            ++it;
            continue;
        }
        it->stream->end(QByteArrayLiteral(": dropped: more than ") + QByteArray::number(m_bufferLimit)
                        + " bytes of events were left unread\n\n");
        ++m_dropped;
        it = m_clients.erase(it);
    }
    if (m_clients.empty())
        m_keepAlive.stop();
}

void EventBroadcaster::sendKeepAlive()
{
    pushToAll(QString(), QByteArrayLiteral(": keep-alive\n\n"));
}

} // namespace api
