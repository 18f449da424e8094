#pragma once

// The console's parameter browser for one device: the lazy parameter tree with a filter
// over the whole cache, refresh of a subtree or the whole tree with progress and cancel,
// in-place editing with pending changes sent as one SetParameterValues, the device's
// faults on the rows they name, and a context menu for instances, notification and export.
// With a data-model definition, a details pane explains the current row, editors follow
// the definition's facets, the filter can search descriptions, and the objects and
// parameters the definition has but the device did not report can be shown greyed.

#include <QWidget>

#include <memory>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QProgressBar;
class QPushButton;
class QTimer;
class QTreeView;

namespace acs {
class AcsEngine;
struct Task;
}

namespace datamodel {
class DataModel;
}

namespace models {
class ParameterTreeModel;
class TaskDispatcher;
}

namespace ui {

class ParameterActions;
class ParameterDetailsPane;
class ParameterValueDelegate;

class ParameterPage : public QWidget
{
    Q_OBJECT

public:
    // How long the filter waits for the next keystroke before it rebuilds the tree.
    static constexpr int kFilterDelayMs = 150;
    // The spinner's frame time, and how often "12 s ago" is brought up to date.
    static constexpr int kSpinnerFrameMs = 80;
    static constexpr int kRelativeTimeRefreshMs = 10000;

    ParameterPage(acs::AcsEngine &engine, models::TaskDispatcher &dispatcher, QWidget *parent = nullptr);
    ~ParameterPage() override;

    void setDevice(const QString &deviceId); // empty: no device
    QString device() const;
    // The definition that explains the device (DefinitionLibrary::modelFor(device)); null = none.
    void setDefinitions(std::shared_ptr<const datamodel::DataModel> model);
    void setShowDefinedOnly(bool show);

    models::ParameterTreeModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    ParameterValueDelegate *delegate() const { return m_delegate; }
    ParameterDetailsPane *details() const { return m_details; }
    QPushButton *applyButton() const { return m_apply; }

public Q_SLOTS:
    void focusFilter();
    void refresh(); // selected subtree, or the whole tree
    void deleteSelectedInstance();

Q_SIGNALS:
    void statusMessage(const QString &text); // plain-words outcome of actions, for the status bar
    // "Save as profile…" on a row: its writable values (the whole tree for "") become a profile.
    void saveAsProfileRequested(const QString &path);

private:
    QString selectedPath() const;
    void applyFilter();
    void applyChanges();
    void revertChanges();
    void updateEditButtons();
    void showMessage(const QString &text);
    void onTaskProgress(const acs::Task &task);
    void onTaskFinished(const acs::Task &task);
    void onApplyFinished(const acs::Task &task);
    void showPath(const QString &path);
    void showContextMenu(const QPoint &pos);
    void showCurrentDetails();
    void updateDefinitionControls();

    acs::AcsEngine &m_engine;
    models::TaskDispatcher &m_dispatcher;
    models::ParameterTreeModel *m_model;
    ParameterValueDelegate *m_delegate;
    ParameterActions *m_actions;
    QLineEdit *m_filter;
    QComboBox *m_filterScope;
    QCheckBox *m_showDefinedOnly;
    ParameterDetailsPane *m_details;
    QTimer *m_filterTimer;
    QPushButton *m_refresh;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QLabel *m_message;
    QTreeView *m_tree;
    QPushButton *m_apply;
    QPushButton *m_revert;
    QTimer *m_spinner;
    QTimer *m_clock;
    qint64 m_refreshTaskId = 0;
};

} // namespace ui
