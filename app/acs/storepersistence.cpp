#include "storepersistence.h"

#include <store/database.h>

#include <QJsonDocument>

namespace acs {

namespace {

const QString kAwaitingKey = QStringLiteral("_awaiting");

store::TaskState toStore(TaskState s)
{
    switch (s) {
    case TaskState::Queued: return store::TaskState::Queued;
    case TaskState::Sent: return store::TaskState::Sent;
    case TaskState::Done: return store::TaskState::Done;
    case TaskState::Fault: return store::TaskState::Fault;
    case TaskState::Expired: return store::TaskState::Expired;
    case TaskState::Cancelled: return store::TaskState::Cancelled;
    }
    return store::TaskState::Queued;
}

TaskState fromStore(store::TaskState s)
{
    switch (s) {
    case store::TaskState::Queued: return TaskState::Queued;
    case store::TaskState::Sent: return TaskState::Sent;
    case store::TaskState::Done: return TaskState::Done;
    case store::TaskState::Fault: return TaskState::Fault;
    case store::TaskState::Expired: return TaskState::Expired;
    case store::TaskState::Cancelled: return TaskState::Cancelled;
    }
    return TaskState::Queued;
}

} // namespace

StorePersistence::StorePersistence(store::Database &database)
    : m_devices(database), m_parameters(database), m_tasks(database), m_log(database)
{
}

void StorePersistence::saveDevice(const DeviceRecord &device)
{
    store::DeviceInform inform;
    inform.oui = device.deviceId.oui;
    inform.productClass = device.deviceId.productClass;
    inform.serialNumber = device.deviceId.serialNumber;
    inform.manufacturer = device.deviceId.manufacturer;
    if (!device.modelName.isEmpty())
        inform.modelName = device.modelName;
    inform.softwareVersion = device.softwareVersion;
    inform.hardwareVersion = device.hardwareVersion;
    inform.ipAddress = device.address;
    inform.connectionRequestUrl = device.connectionRequestUrl;
    inform.cwmpVersion = device.cwmpVersion;
    inform.events = device.lastEvents;
    inform.informMs = device.lastInformMs;
    m_devices.upsertOnInform(inform);
}

void StorePersistence::saveCredentials(const DeviceRecord &device)
{
    store::DeviceCredentials c;
    c.cpeUsername = device.credentials.cpeUsername;
    c.cpePassword = device.credentials.cpePassword;
    c.connectionRequestUsername = device.credentials.crUsername;
    c.connectionRequestPassword = device.credentials.crPassword;
    m_devices.setCredentials(device.id, c);
}

void StorePersistence::removeDevice(const QString &deviceId)
{
    m_devices.remove(deviceId);
}

void StorePersistence::saveParameters(const DeviceRecord &device, const QSet<QString> &changed, const QStringList &removed)
{
    if (!removed.isEmpty())
        m_parameters.removePaths(device.id, removed);
    if (changed.isEmpty())
        return;
    QList<store::ParameterRecord> rows;
    rows.reserve(changed.size());
    for (const QString &path : changed) {
        const CachedParameter *p = device.parameters.find(path);
        if (!p)
            continue;
        store::ParameterRecord r;
        r.path = path;
        if (p->readAtMs > 0)
            r.value = p->value;
        r.type = p->type;
        r.writable = p->writable;
        r.notification = p->notification;
        if (p->notification)
            r.accessList = p->accessList;
        r.readAtMs = p->readAtMs;
        rows.append(std::move(r));
    }
    m_parameters.upsert(device.id, rows);
}

void StorePersistence::saveTask(const Task &task)
{
    m_tasks.put(toStore(task));
}

void StorePersistence::saveRefreshStrategy(const DeviceRecord &device, const QString &strategy)
{
    m_devices.setRefreshStrategy(device.deviceId.oui, device.deviceId.productClass, strategy);
}

void StorePersistence::logMessage(const LoggedMessage &message)
{
    store::SoapExchange e;
    if (!message.deviceId.isEmpty())
        e.deviceId = message.deviceId;
    e.sessionId = message.sessionId;
    e.connectionId = qint64(message.connectionId);
    e.direction = message.incoming ? store::SoapExchange::Direction::In : store::SoapExchange::Direction::Out;
    e.method = message.method;
    e.url = message.url;
    e.status = message.status;
    e.headers = QString::fromUtf8(message.headers);
    e.body = message.body;
    e.rpcName = message.rpc;
    e.startedMs = message.startedMs;
    e.endedMs = message.endedMs;
    m_log.append(e);
}

store::Task StorePersistence::toStore(const Task &task)
{
    store::Task t;
    t.id = task.id;
    t.deviceId = task.deviceId;
    t.kind = task.kind;
    t.arguments = QString::fromUtf8(QJsonDocument(task.args).toJson(QJsonDocument::Compact));
    t.state = acs::toStore(task.state);
    t.createdMs = task.createdMs;
    if (task.sentMs)
        t.sentMs = task.sentMs;
    if (task.finishedMs)
        t.finishedMs = task.finishedMs;
    if (task.faultCode)
        t.faultCode = task.faultCode;
    if (!task.faultString.isEmpty())
        t.faultString = task.faultString;
    QJsonObject result = task.result;
    // The completion event a task waits for travels with its result.
    if (!task.awaitedEvent.isEmpty())
        result.insert(kAwaitingKey, QJsonObject{{QStringLiteral("event"), task.awaitedEvent},
                                                {QStringLiteral("commandKey"), task.awaitedCommandKey}});
    if (!result.isEmpty())
        t.result = QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact));
    if (task.expiresMs)
        t.expiryMs = task.expiresMs;
    t.progress = task.progress;
    t.progressText = task.progressText;
    return t;
}

