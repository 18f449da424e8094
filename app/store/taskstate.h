#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace store {

// The life of a queued ACS task:
//   queued -> sent -> done | fault
//   queued | sent -> expired | cancelled
//   sent -> queued (the session ended before the CPE answered; the task is sent again)
// done, fault, expired and cancelled are final; only retry (TaskRepository::retry) brings
// fault, expired or cancelled back to queued. A done task is never re-run.
enum class TaskState { Queued, Sent, Done, Fault, Expired, Cancelled };

QString taskStateName(TaskState state);
std::optional<TaskState> taskStateFromName(QStringView name);
bool isFinal(TaskState state);
bool canTransition(TaskState from, TaskState to);
bool canRetry(TaskState state);

} // namespace store
