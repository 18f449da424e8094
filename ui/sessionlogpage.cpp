#include "sessionlogpage.h"

#include "columnfitter.h"

#include "xmlhighlighter.h"

#include <acs/acsengine.h>
#include <sessionlogfiltermodel.h>
#include <sessionlogmodel.h>
#include <sessionlogwriter.h>
#include <xmlprettyprinter.h>

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPromise>
#include <QScrollBar>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QThreadPool>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace ui {

namespace {

// Rows of one session share a background; the next session takes the other one, so that
// sessions read as blocks as in a packet list.
class SessionBandDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(models::SessionLogModel::SessionBandRole).toInt() == 1)
            option->backgroundBrush = option->palette.alternateBase();
    }
};

QString fileNameFor(const QString &deviceId, const QString &suffix)
{
    QString name = deviceId;
    for (QChar &c : name) {
        if (!c.isLetterOrNumber() && c != u'-' && c != u'_')
            c = u'_';
    }
    return QStringLiteral("%1-session-log.%2").arg(name.isEmpty() ? QStringLiteral("device") : name, suffix);
}

} // namespace

SessionLogPage::SessionLogPage(acs::AcsEngine &engine, store::Database *database, QWidget *parent)
    : QWidget(parent)
    , m_model(new models::SessionLogModel(engine, database, this))
    , m_proxy(new models::SessionLogFilterModel(this))
    , m_rpcFilter(new QComboBox(this))
    , m_filter(new QLineEdit(this))
    , m_export(new QToolButton(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_notice(new QLabel(this))
    , m_details(new QPlainTextEdit(this))
    , m_highlighter(new XmlHighlighter(m_details->document()))
    , m_filterTimer(new QTimer(this))
{
    m_proxy->setLogModel(m_model);

    m_rpcFilter->setObjectName(QStringLiteral("sessionLogRpcFilter"));
    m_rpcFilter->setToolTip(tr("Show the messages of one RPC only"));
    m_rpcFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_filter->setObjectName(QStringLiteral("sessionLogFilter"));
    m_filter->setPlaceholderText(tr("Filter by RPC, header or body text"));
    m_filter->setClearButtonEnabled(true);
    m_export->setObjectName(QStringLiteral("exportSessionLog"));
    m_export->setText(tr("&Export"));
    m_export->setToolTip(tr("Save the session log to a file"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    buildExportMenu();

    m_table->setObjectName(QStringLiteral("sessionLogTable"));
    m_table->setModel(m_proxy);
    ColumnFitter::install(m_table, m_table->horizontalHeader());
    m_table->setItemDelegate(new SessionBandDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);

    m_notice->setObjectName(QStringLiteral("sessionLogNotice"));
    m_notice->setWordWrap(true);
    m_notice->hide();
    m_details->setObjectName(QStringLiteral("sessionLogDetails"));
    m_details->setReadOnly(true);
    m_details->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setPlaceholderText(tr("Select a message to see its headers and XML."));
    m_highlighter->setStartsWithHeaders(true);

    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(kFilterDelayMs);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_rpcFilter);
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_count);
    bar->addWidget(m_export);

    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_notice);
    bottomLayout->addWidget(m_details);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter);

    connect(m_filter, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        m_filterTimer->stop();
        m_proxy->setTextFilter(m_filter->text());
    });
    connect(m_filterTimer, &QTimer::timeout, this, [this] { m_proxy->setTextFilter(m_filter->text()); });
    connect(m_rpcFilter, &QComboBox::currentIndexChanged, this, &SessionLogPage::applyRpcFilter);
    connect(m_model, &models::SessionLogModel::rpcNamesChanged, this, &SessionLogPage::rebuildRpcCombo);
    connect(m_model, &models::SessionLogModel::loadingChanged, this, &SessionLogPage::updateCount);
    connect(m_model, &models::SessionLogModel::loadFailed, this, [this](const QString &message) {
        Q_EMIT statusMessage(tr("The session log could not be read: %1").arg(message));
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &SessionLogPage::onSourceDataChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });

    // New messages scroll into view unless the reader has scrolled away from the end.
    connect(m_proxy, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
        const QScrollBar *bar = m_table->verticalScrollBar();
        m_followTail = bar->value() == bar->maximum();
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_followTail)
            m_table->scrollToBottom();
        updateCount();
    });
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &SessionLogPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &SessionLogPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &SessionLogPage::updateCount);

    rebuildRpcCombo();
    updateCount();
}

