#pragma once

// A task the device (or the session) failed, as a GenieACS fault document: _id
// "<deviceId>:<channel>", device, channel "task_<taskId>", code "cwmp.<faultCode>",
// message, detail {faultCode, faultString, setParameterValuesFault}, timestamp, retries.
// GenieACS keeps faults apart from tasks; here a fault is a task in the fault state, and
// deleting the fault deletes that task, as GenieACS deletes a fault's task with it.

#include <QJsonObject>
#include <QString>

#include <optional>

namespace acs {
struct Task;
}

namespace api {

class FaultDocument
{
public:
    struct Key {
        QString deviceId;
        qint64 taskId = 0;
    };

    static bool isFault(const acs::Task &task);
    static QJsonObject build(const acs::Task &task);
    static QString idOf(const acs::Task &task);
    // The device and task a fault _id names; nullopt for anything that is not ours.
    static std::optional<Key> parseId(const QString &id);
};

} // namespace api
