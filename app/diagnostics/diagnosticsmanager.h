#pragma once

#include "diagnosticrun.h"

#include <store/result.h>

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QPointF>

#include <memory>

namespace acs {
class AcsEngine;
}

namespace store {
class Database;
class DiagnosticsRepository;
}

namespace diagnostics {

class DeviceWaker;
class DiagnosticWorkflow;

// Starts diagnostics runs on devices, one-off or repeated, follows them to their end and
// keeps their history in the workspace store (when it has one). The console and the API
// talk to this class; it never blocks (the store answers through futures).
class DiagnosticsManager : public QObject
{
    Q_OBJECT

public:
    // How long a device may take to report "8 DIAGNOSTICS COMPLETE" (and before that to
    // take the settings). A time-based TR-143 test needs its duration on top.
    static constexpr int kDefaultReportTimeoutMs = 180'000;

    explicit DiagnosticsManager(acs::AcsEngine &engine, store::Database *database = nullptr, QObject *parent = nullptr);
    ~DiagnosticsManager() override;

    void setReportTimeoutMs(int ms) { m_timeoutMs = ms; }
    int reportTimeoutMs() const { return m_timeoutMs; }

    // inputs are relative to the diagnostics object ("Host", "NumberOfRepetitions"). Returns
    // the run id, or 0 with *why in plain words (unknown device, no such diagnostic in its
    // data model).
    qint64 start(const QString &deviceId, DiagnosticKind kind, const QMap<QString, QString> &inputs,
                 QString *why = nullptr);
    // The same diagnostic every intervalSeconds (from the start of one run to the next; a run
    // that takes longer is followed at once) for `count` runs. Returns the repeat id (the
    // first run starts now), or 0 with *why.
    qint64 startRepeated(const QString &deviceId, DiagnosticKind kind, const QMap<QString, QString> &inputs,
                         int intervalSeconds, int count, QString *why = nullptr);
    // Cancels a run; a run of a repeat cancels the rest of the repeat too.
    bool cancel(qint64 runId);
    bool cancelRepeat(qint64 repeatId);

    std::optional<DiagnosticRun> run(qint64 runId) const;
    // The runs of this process, oldest first; deviceId empty: every device.
    QList<DiagnosticRun> runs(const QString &deviceId = {}) const;
    QList<DiagnosticRun> repeatRuns(qint64 repeatId) const;
    bool isRepeatActive(qint64 repeatId) const;
    // One figure over runs, for trends: x = start time (ms since the epoch), y = the figure;
    // runs without the figure are left out.
    static QList<QPointF> seriesOverRuns(const QList<DiagnosticRun> &runs, const QString &figure);

    // The stored history of a device, newest first (kind empty: all); fails without a store.
    QFuture<store::Result<QList<DiagnosticRun>>> history(const QString &deviceId, const QString &kind = {});

Q_SIGNALS:
    void runChanged(const diagnostics::DiagnosticRun &run);
    void runFinished(const diagnostics::DiagnosticRun &run);
    void repeatFinished(qint64 repeatId);

private:
    struct Repeat;

    qint64 launch(const QString &deviceId, DiagnosticKind kind, const QMap<QString, QString> &inputs, qint64 repeatId,
                  QString *why);
    void onChanged(const DiagnosticRun &run);
    void onFinished(const DiagnosticRun &run);
    void persist(qint64 runId);
    void scheduleNext(Repeat &repeat);

    acs::AcsEngine &m_engine;
    std::unique_ptr<store::DiagnosticsRepository> m_repository;
    DeviceWaker *m_waker;
    int m_timeoutMs = kDefaultReportTimeoutMs;
    qint64 m_nextId = 1;
    QMap<qint64, DiagnosticRun> m_runs;
    QHash<qint64, DiagnosticWorkflow *> m_workflows;
    QHash<qint64, bool> m_saving; // run id -> a save is under way (update after it)
    QHash<qint64, std::shared_ptr<Repeat>> m_repeats;
};

} // namespace diagnostics
