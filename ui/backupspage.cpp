#include "backupspage.h"

#include "transfertimelineview.h"

#include <acs/acsengine.h>
#include <acs/transfertracker.h>
#include <cwmp/faultcodes.h>
#include <filepreview.h>
#include <queuedtransfermodel.h>
#include <service/acsservice.h>
#include <taskdispatcher.h>
#include <transferlistmodel.h>
#include <transfertimelinemodel.h>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPromise>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QThreadPool>
#include <QTime>
#include <QVBoxLayout>

using acs::TransferTimeline;

namespace ui {

namespace {

const QString kGetAll = QStringLiteral("getAllQueuedTransfers");
const QString kGetQueued = QStringLiteral("getQueuedTransfers");
const QString kCancel = QStringLiteral("cancelTransfer");

bool hasStoredFile(const TransferTimeline &t)
{
    return (t.kind == TransferTimeline::kBackup || t.kind == TransferTimeline::kLog)
           && t.state == TransferTimeline::kSucceeded && !t.path.isEmpty();
}

QTableView *newTable(QWidget *parent, const QString &name)
{
    auto *table = new QTableView(parent);
    table->setObjectName(name);
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

} // namespace

BackupsPage::BackupsPage(service::AcsService &service, models::TaskDispatcher &dispatcher, QWidget *parent)
    : QWidget(parent), m_service(service), m_dispatcher(dispatcher),
      m_model(new models::TransferListModel(&service.transfers(), this)), m_queued(new models::QueuedTransferModel(this)),
      m_backup(new QPushButton(tr("&Back up configuration"), this)), m_fetchLog(new QPushButton(tr("Fetch &log"), this)),
      m_restore(new QPushButton(tr("&Restore…"), this)), m_saveAs(new QPushButton(tr("&Save as…"), this)),
      m_showFile(new QPushButton(tr("Show &file"), this)), m_message(new QLabel(this)),
      m_table(newTable(this, QStringLiteral("transferList"))), m_timeline(new TransferTimelineView(this)),
      m_viewerTitle(new QLabel(this)), m_viewerNotice(new QLabel(this)), m_viewer(new QPlainTextEdit(this)),
      m_queuedBox(new QGroupBox(tr("Queued on device"), this)), m_refreshQueued(new QPushButton(tr("Refres&h"), this)),
      m_cancelQueued(new QPushButton(tr("&Cancel transfer"), this)),
      m_queuedTable(newTable(this, QStringLiteral("queuedTransfers"))), m_queuedMessage(new QLabel(this))
{
    m_backup->setObjectName(QStringLiteral("backUpConfiguration"));
    m_backup->setToolTip(tr("Ask the device to upload its configuration file (Upload, \"1 Vendor Configuration File\")"));
    m_fetchLog->setObjectName(QStringLiteral("fetchLog"));
    m_fetchLog->setToolTip(tr("Ask the device to upload its log file (Upload, \"2 Vendor Log File\")"));
    m_restore->setObjectName(QStringLiteral("restoreBackup"));
    m_restore->setToolTip(tr("Send the selected backup back to the device (Download, \"3 Vendor Configuration File\")"));
    m_saveAs->setObjectName(QStringLiteral("saveFileAs"));
    m_saveAs->setToolTip(tr("Copy the selected stored file to a folder of your choice"));
    m_showFile->setObjectName(QStringLiteral("showFile"));
    m_showFile->setToolTip(tr("Show the selected stored file in the viewer"));
    m_message->setObjectName(QStringLiteral("backupsMessage"));
    m_message->setWordWrap(true);

    m_table->setModel(m_model);
    m_table->horizontalHeader()->setSectionResizeMode(models::TransferListModel::WhenColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(models::TransferListModel::KindColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(models::TransferListModel::StateColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(models::TransferListModel::FileColumn, QHeaderView::Interactive);
    m_table->setColumnWidth(models::TransferListModel::FileColumn, 260);
    m_timeline->setObjectName(QStringLiteral("transferTimeline"));

    m_viewerTitle->setObjectName(QStringLiteral("viewerTitle"));
    m_viewerTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_viewerTitle->font();
    bold.setBold(true);
    m_viewerTitle->setFont(bold);
    m_viewerTitle->setText(tr("File viewer"));
    m_viewerNotice->setObjectName(QStringLiteral("viewerNotice"));
    m_viewerNotice->setWordWrap(true);
    m_viewer->setObjectName(QStringLiteral("fileViewer"));
    m_viewer->setReadOnly(true);
    m_viewer->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_viewer->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_viewer->setPlaceholderText(tr("Select a backup or a log and press \"Show file\"."));

    m_queuedBox->setObjectName(QStringLiteral("queuedBox"));
    m_refreshQueued->setObjectName(QStringLiteral("refreshQueued"));
    m_refreshQueued->setToolTip(tr("Ask the device which transfers it has queued (GetAllQueuedTransfers)"));
    m_cancelQueued->setObjectName(QStringLiteral("cancelQueued"));
    m_cancelQueued->setToolTip(tr("Ask the device to drop the selected transfer (CancelTransfer)"));
    m_queuedTable->setModel(m_queued);
    m_queuedTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_queuedTable->horizontalHeader()->setStretchLastSection(true);
    // Room for a few rows: a device rarely has more than a handful queued (at most 16).
    m_queuedTable->setMinimumHeight(m_queuedTable->horizontalHeader()->sizeHint().height()
                                    + 4 * m_queuedTable->verticalHeader()->defaultSectionSize() + 4);
    m_queuedMessage->setObjectName(QStringLiteral("queuedMessage"));
    m_queuedMessage->setWordWrap(true);

    connect(m_backup, &QPushButton::clicked, this, &BackupsPage::backUpConfiguration);
    connect(m_fetchLog, &QPushButton::clicked, this, &BackupsPage::fetchLog);
    connect(m_restore, &QPushButton::clicked, this, &BackupsPage::askAndRestore);
    connect(m_saveAs, &QPushButton::clicked, this, &BackupsPage::askAndSaveSelected);
    connect(m_showFile, &QPushButton::clicked, this, &BackupsPage::showSelectedFile);
    connect(m_refreshQueued, &QPushButton::clicked, this, &BackupsPage::refreshQueued);
    connect(m_cancelQueued, &QPushButton::clicked, this, &BackupsPage::cancelSelectedQueued);
    connect(m_table, &QTableView::doubleClicked, this, &BackupsPage::showSelectedFile);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &BackupsPage::onSelectionChanged);
    connect(m_queuedTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, &BackupsPage::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &BackupsPage::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_pendingSelection != 0 && m_model->rowOfTimeline(m_pendingSelection) >= 0) {
            selectTimeline(m_pendingSelection);
            m_pendingSelection = 0;
        }
    });
    connect(m_model, &models::TransferListModel::loaded, this, &BackupsPage::onLoaded);
    connect(&m_dispatcher, &models::TaskDispatcher::taskFinished, this, &BackupsPage::onTaskFinished);
    connect(&m_service.transfers(), &acs::TransferTracker::timelineFinished, this, &BackupsPage::onTimelineFinished);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_backup);
    buttons->addWidget(m_fetchLog);
    buttons->addWidget(m_restore);
    buttons->addSpacing(12);
    buttons->addWidget(m_saveAs);
    buttons->addWidget(m_showFile);
    buttons->addWidget(m_message, 1);

