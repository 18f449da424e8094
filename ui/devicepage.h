#pragma once

// The centre of the window for one device: its Summary, Parameters, Tasks, Session log,
// Diagnostics, Monitor, Snapshots and Files & backups tabs. It only composes the feature pages; each owns
// its behaviour. It also keeps the parameter browser explained by the data-model definition
// the library picks for the device (issue 9).

#include <QWidget>

class QTabWidget;

namespace models {
class TaskDispatcher;
}
namespace service {
class AcsService;
}

namespace ui {

class BackupsPage;
class DiagnosticsPage;
class MonitorPage;
class ParameterPage;
class SessionLogPage;
class SnapshotsPage;
class SummaryPage;
class TasksPage;

class DevicePage : public QWidget
{
    Q_OBJECT

public:
    enum Tab { SummaryTab, ParametersTab, TasksTab, SessionLogTab, DiagnosticsTab, MonitorTab, SnapshotsTab, BackupsTab };

    DevicePage(service::AcsService &service, models::TaskDispatcher &dispatcher, QWidget *parent = nullptr);

    void setDevice(const QString &deviceId);
    QString device() const { return m_device; }
    void showTab(Tab tab);
    Tab currentTab() const;

    ParameterPage *parameters() const { return m_parameters; }
    SessionLogPage *sessionLog() const { return m_sessionLog; }
    DiagnosticsPage *diagnostics() const { return m_diagnostics; }
    MonitorPage *monitor() const { return m_monitor; }
    SnapshotsPage *snapshots() const { return m_snapshots; }
    BackupsPage *backups() const { return m_backups; }
    // The data model the parameter browser explains the device with; empty when none fits.
    QString definitionKey() const { return m_definitionKey; }

public Q_SLOTS:
    // Ctrl+F: the filter of the tab that has one.
    void focusFilter();
    // F5: refresh what the current tab shows (the selected subtree on Parameters).
    void refresh();
    // Asks for a name and takes a snapshot of the device's cached tree.
    void takeSnapshot();
    // Shows the Diagnostics tab, ready to run.
    void showDiagnostics();
    // Upload the configuration or the log into the workspace, on the Files & backups tab.
    void backUpConfiguration();
    void fetchLog();

Q_SIGNALS:
    void statusMessage(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    // force: the library changed (the same key may now mean another import).
    void updateDefinitions(bool force);
    void saveAsProfile(const QString &path);

    service::AcsService &m_service;
    QString m_device;
    QString m_definitionKey;
    QTabWidget *m_tabs = nullptr;
    SummaryPage *m_summary = nullptr;
    ParameterPage *m_parameters = nullptr;
    TasksPage *m_tasks = nullptr;
    SessionLogPage *m_sessionLog = nullptr;
    DiagnosticsPage *m_diagnostics = nullptr;
    MonitorPage *m_monitor = nullptr;
    SnapshotsPage *m_snapshots = nullptr;
    BackupsPage *m_backups = nullptr;
};

} // namespace ui
