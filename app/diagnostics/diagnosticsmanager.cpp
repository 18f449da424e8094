#include "diagnosticsmanager.h"

#include "devicewaker.h"
#include "diagnosticworkflow.h"

#include <acs/acsengine.h>
#include <store/diagnosticsrepository.h>

#include <QDateTime>
#include <QTimer>

namespace diagnostics {

struct DiagnosticsManager::Repeat {
    qint64 id = 0;
    QString deviceId;
    DiagnosticKind kind = DiagnosticKind::IpPing;
    QMap<QString, QString> inputs;
    qint64 intervalMs = 0;
    int count = 0;
    int launched = 0;
    qint64 lastStartMs = 0;
    qint64 currentRun = 0;
    bool active = true;
    QTimer timer;
};

DiagnosticsManager::DiagnosticsManager(acs::AcsEngine &engine, store::Database *database, QObject *parent)
    : QObject(parent), m_engine(engine), m_waker(new DeviceWaker(engine, this))
{
    if (database)
        m_repository = std::make_unique<store::DiagnosticsRepository>(*database);
}

DiagnosticsManager::~DiagnosticsManager() = default;

qint64 DiagnosticsManager::start(const QString &deviceId, DiagnosticKind kind, const QMap<QString, QString> &inputs,
                                 QString *why)
{
    return launch(deviceId, kind, inputs, 0, why);
}

qint64 DiagnosticsManager::launch(const QString &deviceId, DiagnosticKind kind, const QMap<QString, QString> &inputs,
                                  qint64 repeatId, QString *why)
{
    const auto fail = [why](const QString &reason) {
        if (why)
            *why = reason;
        return qint64(0);
    };
    if (!m_engine.devices().find(deviceId))
        return fail(tr("There is no device %1.").arg(deviceId));
    const QString root = DiagnosticWorkflow::rootOf(m_engine, deviceId);
    const std::optional<QString> object = DiagnosticSpec::objectPath(kind, root);
    if (!object)
        return fail(tr("The %1 data model has no %2 diagnostic.").arg(root, DiagnosticSpec::name(kind)));
    for (auto it = inputs.cbegin(); it != inputs.cend(); ++it) {
        if (it.key().isEmpty() || it.key().contains(u'.') || it.key() == u"DiagnosticsState")
            return fail(tr("\"%1\" is not an input of %2.").arg(it.key(), *object));
    }
    DiagnosticRun run;
    run.id = m_nextId++;
    run.deviceId = deviceId;
    run.kind = kind;
    run.objectPath = *object;
    run.tr098 = root == u"InternetGatewayDevice.";
    run.inputs = inputs;
    run.startedMs = QDateTime::currentMSecsSinceEpoch();
    if (const auto repeat = m_repeats.value(repeatId)) {
        run.repeatId = repeatId;
        run.repeatIndex = repeat->launched;
        run.repeatCount = repeat->count;
    }
    m_runs.insert(run.id, run);
    auto *workflow = new DiagnosticWorkflow(m_engine, *m_waker, run, m_timeoutMs, this);
    m_workflows.insert(run.id, workflow);
    connect(workflow, &DiagnosticWorkflow::changed, this, &DiagnosticsManager::onChanged);
    connect(workflow, &DiagnosticWorkflow::finished, this, &DiagnosticsManager::onFinished);
    persist(run.id);
    const qint64 id = run.id;
    workflow->start();
    return id;
}

qint64 DiagnosticsManager::startRepeated(const QString &deviceId, DiagnosticKind kind, const QMap<QString, QString> &inputs,
                                         int intervalSeconds, int count, QString *why)
{
    if (count < 1 || intervalSeconds < 0) {
        if (why)
            *why = tr("A repeat needs at least one run and an interval of 0 s or more.");
        return 0;
    }
    auto repeat = std::make_shared<Repeat>();
    repeat->id = m_nextId++;
    repeat->deviceId = deviceId;
    repeat->kind = kind;
    repeat->inputs = inputs;
    repeat->intervalMs = qint64(intervalSeconds) * 1000;
    repeat->count = count;
    repeat->timer.setSingleShot(true);
    m_repeats.insert(repeat->id, repeat);
    Repeat *raw = repeat.get();
    connect(&repeat->timer, &QTimer::timeout, this, [this, raw] {
        if (!raw->active)
            return;
        ++raw->launched;
        raw->lastStartMs = QDateTime::currentMSecsSinceEpoch();
        QString reason;
        raw->currentRun = launch(raw->deviceId, raw->kind, raw->inputs, raw->id, &reason);
        if (raw->currentRun == 0) {
            raw->active = false;
            Q_EMIT repeatFinished(raw->id);
        }
    });
    ++repeat->launched;
    repeat->lastStartMs = QDateTime::currentMSecsSinceEpoch();
    repeat->currentRun = launch(deviceId, kind, inputs, repeat->id, why);
    if (repeat->currentRun == 0) {
        m_repeats.remove(repeat->id);
        return 0;
    }
    return repeat->id;
}

void DiagnosticsManager::scheduleNext(Repeat &repeat)
{
    if (!repeat.active)
        return;
    if (repeat.launched >= repeat.count) {
        repeat.active = false;
        Q_EMIT repeatFinished(repeat.id);
        return;
    }
    const qint64 due = repeat.lastStartMs + repeat.intervalMs - QDateTime::currentMSecsSinceEpoch();
    repeat.timer.start(int(std::clamp<qint64>(due, 0, INT_MAX)));
}

bool DiagnosticsManager::cancel(qint64 runId)
{
    const auto run = m_runs.constFind(runId);
    if (run == m_runs.constEnd())
        return false;
    if (run->repeatId)
        return cancelRepeat(run->repeatId);
    DiagnosticWorkflow *workflow = m_workflows.value(runId);
    if (!workflow)
        return false;
    workflow->cancel();
    return true;
}

bool DiagnosticsManager::cancelRepeat(qint64 repeatId)
{
    const auto repeat = m_repeats.value(repeatId);
    if (!repeat || !repeat->active)
        return false;
    repeat->active = false;
    repeat->timer.stop();
    if (DiagnosticWorkflow *workflow = m_workflows.value(repeat->currentRun))
        workflow->cancel();
    Q_EMIT repeatFinished(repeatId);
    return true;
}

std::optional<DiagnosticRun> DiagnosticsManager::run(qint64 runId) const
{
    const auto it = m_runs.constFind(runId);
    return it == m_runs.constEnd() ? std::nullopt : std::optional<DiagnosticRun>(*it);
}

QList<DiagnosticRun> DiagnosticsManager::runs(const QString &deviceId) const
{
    QList<DiagnosticRun> out;
    for (const DiagnosticRun &r : m_runs) {
        if (deviceId.isEmpty() || r.deviceId == deviceId)
            out.append(r);
    }
    return out;
}

QList<DiagnosticRun> DiagnosticsManager::repeatRuns(qint64 repeatId) const
{
    QList<DiagnosticRun> out;
    for (const DiagnosticRun &r : m_runs) {
        if (r.repeatId == repeatId)
            out.append(r);
    }
    return out;
}

bool DiagnosticsManager::isRepeatActive(qint64 repeatId) const
{
    const auto repeat = m_repeats.value(repeatId);
    return repeat && repeat->active;
}

QList<QPointF> DiagnosticsManager::seriesOverRuns(const QList<DiagnosticRun> &runs, const QString &figure)
{
    QList<QPointF> out;
    for (const DiagnosticRun &r : runs) {
        const auto it = r.result.figures.constFind(figure);
        if (it != r.result.figures.constEnd())
            out.append(QPointF(double(r.startedMs), it.value()));
    }
    std::sort(out.begin(), out.end(), [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); });
    return out;
}

