#pragma once

// The device page's Tasks tab: the device's queue with states, timings and faults; retry
// and cancel; the selected task's arguments and result.

#include <QWidget>

class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace acs {
class AcsEngine;
}

namespace models {
class TaskDispatcher;
class TaskListModel;
}

namespace ui {

class TasksPage : public QWidget
{
    Q_OBJECT

public:
    TasksPage(acs::AcsEngine &engine, models::TaskDispatcher &dispatcher, QWidget *parent = nullptr);
    void setDevice(const QString &deviceId);

Q_SIGNALS:
    void statusMessage(const QString &text);

private:
    void retrySelected();
    void cancelSelected();
    void updateActions();
    void showDetails();
    void showContextMenu(const QPoint &position);
    int selectedRow() const;

    models::TaskDispatcher &m_dispatcher;
    models::TaskListModel *m_model;
    QTableView *m_table;
    QPushButton *m_retry;
    QPushButton *m_cancel;
    QPlainTextEdit *m_details;
};

} // namespace ui