SessionLogPage::~SessionLogPage()
{
    // A render still running sees the ticket move and stops.
    ++*m_renderTicket;
}

void SessionLogPage::setDevice(const QString &deviceId)
{
    ++*m_renderTicket;
    m_shown = QPersistentModelIndex();
    m_waitingForBody = false;
    m_details->clear();
    m_notice->hide();
    m_model->setDevice(deviceId);
    m_table->resizeColumnsToContents();
}

void SessionLogPage::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void SessionLogPage::buildExportMenu()
{
    using Format = store::SoapLogRepository::ExportFormat;
    auto *menu = new QMenu(m_export);
    menu->addAction(tr("Shown messages as JSON Lines…"), this, [this] { askExportFile(Scope::Shown, Format::JsonLines); });
    menu->addAction(tr("Shown messages as text…"), this, [this] { askExportFile(Scope::Shown, Format::Text); });
    menu->addSeparator();
    QAction *allJson = menu->addAction(tr("The device's whole log as JSON Lines…"), this,
                                       [this] { askExportFile(Scope::Device, Format::JsonLines); });
    QAction *allText = menu->addAction(tr("The device's whole log as text…"), this,
                                       [this] { askExportFile(Scope::Device, Format::Text); });
    // The whole log lives in the store; without one only the shown rows exist.
    allJson->setEnabled(m_model->repository() != nullptr);
    allText->setEnabled(m_model->repository() != nullptr);
    m_export->setMenu(menu);
}

void SessionLogPage::rebuildRpcCombo()
{
    const QSignalBlocker blocker(m_rpcFilter);
    const std::optional<QString> current = m_proxy->rpcFilter();
    m_rpcFilter->clear();
    m_rpcFilter->addItem(tr("All RPCs"));
    int selected = 0;
    for (const QString &name : m_model->rpcNames()) {
        m_rpcFilter->addItem(name.isEmpty() ? tr("(empty or no RPC)") : name, name);
        if (current && *current == name)
            selected = m_rpcFilter->count() - 1;
    }
    // A filter on an RPC this device never used stays, so that it is not lost on a reload.
    if (current && selected == 0) {
        m_rpcFilter->addItem(current->isEmpty() ? tr("(empty or no RPC)") : *current, *current);
        selected = m_rpcFilter->count() - 1;
    }
    m_rpcFilter->setCurrentIndex(selected);
}

void SessionLogPage::applyRpcFilter()
{
    const int index = m_rpcFilter->currentIndex();
    if (index <= 0)
        m_proxy->setRpcFilter(std::nullopt);
    else
        m_proxy->setRpcFilter(m_rpcFilter->itemData(index).toString());
}

void SessionLogPage::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    QString text = shown == total ? tr("%n message(s)", nullptr, total) : tr("%1 of %n message(s)", nullptr, total).arg(shown);
    if (m_model->isLoading())
        text = tr("%1, loading…").arg(text);
    m_count->setText(text);
}

void SessionLogPage::onCurrentChanged(const QModelIndex &current)
{
    ++*m_renderTicket;
    const QModelIndex source = m_proxy->mapToSource(current);
    m_shown = QPersistentModelIndex(source);
    m_waitingForBody = false;
    if (!source.isValid()) {
        m_details->clear();
        m_notice->hide();
        return;
    }
    const int row = source.row();
    if (!m_model->bodyLoaded(row)) {
        m_waitingForBody = true;
        m_notice->hide();
        m_details->setPlainText(tr("Loading the message…"));
        m_model->loadBody(row);
        return;
    }
    render(m_model->exchange(row));
}

void SessionLogPage::onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    if (!m_waitingForBody || !m_shown.isValid())
        return;
    const int row = m_shown.row();
    if (row < topLeft.row() || row > bottomRight.row() || !m_model->bodyLoaded(row))
        return;
    m_waitingForBody = false;
    render(m_model->exchange(row));
}

void SessionLogPage::render(const store::SoapExchange &exchange)
{
    const quint64 ticket = ++*m_renderTicket;
    auto promise = std::make_shared<QPromise<Rendered>>();
    QFuture<Rendered> future = promise->future();
    promise->start();
    // Indenting a body of megabytes takes a while; the GUI keeps going meanwhile.
    QThreadPool::globalInstance()->start([promise, exchange, ticket, current = m_renderTicket] {
        promise->addResult(renderExchange(exchange, [&] { return current->load() != ticket; }));
        promise->finish();
    });
    future.then(this, [this, ticket](const Rendered &rendered) {
        if (m_renderTicket->load() == ticket)
            showRendered(rendered);
    });
}