QFuture<store::Result<QList<DiagnosticRun>>> DiagnosticsManager::history(const QString &deviceId, const QString &kind)
{
    if (!m_repository) {
        return QtFuture::makeReadyFuture(store::Result<QList<DiagnosticRun>>(
            store::Error{store::Error::Code::NotOpen, 0, tr("No workspace database is open.")}));
    }
    return m_repository->list(deviceId, kind).then([](const store::Result<QList<store::DiagnosticRun>> &stored) {
        if (!stored)
            return store::Result<QList<DiagnosticRun>>(stored.error());
        QList<DiagnosticRun> out;
        for (const store::DiagnosticRun &s : stored.value())
            out.append(DiagnosticRun::fromStore(s));
        return store::Result<QList<DiagnosticRun>>(out);
    });
}

void DiagnosticsManager::onChanged(const DiagnosticRun &run)
{
    DiagnosticRun &kept = m_runs[run.id];
    const qint64 historyId = kept.historyId;
    kept = run;
    kept.historyId = historyId;
    Q_EMIT runChanged(kept);
}

void DiagnosticsManager::onFinished(const DiagnosticRun &run)
{
    // The workflow's last changed() carried this state already.
    if (DiagnosticWorkflow *workflow = m_workflows.take(run.id))
        workflow->deleteLater();
    persist(run.id);
    const DiagnosticRun kept = m_runs.value(run.id);
    Q_EMIT runFinished(kept);
    if (const auto repeat = m_repeats.value(kept.repeatId); repeat && repeat->currentRun == kept.id)
        scheduleNext(*repeat);
}

void DiagnosticsManager::persist(qint64 runId)
{
    if (!m_repository)
        return;
    const DiagnosticRun &run = m_runs[runId];
    if (run.historyId != 0) {
        m_repository->update(run.toStore());
        return;
    }
    if (m_saving.value(runId))
        return; // the save's continuation writes the final state
    m_saving.insert(runId, true);
    m_repository->save(run.toStore()).then(this, [this, runId](const store::Result<store::DiagnosticRun> &saved) {
        m_saving.remove(runId);
        if (!saved)
            return; // the Database reports failures itself
        DiagnosticRun &run = m_runs[runId];
        run.historyId = saved.value().id;
        if (isFinished(run.state))
            m_repository->update(run.toStore());
        Q_EMIT runChanged(run);
    });
}

} // namespace diagnostics
