#pragma once

// How every page of the console asks something of a device: queue a task with the engine
// and, when the device has no session open, wake it with a connection request (TR-069
// §3.2.2). The pages hear back through signals: a task's progress, its end, and a wake-up
// that failed. Nothing here waits: the answer comes when a session with the device runs.

#include <acs/task.h>

#include <QJsonObject>
#include <QObject>
#include <QSet>

namespace acs {
class AcsEngine;
}

namespace models {

class TaskDispatcher : public QObject
{
    Q_OBJECT

public:
    // A device that refused a connection request because it was still closing its last
    // session (503, busy) is asked again, this often, this late.
    static constexpr int kWakeAttempts = 3;
    static constexpr int kWakeRetryMs = 1500;

    explicit TaskDispatcher(acs::AcsEngine &engine, QObject *parent = nullptr);

    acs::AcsEngine &engine() const { return m_engine; }

    // Queues the task and wakes the device when it is not in a session. Returns the task id,
    // or 0 with *why in plain words ("no device …", "unknown task …", a bad argument).
    qint64 submit(const QString &deviceId, const QString &kind, const QJsonObject &args, QString *why = nullptr);
    // Asks the device to open a session now (a connection request), for tasks already queued.
    void wake(const QString &deviceId);
    bool cancel(qint64 taskId, QString *why = nullptr);
    bool retry(qint64 taskId, QString *why = nullptr);

    // The outcome of a finished task in plain words: "Reboot: done.", "SetParameterValues
    // failed: 9007 Invalid parameter value: out of range". Translated in this context.
    static QString describe(const acs::Task &task);
    // The user-facing name of a task kind ("getParameterValues" → "Read values").
    static QString kindTitle(const QString &kind);

Q_SIGNALS:
    // For tasks submitted through this dispatcher only.
    void taskProgress(const acs::Task &task);
    void taskFinished(const acs::Task &task);
    // The connection request failed (after kWakeAttempts when tasks wait): they stay queued
    // until the device's next session.
    void wakeFailed(const QString &deviceId, const QString &outcome);

private:
    void onTaskChanged(const acs::Task &task);
    void onTaskRemoved(const acs::Task &task);
    void onSessionFinished(const QString &deviceId, const QString &sessionId, const QString &outcome);
    void onConnectionRequestFinished(const QString &deviceId, bool accepted, const QString &outcome);

    acs::AcsEngine &m_engine;
    QSet<qint64> m_submitted;
    QHash<QString, int> m_wakeAttempts; // device -> attempts made for the current wake-up
};

} // namespace models