SessionLogPage::Rendered SessionLogPage::renderExchange(const store::SoapExchange &e, const std::function<bool()> &cancelled)
{
    Rendered out;
    const bool incoming = e.direction == store::SoapExchange::Direction::In;
    QString text = incoming ? tr("%1 %2").arg(e.method, e.url) : tr("HTTP %1").arg(e.status);
    text += QLatin1Char('\n') + e.headers;
    if (!text.endsWith(QLatin1Char('\n')))
        text += QLatin1Char('\n');
    text += QLatin1Char('\n');
    if (e.body.size() > kPrettyPrintLimit) {
        const QLocale locale;
        text += QString::fromUtf8(e.body.left(kRawShownBytes));
        out.notice = tr("The body is %1; the first %2 are shown as received. Export the log to read all of it.")
                             .arg(locale.formattedDataSize(e.body.size()), locale.formattedDataSize(kRawShownBytes));
    } else {
        const models::XmlPrettyPrinter::Output xml = models::XmlPrettyPrinter::format(e.body, cancelled);
        text += xml.text;
        out.notice = xml.notice;
    }
    out.text = std::move(text);
    return out;
}

void SessionLogPage::showRendered(const Rendered &rendered)
{
    // Colouring runs on the GUI thread, block by block: very long texts go uncoloured.
    const bool highlight = rendered.text.size() <= kHighlightLimit;
    if (!highlight) {
        m_highlighter->setDocument(nullptr);
    } else if (!m_highlighter->document()) {
        // Attached to an empty document, the highlighter colours the new text as it is
        // set (attached to a full one, it would only do so on a later event-loop turn).
        m_details->clear();
        m_highlighter->setDocument(m_details->document());
    }
    m_details->setPlainText(rendered.text);
    QString notice = rendered.notice;
    if (!highlight) {
        const QString plain = tr("The message is shown without colours because of its size.");
        notice = notice.isEmpty() ? plain : tr("%1 %2").arg(notice, plain);
    }
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());
}

void SessionLogPage::askExportFile(Scope scope, store::SoapLogRepository::ExportFormat format)
{
    const bool json = format == store::SoapLogRepository::ExportFormat::JsonLines;
    auto *dialog = new QFileDialog(this, scope == Scope::Shown ? tr("Export the shown messages") : tr("Export the device's session log"));
    dialog->setObjectName(QStringLiteral("sessionLogExportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setNameFilter(json ? tr("JSON Lines (*.jsonl)") : tr("Text (*.txt)"));
    dialog->setDefaultSuffix(json ? QStringLiteral("jsonl") : QStringLiteral("txt"));
    dialog->selectFile(fileNameFor(m_model->deviceId(), json ? QStringLiteral("jsonl") : QStringLiteral("txt")));
    connect(dialog, &QFileDialog::fileSelected, this, [this, scope, format](const QString &path) { exportTo(path, scope, format); });
    dialog->open();
}

void SessionLogPage::exportTo(const QString &filePath, Scope scope, store::SoapLogRepository::ExportFormat format)
{
    if (m_model->deviceId().isEmpty())
        return;
    if (scope == Scope::Device) {
        store::SoapLogRepository *repository = m_model->repository();
        if (!repository)
            return;
        repository->exportTo(filePath, format, m_model->deviceId()).then(this, [this, filePath](const store::Result<qint64> &r) {
            reportExport(filePath, r.ok(), r.ok() ? r.value() : 0, r.ok() ? QString() : r.error().message);
        });
        return;
    }
    const QList<int> rows = m_proxy->sourceRows();
    Q_EMIT statusMessage(tr("Exporting %n message(s)…", nullptr, int(rows.size())));
    m_model->withBodies(rows).then(this, [this, filePath, format](const QList<store::SoapExchange> &exchanges) {
        models::SessionLogWriter::write(exchanges, filePath, format).then(this, [this, filePath](const store::Result<qint64> &r) {
            reportExport(filePath, r.ok(), r.ok() ? r.value() : 0, r.ok() ? QString() : r.error().message);
        });
    });
}

void SessionLogPage::reportExport(const QString &filePath, bool ok, qint64 count, const QString &error)
{
    if (ok)
        Q_EMIT statusMessage(tr("Exported %n message(s) to %1.", nullptr, int(count)).arg(QDir::toNativeSeparators(filePath)));
    else
        Q_EMIT statusMessage(tr("The session log was not exported: %1").arg(error));
}

} // namespace ui
