#include "parameteredits.h"

#include "parametervaluespec.h"
#include "taskdispatcher.h"

#include <acs/acsengine.h>

namespace models {

ParameterEdits::ParameterEdits(acs::AcsEngine &engine, TaskDispatcher *dispatcher, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_dispatcher(dispatcher)
{
    if (m_dispatcher)
        connect(m_dispatcher, &TaskDispatcher::taskFinished, this, &ParameterEdits::onTaskFinished);
}

void ParameterEdits::setDevice(const QString &deviceId)
{
    m_device = deviceId;
    m_pending.clear();
    m_faults.clear();
    m_applyTaskId = 0;
    m_applyArgs = {};
    Q_EMIT countChanged(0);
}

bool ParameterEdits::setValue(const QString &path, const QString &text, QString *why)
{
    const acs::DeviceRecord *record = m_device.isEmpty() ? nullptr : m_engine.devices().find(m_device);
    const acs::CachedParameter *p = record ? record->parameters.find(path) : nullptr;
    if (!p || path.endsWith(QLatin1Char('.')) || !p->writable.value_or(false)) {
        if (why)
            *why = tr("%1 is not a writable parameter.").arg(path);
        return false;
    }
    if (isApplying()) {
        if (why)
            *why = tr("The previous changes are still being applied.");
        return false;
    }
    const ParameterValueSpec spec = ParameterValueSpec::forType(p->type, p->value);
    const std::optional<QString> value = spec.accept(text, why);
    if (!value)
        return false;
    // An unchanged value is not being set: a reported value outside the definition (a
    // read-only enumeration value) must not block reverting an edit to it.
    if (m_validator && *value != p->value) {
        const QString problem = m_validator(path, *value);
        if (!problem.isEmpty()) {
            if (why)
                *why = problem;
            return false;
        }
    }
    if (m_pending.set(path, p->value, *value, spec.type())) {
        Q_EMIT rowsChanged({path});
        Q_EMIT countChanged(m_pending.count());
    }
    return true;
}

QString ParameterEdits::invalidReason() const
{
    if (!m_validator)
        return QString();
    const QStringList paths = m_pending.paths();
    for (const QString &path : paths) {
        const QString problem = m_validator(path, m_pending.find(path)->newValue);
        if (!problem.isEmpty())
            return tr("%1: %2").arg(path, problem);
    }
    return QString();
}

void ParameterEdits::revert()
{
    QStringList rows = m_pending.paths();
    m_pending.clear();
    rows += clearFaults();
    Q_EMIT rowsChanged(rows);
    Q_EMIT countChanged(0);
}

void ParameterEdits::forget(const QStringList &paths)
{
    bool dropped = false;
    for (const QString &path : paths) {
        dropped = m_pending.remove(path) || dropped;
        m_faults.remove(path);
    }
    if (dropped)
        Q_EMIT countChanged(m_pending.count());
}

qint64 ParameterEdits::apply(QString *why)
{
    if (m_pending.isEmpty() || isApplying() || !m_dispatcher) {
        if (why)
            *why = m_pending.isEmpty() ? tr("There are no changes to apply.") : tr("The previous changes are still being applied.");
        return 0;
    }
    // An invalid value must not reach the device (the definition may have come after it).
    if (const QString invalid = invalidReason(); !invalid.isEmpty()) {
        if (why)
            *why = invalid;
        return 0;
    }
    const QJsonObject args = m_pending.taskArgs();
    const qint64 id = m_dispatcher->submit(m_device, QStringLiteral("setParameterValues"), args, why);
    if (id == 0)
        return 0;
    m_applyTaskId = id;
    m_applyArgs = args;
    Q_EMIT rowsChanged(clearFaults() + m_pending.paths());
    return id;
}

const ParameterFault *ParameterEdits::fault(const QString &path) const
{
    const auto it = m_faults.constFind(path);
    return it == m_faults.cend() ? nullptr : &it.value();
}

QStringList ParameterEdits::clearFaults()
{
    const QStringList paths = m_faults.keys();
    m_faults.clear();
    return paths;
}

void ParameterEdits::onTaskFinished(const acs::Task &task)
{
    if (task.id != m_applyTaskId || m_applyTaskId == 0)
        return;
    m_applyTaskId = 0;
    QStringList rows = m_pending.paths();
    if (task.state == acs::TaskState::Done) {
        m_pending.dropSent(m_applyArgs.value(QStringLiteral("parameterValues")).toArray());
    } else if (task.state == acs::TaskState::Fault) {
        m_faults = ParameterFaults::fromTask(task);
        rows += m_faults.keys();
    }
    m_applyArgs = {};
    Q_EMIT rowsChanged(rows);
    Q_EMIT countChanged(m_pending.count());
    Q_EMIT applyFinished(task);
}

} // namespace models
