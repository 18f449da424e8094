#include "statefile.h"

#include "simdevice.h"

#include <cwmp/cwmpvalue.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace cpesim::StateFile {

namespace {

constexpr int kFormatVersion = 1;

QJsonValue timeValue(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(cwmp::formatDateTime(time)) : QJsonValue();
}

QDateTime timeFrom(const QJsonValue &value)
{
    return cwmp::parseDateTime(value.toString()).value_or(QDateTime());
}

} // namespace

QString save(const SimDevice &device, const QString &path)
{
    const DeviceState &state = device.state();
    QJsonObject root;
    root.insert(QStringLiteral("format"), kFormatVersion);
    root.insert(QStringLiteral("profile"), state.profile().name());
    root.insert(QStringLiteral("bootTime"), timeValue(state.bootTime()));
    QJsonObject values;
    for (auto it = state.changedValues().cbegin(); it != state.changedValues().cend(); ++it)
        values.insert(it.key(), it.value());
    root.insert(QStringLiteral("values"), values);
    QJsonObject instances;
    for (auto it = state.changedInstances().cbegin(); it != state.changedInstances().cend(); ++it) {
        QJsonArray rows;
        for (quint32 n : it.value())
            rows.append(qint64(n));
        instances.insert(it.key(), rows);
    }
    root.insert(QStringLiteral("instances"), instances);
    QJsonObject next;
    for (auto it = state.nextInstanceCounters().cbegin(); it != state.nextInstanceCounters().cend(); ++it)
        next.insert(it.key(), qint64(it.value()));
    root.insert(QStringLiteral("nextInstance"), next);
    QJsonObject attributes;
    for (auto it = state.changedAttributes().cbegin(); it != state.changedAttributes().cend(); ++it) {
        attributes.insert(it.key(), QJsonObject{{QStringLiteral("notification"), it->notification},
                                                {QStringLiteral("accessList"),
                                                 QJsonArray::fromStringList(it->accessList)}});
    }
    root.insert(QStringLiteral("attributes"), attributes);
    QJsonArray events;
    for (const cwmp::EventStruct &e : device.events().events())
        events.append(QJsonObject{{QStringLiteral("code"), e.eventCode}, {QStringLiteral("commandKey"), e.commandKey}});
    root.insert(QStringLiteral("events"), events);
    QJsonArray transfers;
    for (const TransferEntry &t : device.transfers().entries()) {
        QJsonArray windows; // ScheduleDownload's TimeWindowList
        for (const cwmp::TimeWindowStruct &w : t.timeWindows)
            windows.append(QJsonObject{{QStringLiteral("start"), qint64(w.windowStart)},
                                       {QStringLiteral("end"), qint64(w.windowEnd)},
                                       {QStringLiteral("mode"), w.windowMode},
                                       {QStringLiteral("userMessage"), w.userMessage},
                                       {QStringLiteral("maxRetries"), w.maxRetries}});
        transfers.append(QJsonObject{
            {QStringLiteral("timeWindows"), windows},
            {QStringLiteral("method"), t.method},
            {QStringLiteral("commandKey"), t.commandKey},
            {QStringLiteral("isDownload"), t.isDownload},
            {QStringLiteral("fileType"), t.fileType},
            {QStringLiteral("url"), t.url},
            {QStringLiteral("username"), t.username},
            {QStringLiteral("password"), t.password},
            {QStringLiteral("fileSize"), qint64(t.fileSize)},
            {QStringLiteral("targetFileName"), t.targetFileName},
            {QStringLiteral("delaySeconds"), qint64(t.delaySeconds)},
            {QStringLiteral("requestedAt"), timeValue(t.requestedAt)},
            {QStringLiteral("state"), t.state},
            {QStringLiteral("startTime"), timeValue(t.startTime)},
            {QStringLiteral("completeTime"), timeValue(t.completeTime)},
            {QStringLiteral("faultCode"), qint64(t.fault.faultCode)},
            {QStringLiteral("faultString"), t.fault.faultString},
        });
    }
    root.insert(QStringLiteral("transfers"), transfers);
    root.insert(QStringLiteral("valueChanges"), QJsonArray::fromStringList(device.pendingValueChanges()));
    root.insert(QStringLiteral("activeNotification"), device.activeNotificationPending());

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QStringLiteral("%1: %2").arg(path, file.errorString());
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return QStringLiteral("%1: %2").arg(path, file.errorString());
    return QString();
}

