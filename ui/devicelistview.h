#pragma once

// The console's left pane: every device the ACS knows, sortable and filterable, with a
// context menu for what an engineer asks of one device (wake it, re-read its tree, reboot
// it, forget it). Each action's outcome goes out as a status message in plain words.

#include <QJsonObject>
#include <QSet>
#include <QWidget>

class QAction;
class QLineEdit;
class QMenu;
class QTableView;

namespace acs {
class AcsEngine;
struct Task;
}

namespace models {
class DeviceListModel;
class DeviceSortFilterModel;
class TaskDispatcher;
}

namespace ui {

class DeviceListView : public QWidget
{
    Q_OBJECT

public:
    DeviceListView(acs::AcsEngine &engine, models::TaskDispatcher &dispatcher, QWidget *parent = nullptr);
    QString currentDevice() const;
    void selectDevice(const QString &deviceId);
    int deviceCount() const;

public Q_SLOTS:
    void focusFilter();

Q_SIGNALS:
    void currentDeviceChanged(const QString &deviceId); // empty when none
    void statusMessage(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void retranslateUi();
    void syncCurrent();
    void updateActions();
    void showContextMenu(const QPoint &position);
    void requestConnection();
    void refreshAll();
    void reboot();
    void forget();
    void submit(const QString &deviceId, const QString &kind, const QJsonObject &args);
    bool confirm(const QString &objectName, const QString &title, const QString &text);
    QString deviceLabel(const QString &deviceId) const;
    void onTaskFinished(const acs::Task &task);
    void onWakeFailed(const QString &deviceId, const QString &outcome);
    void onConnectionRequestFinished(const QString &deviceId, bool accepted, const QString &outcome);

    acs::AcsEngine &m_engine;
    models::TaskDispatcher &m_dispatcher;
    models::DeviceListModel *m_model = nullptr;
    models::DeviceSortFilterModel *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QTableView *m_table = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_connectionRequestAction = nullptr;
    QAction *m_refreshAllAction = nullptr;
    QAction *m_rebootAction = nullptr;
    QAction *m_forgetAction = nullptr;
    QString m_current;
    QSet<qint64> m_tasks;               // tasks submitted from this view, until they finish
    QSet<QString> m_connectionRequests; // devices this view sent a connection request to
};

} // namespace ui
