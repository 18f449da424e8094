#pragma once

// Where the engine keeps what must survive a restart. The engine calls these from its own
// thread and never waits: an implementation queues the work (the SQLite store runs it on
// its worker thread).

#include "devicerecord.h"
#include "task.h"

#include <QByteArray>
#include <QSet>
#include <QString>

namespace acs {

// One HTTP message of a CWMP exchange, as the SOAP log shows it.
struct LoggedMessage {
    QString deviceId;   // empty until the Inform named the device
    QString sessionId;
    quint64 connectionId = 0;
    bool incoming = true;
    QString method;     // HTTP method of a request, empty for a response
    QString url;
    int status = 0;     // of a response
    QByteArray headers; // as text, one "Name: value" per line
    QByteArray body;
    QString rpc;        // "Inform", "GetParameterValuesResponse", "" for empty
    qint64 startedMs = 0;
    qint64 endedMs = 0;
};

class EnginePersistence
{
public:
    virtual ~EnginePersistence() = default;
    virtual void saveDevice(const DeviceRecord &device) = 0;       // on every Inform
    virtual void saveCredentials(const DeviceRecord &device) = 0;  // when they change
    virtual void removeDevice(const QString &deviceId) = 0;
    virtual void saveParameters(const DeviceRecord &device, const QSet<QString> &changed, const QStringList &removed) = 0;
    virtual void saveTask(const Task &task) = 0;
    virtual void saveRefreshStrategy(const DeviceRecord &device, const QString &strategy) = 0;
    virtual void logMessage(const LoggedMessage &message) = 0;
};

} // namespace acs
