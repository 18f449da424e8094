#include "taskspage.h"

#include "columnfitter.h"

#include <acs/acsengine.h>
#include <taskdispatcher.h>
#include <tasklistmodel.h>

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace ui {

namespace {

// Download and upload arguments may carry the file server's credentials; the details pane
// is often on a shared screen.
QJsonObject withoutSecrets(QJsonObject args)
{
    for (auto it = args.begin(); it != args.end(); ++it) {
        if (it.key().contains(QLatin1String("password"), Qt::CaseInsensitive) && !it.value().toString().isEmpty())
            it.value() = QStringLiteral("••••••");
    }
    return args;
}

QString prettyJson(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)).trimmed();
}

} // namespace

TasksPage::TasksPage(acs::AcsEngine &engine, models::TaskDispatcher &dispatcher, QWidget *parent)
    : QWidget(parent)
    , m_dispatcher(dispatcher)
    , m_model(new models::TaskListModel(engine.tasks(), this))
    , m_table(new QTableView(this))
    , m_retry(new QPushButton(tr("&Retry"), this))
    , m_cancel(new QPushButton(tr("&Cancel task"), this))
    , m_details(new QPlainTextEdit(this))
{
    m_table->setObjectName(QStringLiteral("taskTable"));
    m_table->setModel(m_model);
    ColumnFitter::install(m_table, m_table->horizontalHeader());
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);

    m_retry->setObjectName(QStringLiteral("retryTask"));
    m_retry->setToolTip(tr("Queue the selected failed, expired or cancelled task again"));
    m_cancel->setObjectName(QStringLiteral("cancelTask"));
    m_cancel->setToolTip(tr("Cancel the selected task before the device answers it"));

    m_details->setObjectName(QStringLiteral("taskDetails"));
    m_details->setReadOnly(true);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setPlaceholderText(tr("Select a task to see its arguments and result."));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_retry);
    buttons->addWidget(m_cancel);
    buttons->addStretch();

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(splitter);

    connect(m_retry, &QPushButton::clicked, this, &TasksPage::retrySelected);
    connect(m_cancel, &QPushButton::clicked, this, &TasksPage::cancelSelected);
    connect(m_table, &QWidget::customContextMenuRequested, this, &TasksPage::showContextMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        showDetails();
    });
    // A selected task that changes state (sent, failed ...) changes what may be done with it.
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
        const int row = selectedRow();
        if (row >= topLeft.row() && row <= bottomRight.row()) {
            updateActions();
            showDetails();
        }
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TasksPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateActions();
        showDetails();
    });
    updateActions();
}

void TasksPage::setDevice(const QString &deviceId)
{
    m_model->setDevice(deviceId);
    m_table->resizeColumnsToContents();
}

int TasksPage::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.constFirst().row();
}

void TasksPage::updateActions()
{
    const int row = selectedRow();
    m_retry->setEnabled(row >= 0 && models::TaskListModel::canRetry(m_model->taskAt(row)));
    m_cancel->setEnabled(row >= 0 && models::TaskListModel::canCancel(m_model->taskAt(row)));
}

void TasksPage::showDetails()
{
    const int row = selectedRow();
    if (row < 0) {
        m_details->clear();
        return;
    }
    const acs::Task &task = m_model->taskAt(row);
    QString text = tr("Task %1: %2").arg(task.id).arg(models::TaskDispatcher::describe(task));
    text += QLatin1String("\n\n") + tr("Arguments:") + QLatin1Char('\n') + prettyJson(withoutSecrets(task.args));
    if (!task.result.isEmpty())
        text += QLatin1String("\n\n") + tr("Result:") + QLatin1Char('\n') + prettyJson(task.result);
    // Keep the reader's place when a running task refreshes its progress.
    if (m_details->toPlainText() != text)
        m_details->setPlainText(text);
}

void TasksPage::retrySelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const acs::Task task = m_model->taskAt(row);
    QString why;
    if (m_dispatcher.retry(task.id, &why))
        Q_EMIT statusMessage(tr("%1 (task %2) is queued again.").arg(models::TaskDispatcher::kindTitle(task.kind)).arg(task.id));
    else
        Q_EMIT statusMessage(tr("Cannot retry task %1: %2").arg(task.id).arg(why));
}

void TasksPage::cancelSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const acs::Task task = m_model->taskAt(row);
    QString why;
    if (!m_dispatcher.cancel(task.id, &why))
        Q_EMIT statusMessage(tr("Cannot cancel task %1: %2").arg(task.id).arg(why));
    else if (task.state == acs::TaskState::Sent)
        // The RPC is already on the wire; TR-069 has no way to call it back.
        Q_EMIT statusMessage(tr("%1 (task %2) is cancelled; the device may still carry out what was already sent.")
                                     .arg(models::TaskDispatcher::kindTitle(task.kind))
                                     .arg(task.id));
    else
        Q_EMIT statusMessage(tr("%1 (task %2) is cancelled.").arg(models::TaskDispatcher::kindTitle(task.kind)).arg(task.id));
}

void TasksPage::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_table->indexAt(position);
    if (!index.isValid())
        return;
    m_table->selectRow(index.row());
    QMenu menu(this);
    QAction *retry = menu.addAction(m_retry->text(), this, &TasksPage::retrySelected);
    retry->setEnabled(m_retry->isEnabled());
    QAction *cancel = menu.addAction(m_cancel->text(), this, &TasksPage::cancelSelected);
    cancel->setEnabled(m_cancel->isEnabled());
    menu.exec(m_table->viewport()->mapToGlobal(position));
}

} // namespace ui