StateLoadResult load(SimDevice &device, const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return {false, QStringLiteral("%1: no saved state, starting fresh").arg(path)};
    if (!file.open(QIODevice::ReadOnly))
        return {false, QStringLiteral("%1: %2, starting fresh").arg(path, file.errorString())};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return {false, QStringLiteral("%1: corrupt state (%2), starting fresh").arg(path, error.errorString())};
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toInt() != kFormatVersion)
        return {false, QStringLiteral("%1: unknown state format, starting fresh").arg(path)};
    if (root.value(QStringLiteral("profile")).toString() != device.state().profile().name())
        return {false, QStringLiteral("%1: saved for profile %2, starting fresh")
                           .arg(path, root.value(QStringLiteral("profile")).toString())};

    QHash<QString, QString> values;
    const QJsonObject valueObject = root.value(QStringLiteral("values")).toObject();
    for (auto it = valueObject.begin(); it != valueObject.end(); ++it)
        values.insert(it.key(), it.value().toString());
    QHash<QString, QList<quint32>> instances;
    const QJsonObject instanceObject = root.value(QStringLiteral("instances")).toObject();
    for (auto it = instanceObject.begin(); it != instanceObject.end(); ++it) {
        QList<quint32> rows;
        for (const QJsonValue &v : it.value().toArray()) {
            const qint64 n = v.toInteger(0);
            if (n < 1 || n > 0xffffffffLL)
                return {false, QStringLiteral("%1: corrupt instance list for %2, starting fresh").arg(path, it.key())};
            rows.append(quint32(n));
        }
        instances.insert(it.key(), rows);
    }
    QHash<QString, quint32> next;
    const QJsonObject nextObject = root.value(QStringLiteral("nextInstance")).toObject();
    for (auto it = nextObject.begin(); it != nextObject.end(); ++it)
        next.insert(it.key(), quint32(it.value().toInteger(1)));
    QHash<QString, ParameterAttributes> attributes;
    const QJsonObject attributeObject = root.value(QStringLiteral("attributes")).toObject();
    for (auto it = attributeObject.begin(); it != attributeObject.end(); ++it) {
        const QJsonObject a = it.value().toObject();
        QStringList access;
        for (const QJsonValue &v : a.value(QStringLiteral("accessList")).toArray())
            access.append(v.toString());
        attributes.insert(it.key(), {a.value(QStringLiteral("notification")).toInt(), access});
    }
    QList<cwmp::EventStruct> events;
    for (const QJsonValue &v : root.value(QStringLiteral("events")).toArray()) {
        const QJsonObject e = v.toObject();
        events.append({e.value(QStringLiteral("code")).toString(), e.value(QStringLiteral("commandKey")).toString()});
    }
    QList<TransferEntry> transfers;
    for (const QJsonValue &v : root.value(QStringLiteral("transfers")).toArray()) {
        const QJsonObject t = v.toObject();
        TransferEntry entry;
        entry.method = t.value(QStringLiteral("method")).toString();
        entry.commandKey = t.value(QStringLiteral("commandKey")).toString();
        entry.isDownload = t.value(QStringLiteral("isDownload")).toBool(true);
        entry.fileType = t.value(QStringLiteral("fileType")).toString();
        entry.url = t.value(QStringLiteral("url")).toString();
        entry.username = t.value(QStringLiteral("username")).toString();
        entry.password = t.value(QStringLiteral("password")).toString();
        entry.fileSize = quint32(t.value(QStringLiteral("fileSize")).toInteger());
        entry.targetFileName = t.value(QStringLiteral("targetFileName")).toString();
        entry.delaySeconds = quint32(t.value(QStringLiteral("delaySeconds")).toInteger());
        entry.requestedAt = timeFrom(t.value(QStringLiteral("requestedAt")));
        entry.state = std::clamp(t.value(QStringLiteral("state")).toInt(1), 1, 3);
        entry.startTime = timeFrom(t.value(QStringLiteral("startTime")));
        entry.completeTime = timeFrom(t.value(QStringLiteral("completeTime")));
        entry.fault.faultCode = quint32(t.value(QStringLiteral("faultCode")).toInteger());
        entry.fault.faultString = t.value(QStringLiteral("faultString")).toString();
        for (const QJsonValue &w : t.value(QStringLiteral("timeWindows")).toArray()) {
            const QJsonObject o = w.toObject();
            entry.timeWindows.append({quint32(o.value(QStringLiteral("start")).toInteger()),
                                      quint32(o.value(QStringLiteral("end")).toInteger()),
                                      o.value(QStringLiteral("mode")).toString(), o.value(QStringLiteral("userMessage")).toString(),
                                      o.value(QStringLiteral("maxRetries")).toInt(-1)});
        }
        transfers.append(entry);
    }
    QStringList changes;
    for (const QJsonValue &v : root.value(QStringLiteral("valueChanges")).toArray())
        changes.append(v.toString());

    device.state().restoreOverlay(std::move(values), std::move(instances), std::move(next),
                                  std::move(attributes));
    if (const QDateTime boot = timeFrom(root.value(QStringLiteral("bootTime"))); boot.isValid())
        device.state().setBootTime(boot);
    device.events().restore(std::move(events));
    device.transfers().restore(std::move(transfers));
    device.restoreNotifications(std::move(changes), root.value(QStringLiteral("activeNotification")).toBool());
    return {true, QString()};
}

} // namespace cpesim::StateFile