    auto *listAndTimeline = new QSplitter(Qt::Vertical, this);
    listAndTimeline->addWidget(m_table);
    listAndTimeline->addWidget(m_timeline);
    listAndTimeline->setStretchFactor(0, 3);
    listAndTimeline->setStretchFactor(1, 2);

    auto *viewerPane = new QWidget(this);
    auto *viewerLayout = new QVBoxLayout(viewerPane);
    viewerLayout->setContentsMargins(0, 0, 0, 0);
    viewerLayout->addWidget(m_viewerTitle);
    viewerLayout->addWidget(m_viewerNotice);
    viewerLayout->addWidget(m_viewer, 1);

    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(listAndTimeline);
    top->addWidget(viewerPane);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);

    auto *queuedButtons = new QHBoxLayout;
    queuedButtons->addWidget(m_refreshQueued);
    queuedButtons->addWidget(m_cancelQueued);
    queuedButtons->addWidget(m_queuedMessage, 1);
    auto *queuedLayout = new QVBoxLayout(m_queuedBox);
    queuedLayout->addLayout(queuedButtons);
    queuedLayout->addWidget(m_queuedTable, 1);

    auto *main = new QSplitter(Qt::Vertical, this);
    main->addWidget(top);
    main->addWidget(m_queuedBox);
    main->setStretchFactor(0, 4);
    main->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(main, 1);
    setDevice({});
}

BackupsPage::~BackupsPage() = default;

