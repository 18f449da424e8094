#include "taskdispatcher.h"

#include <acs/acsengine.h>
#include <cwmp/faultcodes.h>

#include <QTimer>

namespace models {

TaskDispatcher::TaskDispatcher(acs::AcsEngine &engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
{
    connect(&m_engine.tasks(), &acs::TaskQueue::taskChanged, this, &TaskDispatcher::onTaskChanged);
    connect(&m_engine.tasks(), &acs::TaskQueue::taskRemoved, this, &TaskDispatcher::onTaskRemoved);
    connect(&m_engine, &acs::AcsEngine::connectionRequestFinished, this, &TaskDispatcher::onConnectionRequestFinished);
    connect(&m_engine, &acs::AcsEngine::sessionFinished, this, &TaskDispatcher::onSessionFinished);
}

qint64 TaskDispatcher::submit(const QString &deviceId, const QString &kind, const QJsonObject &args, QString *why)
{
    const std::optional<acs::Task> task = m_engine.queueTask(deviceId, kind, args, why);
    if (!task)
        return 0;
    m_submitted.insert(task->id);
    // A device in a session (held live, or busy with earlier tasks) takes the task in that
    // session; any other needs waking.
    if (!m_engine.isInSession(deviceId))
        wake(deviceId);
    return task->id;
}

void TaskDispatcher::wake(const QString &deviceId)
{
    if (m_wakeAttempts.contains(deviceId))
        return; // a wake-up is already under way
    m_wakeAttempts.insert(deviceId, 1);
    m_engine.connectionRequest(deviceId);
}

bool TaskDispatcher::cancel(qint64 taskId, QString *why)
{
    return m_engine.tasks().cancel(taskId, why);
}

bool TaskDispatcher::retry(qint64 taskId, QString *why)
{
    if (!m_engine.tasks().retry(taskId, why))
        return false;
    m_submitted.insert(taskId);
    if (const auto task = m_engine.tasks().find(taskId); task && !m_engine.isInSession(task->deviceId))
        wake(task->deviceId);
    return true;
}

void TaskDispatcher::onTaskChanged(const acs::Task &task)
{
    if (!m_submitted.contains(task.id))
        return;
    if (acs::isFinished(task.state)) {
        m_submitted.remove(task.id);
        Q_EMIT taskFinished(task);
    } else {
        Q_EMIT taskProgress(task);
    }
}

void TaskDispatcher::onTaskRemoved(const acs::Task &task)
{
    // Removed from the queue (its device forgotten): for whoever waits on it, it ended.
    if (!m_submitted.remove(task.id))
        return;
    acs::Task ended = task;
    if (!acs::isFinished(ended.state))
        ended.state = acs::TaskState::Cancelled;
    Q_EMIT taskFinished(ended);
}

void TaskDispatcher::onSessionFinished(const QString &deviceId, const QString &, const QString &outcome)
{
    // A session that broke off (timeout, dropped connection) leaves our tasks queued until
    // the device's next periodic Inform, which may be a day away: wake it again.
    if (outcome == QLatin1String("completed") || deviceId.isEmpty() || m_engine.isInSession(deviceId))
        return;
    for (qint64 id : std::as_const(m_submitted)) {
        const auto task = m_engine.tasks().find(id);
        if (task && task->deviceId == deviceId && task->state == acs::TaskState::Queued) {
            wake(deviceId);
            return;
        }
    }
}

void TaskDispatcher::onConnectionRequestFinished(const QString &deviceId, bool accepted, const QString &outcome)
{
    const auto it = m_wakeAttempts.find(deviceId);
    if (it == m_wakeAttempts.end())
        return;
    if (accepted || m_engine.isInSession(deviceId)) {
        m_wakeAttempts.erase(it);
        return;
    }
    // Nothing waits for the device (a plain "connection request" from the menu): say so at
    // once; with tasks queued, a busy device gets a few more tries.
    if (*it < kWakeAttempts && m_engine.tasks().hasQueued(deviceId)) {
        ++*it;
        QTimer::singleShot(kWakeRetryMs, this, [this, deviceId] {
            if (m_engine.isInSession(deviceId)) {
                m_wakeAttempts.remove(deviceId);
                return;
            }
            m_engine.connectionRequest(deviceId);
        });
        return;
    }
    m_wakeAttempts.erase(it);
    Q_EMIT wakeFailed(deviceId, outcome);
}

QString TaskDispatcher::kindTitle(const QString &kind)
{
    static const QHash<QString, const char *> titles = {
        {QStringLiteral("getParameterValues"), QT_TR_NOOP("Read values")},
        {QStringLiteral("setParameterValues"), QT_TR_NOOP("Set values")},
        {QStringLiteral("refreshObject"), QT_TR_NOOP("Refresh")},
        {QStringLiteral("getParameterNames"), QT_TR_NOOP("Read names")},
        {QStringLiteral("getParameterAttributes"), QT_TR_NOOP("Read notification")},
        {QStringLiteral("setParameterAttributes"), QT_TR_NOOP("Set notification")},
        {QStringLiteral("addObject"), QT_TR_NOOP("Add instance")},
        {QStringLiteral("deleteObject"), QT_TR_NOOP("Delete instance")},
        {QStringLiteral("reboot"), QT_TR_NOOP("Reboot")},
        {QStringLiteral("factoryReset"), QT_TR_NOOP("Factory reset")},
        {QStringLiteral("download"), QT_TR_NOOP("Download")},
        {QStringLiteral("upload"), QT_TR_NOOP("Upload")},
        {QStringLiteral("scheduleInform"), QT_TR_NOOP("Schedule inform")},
        {QStringLiteral("getRPCMethods"), QT_TR_NOOP("Read supported RPCs")},
        {QStringLiteral("getQueuedTransfers"), QT_TR_NOOP("Read queued transfers")},
        {QStringLiteral("getAllQueuedTransfers"), QT_TR_NOOP("Read all queued transfers")},
        {QStringLiteral("cancelTransfer"), QT_TR_NOOP("Cancel transfer")},
        {QStringLiteral("scheduleDownload"), QT_TR_NOOP("Scheduled download")},
    };
    const auto it = titles.constFind(kind);
    return it == titles.constEnd() ? kind : tr(it.value());
}

QString TaskDispatcher::describe(const acs::Task &task)
{
    const QString title = kindTitle(task.kind);
    switch (task.state) {
    case acs::TaskState::Queued:
        return task.attempts > 0 ? tr("%1: queued again after an interrupted session.").arg(title)
                                 : tr("%1: queued, waiting for the device.").arg(title);
    case acs::TaskState::Sent:
        if (!task.awaitedEvent.isEmpty())
            return tr("%1: accepted, waiting for the device to report \"%2\".").arg(title, task.awaitedEvent);
        return task.progressText.isEmpty() ? tr("%1: sent to the device.").arg(title)
                                           : tr("%1: %2").arg(title, task.progressText);
    case acs::TaskState::Done:
        return tr("%1: done.").arg(title);
    case acs::TaskState::Fault:
        if (task.faultCode == 0)
            return tr("%1 failed: %2").arg(title, task.faultString);
        return tr("%1 failed: %2 %3: %4").arg(title).arg(task.faultCode).arg(cwmp::faultName(task.faultCode), task.faultString);
    case acs::TaskState::Expired:
        return tr("%1: expired before the device took it.").arg(title);
    case acs::TaskState::Cancelled:
        return tr("%1: cancelled.").arg(title);
    }
    return title;
}

} // namespace models
