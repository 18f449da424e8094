#pragma once

#include "diagnosticrun.h"

#include <QObject>
#include <QTimer>

namespace acs {
class AcsEngine;
struct Task;
}

namespace diagnostics {

class DeviceWaker;

// One diagnostics run over the ACS (cwmp-facts §11.1):
//   1. one SetParameterValues with the inputs and DiagnosticsState=Requested;
//   2. wait for an Inform with "8 DIAGNOSTICS COMPLETE" (the CPE runs the test after the
//      session ends), at most timeoutMs;
//   3. GetParameterValues on the object (partial path: the tables come along);
//   4. parse into a DiagnosticResult.
// The event does not say which diagnostic ended: a read that still finds "Requested" was
// another test's event, and the workflow goes back to waiting.
class DiagnosticWorkflow : public QObject
{
    Q_OBJECT

public:
    DiagnosticWorkflow(acs::AcsEngine &engine, DeviceWaker &waker, DiagnosticRun run, int timeoutMs,
                       QObject *parent = nullptr);

    // The data-model root of a device as its cached parameters show it.
    static QString rootOf(const acs::AcsEngine &engine, const QString &deviceId);

    void start();
    void cancel();
    const DiagnosticRun &run() const { return m_run; }

Q_SIGNALS:
    void changed(const diagnostics::DiagnosticRun &run);
    void finished(const diagnostics::DiagnosticRun &run);

private:
    void onTaskChanged(const acs::Task &task);
    void onSessionStarted(const QString &deviceId, const QString &sessionId, const QStringList &events);
    void onTimeout();
    void readResults();
    void onResults(const acs::Task &task);
    void progress(RunState state, double fraction, const QString &text);
    void end(RunState state, const QString &outcome);

    acs::AcsEngine &m_engine;
    DeviceWaker &m_waker;
    DiagnosticRun m_run;
    int m_timeoutMs;
    QTimer m_timer;
    qint64 m_setTask = 0;
    qint64 m_readTask = 0;
    bool m_eventSeen = false;
};

} // namespace diagnostics
