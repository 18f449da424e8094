#pragma once

// Snapshots, diffs, provisioning plans and profiles over the engine: takes snapshots of a
// device's cache, loads the trees a diff compares, and runs plans and profiles as tasks
// (PlanRunner), keeping the recent runs so that the console and the API can follow them.

#include "parameterdiff.h"
#include "planrunner.h"
#include "provisioningplan.h"

#include <store/profile.h>
#include <store/profilerepository.h>
#include <store/result.h>
#include <store/snapshot.h>
#include <store/snapshotrepository.h>

#include <QFuture>
#include <QMap>
#include <QObject>

#include <functional>
#include <optional>

namespace store {
class Database;
}

namespace acs {

class AcsEngine;
class BootstrapProvisioner;

class Provisioning : public QObject
{
    Q_OBJECT

public:
    // Finished runs beyond this many are forgotten, oldest first.
    static constexpr int kKeptRuns = 50;

    struct Run {
        qint64 id = 0;
        QString deviceId;
        QString label; // "profile Lab gateway", "plan to match snapshot 3"
        qint64 startedMs = 0;
        PlanRunner *runner = nullptr;
    };

    using TreeCallback = std::function<void(std::optional<ParameterTree> tree, const QString &error)>;

    // engine and database must outlive this object.
    Provisioning(AcsEngine &engine, store::Database &database, QObject *parent = nullptr);

    AcsEngine &engine() { return m_engine; }
    // Applies the "apply on BOOTSTRAP" profiles to fresh devices; enabled from the start.
    BootstrapProvisioner &bootstrap() { return *m_bootstrap; }
    store::SnapshotRepository &snapshots() { return m_snapshots; }
    store::ProfileRepository &profiles() { return m_profiles; }

    // Every cached value of the device now, stored under this name. An unknown device or an
    // empty cache resolves to an error.
    QFuture<store::Result<store::Snapshot>> takeSnapshot(const QString &deviceId, const QString &name,
                                                         const QString &reason = QStringLiteral("manual"));
    // A tree named by spec, for the device deviceId: "current" (its cache now), a snapshot
    // id ("12", of that device only), or "device:<otherId>" (another device's cache).
    // done runs on context's thread; an unusable spec gives an error in plain words.
    void loadTree(const QString &deviceId, const QString &spec, QObject *context, TreeCallback done);
    // Both trees, then diffTrees(from, to).
    void diff(const QString &deviceId, const QString &fromSpec, const QString &toSpec, const DiffOptions &options,
              QObject *context, std::function<void(std::optional<QList<DiffEntry>>, const QString &error)> done);
    // The plan that makes the device's current tree look like the target tree.
    void plan(const QString &deviceId, const QString &targetSpec, const DiffOptions &options, QObject *context,
              std::function<void(std::optional<ProvisioningPlan>, const QString &error)> done);

    // Starts the steps as tasks on the device; the run is kept (runs(), run(id)).
    Run start(const QString &deviceId, const QList<PlanStep> &steps, const QString &label);
    Run applyProfile(const QString &deviceId, const store::Profile &profile);
    std::optional<Run> run(qint64 id) const;
    QList<Run> runs() const { return m_runs.values(); }

    // For whoever saved or removed a profile through profiles(): lists refresh on it.
    void notifyProfilesChanged() { Q_EMIT profilesChanged(); }

Q_SIGNALS:
    void runStarted(qint64 id);
    void runFinished(qint64 id, bool ok);
    void snapshotsChanged(const QString &deviceId);
    void profilesChanged();

private:
    void prune();

    AcsEngine &m_engine;
    store::SnapshotRepository m_snapshots;
    store::ProfileRepository m_profiles;
    BootstrapProvisioner *m_bootstrap;
    QMap<qint64, Run> m_runs;
    qint64 m_nextRunId = 1;
};

} // namespace acs
