#pragma once

// The centre of the window for one device: its Summary, Parameters, Tasks and Session log
// tabs. It only composes the feature pages; each owns its behaviour.

#include <QWidget>

class QTabWidget;

namespace acs {
class AcsEngine;
}
namespace models {
class TaskDispatcher;
}
namespace store {
class Database;
}

namespace ui {

class ParameterPage;
class SessionLogPage;
class SummaryPage;
class TasksPage;

class DevicePage : public QWidget
{
    Q_OBJECT

public:
    enum Tab { SummaryTab, ParametersTab, TasksTab, SessionLogTab };

    DevicePage(acs::AcsEngine &engine, models::TaskDispatcher &dispatcher, store::Database *database,
               QWidget *parent = nullptr);

    void setDevice(const QString &deviceId);
    QString device() const { return m_device; }
    void showTab(Tab tab);
    Tab currentTab() const;

    ParameterPage *parameters() const { return m_parameters; }
    SessionLogPage *sessionLog() const { return m_sessionLog; }

public Q_SLOTS:
    // Ctrl+F: the filter of the tab that has one.
    void focusFilter();
    // F5: refresh what the current tab shows (the selected subtree on Parameters).
    void refresh();

Q_SIGNALS:
    void statusMessage(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    acs::AcsEngine &m_engine;
    QString m_device;
    QTabWidget *m_tabs = nullptr;
    SummaryPage *m_summary = nullptr;
    ParameterPage *m_parameters = nullptr;
    TasksPage *m_tasks = nullptr;
    SessionLogPage *m_sessionLog = nullptr;
};

} // namespace ui
