#pragma once

// A task is one thing the engineer asked of a device: usually one RPC, sometimes several
// (a full-tree refresh). Tasks wait in a per-device queue that survives restarts.

#include <QJsonObject>
#include <QString>

namespace acs {

enum class TaskState { Queued, Sent, Done, Fault, Expired, Cancelled };

QString taskStateName(TaskState state);               // "queued", "sent", ...
std::optional<TaskState> taskStateFromName(const QString &name);
bool isFinished(TaskState state);                     // done, fault, expired, cancelled

struct Task {
    qint64 id = 0;
    QString deviceId;
    // GenieACS NBI names where they exist: "getParameterValues", "setParameterValues",
    // "refreshObject", "addObject", "deleteObject", "reboot", "factoryReset", "download";
    // and ours: "getParameterNames", "getParameterAttributes", "setParameterAttributes",
    // "upload", "scheduleInform", "getRPCMethods", "getQueuedTransfers",
    // "getAllQueuedTransfers", "cancelTransfer", "scheduleDownload", "changeDUState",
    // "getOptions", "setVouchers".
    QString kind;
    QJsonObject args;
    TaskState state = TaskState::Queued;
    qint64 createdMs = 0;
    qint64 sentMs = 0;
    qint64 finishedMs = 0;
    qint64 expiresMs = 0; // 0: never
    int faultCode = 0;
    QString faultString;
    QJsonObject result;
    double progress = 0;
    QString progressText;
    int attempts = 0;
    // A task whose RPC was answered but whose effect a later session confirms: the event
    // that completes it ("M Reboot", "M Download", "0 BOOTSTRAP") and its CommandKey.
    QString awaitedEvent;
    QString awaitedCommandKey;
};

} // namespace acs
