#pragma once

#include "diagnosticrun.h"
#include "result.h"

#include <QFuture>
#include <QList>

namespace store {

class Database;

// The history of diagnostics runs per device. Inputs, raw results and figures are JSON
// text: they are read whole, never queried inside.
class DiagnosticsRepository
{
public:
    static constexpr int kDefaultListLimit = 500;

    explicit DiagnosticsRepository(Database &database);

    // Inserts a new run; the stored run carries its id (and startedMs = now when 0).
    QFuture<Result<DiagnosticRun>> save(const DiagnosticRun &run);
    // Rewrites state, finished time, inputs, results and figures of an existing run.
    QFuture<Result<void>> update(const DiagnosticRun &run);
    // Newest first; kind empty: every kind.
    QFuture<Result<QList<DiagnosticRun>>> list(const QString &deviceId, const QString &kind = {},
                                               int limit = kDefaultListLimit);
    // NotFound when absent.
    QFuture<Result<DiagnosticRun>> get(qint64 id);
    QFuture<Result<void>> remove(qint64 id);

private:
    Database &m_database;
};

} // namespace store
