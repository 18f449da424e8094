#pragma once

#include "taskstate.h"

#include <QString>

#include <optional>

namespace store {

// A task for one device, as stored. Times are milliseconds since the Unix epoch, UTC.
struct Task
{
    qint64 id = 0;
    QString deviceId;
    QString kind;      // e.g. "getParameterValues"
    QString arguments; // JSON text
    TaskState state = TaskState::Queued;
    qint64 createdMs = 0;
    std::optional<qint64> sentMs;
    std::optional<qint64> finishedMs;
    std::optional<int> faultCode; // TR-069 A.5.1 fault code of a fault outcome
    std::optional<QString> faultString;
    std::optional<QString> result; // JSON text of a done outcome
    std::optional<qint64> expiryMs;
    double progress = 0; // 0..1
    QString progressText;
};

struct NewTask
{
    QString deviceId;
    QString kind;
    QString arguments; // JSON text; empty means "{}"
    std::optional<qint64> expiryMs;
};

// What a transition records: faultCode/faultString for fault, result for done.
struct TaskOutcome
{
    std::optional<int> faultCode;
    std::optional<QString> faultString;
    std::optional<QString> result;
};

} // namespace store
