#include "diagnosticworkflow.h"

#include "devicewaker.h"
#include "diagnosticoutcome.h"
#include "resultparser.h"

#include <acs/acsengine.h>
#include <cwmp/eventcodes.h>

#include <QDateTime>
#include <QJsonArray>

namespace diagnostics {

DiagnosticWorkflow::DiagnosticWorkflow(acs::AcsEngine &engine, DeviceWaker &waker, DiagnosticRun run, int timeoutMs,
                                       QObject *parent)
    : QObject(parent), m_engine(engine), m_waker(waker), m_run(std::move(run)), m_timeoutMs(timeoutMs)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &DiagnosticWorkflow::onTimeout);
}

QString DiagnosticWorkflow::rootOf(const acs::AcsEngine &engine, const QString &deviceId)
{
    const acs::DeviceRecord *device = const_cast<acs::AcsEngine &>(engine).devices().find(deviceId);
    const QString igd = QStringLiteral("InternetGatewayDevice.");
    if (device) {
        const auto &entries = device->parameters.entries();
        const auto it = entries.lowerBound(igd);
        if (it != entries.cend() && it.key().startsWith(igd))
            return igd;
    }
    return QStringLiteral("Device.");
}

void DiagnosticWorkflow::start()
{
    connect(&m_engine.tasks(), &acs::TaskQueue::taskChanged, this, &DiagnosticWorkflow::onTaskChanged);
    connect(&m_engine, &acs::AcsEngine::sessionStarted, this, &DiagnosticWorkflow::onSessionStarted);
    QJsonArray values;
    for (auto it = m_run.inputs.cbegin(); it != m_run.inputs.cend(); ++it)
        values.append(QJsonArray{m_run.objectPath + it.key(), it.value(), DiagnosticSpec::inputType(it.key(), m_run.tr098)});
    values.append(QJsonArray{m_run.objectPath + QStringLiteral("DiagnosticsState"), QStringLiteral("Requested"),
                             QStringLiteral("string")});
    QString why;
    m_setTask = m_waker.submit(m_run.deviceId, QStringLiteral("setParameterValues"),
                               QJsonObject{{QStringLiteral("parameterValues"), values}}, &why);
    if (m_setTask == 0) {
        end(RunState::Failed, tr("The test could not be queued: %1").arg(why));
        return;
    }
    m_timer.start(m_timeoutMs);
    progress(RunState::Setting, 0.1, tr("Sending the test settings to the device."));
}

void DiagnosticWorkflow::onTaskChanged(const acs::Task &task)
{
    if (isFinished(m_run.state))
        return;
    if (task.id == m_setTask) {
        if (task.state == acs::TaskState::Sent) {
            progress(RunState::Setting, 0.2, tr("The device is taking the test settings."));
        } else if (task.state == acs::TaskState::Done) {
            // cwmp-facts §11.1: the CPE starts after this session and reports in a new one.
            m_timer.start(m_timeoutMs);
            progress(RunState::Waiting, 0.3, tr("The device is running the test."));
            if (m_eventSeen)
                readResults();
        } else if (acs::isFinished(task.state)) {
            const QString reason = task.faultCode ? QStringLiteral("%1 %2").arg(task.faultCode).arg(task.faultString)
                                                  : task.faultString;
            end(RunState::Failed, tr("The device refused the test settings: %1").arg(reason));
        }
        return;
    }
    if (task.id == m_readTask) {
        if (task.state == acs::TaskState::Done)
            onResults(task);
        else if (acs::isFinished(task.state))
            end(RunState::Failed, tr("Reading the results failed: %1 %2").arg(task.faultCode).arg(task.faultString));
    }
}

void DiagnosticWorkflow::onSessionStarted(const QString &deviceId, const QString &, const QStringList &events)
{
    if (deviceId != m_run.deviceId || isFinished(m_run.state) || !events.contains(cwmp::EventCodes::kDiagnosticsComplete))
        return;
    if (m_run.state == RunState::Waiting)
        readResults();
    else if (m_run.state == RunState::Setting)
        m_eventSeen = true;
}

void DiagnosticWorkflow::readResults()
{
    m_eventSeen = false;
    QString why;
    m_readTask = m_waker.submit(m_run.deviceId, QStringLiteral("getParameterValues"),
                                QJsonObject{{QStringLiteral("parameterNames"), QJsonArray{m_run.objectPath}}}, &why);
    if (m_readTask == 0) {
        end(RunState::Failed, tr("The results could not be read: %1").arg(why));
        return;
    }
    progress(RunState::Reading, 0.8, tr("Reading the results."));
}

void DiagnosticWorkflow::onResults(const acs::Task &task)
{
    QMap<QString, QString> relative;
    m_run.rawResults.clear();
    for (const QJsonValue &row : task.result.value(QLatin1String("parameterValues")).toArray()) {
        const QJsonArray triple = row.toArray();
        const QString name = triple.at(0).toString();
        if (!name.startsWith(m_run.objectPath))
            continue;
        m_run.rawResults.insert(name, triple.at(1).toString());
        relative.insert(name.mid(m_run.objectPath.size()), triple.at(1).toString());
    }
    const QString state = relative.value(QStringLiteral("DiagnosticsState"));
    if (state == u"Requested") {
        // Another diagnostic of this device ended; ours still runs.
        m_readTask = 0;
        progress(RunState::Waiting, 0.3, tr("The device is running the test."));
        return;
    }
    m_run.result = ResultParser::parse(m_run.kind, m_run.tr098, relative);
    end(m_run.result.success ? RunState::Complete : RunState::Error, m_run.result.outcome);
}

void DiagnosticWorkflow::onTimeout()
{
    if (isFinished(m_run.state))
        return;
    const int seconds = (m_timeoutMs + 999) / 1000;
    if (m_run.state == RunState::Setting) {
        m_engine.tasks().cancel(m_setTask);
        end(RunState::TimedOut, tr("The device did not take the test settings within %1 s.").arg(seconds));
        return;
    }
    if (m_run.state == RunState::Reading)
        m_engine.tasks().cancel(m_readTask);
    end(RunState::TimedOut, DiagnosticOutcome::notReported(seconds));
}

void DiagnosticWorkflow::cancel()
{
    if (isFinished(m_run.state))
        return;
    for (const qint64 task : {m_setTask, m_readTask}) {
        if (const auto t = m_engine.tasks().find(task); t && t->state == acs::TaskState::Queued)
            m_engine.tasks().cancel(task);
    }
    end(RunState::Cancelled, tr("Cancelled by the engineer."));
}

void DiagnosticWorkflow::progress(RunState state, double fraction, const QString &text)
{
    m_run.state = state;
    m_run.progress = fraction;
    m_run.progressText = text;
    Q_EMIT changed(m_run);
}

void DiagnosticWorkflow::end(RunState state, const QString &outcome)
{
    m_timer.stop();
    m_run.state = state;
    m_run.progress = 1.0;
    m_run.progressText = outcome;
    m_run.result.outcome = outcome;
    m_run.finishedMs = QDateTime::currentMSecsSinceEpoch();
    disconnect(&m_engine.tasks(), nullptr, this, nullptr);
    disconnect(&m_engine, nullptr, this, nullptr);
    Q_EMIT changed(m_run);
    Q_EMIT finished(m_run);
}

} // namespace diagnostics
