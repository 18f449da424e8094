#pragma once

#include <diagnostics/diagnosticrun.h>

#include <QAbstractTableModel>
#include <QList>

namespace models {

// The diagnostics runs of one device, newest first: the stored history (setHistory) merged
// with the live runs of the manager (upsert on runChanged/runFinished). A run is the same
// row while it moves from live to saved (matched by manager id, then by history id).
class DiagnosticRunListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { KindColumn, StartedColumn, StateColumn, KeyFigureColumn, OutcomeColumn, ColumnCount };
    enum Role { KindNameRole = Qt::UserRole + 1, StartedMsRole, StateNameRole, RunIdRole, HistoryIdRole };

    explicit DiagnosticRunListModel(QObject *parent = nullptr);

    void setDeviceId(const QString &deviceId); // clears the rows
    QString deviceId() const { return m_deviceId; }
    // Replaces the stored runs; live runs not in it stay.
    void setHistory(const QList<diagnostics::DiagnosticRun> &runs);
    // Adds or updates one run (of this device; others are ignored).
    void upsert(const diagnostics::DiagnosticRun &run);

    const diagnostics::DiagnosticRun &runAt(int row) const { return m_runs.at(row); }
    QList<diagnostics::DiagnosticRun> runs() const { return m_runs; }
    int rowOfRun(qint64 runId) const;

    // The figure a row shows in "Key figure", in words ("12.3 ms avg", "48.1 Mbit/s").
    static QString keyFigure(const diagnostics::DiagnosticRun &run);
    static QString stateText(diagnostics::RunState state);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    int find(const diagnostics::DiagnosticRun &run) const;
    void sortNewestFirst();

    QString m_deviceId;
    QList<diagnostics::DiagnosticRun> m_runs;
};

} // namespace models
