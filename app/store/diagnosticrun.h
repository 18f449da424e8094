#pragma once

// One diagnostics run of one device (issue 8): what was asked, what the device reported and
// what the workbench derived from it, kept as a history to compare runs with each other.

#include <QJsonObject>
#include <QString>

namespace store {

struct DiagnosticRun {
    qint64 id = 0;
    QString deviceId;
    QString kind;         // "ipping", "traceroute", "download", … (diagnostics::DiagnosticKind)
    qint64 startedMs = 0;
    qint64 finishedMs = 0; // 0: still running
    QString state;        // "running", "complete", "error", "timeout", "cancelled", "failed"
    QJsonObject inputs;   // parameter name (relative to the object) -> value
    QJsonObject results;  // the raw values read back, full path -> value
    QJsonObject figures;  // derived figures, series, tables and the plain outcome
    bool operator==(const DiagnosticRun &) const = default;
};

} // namespace store
