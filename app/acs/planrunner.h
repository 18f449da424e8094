#pragma once

// Carries out a provisioning plan (or a profile) on one device: each step becomes one
// task, queued only when the one before it is done, so that an AddObject's answer can
// rename what follows. A device numbers a new instance itself (TR-069 A.3.2.6: the
// InstanceNumber of AddObjectResponse); the steps name it as the source tree did
// ("X.Y.3."), and every later path under that prefix is rewritten to the number returned.
// The first failing step stops the run; the steps after it are marked skipped.

#include "provisioningplan.h"

#include <QHash>
#include <QObject>

namespace acs {

class AcsEngine;
struct Task;

class PlanRunner : public QObject
{
    Q_OBJECT

public:
    enum class StepState { Pending, Running, Done, Fault, Skipped };
    struct StepStatus {
        PlanStep step;      // as planned
        PlanStep sent;      // as queued, paths rewritten (filled when it starts)
        StepState state = StepState::Pending;
        qint64 taskId = 0;
        int faultCode = 0;
        QString faultString;
        QString detail; // AddObject: "instance 4"; faults: per-parameter faults
    };

    // A busy device (503) gets this many connection requests, this far apart.
    static constexpr int kWakeAttempts = 4;
    static constexpr int kWakeRetryMs = 1000;

    PlanRunner(AcsEngine &engine, const QString &deviceId, const QList<PlanStep> &steps, QObject *parent = nullptr);

    void start();
    // Cancels the running step's task and skips the rest.
    void cancel();

    QString deviceId() const { return m_deviceId; }
    const QList<StepStatus> &steps() const { return m_steps; }
    bool isFinished() const { return m_finished; }
    bool succeeded() const;
    // Where each instance of the plan ended up ("X.Y.3." -> "X.Y.1.").
    const QHash<QString, QString> &instanceMap() const { return m_instances; }
    // The path as the device names it, after the instances created so far.
    QString rewrite(const QString &path) const;

    static QString stepStateName(StepState state); // "pending", "running", "done", ...
    // One line in plain words: "Add instance to Device.NAT.PortMapping.", "Set 3 values".
    static QString describe(const PlanStep &step);

Q_SIGNALS:
    void stepChanged(int index);
    void finished(bool ok);

private:
    void startStep(int index);
    void onTaskChanged(const Task &task);
    void wake();
    void finish(bool ok);

    AcsEngine &m_engine;
    QString m_deviceId;
    QList<StepStatus> m_steps;
    QHash<QString, QString> m_instances;
    int m_current = -1;
    int m_wakeAttempts = 0;
    bool m_finished = false;
};

} // namespace acs
