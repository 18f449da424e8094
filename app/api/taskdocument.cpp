#include "taskdocument.h"

#include "devicedocument.h"

#include <acs/task.h>

namespace api {

QJsonObject TaskDocument::build(const acs::Task &task)
{
    QJsonObject doc = task.args;
    doc.insert(QStringLiteral("_id"), QString::number(task.id));
    doc.insert(QStringLiteral("device"), task.deviceId);
    doc.insert(QStringLiteral("name"), task.kind);
    doc.insert(QStringLiteral("timestamp"), DeviceDocument::isoDate(task.createdMs));
    doc.insert(QStringLiteral("state"), acs::taskStateName(task.state));
    doc.insert(QStringLiteral("attempts"), task.attempts);
    if (task.expiresMs > 0)
        doc.insert(QStringLiteral("expiry"), DeviceDocument::isoDate(task.expiresMs));
    if (!task.result.isEmpty())
        doc.insert(QStringLiteral("result"), task.result);
    if (task.state == acs::TaskState::Fault)
        doc.insert(QStringLiteral("fault"), QJsonObject{{QStringLiteral("code"), task.faultCode},
                                                        {QStringLiteral("message"), task.faultString}});
    return doc;
}

} // namespace api
