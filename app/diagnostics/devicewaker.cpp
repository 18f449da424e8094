#include "devicewaker.h"

#include <acs/acsengine.h>

namespace diagnostics {

DeviceWaker::DeviceWaker(acs::AcsEngine &engine, QObject *parent) : QObject(parent), m_engine(engine)
{
    connect(&m_timer, &QTimer::timeout, this, &DeviceWaker::check);
}

qint64 DeviceWaker::submit(const QString &deviceId, const QString &kind, const QJsonObject &args, QString *why)
{
    const std::optional<acs::Task> task = m_engine.queueTask(deviceId, kind, args, why);
    if (!task)
        return 0;
    int wakes = 0;
    if (!m_engine.isInSession(deviceId)) {
        m_engine.connectionRequest(deviceId);
        wakes = 1;
    }
    m_watched.insert(task->id, wakes);
    if (!m_timer.isActive())
        m_timer.start(kRecheckMs);
    return task->id;
}

void DeviceWaker::check()
{
    for (auto it = m_watched.begin(); it != m_watched.end();) {
        const std::optional<acs::Task> task = m_engine.tasks().find(it.key());
        if (!task || task->state != acs::TaskState::Queued || it.value() >= kMaxWakes) {
            it = m_watched.erase(it);
            continue;
        }
        if (!m_engine.isInSession(task->deviceId)) {
            m_engine.connectionRequest(task->deviceId);
            ++it.value();
        }
        ++it;
    }
    if (m_watched.isEmpty())
        m_timer.stop();
}

} // namespace diagnostics