void BackupsPage::setDevice(const QString &deviceId)
{
    if (deviceId == m_deviceId && !deviceId.isEmpty())
        return;
    m_deviceId = deviceId;
    m_pendingSelection = 0;
    m_queuedTaskId = 0;
    m_cancelTaskId = 0;
    ++m_viewTicket;
    m_shownPath.clear();
    m_viewer->clear();
    m_viewerNotice->clear();
    m_viewerTitle->setText(tr("File viewer"));
    m_timeline->setTimeline({});
    m_queued->clear();
    m_message->clear();
    m_queuedMessage->setText(deviceId.isEmpty() ? QString()
                                                : tr("Press \"Refresh\" to ask the device which transfers it has queued."));
    m_model->setDeviceId(deviceId);
    updateButtons();
}

QString BackupsPage::deviceName() const
{
    const acs::DeviceRecord *device = m_service.engine().devices().find(m_deviceId);
    if (!device || device->modelName.isEmpty())
        return m_deviceId;
    return tr("%1 (%2)").arg(device->modelName, m_deviceId);
}

void BackupsPage::say(const QString &text)
{
    m_message->setText(text);
    Q_EMIT statusMessage(text);
}

void BackupsPage::sayQueued(const QString &text)
{
    m_queuedMessage->setText(text);
    Q_EMIT statusMessage(text);
}

QString BackupsPage::viewerNotice() const
{
    return m_viewerNotice->text();
}

QString BackupsPage::queuedMessage() const
{
    return m_queuedMessage->text();
}

QString BackupsPage::message() const
{
    return m_message->text();
}

void BackupsPage::backUpConfiguration()
{
    QString why;
    const auto t = m_service.transfers().backUpConfiguration(m_deviceId, &why);
    if (!t) {
        say(tr("No backup started: %1").arg(why));
        return;
    }
    selectTimeline(t->id);
    say(tr("Backup of %1 started: waiting for the device to upload its configuration.").arg(deviceName()));
}

void BackupsPage::fetchLog()
{
    QString why;
    const auto t = m_service.transfers().fetchLog(m_deviceId, &why);
    if (!t) {
        say(tr("No log fetch started: %1").arg(why));
        return;
    }
    selectTimeline(t->id);
    say(tr("Log fetch from %1 started: the log opens here when it has arrived.").arg(deviceName()));
}

QString BackupsPage::restoreQuestion(const TransferTimeline &backup) const
{
    const QString when = QLocale().toString(QDateTime::fromMSecsSinceEpoch(backup.startedMs), QLocale::LongFormat);
    return tr("Restore the configuration backup of %1 taken %2?\n\nThe device downloads it as \"3 Vendor "
              "Configuration File\", replaces its configuration and usually reboots. A snapshot of the current "
              "values is taken first.")
        .arg(deviceName(), when);
}

void BackupsPage::askAndRestore()
{
    const auto backup = selectedTimeline();
    if (!backup || backup->kind != TransferTimeline::kBackup || backup->state != TransferTimeline::kSucceeded)
        return;
    QMessageBox box(QMessageBox::Question, tr("Restore configuration"), restoreQuestion(*backup),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    box.button(QMessageBox::Yes)->setText(tr("Restore"));
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() == QMessageBox::Yes)
        restoreSelected();
}

void BackupsPage::restoreSelected()
{
    const auto backup = selectedTimeline();
    if (!backup)
        return;
    QString why;
    const auto t = m_service.transfers().restore(*backup, &why);
    if (!t) {
        say(tr("No restore started: %1").arg(why));
        return;
    }
    selectTimeline(t->id);
    say(tr("Restore of the backup from %1 started.")
            .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(backup->startedMs), QLocale::ShortFormat)));
}

void BackupsPage::askAndSaveSelected()
{
    const auto t = selectedTimeline();
    if (!t || !hasStoredFile(*t))
        return;
    const QString suggested = QDir::home().filePath(QFileInfo(t->path).fileName());
    const QString target = QFileDialog::getSaveFileName(this, tr("Save %1").arg(models::TransferListModel::kindText(t->kind)), suggested);
    if (!target.isEmpty())
        saveSelectedTo(target);
}

