#include "filespage.h"

#include "fileimportbar.h"
#include "filelistmodel.h"

#include <service/acsservice.h>
#include <service/filelibrary.h>

#include <QAction>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace ui {

namespace {

// The local files among dropped URLs (folders and remote URLs are not files to serve).
QStringList localFiles(const QMimeData *mime)
{
    QStringList out;
    if (!mime || !mime->hasUrls())
        return out;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            out.append(url.toLocalFile());
    }
    return out;
}

QToolButton *buttonFor(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

} // namespace

FilesPage::FilesPage(service::AcsService &service, QWidget *parent)
    : QWidget(parent), m_service(service), m_model(new models::FileListModel(service.fileLibrary(), this)),
      m_proxy(new QSortFilterProxyModel(this)), m_filter(new QLineEdit(this)), m_table(new QTableView(this)),
      m_importBar(new FileImportBar(service.fileLibrary(), this)), m_add(new QAction(tr("&Add…"), this)),
      m_remove(new QAction(tr("&Remove…"), this)), m_copyUrl(new QAction(tr("Copy &URL"), this))
{
    setWindowTitle(tr("File Library"));
    setAcceptDrops(true);

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortRole(models::FileListModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setPlaceholderText(tr("Filter by name, type, version, OUI…"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(models::FileListModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setColumnWidth(models::FileListModel::NameColumn, 220);
    m_table->setColumnWidth(models::FileListModel::TypeColumn, 200);
    m_table->setColumnWidth(models::FileListModel::SizeColumn, 90);
    m_table->setColumnWidth(models::FileListModel::Sha256Column, 130);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addAction(m_copyUrl);
    m_table->addAction(m_remove);
    m_table->setToolTip(tr("Drop files here to add them to the library."));

    m_add->setToolTip(tr("Copy files into the workspace for devices to download"));
    m_remove->setShortcut(QKeySequence::Delete);
    m_remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copyUrl->setShortcut(QKeySequence::Copy);
    m_copyUrl->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copyUrl->setToolTip(tr("Copy the URL devices download the file from"));
    addAction(m_remove);
    addAction(m_copyUrl);
    connect(m_add, &QAction::triggered, this, &FilesPage::chooseFiles);
    connect(m_remove, &QAction::triggered, this, &FilesPage::removeSelected);
    connect(m_copyUrl, &QAction::triggered, this, &FilesPage::copyUrl);

    auto *hint = new QLabel(tr("Drop files on the table to add them."), this);
    hint->setEnabled(false);
    auto *bar = new QHBoxLayout;
    bar->addWidget(buttonFor(m_add, this));
    bar->addWidget(buttonFor(m_remove, this));
    bar->addWidget(buttonFor(m_copyUrl, this));
    bar->addSpacing(12);
    bar->addWidget(m_filter, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_importBar);
    layout->addWidget(hint);

    connect(m_importBar, &FileImportBar::statusMessage, this, &FilesPage::statusMessage);
    connect(m_importBar, &FileImportBar::imported, this, [this](const QString &name) { selectFile(name); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &FilesPage::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &FilesPage::updateActions);
    connect(&service, &service::AcsService::listenerChanged, this, &FilesPage::updateActions);
    updateActions();
}

void FilesPage::addFiles(const QStringList &paths)
{
    m_importBar->addFiles(paths);
}

void FilesPage::chooseFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Add Files to the Library"));
    if (!paths.isEmpty())
        addFiles(paths);
}

QString FilesPage::selectedFile() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(models::FileListModel::NameRole).toString();
}

bool FilesPage::selectFile(const QString &name)
{
    const int row = m_model->rowOf(name);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    m_table->selectRow(index.row());
    m_table->scrollTo(index);
    return true;
}

void FilesPage::removeSelected()
{
    const QString name = selectedFile();
    if (name.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Remove File"),
        tr("Remove %1 from the library and delete its copy in the workspace? Devices can no longer download it.").arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    QString why;
    if (m_service.fileLibrary().remove(name, &why))
        Q_EMIT statusMessage(tr("%1 was removed from the file library.").arg(name));
    else
        Q_EMIT statusMessage(why);
}

void FilesPage::copyUrl()
{
    const QString name = selectedFile();
    if (name.isEmpty())
        return;
    const QString url = m_service.fileLibrary().urlFor(name);
    if (url.isEmpty()) {
        Q_EMIT statusMessage(tr("The ACS is not listening: there is no URL yet."));
        return;
    }
    QGuiApplication::clipboard()->setText(url);
    Q_EMIT statusMessage(tr("Copied %1").arg(url));
}

void FilesPage::updateActions()
{
    const bool selected = !selectedFile().isEmpty();
    m_remove->setEnabled(selected);
    m_copyUrl->setEnabled(selected && m_service.isListening());
}

void FilesPage::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void FilesPage::dragMoveEvent(QDragMoveEvent *event)
{
    if (!localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void FilesPage::dropEvent(QDropEvent *event)
{
    const QStringList paths = localFiles(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    // The dialogs open after the drop has completed: a modal loop inside the drop handler
    // would hold the source application's drag.
    QMetaObject::invokeMethod(this, [this, paths] { addFiles(paths); }, Qt::QueuedConnection);
}

} // namespace ui
