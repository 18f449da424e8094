#include "taskstate.h"

namespace store {

QString taskStateName(TaskState state)
{
    switch (state) {
    case TaskState::Queued:
        return QStringLiteral("queued");
    case TaskState::Sent:
        return QStringLiteral("sent");
    case TaskState::Done:
        return QStringLiteral("done");
    case TaskState::Fault:
        return QStringLiteral("fault");
    case TaskState::Expired:
        return QStringLiteral("expired");
    case TaskState::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QString();
}

std::optional<TaskState> taskStateFromName(QStringView name)
{
    for (TaskState state : {TaskState::Queued, TaskState::Sent, TaskState::Done,
                            TaskState::Fault, TaskState::Expired, TaskState::Cancelled}) {
        if (name == taskStateName(state))
            return state;
    }
    return std::nullopt;
}

bool isFinal(TaskState state)
{
    return state != TaskState::Queued && state != TaskState::Sent;
}

bool canTransition(TaskState from, TaskState to)
{
    switch (from) {
    case TaskState::Queued:
        return to == TaskState::Sent || to == TaskState::Expired || to == TaskState::Cancelled;
    case TaskState::Sent:
        return to == TaskState::Done || to == TaskState::Fault || to == TaskState::Expired
                || to == TaskState::Cancelled || to == TaskState::Queued;
    case TaskState::Done:
    case TaskState::Fault:
    case TaskState::Expired:
    case TaskState::Cancelled:
        return false;
    }
    return false;
}

bool canRetry(TaskState state)
{
    return state == TaskState::Fault || state == TaskState::Expired
            || state == TaskState::Cancelled;
}

} // namespace store