void BackupsPage::saveSelectedTo(const QString &target)
{
    const auto t = selectedTimeline();
    if (!t || !hasStoredFile(*t))
        return;
    auto promise = std::make_shared<QPromise<QString>>();
    QFuture<QString> future = promise->future();
    promise->start();
    // A log can be large; copying it must not freeze the window.
    QThreadPool::globalInstance()->start([promise, source = t->path, target] {
        QString error;
        if (QFile::exists(target) && !QFile::remove(target))
            error = QFile(target).errorString();
        QFile file(source);
        if (error.isEmpty() && !file.copy(target))
            error = file.errorString();
        promise->addResult(error);
        promise->finish();
    });
    future.then(this, [this, target](const QString &error) {
        if (error.isEmpty())
            say(tr("Saved as %1.").arg(QDir::toNativeSeparators(target)));
        else
            say(tr("Could not save %1: %2").arg(QDir::toNativeSeparators(target), error));
        Q_EMIT fileSaved(target, error.isEmpty());
    });
}

void BackupsPage::showSelectedFile()
{
    const auto t = selectedTimeline();
    if (t && hasStoredFile(*t))
        showFile(*t);
}

void BackupsPage::showFile(const TransferTimeline &timeline)
{
    const quint64 ticket = ++m_viewTicket;
    const QString path = timeline.path;
    m_shownPath = path;
    m_viewerTitle->setText(tr("%1 — %2").arg(models::TransferListModel::kindText(timeline.kind), QFileInfo(path).fileName()));
    m_viewerNotice->setText(tr("Loading…"));
    m_viewer->clear();
    models::FilePreview::load(path).then(this, [this, ticket, path](const models::FilePreview::Content &content) {
        if (ticket != m_viewTicket)
            return;
        m_viewer->setPlainText(content.text);
        m_viewerNotice->setText(content.notice());
        Q_EMIT fileShown(path);
    });
}

void BackupsPage::refreshQueued()
{
    if (m_deviceId.isEmpty())
        return;
    submitQueuedQuery(m_onlyDeprecatedQuery.contains(m_deviceId) ? kGetQueued : kGetAll);
}

void BackupsPage::submitQueuedQuery(const QString &kind)
{
    QString why;
    const qint64 id = m_dispatcher.submit(m_deviceId, kind, {}, &why);
    if (id == 0) {
        sayQueued(tr("Could not ask the device: %1").arg(why));
        return;
    }
    m_queuedTaskId = id;
    sayQueued(tr("Asking the device for its queued transfers…"));
    updateButtons();
}

void BackupsPage::cancelSelectedQueued()
{
    const QModelIndexList rows = m_queuedTable->selectionModel()->selectedRows();
    if (rows.isEmpty() || m_deviceId.isEmpty())
        return;
    const QString key = rows.constFirst().data(models::QueuedTransferModel::CommandKeyRole).toString();
    if (key.isEmpty()) {
        // TR-069: CancelTransfer names its transfer by CommandKey; a transfer the device
        // started by itself has none.
        sayQueued(tr("This transfer has no CommandKey: the device started it itself and it cannot be cancelled."));
        return;
    }
    QString why;
    const qint64 id = m_dispatcher.submit(m_deviceId, kCancel, QJsonObject{{QStringLiteral("commandKey"), key}}, &why);
    if (id == 0) {
        sayQueued(tr("Could not cancel %1: %2").arg(key, why));
        return;
    }
    m_cancelTaskId = id;
    m_cancelKey = key;
    sayQueued(tr("Asking the device to cancel %1…").arg(key));
    updateButtons();
}

