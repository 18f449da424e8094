#pragma once

// The Summary tab of one device: identity, DeviceInfo, the ManagementServer settings, WAN
// addresses and the last sessions, read from the engine's cache (models::DeviceSummary),
// with the actions an engineer takes first: wake it, re-read these values, reboot it,
// reset it. Every action's outcome is shown in plain words.

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QWidget>

class QFormLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QTimer;
class QTreeWidget;

namespace acs {
class AcsEngine;
struct Task;
}

namespace models {
class DeviceSessionHistory;
class TaskDispatcher;
}

namespace store {
class Database;
}

namespace ui {

class SummaryPage : public QWidget
{
    Q_OBJECT

public:
    SummaryPage(acs::AcsEngine &engine, models::TaskDispatcher &dispatcher, store::Database *database, QWidget *parent = nullptr);
    void setDevice(const QString &deviceId);

Q_SIGNALS:
    void statusMessage(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void createWidgets();
    void retranslateUi();
    QLabel *addValue(QFormLayout *form, const QString &field);
    void scheduleUpdate();
    void updateFields();
    void updateSessions();
    void updateButtons();
    void requestConnection();
    void refresh();
    void reboot();
    void factoryReset();
    bool confirm(const QString &objectName, const QString &title, const QString &text);
    void submit(const QString &kind, const QJsonObject &args);
    void showOutcome(const QString &deviceId, const QString &text);
    void onTaskProgress(const acs::Task &task);
    void onTaskFinished(const acs::Task &task);
    void onWakeFailed(const QString &deviceId, const QString &outcome);
    void onConnectionRequestFinished(const QString &deviceId, bool accepted, const QString &outcome);

    acs::AcsEngine &m_engine;
    models::TaskDispatcher &m_dispatcher;
    store::Database *m_database;
    models::DeviceSessionHistory *m_history = nullptr;
    QString m_device;
    bool m_updatePending = false;
    QHash<qint64, QString> m_tasks;     // task -> device, for tasks submitted from this page
    QSet<QString> m_connectionRequests; // devices this page sent a connection request to

    QLabel *m_title = nullptr;
    QHash<QString, QLabel *> m_values;       // field -> its value label ("upTime" -> upTimeValue)
    QHash<QString, QLabel *> m_fieldLabels;  // field -> its caption
    QHash<QString, QGroupBox *> m_groups;   // objectName -> group
    QTreeWidget *m_sessions = nullptr;
    QPushButton *m_connectionRequestButton = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QPushButton *m_rebootButton = nullptr;
    QPushButton *m_factoryResetButton = nullptr;
    QLabel *m_outcome = nullptr;
    QTimer *m_clock = nullptr;
};

} // namespace ui
