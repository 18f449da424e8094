#pragma once

// A device's files (device tab "Files & backups", issue 7): configuration backups, fetched
// logs, restores and firmware upgrades as one list, newest first, with the selected row's
// timeline below it and a read-only viewer for the stored file beside it; and the transfers
// the device itself has queued (GetAllQueuedTransfers, falling back to the deprecated
// GetQueuedTransfers), one of which can be cancelled (CancelTransfer).

#include <acs/task.h>
#include <acs/transfertimeline.h>

#include <QSet>
#include <QWidget>

#include <optional>

class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace service {
class AcsService;
}

namespace models {
class QueuedTransferModel;
class TaskDispatcher;
class TransferListModel;
}

namespace ui {

class TransferTimelineView;

class BackupsPage : public QWidget
{
    Q_OBJECT

public:
    BackupsPage(service::AcsService &service, models::TaskDispatcher &dispatcher, QWidget *parent = nullptr);
    ~BackupsPage() override;

    void setDevice(const QString &deviceId);
    QString deviceId() const { return m_deviceId; }

    // The toolbar's actions (what the buttons do).
    void backUpConfiguration();
    void fetchLog();
    // Asks for confirmation (naming device and backup time), then restoreSelected().
    void askAndRestore();
    void restoreSelected();
    // Asks for a target, then saveSelectedTo().
    void askAndSaveSelected();
    // Copies the selected stored file there off the GUI thread; fileSaved() follows.
    void saveSelectedTo(const QString &target);
    void showSelectedFile();
    // Loads a backup's or log's stored file into the viewer off the GUI thread; fileShown().
    void showFile(const acs::TransferTimeline &timeline);
    // Asks the device for its queued transfers; queuedTransfersShown() or a message follows.
    void refreshQueued();
    void cancelSelectedQueued();

    // The text the restore confirmation asks (also what tests check).
    QString restoreQuestion(const acs::TransferTimeline &backup) const;
    bool selectRow(int row);
    std::optional<acs::TransferTimeline> selectedTimeline() const;

    models::TransferListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    TransferTimelineView *timelineView() const { return m_timeline; }
    QPlainTextEdit *viewer() const { return m_viewer; }
    QString viewerNotice() const;
    models::QueuedTransferModel *queuedModel() const { return m_queued; }
    QTableView *queuedTable() const { return m_queuedTable; }
    QString queuedMessage() const;
    QString message() const;

Q_SIGNALS:
    // For the main window's status bar.
    void statusMessage(const QString &message);
    void fileShown(const QString &path);
    void fileSaved(const QString &target, bool ok);
    void queuedTransfersShown();

private:
    void onTaskFinished(const acs::Task &task);
    void onTimelineFinished(const acs::TransferTimeline &timeline);
    void onSelectionChanged();
    void onLoaded();
    void updateButtons();
    void selectTimeline(qint64 id);
    void submitQueuedQuery(const QString &kind);
    void say(const QString &text);
    void sayQueued(const QString &text);
    QString deviceName() const;

    service::AcsService &m_service;
    models::TaskDispatcher &m_dispatcher;
    models::TransferListModel *m_model;
    models::QueuedTransferModel *m_queued;

    QPushButton *m_backup;
    QPushButton *m_fetchLog;
    QPushButton *m_restore;
    QPushButton *m_saveAs;
    QPushButton *m_showFile;
    QLabel *m_message;
    QTableView *m_table;
    TransferTimelineView *m_timeline;
    QLabel *m_viewerTitle;
    QLabel *m_viewerNotice;
    QPlainTextEdit *m_viewer;
    QGroupBox *m_queuedBox;
    QPushButton *m_refreshQueued;
    QPushButton *m_cancelQueued;
    QTableView *m_queuedTable;
    QLabel *m_queuedMessage;

    QString m_deviceId;
    qint64 m_pendingSelection = 0; // a timeline started here, selected when its row appears
    qint64 m_queuedTaskId = 0;
    qint64 m_cancelTaskId = 0;
    QString m_cancelKey;
    // Devices that answered GetAllQueuedTransfers with 9000 Method not supported.
    QSet<QString> m_onlyDeprecatedQuery;
    // A newer read (or another device) makes the answers of older reads stale.
    quint64 m_viewTicket = 0;
    QString m_shownPath;
};

} // namespace ui
