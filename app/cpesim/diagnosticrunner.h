#pragma once

#include "diagnosticwanprofile.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace cpesim {

class DiagnosticTest;
class SimDevice;

// Runs the diagnostics of one device for real: picks the test for a diagnostics object
// (IPPing, TraceRoute, Download/UploadDiagnostics, UDPEchoDiagnostics,
// ServerSelectionDiagnostics, NSLookupDiagnostics, TR-181 and TR-098 names), one test per
// object at a time, and reports the final DiagnosticsState. The DeviceRunner then raises
// "8 DIAGNOSTICS COMPLETE" in a new session (cwmp-facts §11.1).
class DiagnosticRunner : public QObject
{
    Q_OBJECT

public:
    DiagnosticRunner(SimDevice &device, const DiagnosticWanProfile &wan, QObject *parent = nullptr);
    ~DiagnosticRunner() override;

    // Starts the test for that object (".…Diagnostics." path); a running one is replaced.
    void start(const QString &objectPath);
    // Stops it without a result (DiagnosticsState Canceled, or an input written meanwhile).
    void cancel(const QString &objectPath);
    void cancelAll();
    bool isRunning(const QString &objectPath) const { return m_running.contains(objectPath); }
    int runningCount() const { return int(m_running.size()); }

    // The test for an object path, nullptr for an object the simulator cannot measure.
    static DiagnosticTest *create(SimDevice &device, const QString &objectPath, const DiagnosticWanProfile &wan,
                                  QObject *parent);

Q_SIGNALS:
    void finished(const QString &objectPath, const QString &state);

private:
    SimDevice &m_device;
    const DiagnosticWanProfile &m_wan;
    QHash<QString, QPointer<DiagnosticTest>> m_running;
};

} // namespace cpesim
