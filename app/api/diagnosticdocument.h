#pragma once

// A diagnostics run as the API shows it. The summary (for the history list):
//   {"id", "device", "kind", "object", "tr098", "state", "progress", "progressText",
//    "success", "deviceState", "outcome", "inputs": {name: value}, "figures": {name: number},
//    "texts": {name: text}, "started": ISO, "finished": ISO or null,
//    "repeat": {"id", "index", "count"} (runs of a repeat only)}
// and the whole run adds
//   "series": {name: [[x, y], ...]}, "tables": {"hops", "connections", "answers"},
//   "results": {full parameter path: value as read back}.

#include <diagnostics/diagnosticrun.h>

#include <QJsonObject>

namespace api {

class DiagnosticDocument
{
public:
    // id: the run as the API names it (its history id when runs are kept in the store).
    static QJsonObject summary(const diagnostics::DiagnosticRun &run, qint64 id);
    static QJsonObject full(const diagnostics::DiagnosticRun &run, qint64 id);
};

} // namespace api
