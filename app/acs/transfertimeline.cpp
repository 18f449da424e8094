#include "transfertimeline.h"

#include <QJsonArray>

namespace acs {

namespace {

QString s(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

qint64 n(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toInteger();
}

} // namespace

bool TransferTimeline::hasStage(QLatin1String name) const
{
    for (const TransferStage &stage : stages) {
        if (stage.name == name)
            return true;
    }
    return false;
}

QJsonObject TransferTimeline::toJson() const
{
    QJsonArray list;
    for (const TransferStage &stage : stages)
        list.append(QJsonObject{{QStringLiteral("stage"), stage.name},
                                {QStringLiteral("at"), stage.atMs},
                                {QStringLiteral("text"), stage.text}});
    QJsonObject o{
        {QStringLiteral("id"), id},
        {QStringLiteral("deviceId"), deviceId},
        {QStringLiteral("kind"), kind},
        {QStringLiteral("state"), state},
        {QStringLiteral("started"), startedMs},
        {QStringLiteral("finished"), finishedMs},
        {QStringLiteral("commandKey"), commandKey},
        {QStringLiteral("fileName"), fileName},
        {QStringLiteral("fileType"), fileType},
        {QStringLiteral("fileSize"), fileSize},
        {QStringLiteral("path"), path},
        {QStringLiteral("bytesSent"), bytesSent},
        {QStringLiteral("bytesTotal"), bytesTotal},
        {QStringLiteral("previousVersion"), previousVersion},
        {QStringLiteral("expectedVersion"), expectedVersion},
        {QStringLiteral("newVersion"), newVersion},
        {QStringLiteral("snapshotId"), snapshotId},
        {QStringLiteral("backupId"), backupId},
        {QStringLiteral("faultCode"), faultCode},
        {QStringLiteral("faultString"), faultString},
        {QStringLiteral("transferStart"), transferStart},
        {QStringLiteral("transferComplete"), transferComplete},
        {QStringLiteral("failure"), failure},
        {QStringLiteral("stages"), list},
    };
    return o;
}

TransferTimeline TransferTimeline::fromJson(const QJsonObject &o)
{
    TransferTimeline t;
    t.id = n(o, "id");
    t.deviceId = s(o, "deviceId");
    t.kind = s(o, "kind");
    t.state = s(o, "state");
    t.startedMs = n(o, "started");
    t.finishedMs = n(o, "finished");
    t.commandKey = s(o, "commandKey");
    t.fileName = s(o, "fileName");
    t.fileType = s(o, "fileType");
    t.fileSize = n(o, "fileSize");
    t.path = s(o, "path");
    t.bytesSent = n(o, "bytesSent");
    t.bytesTotal = n(o, "bytesTotal");
    t.previousVersion = s(o, "previousVersion");
    t.expectedVersion = s(o, "expectedVersion");
    t.newVersion = s(o, "newVersion");
    t.snapshotId = n(o, "snapshotId");
    t.backupId = n(o, "backupId");
    t.faultCode = int(n(o, "faultCode"));
    t.faultString = s(o, "faultString");
    t.transferStart = s(o, "transferStart");
    t.transferComplete = s(o, "transferComplete");
    t.failure = s(o, "failure");
    const QJsonArray list = o.value(QLatin1String("stages")).toArray();
    for (const QJsonValue &v : list) {
        const QJsonObject stage = v.toObject();
        t.stages.append({s(stage, "stage"), n(stage, "at"), s(stage, "text")});
    }
    return t;
}

store::TransferRecord TransferTimeline::toRecord() const
{
    return {id, deviceId, kind, state, startedMs, finishedMs, toJson()};
}

TransferTimeline TransferTimeline::fromRecord(const store::TransferRecord &record)
{
    TransferTimeline t = fromJson(record.document);
    t.id = record.id;
    t.deviceId = record.deviceId;
    t.kind = record.kind;
    t.state = record.state;
    return t;
}

} // namespace acs
