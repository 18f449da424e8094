#include "task.h"

namespace acs {

QString taskStateName(TaskState state)
{
    switch (state) {
    case TaskState::Queued: return QStringLiteral("queued");
    case TaskState::Sent: return QStringLiteral("sent");
    case TaskState::Done: return QStringLiteral("done");
    case TaskState::Fault: return QStringLiteral("fault");
    case TaskState::Expired: return QStringLiteral("expired");
    case TaskState::Cancelled: return QStringLiteral("cancelled");
    }
    return QStringLiteral("queued");
}

std::optional<TaskState> taskStateFromName(const QString &name)
{
    for (TaskState s : {TaskState::Queued, TaskState::Sent, TaskState::Done, TaskState::Fault,
                        TaskState::Expired, TaskState::Cancelled}) {
        if (taskStateName(s) == name)
            return s;
    }
    return std::nullopt;
}

bool isFinished(TaskState state)
{
    return state != TaskState::Queued && state != TaskState::Sent;
}

} // namespace acs
