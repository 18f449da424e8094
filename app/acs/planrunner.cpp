#include "planrunner.h"

#include "acsengine.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTimer>

namespace acs {

namespace {

// The translation context of the texts below (lupdate reads it from the macro too).
struct TrText {
    Q_DECLARE_TR_FUNCTIONS(acs::PlanRunner)
};

// The per-parameter faults of a refused SetParameterValues (TR-069 A.3.2.1), one per line.
QString parameterFaults(const QJsonObject &result)
{
    QStringList lines;
    for (const QJsonValue &v : result.value(QStringLiteral("setParameterValuesFaults")).toArray()) {
        const QJsonObject f = v.toObject();
        lines.append(TrText::tr("%1: %2 %3")
                         .arg(f.value(QStringLiteral("parameterName")).toString())
                         .arg(f.value(QStringLiteral("faultCode")).toInt())
                         .arg(f.value(QStringLiteral("faultString")).toString()));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

PlanRunner::PlanRunner(AcsEngine &engine, const QString &deviceId, const QList<PlanStep> &steps, QObject *parent)
    : QObject(parent), m_engine(engine), m_deviceId(deviceId)
{
    for (const PlanStep &s : steps)
        m_steps.append(StepStatus{s, s, StepState::Pending, 0, 0, {}, {}});
    connect(&m_engine.tasks(), &TaskQueue::taskChanged, this, &PlanRunner::onTaskChanged);
    connect(&m_engine.tasks(), &TaskQueue::taskRemoved, this, [this](const Task &task) {
        if (m_current >= 0 && !m_finished && task.id == m_steps.at(m_current).taskId) {
            Task ended = task;
            ended.state = TaskState::Cancelled;
            onTaskChanged(ended);
        }
    });
    connect(&m_engine, &AcsEngine::connectionRequestFinished, this, [this](const QString &id, bool accepted, const QString &) {
        if (id != m_deviceId || m_finished || accepted || m_engine.isInSession(id))
            return;
        if (++m_wakeAttempts < kWakeAttempts)
            QTimer::singleShot(kWakeRetryMs, this, [this] {
                if (!m_finished && !m_engine.isInSession(m_deviceId))
                    m_engine.connectionRequest(m_deviceId);
            });
    });
    // A session that broke off leaves the step queued until the next periodic Inform.
    connect(&m_engine, &AcsEngine::sessionFinished, this, [this](const QString &id, const QString &, const QString &outcome) {
        if (id == m_deviceId && !m_finished && m_current >= 0 && outcome != QLatin1String("completed"))
            QTimer::singleShot(0, this, [this] { wake(); });
    });
}

bool PlanRunner::succeeded() const
{
    if (!m_finished)
        return false;
    return std::all_of(m_steps.cbegin(), m_steps.cend(), [](const StepStatus &s) { return s.state == StepState::Done; });
}

QString PlanRunner::rewrite(const QString &path) const
{
    // The longest created instance the path lies in; nested instances were stored already
    // rewritten, so one replacement is enough.
    QString best;
    for (auto it = m_instances.cbegin(); it != m_instances.cend(); ++it) {
        if (path.startsWith(it.key()) && it.key().size() > best.size())
            best = it.key();
    }
    if (best.isEmpty())
        return path;
    return m_instances.value(best) + path.mid(best.size());
}

void PlanRunner::start()
{
    if (m_current >= 0)
        return;
    if (m_steps.isEmpty()) {
        QTimer::singleShot(0, this, [this] { finish(true); });
        m_current = 0;
        return;
    }
    startStep(0);
}

void PlanRunner::cancel()
{
    if (m_finished)
        return;
    if (m_current >= 0 && m_current < m_steps.size() && m_steps.at(m_current).taskId > 0)
        m_engine.tasks().cancel(m_steps.at(m_current).taskId);
    for (int i = std::max(m_current, 0); i < m_steps.size(); ++i) {
        if (m_steps.at(i).state == StepState::Pending || m_steps.at(i).state == StepState::Running) {
            m_steps[i].state = StepState::Skipped;
            Q_EMIT stepChanged(i);
        }
    }
    finish(false);
}

void PlanRunner::startStep(int index)
{
    m_current = index;
    StepStatus &s = m_steps[index];
    s.sent = s.step;
    s.sent.objectPath = rewrite(s.step.objectPath);
    for (PlannedValue &v : s.sent.values)
        v.path = rewrite(v.path);
    QString why;
    const std::optional<Task> task = m_engine.queueTask(m_deviceId, s.sent.taskKind(), s.sent.taskArgs(), &why);
    if (!task) {
        s.state = StepState::Fault;
        s.faultString = why;
        Q_EMIT stepChanged(index);
        for (int i = index + 1; i < m_steps.size(); ++i) {
            m_steps[i].state = StepState::Skipped;
            Q_EMIT stepChanged(i);
        }
        finish(false);
        return;
    }
    s.taskId = task->id;
    s.state = StepState::Running;
    Q_EMIT stepChanged(index);
    wake();
}

void PlanRunner::wake()
{
    if (m_finished || m_engine.isInSession(m_deviceId))
        return;
    m_wakeAttempts = 0;
    m_engine.connectionRequest(m_deviceId);
}

void PlanRunner::onTaskChanged(const Task &task)
{
    if (m_finished || m_current < 0 || m_current >= m_steps.size() || task.id != m_steps.at(m_current).taskId
        || !acs::isFinished(task.state))
        return;
    StepStatus &s = m_steps[m_current];
    if (task.state != TaskState::Done) {
        s.state = StepState::Fault;
        s.faultCode = task.faultCode;
        s.faultString = task.faultString.isEmpty() ? taskStateName(task.state) : task.faultString;
        s.detail = parameterFaults(task.result);
        Q_EMIT stepChanged(m_current);
        for (int i = m_current + 1; i < m_steps.size(); ++i) {
            m_steps[i].state = StepState::Skipped;
            Q_EMIT stepChanged(i);
        }
        finish(false);
        return;
    }
    if (s.step.kind == PlanStep::Kind::AddObject) {
        const qint64 number = task.result.value(QStringLiteral("instanceNumber")).toInteger();
        if (number <= 0) {
            s.state = StepState::Fault;
            s.faultString = TrText::tr("the device returned no instance number");
            Q_EMIT stepChanged(m_current);
            finish(false);
            return;
        }
        const QString actual = s.sent.objectPath + QString::number(number) + QLatin1Char('.');
        if (!s.step.addedInstance.isEmpty())
            m_instances.insert(s.step.addedInstance, actual);
        s.detail = TrText::tr("created %1").arg(actual);
    }
    s.state = StepState::Done;
    Q_EMIT stepChanged(m_current);
    if (m_current + 1 < m_steps.size())
        startStep(m_current + 1);
    else
        finish(true);
}

void PlanRunner::finish(bool ok)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(ok);
}

QString PlanRunner::stepStateName(StepState state)
{
    switch (state) {
    case StepState::Pending: return TrText::tr("pending");
    case StepState::Running: return TrText::tr("running");
    case StepState::Done: return TrText::tr("done");
    case StepState::Fault: return TrText::tr("fault");
    case StepState::Skipped: return TrText::tr("skipped");
    }
    return {};
}

QString PlanRunner::describe(const PlanStep &step)
{
    switch (step.kind) {
    case PlanStep::Kind::DeleteObject: return TrText::tr("Delete %1").arg(step.objectPath);
    case PlanStep::Kind::AddObject:
        return step.addedInstance.isEmpty() ? TrText::tr("Add an instance to %1").arg(step.objectPath)
                                            : TrText::tr("Add an instance to %1 (for %2)").arg(step.objectPath, step.addedInstance);
    case PlanStep::Kind::SetValues:
        return step.values.size() == 1 ? TrText::tr("Set %1 = %2").arg(step.values.constFirst().path, step.values.constFirst().value)
                                       : QCoreApplication::translate("acs::PlanRunner", "Set %n values", nullptr, int(step.values.size()));
    }
    return {};
}

} // namespace acs
