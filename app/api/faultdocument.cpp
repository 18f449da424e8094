#include "faultdocument.h"

#include "devicedocument.h"

#include <acs/task.h>

#include <QJsonArray>

namespace api {

namespace {

const QLatin1String kTaskChannel("task_");

} // namespace

bool FaultDocument::isFault(const acs::Task &task)
{
    return task.state == acs::TaskState::Fault;
}

QString FaultDocument::idOf(const acs::Task &task)
{
    return task.deviceId + QLatin1Char(':') + kTaskChannel + QString::number(task.id);
}

QJsonObject FaultDocument::build(const acs::Task &task)
{
    // TR-069 A.5 fault codes (9xxx from the device, 8xxx from the ACS) are GenieACS's
    // "cwmp.<code>"; the detail keeps its field names, with the code as text as in the XML.
    QJsonObject detail{{QStringLiteral("faultCode"), QString::number(task.faultCode)},
                       {QStringLiteral("faultString"), task.faultString}};
    QJsonArray parameters;
    for (const QJsonValue &v : task.result.value(QLatin1String("setParameterValuesFaults")).toArray()) {
        const QJsonObject p = v.toObject();
        parameters.append(QJsonObject{{QStringLiteral("parameterName"), p.value(QLatin1String("parameterName"))},
                                      {QStringLiteral("faultCode"), QString::number(p.value(QLatin1String("faultCode")).toInteger())},
                                      {QStringLiteral("faultString"), p.value(QLatin1String("faultString"))}});
    }
    if (!parameters.isEmpty())
        detail.insert(QStringLiteral("setParameterValuesFault"), parameters);
    const qint64 at = task.finishedMs > 0 ? task.finishedMs : task.createdMs;
    return QJsonObject{{QStringLiteral("_id"), idOf(task)},
                       {QStringLiteral("device"), task.deviceId},
                       {QStringLiteral("channel"), kTaskChannel + QString::number(task.id)},
                       {QStringLiteral("code"), QStringLiteral("cwmp.%1").arg(task.faultCode)},
                       {QStringLiteral("message"), task.faultString},
                       {QStringLiteral("detail"), detail},
                       {QStringLiteral("timestamp"), DeviceDocument::isoDate(at)},
                       {QStringLiteral("retries"), qMax(0, task.attempts - 1)}};
}

std::optional<FaultDocument::Key> FaultDocument::parseId(const QString &id)
{
    // Device ids may hold ':' themselves; the channel never does.
    const qsizetype colon = id.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return std::nullopt;
    const QString channel = id.mid(colon + 1);
    if (!channel.startsWith(kTaskChannel))
        return std::nullopt;
    bool ok = false;
    const qint64 taskId = channel.mid(kTaskChannel.size()).toLongLong(&ok);
    if (!ok || taskId <= 0)
        return std::nullopt;
    return Key{id.left(colon), taskId};
}

} // namespace api