Task StorePersistence::fromStore(const store::Task &t)
{
    Task task;
    task.id = t.id;
    task.deviceId = t.deviceId;
    task.kind = t.kind;
    task.args = QJsonDocument::fromJson(t.arguments.toUtf8()).object();
    task.state = acs::fromStore(t.state);
    task.createdMs = t.createdMs;
    task.sentMs = t.sentMs.value_or(0);
    task.finishedMs = t.finishedMs.value_or(0);
    task.faultCode = t.faultCode.value_or(0);
    task.faultString = t.faultString.value_or(QString());
    if (t.result) {
        task.result = QJsonDocument::fromJson(t.result->toUtf8()).object();
        const QJsonObject awaiting = task.result.take(kAwaitingKey).toObject();
        task.awaitedEvent = awaiting.value(QStringLiteral("event")).toString();
        task.awaitedCommandKey = awaiting.value(QStringLiteral("commandKey")).toString();
    }
    task.expiresMs = t.expiryMs.value_or(0);
    task.progress = t.progress;
    task.progressText = t.progressText;
    return task;
}

std::unique_ptr<DeviceRecord> StorePersistence::fromStore(const store::Device &d)
{
    auto record = std::make_unique<DeviceRecord>();
    record->deviceId = {d.manufacturer, d.oui, d.productClass, d.serialNumber};
    record->id = deviceIdFor(record->deviceId);
    record->softwareVersion = d.softwareVersion;
    record->hardwareVersion = d.hardwareVersion;
    record->modelName = d.modelName.value_or(QString());
    record->address = d.ipAddress;
    record->connectionRequestUrl = d.connectionRequestUrl;
    record->cwmpVersion = d.cwmpVersion;
    record->registeredMs = d.registeredMs;
    record->lastInformMs = d.lastInformMs.value_or(0);
    record->lastBootMs = d.lastBootMs.value_or(0);
    record->lastBootstrapMs = d.lastBootstrapMs.value_or(0);
    record->lastEvents = d.lastEvents;
    record->credentials.cpeUsername = d.credentials.cpeUsername;
    record->credentials.cpePassword = d.credentials.cpePassword;
    record->credentials.crUsername = d.credentials.connectionRequestUsername;
    record->credentials.crPassword = d.credentials.connectionRequestPassword;
    return record;
}

} // namespace acs
