#include "provisioning.h"

#include "acsengine.h"
#include "bootstrapprovisioner.h"
#include "profileplanner.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QPointer>
#include <QPromise>

namespace acs {

Provisioning::Provisioning(AcsEngine &engine, store::Database &database, QObject *parent)
    : QObject(parent), m_engine(engine), m_snapshots(database), m_profiles(database),
      m_bootstrap(new BootstrapProvisioner(*this, this))
{
}

QFuture<store::Result<store::Snapshot>> Provisioning::takeSnapshot(const QString &deviceId, const QString &name,
                                                                   const QString &reason)
{
    const DeviceRecord *device = m_engine.devices().find(deviceId);
    const auto refuse = [](const QString &why) {
        QPromise<store::Result<store::Snapshot>> promise;
        promise.start();
        promise.addResult(store::Error{store::Error::Code::InvalidArgument, 0, why});
        promise.finish();
        return promise.future();
    };
    if (!device)
        return refuse(tr("No device '%1'").arg(deviceId));
    if (device->parameters.size() == 0)
        return refuse(tr("Nothing is known of the device's parameters yet: refresh them first"));
    store::Snapshot s;
    s.deviceId = deviceId;
    s.name = name.trimmed().isEmpty() ? QDateTime::currentDateTime().toString(Qt::ISODate) : name.trimmed();
    s.reason = reason;
    const ParameterTree tree = treeFromCache(device->parameters);
    s.entries.reserve(tree.size());
    for (auto it = tree.cbegin(); it != tree.cend(); ++it)
        s.entries.append(store::SnapshotEntry{it.key(), it->value, it->type, it->writable});
    QPointer<Provisioning> self(this);
    return m_snapshots.save(s).then(this, [self, deviceId](const store::Result<store::Snapshot> &r) {
        if (self && r)
            Q_EMIT self->snapshotsChanged(deviceId);
        return r;
    });
}

void Provisioning::loadTree(const QString &deviceId, const QString &spec, QObject *context, TreeCallback done)
{
    const auto answerLater = [context, done](std::optional<ParameterTree> tree, const QString &error) {
        QMetaObject::invokeMethod(context, [done, tree, error] { done(tree, error); }, Qt::QueuedConnection);
    };
    const QString source = spec.trimmed();
    if (source.isEmpty() || source == QLatin1String("current") || source.startsWith(QLatin1String("device:"))) {
        const QString id = source.startsWith(QLatin1String("device:")) ? source.mid(7) : deviceId;
        const DeviceRecord *device = m_engine.devices().find(id);
        if (!device)
            answerLater(std::nullopt, tr("No device '%1'").arg(id));
        else
            answerLater(treeFromCache(device->parameters), {});
        return;
    }
    bool ok = false;
    const qint64 snapshotId = source.toLongLong(&ok);
    if (!ok || snapshotId <= 0) {
        answerLater(std::nullopt, tr("'%1' names no tree: use \"current\", a snapshot id or \"device:<id>\"").arg(source));
        return;
    }
    m_snapshots.get(snapshotId).then(context, [done, deviceId, snapshotId](const store::Result<store::Snapshot> &r) {
        if (!r)
            done(std::nullopt, r.error().message);
        else if (r.value().deviceId != deviceId)
            done(std::nullopt, tr("Snapshot %1 belongs to another device").arg(snapshotId));
        else
            done(treeFromSnapshot(r.value()), {});
    });
}

void Provisioning::diff(const QString &deviceId, const QString &fromSpec, const QString &toSpec, const DiffOptions &options,
                        QObject *context, std::function<void(std::optional<QList<DiffEntry>>, const QString &)> done)
{
    loadTree(deviceId, fromSpec, context, [this, deviceId, toSpec, options, context, done](std::optional<ParameterTree> from, const QString &error) {
        if (!from) {
            done(std::nullopt, error);
            return;
        }
        loadTree(deviceId, toSpec, context, [from, options, done](std::optional<ParameterTree> to, const QString &error) {
            if (!to)
                done(std::nullopt, error);
            else
                done(diffTrees(*from, *to, options), {});
        });
    });
}

void Provisioning::plan(const QString &deviceId, const QString &targetSpec, const DiffOptions &options, QObject *context,
                        std::function<void(std::optional<ProvisioningPlan>, const QString &)> done)
{
    loadTree(deviceId, QStringLiteral("current"), context,
             [this, deviceId, targetSpec, options, context, done](std::optional<ParameterTree> current, const QString &error) {
                 if (!current) {
                     done(std::nullopt, error);
                     return;
                 }
                 loadTree(deviceId, targetSpec, context, [current, options, done](std::optional<ParameterTree> target, const QString &error) {
                     if (!target)
                         done(std::nullopt, error);
                     else
                         done(planToMatch(*current, *target, options), {});
                 });
             });
}

Provisioning::Run Provisioning::start(const QString &deviceId, const QList<PlanStep> &steps, const QString &label)
{
    Run r;
    r.id = m_nextRunId++;
    r.deviceId = deviceId;
    r.label = label;
    r.startedMs = QDateTime::currentMSecsSinceEpoch();
    r.runner = new PlanRunner(m_engine, deviceId, steps, this);
    const qint64 id = r.id;
    connect(r.runner, &PlanRunner::finished, this, [this, id](bool ok) { Q_EMIT runFinished(id, ok); });
    m_runs.insert(r.id, r);
    prune();
    Q_EMIT runStarted(r.id);
    r.runner->start();
    return r;
}

Provisioning::Run Provisioning::applyProfile(const QString &deviceId, const store::Profile &profile)
{
    return start(deviceId, stepsForProfile(profile), tr("profile %1").arg(profile.name));
}

std::optional<Provisioning::Run> Provisioning::run(qint64 id) const
{
    const auto it = m_runs.constFind(id);
    if (it == m_runs.cend())
        return std::nullopt;
    return *it;
}

void Provisioning::prune()
{
    while (m_runs.size() > kKeptRuns) {
        auto oldest = std::find_if(m_runs.begin(), m_runs.end(), [](const Run &r) { return r.runner->isFinished(); });
        if (oldest == m_runs.end())
            return;
        oldest->runner->deleteLater();
        m_runs.erase(oldest);
    }
}

} // namespace acs