void BackupsPage::onTaskFinished(const acs::Task &task)
{
    if (task.deviceId != m_deviceId || (task.id != m_queuedTaskId && task.id != m_cancelTaskId))
        return;
    if (task.id == m_queuedTaskId) {
        m_queuedTaskId = 0;
        if (task.state == acs::TaskState::Done) {
            const QJsonArray list = task.result.value(QLatin1String("transfers")).toArray();
            m_queued->setTransfers(list, task.kind == kGetAll);
            const QString time = QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
            QString text;
            if (list.isEmpty())
                text = tr("Nothing queued on the device (as of %1).").arg(time);
            else if (list.size() == 1)
                text = tr("One transfer queued on the device (as of %1).").arg(time);
            else
                text = tr("%1 transfers queued on the device (as of %2).").arg(list.size()).arg(time);
            if (task.kind == kGetQueued)
                text = tr("%1 The device only supports the older GetQueuedTransfers: direction, type, size and target are not reported.")
                           .arg(text);
            sayQueued(text);
            Q_EMIT queuedTransfersShown();
        } else if (task.state == acs::TaskState::Fault && task.faultCode == cwmp::MethodNotSupported && task.kind == kGetAll) {
            // GetAllQueuedTransfers is optional for a CPE (TR-069 A.4, optional methods); the deprecated
            // GetQueuedTransfers may still be there.
            m_onlyDeprecatedQuery.insert(m_deviceId);
            submitQueuedQuery(kGetQueued);
        } else if (task.state == acs::TaskState::Fault && task.faultCode == cwmp::MethodNotSupported) {
            sayQueued(tr("The device supports neither GetAllQueuedTransfers nor GetQueuedTransfers (9000)."));
        } else {
            sayQueued(models::TaskDispatcher::describe(task));
        }
    } else {
        m_cancelTaskId = 0;
        if (task.state == acs::TaskState::Done) {
            sayQueued(tr("The device cancelled %1.").arg(m_cancelKey));
            refreshQueued();
        } else if (task.state == acs::TaskState::Fault && task.faultCode == cwmp::CancelNotPermitted) {
            sayQueued(tr("The device will not cancel %1 (9021): the transfer has already started or finished.").arg(m_cancelKey));
        } else if (task.state == acs::TaskState::Fault && task.faultCode == cwmp::InvalidArguments) {
            sayQueued(tr("The device knows no transfer %1 any more (9003): it may have finished meanwhile.").arg(m_cancelKey));
            refreshQueued();
        } else {
            sayQueued(models::TaskDispatcher::describe(task));
        }
    }
    updateButtons();
}

void BackupsPage::onTimelineFinished(const TransferTimeline &timeline)
{
    if (timeline.deviceId != m_deviceId)
        return;
    const QString kind = models::TransferListModel::kindText(timeline.kind);
    if (timeline.state == TransferTimeline::kSucceeded && !timeline.path.isEmpty())
        say(tr("%1 succeeded: stored as %2.").arg(kind, models::TransferListModel::fileText(timeline)));
    else if (timeline.state == TransferTimeline::kSucceeded)
        say(tr("%1 succeeded: %2").arg(kind, models::TransferListModel::resultText(timeline)));
    else
        say(tr("%1 failed: %2").arg(kind, models::TransferListModel::resultText(timeline)));
    if (timeline.state != TransferTimeline::kSucceeded)
        return;
    // A fetched log is what the engineer wants to read next.
    if (timeline.kind == TransferTimeline::kLog && isVisible() && !timeline.path.isEmpty()) {
        selectTimeline(timeline.id);
        showFile(timeline);
    }
}

void BackupsPage::onLoaded()
{
    if (m_pendingSelection != 0 && m_model->rowOfTimeline(m_pendingSelection) >= 0) {
        selectTimeline(m_pendingSelection);
        m_pendingSelection = 0;
    } else if (!m_table->selectionModel()->hasSelection() && m_model->rowCount() > 0) {
        selectRow(0);
    }
    updateButtons();
}

void BackupsPage::selectTimeline(qint64 id)
{
    const int row = m_model->rowOfTimeline(id);
    if (row < 0) {
        m_pendingSelection = id; // the row comes with the tracker's signal or the load
        return;
    }
    selectRow(row);
}

bool BackupsPage::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return false;
    m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(m_model->index(row, 0));
    return true;
}

std::optional<TransferTimeline> BackupsPage::selectedTimeline() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_model->timelineAt(rows.constFirst().row());
}

void BackupsPage::onSelectionChanged()
{
    if (const auto t = selectedTimeline()) {
        m_timeline->setTimeline(*t);
        m_timeline->follow(&m_service.transfers(), t->id);
    }
    updateButtons();
}

void BackupsPage::updateButtons()
{
    const bool device = !m_deviceId.isEmpty();
    const auto t = selectedTimeline();
    m_backup->setEnabled(device);
    m_fetchLog->setEnabled(device);
    m_restore->setEnabled(device && t && t->kind == TransferTimeline::kBackup && t->state == TransferTimeline::kSucceeded);
    m_saveAs->setEnabled(t && hasStoredFile(*t));
    m_showFile->setEnabled(t && hasStoredFile(*t));
    m_refreshQueued->setEnabled(device && m_queuedTaskId == 0);
    const QModelIndexList queued = m_queuedTable->selectionModel()->selectedRows();
    m_cancelQueued->setEnabled(device && m_cancelTaskId == 0 && !queued.isEmpty()
                               && queued.constFirst().data(models::QueuedTransferModel::StateCodeRole).toInt() != 3);
}

} // namespace ui
