#include "parameterpage.h"

#include "parameteractions.h"
#include "parameterdetailspane.h"
#include "parametervaluedelegate.h"

#include <parameterfaults.h>
#include <parametertreemodel.h>
#include <taskdispatcher.h>

#include <acs/acsengine.h>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QSplitter>
#include <QPushButton>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace ui {

using models::ParameterTreeModel;

namespace {

// Faults named in the message line above the tree; the rest are on their rows.
constexpr int kFaultsInMessage = 5;

} // namespace

ParameterPage::ParameterPage(acs::AcsEngine &engine, models::TaskDispatcher &dispatcher, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_dispatcher(dispatcher)
    , m_model(new ParameterTreeModel(engine, &dispatcher, this))
    , m_delegate(new ParameterValueDelegate(this))
    , m_actions(new ParameterActions(*m_model, dispatcher, this))
    , m_filter(new QLineEdit(this))
    , m_filterScope(new QComboBox(this))
    , m_showDefinedOnly(new QCheckBox(tr("Show defined objects not present"), this))
    , m_details(new ParameterDetailsPane(*m_model, this))
    , m_filterTimer(new QTimer(this))
    , m_refresh(new QPushButton(tr("Refresh"), this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_message(new QLabel(this))
    , m_tree(new QTreeView(this))
    , m_apply(new QPushButton(this))
    , m_revert(new QPushButton(tr("Revert"), this))
    , m_spinner(new QTimer(this))
    , m_clock(new QTimer(this))
{
    m_filter->setObjectName(QStringLiteral("parameterFilter"));
    m_filter->setPlaceholderText(tr("Filter: text, or a path such as Device.WiFi.SSID.*.SSID"));
    m_filter->setClearButtonEnabled(true);
    m_filterScope->setObjectName(QStringLiteral("parameterFilterScope"));
    m_filterScope->addItem(tr("Names"), int(ParameterTreeModel::FilterScope::Names));
    m_filterScope->addItem(tr("Names and descriptions"), int(ParameterTreeModel::FilterScope::NamesAndDescriptions));
    m_filterScope->setToolTip(tr("Match the filter text against parameter names only, or also against the data model's descriptions"));
    m_showDefinedOnly->setObjectName(QStringLiteral("showDefinedOnly"));
    m_showDefinedOnly->setToolTip(tr("Also list, greyed, the objects and parameters the data model defines but the device did not report"));
    m_details->setObjectName(QStringLiteral("parameterDetails"));
    m_refresh->setObjectName(QStringLiteral("refreshParameters"));
    m_refresh->setToolTip(tr("Read the selected branch, or the whole tree, from the device (F5)"));
    m_progress->setObjectName(QStringLiteral("refreshProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_cancel->setObjectName(QStringLiteral("cancelRefresh"));
    m_cancel->hide();
    m_message->setObjectName(QStringLiteral("parameterMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_apply->setObjectName(QStringLiteral("applyChanges"));
    m_revert->setObjectName(QStringLiteral("revertChanges"));

    m_tree->setObjectName(QStringLiteral("parameterTree"));
    m_tree->setModel(m_model);
    m_tree->setItemDelegate(m_delegate);
    m_tree->setUniformRowHeights(true); // tens of thousands of rows after a wide filter
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(ParameterTreeModel::ValueColumn, QHeaderView::Stretch);
    m_tree->setColumnWidth(ParameterTreeModel::NameColumn, 280);

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_filterScope);
    top->addWidget(m_showDefinedOnly);
    top->addWidget(m_refresh);
    top->addWidget(m_progress);
    top->addWidget(m_cancel);
    auto *bottom = new QHBoxLayout;
    bottom->addStretch(1);
    bottom->addWidget(m_revert);
    bottom->addWidget(m_apply);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_message);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("parameterSplitter"));
    splitter->addWidget(m_tree);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({500, 260});
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);

    // Shortcuts that work wherever the focus is inside the page.
    const auto addShortcut = [this](const QString &name, const QKeySequence &keys, void (ParameterPage::*slot)()) {
        auto *action = new QAction(name, this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    addShortcut(tr("Find"), QKeySequence::Find, &ParameterPage::focusFilter);
    addShortcut(tr("Refresh"), QKeySequence(Qt::Key_F5), &ParameterPage::refresh);
    addShortcut(tr("Delete instance"), QKeySequence::Delete, &ParameterPage::deleteSelectedInstance);

    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(kFilterDelayMs);
    connect(m_filter, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filterTimer, &QTimer::timeout, this, &ParameterPage::applyFilter);
    connect(m_refresh, &QPushButton::clicked, this, &ParameterPage::refresh);
    connect(m_filterScope, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setFilterScope(ParameterTreeModel::FilterScope(m_filterScope->currentData().toInt()));
        if (m_model->isFiltered())
            m_tree->expandAll();
    });
    connect(m_showDefinedOnly, &QCheckBox::toggled, this, &ParameterPage::setShowDefinedOnly);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &ParameterPage::showCurrentDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ParameterPage::showCurrentDetails);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &first, const QModelIndex &last) {
        const QModelIndex current = m_tree->currentIndex();
        if (current.isValid() && current.parent() == first.parent() && current.row() >= first.row() && current.row() <= last.row())
            showCurrentDetails();
    });
    connect(m_model, &ParameterTreeModel::definitionsChanged, this, &ParameterPage::updateDefinitionControls);
    connect(m_delegate, &ParameterValueDelegate::editProblem, this, [this](const QString &path, const QString &why) {
        showMessage(why.isEmpty() ? QString() : tr("%1: %2").arg(path, why));
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        QString why;
        if (m_refreshTaskId != 0 && !m_dispatcher.cancel(m_refreshTaskId, &why))
            Q_EMIT statusMessage(why);
    });
    connect(m_apply, &QPushButton::clicked, this, &ParameterPage::applyChanges);
    connect(m_revert, &QPushButton::clicked, this, &ParameterPage::revertChanges);
    connect(m_tree, &QTreeView::customContextMenuRequested, this, &ParameterPage::showContextMenu);

    connect(&m_model->edits(), &models::ParameterEdits::countChanged, this, &ParameterPage::updateEditButtons);
    connect(&m_model->edits(), &models::ParameterEdits::applyFinished, this, &ParameterPage::onApplyFinished);
    connect(m_delegate, &ParameterValueDelegate::editRejected, this, [this](const QString &path, const QString &why) {
        showMessage(tr("%1: %2").arg(path, why));
    });
    connect(m_model, &ParameterTreeModel::loadFailed, this, [this](const QString &path, const QString &message) {
        showMessage(tr("Could not read %1: %2").arg(path, message));
    });
    connect(m_model, &ParameterTreeModel::loadingChanged, this, [this](bool loading) {
        if (loading)
            m_spinner->start();
        else
            m_spinner->stop();
        m_tree->viewport()->update();
    });
    connect(&m_dispatcher, &models::TaskDispatcher::taskProgress, this, &ParameterPage::onTaskProgress);
    connect(&m_dispatcher, &models::TaskDispatcher::taskFinished, this, &ParameterPage::onTaskFinished);
    connect(m_actions, &ParameterActions::statusMessage, this, &ParameterPage::statusMessage);
    connect(m_actions, &ParameterActions::instanceAdded, this, &ParameterPage::showPath);

    m_spinner->setInterval(kSpinnerFrameMs);
    connect(m_spinner, &QTimer::timeout, this, [this] {
        m_delegate->advanceSpinner();
        m_tree->viewport()->update();
    });
    m_clock->setInterval(kRelativeTimeRefreshMs);
    connect(m_clock, &QTimer::timeout, m_tree->viewport(), qOverload<>(&QWidget::update));
    m_clock->start();

    setDevice(QString());
    updateDefinitionControls();
}

ParameterPage::~ParameterPage() = default;

void ParameterPage::setDevice(const QString &deviceId)
{
    if (!deviceId.isEmpty() && deviceId == m_model->device())
        return;
    m_model->setDevice(deviceId);
    m_refreshTaskId = 0;
    m_progress->hide();
    m_cancel->hide();
    showMessage(QString());
    setEnabled(!deviceId.isEmpty());
    m_refresh->setEnabled(true);
    updateEditButtons();
}

QString ParameterPage::device() const
{
    return m_model->device();
}

void ParameterPage::setDefinitions(std::shared_ptr<const datamodel::DataModel> model)
{
    m_model->setDefinitions(std::move(model));
}

void ParameterPage::setShowDefinedOnly(bool show)
{
    m_showDefinedOnly->setChecked(show);
    m_model->setShowDefinedOnly(show);
}

void ParameterPage::updateDefinitionControls()
{
    const bool defined = !m_model->definitions().isEmpty();
    const QString none = tr("Import a data-model definition (File → Import data model…) to use this");
    m_filterScope->setEnabled(defined);
    m_filterScope->setToolTip(defined ? tr("Match the filter text against parameter names only, or also against the data model's descriptions")
                                      : none);
    m_showDefinedOnly->setEnabled(defined);
    showCurrentDetails();
    updateEditButtons();
}

void ParameterPage::showCurrentDetails()
{
    m_details->showIndex(m_tree->selectionModel() ? m_tree->currentIndex() : QModelIndex());
}

void ParameterPage::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

QString ParameterPage::selectedPath() const
{
    const QModelIndex current = m_tree->selectionModel()->currentIndex();
    if (!current.isValid() || !m_tree->selectionModel()->isSelected(current.siblingAtColumn(0)))
        return QString();
    return m_model->pathAt(current);
}

void ParameterPage::refresh()
{
    if (device().isEmpty())
        return;
    if (m_refreshTaskId != 0) {
        Q_EMIT statusMessage(tr("A refresh is already running."));
        return;
    }
    QString path = selectedPath();
    if (path.isEmpty())
        path = m_model->rootObject();
    // A parameter is read by name; an object, with its whole subtree, as one refresh task.
    const bool parameter = !path.isEmpty() && !path.endsWith(QLatin1Char('.'));
    QString why;
    const qint64 id = parameter
                          ? m_dispatcher.submit(device(), QStringLiteral("getParameterValues"),
                                                {{QStringLiteral("parameterNames"), QJsonArray{path}}}, &why)
                          : m_dispatcher.submit(device(), QStringLiteral("refreshObject"),
                                                {{QStringLiteral("objectName"), path}}, &why);
    if (id == 0) {
        Q_EMIT statusMessage(tr("Refresh could not be queued: %1").arg(why));
        return;
    }
    m_refreshTaskId = id;
    m_progress->setValue(0);
    m_progress->setFormat(tr("Waiting for the device…"));
    m_progress->show();
    m_cancel->show();
    m_refresh->setEnabled(false);
    Q_EMIT statusMessage(path.isEmpty() ? tr("Refreshing the whole tree…") : tr("Refreshing %1…").arg(path));
}

void ParameterPage::deleteSelectedInstance()
{
    const QString path = selectedPath();
    if (!ParameterActions::isInstance(path)) {
        Q_EMIT statusMessage(tr("Select an object instance to delete."));
        return;
    }
    m_actions->deleteInstance(path);
}

void ParameterPage::applyFilter()
{
    m_model->setFilter(m_filter->text());
    // The filtered tree is complete and small enough to show open.
    if (m_model->isFiltered())
        m_tree->expandAll();
}

void ParameterPage::applyChanges()
{
    QString why;
    if (m_model->edits().apply(&why) == 0) {
        showMessage(why);
        return;
    }
    showMessage(QString());
    updateEditButtons();
    Q_EMIT statusMessage(tr("Sending %1 changes to the device…").arg(m_model->edits().count()));
}

void ParameterPage::revertChanges()
{
    m_model->edits().revert();
    showMessage(QString());
}

void ParameterPage::updateEditButtons()
{
    const int count = m_model->edits().count();
    const bool applying = m_model->edits().isApplying();
    if (applying)
        m_apply->setText(tr("Applying…"));
    else if (count == 0)
        m_apply->setText(tr("Apply changes"));
    else if (count == 1)
        m_apply->setText(tr("Apply 1 change"));
    else
        m_apply->setText(tr("Apply %1 changes").arg(count));
    // A value the definition refuses (pending from before it was loaded) blocks the whole
    // SetParameterValues, which the device would reject as a whole anyway (A.3.2.1).
    const QString invalid = applying ? QString() : m_model->edits().invalidReason();
    m_apply->setEnabled(count > 0 && !applying && invalid.isEmpty());
    m_apply->setToolTip(invalid.isEmpty() ? QString() : tr("Cannot apply: %1").arg(invalid));
    if (!invalid.isEmpty())
        showMessage(tr("Cannot apply: %1").arg(invalid));
    m_revert->setEnabled((count > 0 || !m_model->edits().faults().isEmpty()) && !applying);
}

void ParameterPage::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void ParameterPage::onTaskProgress(const acs::Task &task)
{
    if (task.id != m_refreshTaskId)
        return;
    m_progress->setValue(int(qBound(0.0, task.progress, 1.0) * 1000));
    if (!task.progressText.isEmpty())
        m_progress->setFormat(task.progressText);
}

void ParameterPage::onTaskFinished(const acs::Task &task)
{
    if (task.id != m_refreshTaskId)
        return;
    m_refreshTaskId = 0;
    m_progress->hide();
    m_cancel->hide();
    m_refresh->setEnabled(true);
    Q_EMIT statusMessage(models::TaskDispatcher::describe(task));
    if (task.state == acs::TaskState::Fault)
        showMessage(models::TaskDispatcher::describe(task));
}

void ParameterPage::onApplyFinished(const acs::Task &task)
{
    updateEditButtons();
    const QString outcome = models::TaskDispatcher::describe(task);
    Q_EMIT statusMessage(outcome);
    if (task.state == acs::TaskState::Done) {
        showMessage(QString());
        return;
    }
    QStringList lines{outcome};
    const auto &faults = m_model->edits().faults();
    QStringList paths = faults.keys();
    paths.sort();
    for (const QString &path : paths.mid(0, kFaultsInMessage))
        lines.append(tr("%1: %2").arg(path, models::ParameterFaults::describe(faults.value(path))));
    if (paths.size() > kFaultsInMessage)
        lines.append(tr("… and %1 more, marked in the tree.").arg(paths.size() - kFaultsInMessage));
    showMessage(lines.join(QLatin1Char('\n')));
    // Bring the first rejected parameter into view.
    if (!paths.isEmpty())
        m_tree->scrollTo(m_model->indexForPath(paths.constFirst()));
}

void ParameterPage::showPath(const QString &path)
{
    const QModelIndex index = m_model->indexForPath(path);
    if (!index.isValid())
        return;
    for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
        m_tree->expand(p);
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
}

void ParameterPage::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_tree->indexAt(pos);
    if (index.isValid())
        m_tree->setCurrentIndex(index);
    const QString path = m_model->pathAt(index);
    QMenu *menu = m_actions->menuFor(path, this);
    menu->addSeparator();
    QAction *defined = menu->addAction(tr("Show defined objects not present"));
    defined->setCheckable(true);
    defined->setChecked(m_model->showsDefinedOnly());
    defined->setEnabled(!m_model->definitions().isEmpty());
    connect(defined, &QAction::toggled, this, &ParameterPage::setShowDefinedOnly);
    menu->addAction(path.isEmpty() ? tr("Refresh the whole tree") : tr("Refresh this branch"), this, &ParameterPage::refresh);
    menu->addAction(tr("Save as profile…"), this, [this, path] { Q_EMIT saveAsProfileRequested(path); });
    menu->popup(m_tree->viewport()->mapToGlobal(pos));
}

} // namespace ui
