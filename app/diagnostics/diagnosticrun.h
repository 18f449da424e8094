#pragma once

#include "diagnosticresult.h"
#include "diagnosticspec.h"

#include <store/diagnosticrun.h>

#include <QMap>
#include <QString>

namespace diagnostics {

enum class RunState {
    Setting,   // SetParameterValues with the inputs and DiagnosticsState=Requested queued/sent
    Waiting,   // accepted; waiting for "8 DIAGNOSTICS COMPLETE"
    Reading,   // GetParameterValues on the object queued/sent
    Complete,  // the device said Complete/Completed
    Error,     // the device said Error_… (or None: it dropped the test)
    TimedOut,  // the device never reported within the timeout
    Cancelled, // the engineer cancelled
    Failed,    // the workbench could not run it: unknown device, refused settings, …
};

QString runStateName(RunState state); // "setting", …, "timeout", "cancelled", "failed"
std::optional<RunState> runStateFromName(const QString &name);
bool isFinished(RunState state);

// One diagnostics run as the manager tracks it.
struct DiagnosticRun {
    qint64 id = 0;        // the manager's id, unique in this process
    qint64 historyId = 0; // the row in the store, 0 until saved (or without a store)
    QString deviceId;
    DiagnosticKind kind = DiagnosticKind::IpPing;
    QString objectPath;   // "Device.IP.Diagnostics.IPPing."
    bool tr098 = false;
    RunState state = RunState::Setting;
    double progress = 0;  // 0..1
    QString progressText; // plain words, what happens now
    qint64 startedMs = 0;
    qint64 finishedMs = 0;
    QMap<QString, QString> inputs;     // relative to the object: "Host" -> "192.0.2.1"
    QMap<QString, QString> rawResults; // full path -> value, as read back
    DiagnosticResult result;           // outcome, figures, series, tables
    qint64 repeatId = 0;               // runs of one startRepeated() share it
    int repeatIndex = 0;               // 1-based within the repeat
    int repeatCount = 0;

    store::DiagnosticRun toStore() const;
    static DiagnosticRun fromStore(const store::DiagnosticRun &stored);
};

} // namespace diagnostics
