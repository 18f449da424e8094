#pragma once

#include <diagnostics/diagnosticrun.h>

#include <QMap>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;

namespace acs {
class AcsEngine;
}
namespace diagnostics {
class DiagnosticsManager;
}
namespace models {
class DiagnosticRunListModel;
}

namespace ui {

class DiagnosticInputsForm;

// The "Diagnostics" tab of a device: pick one of the seven tests, fill its inputs (proposed
// by the defaults callback, with the built-in test servers' URLs), run it once or repeated,
// follow its state, and read the result as charts. The history lists the device's runs;
// selecting two runs of one kind overlays them (download before and after an upgrade).
class DiagnosticsPage : public QWidget
{
    Q_OBJECT

public:
    using Defaults = std::function<QMap<QString, QString>(diagnostics::DiagnosticKind, const QString &deviceId)>;

    DiagnosticsPage(diagnostics::DiagnosticsManager &manager, acs::AcsEngine &engine, Defaults defaults,
                    QWidget *parent = nullptr);

    void setDeviceId(const QString &deviceId);
    QString deviceId() const { return m_deviceId; }

    void setKind(diagnostics::DiagnosticKind kind);
    diagnostics::DiagnosticKind kind() const;
    DiagnosticInputsForm *inputsForm() const { return m_form; }
    models::DiagnosticRunListModel *historyModel() const { return m_model; }
    QTableView *historyView() const { return m_history; }
    // The chart tabs of the shown run(s): ChartView or a table, object names as the chart ids.
    QTabWidget *chartTabs() const { return m_charts; }
    QString statusText() const;

    // Returns the run id (0 with the reason shown in the status line).
    qint64 runNow();
    qint64 runRepeated(int intervalSeconds, int count);
    void cancelRun();
    // Shows the runs of these rows of the history (same kind: overlaid).
    void showRows(const QList<int> &rows);
    // The CSV / PNG of the chart in the current tab.
    QString currentCsv() const;
    bool exportCurrentPng(const QString &path);

Q_SIGNALS:
    void runStarted(qint64 runId);

private:
    void onKindChanged();
    QMap<QString, QString> startInputs() const;
    void onRunChanged(const diagnostics::DiagnosticRun &run);
    void onSelectionChanged();
    void reloadHistory();
    void updateButtons();
    void showRuns(const QList<diagnostics::DiagnosticRun> &runs);
    QList<diagnostics::DiagnosticRun> runsToChart(const QList<int> &rows) const;
    void exportPng();
    void exportCsv();

    diagnostics::DiagnosticsManager &m_manager;
    acs::AcsEngine &m_engine;
    Defaults m_defaults;
    QString m_deviceId;
    qint64 m_activeRun = 0;
    qint64 m_activeRepeat = 0;
    QList<qint64> m_shownRuns;

    QComboBox *m_kind;
    DiagnosticInputsForm *m_form;
    QPushButton *m_run;
    QPushButton *m_repeat;
    QSpinBox *m_interval;
    QSpinBox *m_count;
    QPushButton *m_cancel;
    QLabel *m_status;
    QTableView *m_history;
    models::DiagnosticRunListModel *m_model;
    QTabWidget *m_charts;
    QPushButton *m_exportPng;
    QPushButton *m_exportCsv;
};

} // namespace ui
