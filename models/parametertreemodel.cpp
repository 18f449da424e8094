#include "parametertreemodel.h"

#include "relativetime.h"
#include "taskdispatcher.h"

#include <acs/acsengine.h>

#include <QDateTime>
#include <QJsonArray>

#include <algorithm>

namespace models {

namespace {

struct ChangeGuard {
    explicit ChangeGuard(int &depth) : m_depth(depth) { ++m_depth; }
    ~ChangeGuard() { --m_depth; }
    ChangeGuard(const ChangeGuard &) = delete;
    ChangeGuard &operator=(const ChangeGuard &) = delete;
    int &m_depth;
};

bool nodeLess(const std::unique_ptr<ParameterNode> &a, const std::unique_ptr<ParameterNode> &b)
{
    return ParameterNode::lessThan(*a, *b);
}

// True while the cache still holds something at or below the object path.
bool hasEntriesUnder(const acs::ParameterCache &cache, const QString &prefix)
{
    const auto it = cache.entries().lowerBound(prefix);
    return it != cache.entries().cend() && it.key().startsWith(prefix);
}

QString notificationName(int notification)
{
    // TR-069 A.3.2.4: 0 off, 1 passive, 2 active; CWMP 1.4 adds lightweight modes 3-6.
    switch (notification) {
    case 0: return ParameterTreeModel::tr("off");
    case 1: return ParameterTreeModel::tr("passive");
    case 2: return ParameterTreeModel::tr("active");
    default: return ParameterTreeModel::tr("mode %1").arg(notification);
    }
}

} // namespace

ParameterTreeModel::ParameterTreeModel(acs::AcsEngine &engine, TaskDispatcher *dispatcher, QObject *parent)
    : QAbstractItemModel(parent)
    , m_engine(engine)
    , m_dispatcher(dispatcher)
    , m_edits(engine, dispatcher)
{
    connect(&m_edits, &ParameterEdits::rowsChanged, this, [this](const QStringList &paths) {
        for (const QString &path : paths)
            emitRowChanged(path);
    });
    connect(&m_engine.devices(), &acs::DeviceDirectory::parametersUpdated, this, &ParameterTreeModel::onParametersUpdated);
    connect(&m_engine.devices(), &acs::DeviceDirectory::deviceRemoved, this, [this](const QString &id) {
        if (id == m_device)
            resetTree();
    });
    if (m_dispatcher)
        connect(m_dispatcher, &TaskDispatcher::taskFinished, this, &ParameterTreeModel::onTaskFinished);
    m_edits.setValidator([this](const QString &path, const QString &value) { return m_definitions.validate(path, value); });
}

ParameterTreeModel::~ParameterTreeModel() = default;

const acs::ParameterCache *ParameterTreeModel::cache() const
{
    if (m_device.isEmpty())
        return nullptr;
    const acs::DeviceRecord *record = m_engine.devices().find(m_device);
    return record ? &record->parameters : nullptr;
}

void ParameterTreeModel::setDevice(const QString &deviceId)
{
    if (deviceId == m_device)
        return;
    const bool wasLoading = isLoading();
    m_device = deviceId;
    m_loadTasks.clear();
    m_loadingPaths.clear();
    m_edits.setDevice(deviceId);
    resetTree();
    if (wasLoading)
        Q_EMIT loadingChanged(false);
}

void ParameterTreeModel::setFilter(const QString &text)
{
    if (ParameterFilter(text).text() == m_filter.text())
        return;
    m_filter = makeFilter(text);
    resetTree();
}

ParameterFilter ParameterTreeModel::makeFilter(const QString &text) const
{
    ParameterFilter filter(text);
    if (m_filterScope == FilterScope::NamesAndDescriptions && !filter.isEmpty() && !filter.isGlob())
        filter.setPatterns(m_definitions.descriptionMatches(filter.text()));
    return filter;
}

void ParameterTreeModel::setFilterScope(FilterScope scope)
{
    if (scope == m_filterScope)
        return;
    m_filterScope = scope;
    if (!m_filter.isEmpty()) {
        m_filter = makeFilter(m_filter.text());
        resetTree();
    }
}

void ParameterTreeModel::setDefinitions(std::shared_ptr<const datamodel::DataModel> model)
{
    if (model == m_definitions.model())
        return;
    m_definitions.setModel(std::move(model));
    if (!m_filter.isEmpty())
        m_filter = makeFilter(m_filter.text());
    if (m_showDefinedOnly || !m_filter.isEmpty())
        resetTree();
    else if (const int rows = rowCount(); rows > 0)
        Q_EMIT dataChanged(index(0, 0), index(rows - 1, ColumnCount - 1));
    Q_EMIT definitionsChanged();
}

const datamodel::Definition *ParameterTreeModel::definitionAt(const QModelIndex &index) const
{
    return index.isValid() ? m_definitions.find(nodeAt(index)->path) : nullptr;
}

void ParameterTreeModel::setShowDefinedOnly(bool show)
{
    if (show == m_showDefinedOnly)
        return;
    m_showDefinedOnly = show;
    resetTree();
}

void ParameterTreeModel::appendDefinedOnly(const ParameterNode *parent, const QStringList &present,
                                           ParameterTree::NodeList &nodes) const
{
    if (!m_showDefinedOnly || m_definitions.isEmpty())
        return;
    const acs::ParameterCache *c = cache();
    const acs::ParameterCache empty;
    const QSet<QString> have(present.cbegin(), present.cend());
    const QStringList missing = m_definitions.definedChildrenMissing(parent->path, c ? *c : empty);
    for (const QString &path : missing) {
        if (have.contains(path))
            continue;
        auto node = ParameterTree::makeNode(path, false);
        node->definedOnly = true;
        nodes.push_back(std::move(node));
    }
}

void ParameterTreeModel::clearDefinedOnly(const QSet<QString> &changed)
{
    // A node shown from the definition becomes a real one when the device reports it or
    // anything below it.
    QSet<QString> seen;
    for (const QString &path : changed) {
        for (QString p = path; !p.isEmpty() && !seen.contains(p); p = ParameterNode::parentPath(p)) {
            seen.insert(p);
            ParameterNode *node = m_tree.find(p);
            if (node && node->definedOnly) {
                node->definedOnly = false;
                emitRowChanged(node);
            }
        }
    }
}

void ParameterTreeModel::resetTree()
{
    const ChangeGuard guard(m_changing);
    beginResetModel();
    const acs::ParameterCache *c = cache();
    const acs::ParameterCache empty;
    if (m_filter.isEmpty())
        m_tree.buildLazy(c ? *c : empty);
    else
        m_tree.buildFiltered(c ? *c : empty, m_filter);
    m_cacheSize = c ? c->size() : 0;
    endResetModel();
}

QModelIndex ParameterTreeModel::indexForPath(const QString &path)
{
    if (!m_tree.find(path)) {
        QStringList ancestors;
        for (QString a = ParameterNode::parentPath(path); !a.isEmpty(); a = ParameterNode::parentPath(a))
            ancestors.prepend(a);
        for (const QString &a : std::as_const(ancestors)) {
            ParameterNode *node = m_tree.find(a);
            if (!node)
                return {};
            const QModelIndex index = indexOf(node);
            if (canFetchMore(index))
                fetchMore(index);
        }
    }
    return indexOf(m_tree.find(path));
}

QString ParameterTreeModel::pathAt(const QModelIndex &index) const
{
    return index.isValid() ? nodeAt(index)->path : QString();
}

QString ParameterTreeModel::rootObject() const
{
    const acs::ParameterCache *c = cache();
    if (!c)
        return QString();
    const QStringList top = c->children(QString());
    return top.size() == 1 && top.constFirst().endsWith(QLatin1Char('.')) ? top.constFirst() : QString();
}

// --- QAbstractItemModel -----------------------------------------------------------------

ParameterNode *ParameterTreeModel::nodeAt(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<ParameterNode *>(index.internalPointer()) : m_tree.root();
}

QModelIndex ParameterTreeModel::indexOf(const ParameterNode *node, int column) const
{
    if (!node || node == m_tree.root())
        return {};
    return createIndex(node->row, column, const_cast<ParameterNode *>(node));
}

QModelIndex ParameterTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || parent.column() > 0)
        return {};
    const ParameterNode *p = nodeAt(parent);
    if (row >= int(p->children.size()))
        return {};
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex ParameterTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(nodeAt(child)->parent);
}

int ParameterTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeAt(parent)->children.size());
}

int ParameterTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool ParameterTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return false;
    const ParameterNode *node = nodeAt(parent);
    if (!node->children.empty())
        return true;
    return node->isObject && node != m_tree.root() && (!node->fetched || m_loadingPaths.contains(node->path));
}

bool ParameterTreeModel::canFetchMore(const QModelIndex &parent) const
{
    if (!parent.isValid() || parent.column() > 0)
        return false;
    const ParameterNode *node = nodeAt(parent);
    return node->isObject && !node->fetched;
}

void ParameterTreeModel::fetchMore(const QModelIndex &parent)
{
    // A fetch from inside our own change notifications (an observer reacting to
    // rowsInserted) would nest one structural change in another; the branch simply stays
    // fetchable until it is asked for again.
    if (!canFetchMore(parent) || m_changing > 0)
        return;
    ParameterNode *node = nodeAt(parent);
    node->fetched = true;
    const acs::ParameterCache *c = cache();
    const QStringList names = c ? c->children(node->path) : QStringList();
    ParameterTree::NodeList nodes;
    if (names.isEmpty() && !node->definedOnly) {
        // The branch was never read: ask the device for the next level (A.3.2.2).
        startLiveLoad(node);
        return;
    }
    nodes.reserve(size_t(names.size()));
    for (const QString &name : names)
        nodes.push_back(ParameterTree::makeNode(name, false));
    appendDefinedOnly(node, names, nodes);
    if (!nodes.empty())
        insertChildren(node, std::move(nodes));
}

const acs::CachedParameter *ParameterTreeModel::cached(const ParameterNode *node) const
{
    const acs::ParameterCache *c = cache();
    return c ? c->find(node->path) : nullptr;
}

bool ParameterTreeModel::isEditable(const ParameterNode *node) const
{
    if (node->isObject || node->definedOnly || m_edits.isApplying())
        return false;
    const acs::CachedParameter *p = cached(node);
    // A parameter known only by name (GetParameterNames) has no type yet to edit it with.
    return p && p->writable.value_or(false) && (p->type != cwmp::ValueType::Unspecified || p->readAtMs > 0);
}

QVariant ParameterTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const ParameterNode *node = nodeAt(index);
    const acs::CachedParameter *p = cached(node);
    const PendingChange *pending = node->isObject ? nullptr : m_edits.pending(node->path);
    const ParameterFault *fault = node->isObject ? nullptr : m_edits.fault(node->path);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return node->name;
        case ValueColumn:
            if (node->isObject)
                return m_loadingPaths.contains(node->path) ? tr("loading…") : QString();
            if (pending)
                return tr("%1 (was %2)").arg(pending->newValue, pending->oldValue);
            return p ? p->value : QString();
        case TypeColumn:
            if (node->isObject)
                return tr("object");
            if (node->definedOnly) {
                const datamodel::Definition *d = m_definitions.find(node->path);
                return d ? d->syntax.typeName() : QString();
            }
            return p && p->type != cwmp::ValueType::Unspecified ? cwmp::xsdName(p->type) : QString();
        case WritableColumn:
            return p && p->writable ? (*p->writable ? tr("yes") : tr("no")) : QString();
        case NotificationColumn:
            return p && p->notification ? notificationName(*p->notification) : QString();
        case LastReadColumn:
            if (node->isObject || node->definedOnly)
                return QString();
            return RelativeTime::format(p ? p->readAtMs : 0, QDateTime::currentMSecsSinceEpoch());
        }
        return {};
    case Qt::EditRole:
        if (index.column() == ValueColumn && !node->isObject)
            return pending ? pending->newValue : p ? p->value : QString();
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        if (node->definedOnly)
            return tr("%1\ndefined in %2, not present on the device").arg(node->path, m_definitions.modelName());
        if (fault)
            return tr("%1\nThe device rejected this value: %2").arg(node->path, ParameterFaults::describe(*fault));
        if (pending)
            return tr("%1\nPending: %2 (was %3)").arg(node->path, pending->newValue, pending->oldValue);
        if (index.column() == LastReadColumn && p && p->readAtMs > 0)
            return QDateTime::fromMSecsSinceEpoch(p->readAtMs).toString(Qt::ISODate);
        return node->path;
    case PathRole:
        return node->path;
    case IsObjectRole:
        return node->isObject;
    case ValueTypeRole:
        return int(p ? p->type : cwmp::ValueType::Unspecified);
    case LoadingRole:
        return node->isObject && m_loadingPaths.contains(node->path);
    case PendingRole:
        return pending != nullptr;
    case OldValueRole:
        return pending ? pending->oldValue : p ? p->value : QString();
    case FaultRole:
        return fault ? ParameterFaults::describe(*fault) : QString();
    case EditableRole:
        return isEditable(node);
    case ReadAtRole:
        return p ? p->readAtMs : qint64(0);
    case DefinedOnlyRole:
        return node->definedOnly;
    }
    return {};
}

bool ParameterTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.column() != ValueColumn)
        return false;
    const ParameterNode *node = nodeAt(index);
    if (!isEditable(node))
        return false;
    // ParameterEdits checks the value against the definition too (its validator).
    return m_edits.setValue(node->path, value.toString(), &m_lastEditError);
}

Qt::ItemFlags ParameterTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const ParameterNode *node = nodeAt(index);
    if (!node->isObject)
        f |= Qt::ItemNeverHasChildren;
    if (index.column() == ValueColumn && isEditable(node))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ParameterTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case ValueColumn: return tr("Value");
    case TypeColumn: return tr("Type");
    case WritableColumn: return tr("Writable");
    case NotificationColumn: return tr("Notification");
    case LastReadColumn: return tr("Last read");
    }
    return {};
}

void ParameterTreeModel::emitRowChanged(const ParameterNode *node)
{
    if (node && node != m_tree.root())
        Q_EMIT dataChanged(indexOf(node, 0), indexOf(node, ColumnCount - 1));
}

void ParameterTreeModel::emitRowChanged(const QString &path)
{
    emitRowChanged(m_tree.find(path));
}

// --- live reads -------------------------------------------------------------------------

void ParameterTreeModel::startLiveLoad(ParameterNode *node)
{
    if (!m_dispatcher || m_device.isEmpty())
        return;
    QString why;
    const qint64 id = m_dispatcher->submit(m_device, QStringLiteral("getParameterNames"),
                                           {{QStringLiteral("parameterPath"), node->path}, {QStringLiteral("nextLevel"), true}},
                                           &why);
    if (id == 0) {
        Q_EMIT loadFailed(node->path, why);
        return;
    }
    const bool wasLoading = isLoading();
    m_loadTasks.insert(id, node->path);
    m_loadingPaths.insert(node->path);
    emitRowChanged(node);
    if (!wasLoading)
        Q_EMIT loadingChanged(true);
}

void ParameterTreeModel::finishLoad(const QString &path)
{
    for (const QString &p : std::as_const(m_loadTasks)) {
        if (p == path)
            return; // another read of the same branch is still under way
    }
    if (!m_loadingPaths.remove(path))
        return;
    emitRowChanged(path);
    if (m_loadingPaths.isEmpty())
        Q_EMIT loadingChanged(false);
}

void ParameterTreeModel::onTaskFinished(const acs::Task &task)
{
    const auto it = m_loadTasks.find(task.id);
    if (it == m_loadTasks.end() || task.deviceId != m_device)
        return;
    const QString path = it.value();
    m_loadTasks.erase(it);
    if (task.kind == u"getParameterNames" && task.state == acs::TaskState::Done && m_dispatcher) {
        // The names came with their writability only; read the values of the parameters
        // on this level, so that the rows are complete when the spinner stops.
        QJsonArray names;
        const acs::ParameterCache *c = cache();
        const QJsonArray listed = task.result.value(QStringLiteral("parameterNames")).toArray();
        for (const QJsonValue &v : listed) {
            const QString name = v.toArray().at(0).toString();
            const acs::CachedParameter *p = c ? c->find(name) : nullptr;
            if (!name.isEmpty() && !name.endsWith(QLatin1Char('.')) && (!p || p->readAtMs == 0))
                names.append(name);
        }
        if (!names.isEmpty()) {
            const qint64 id = m_dispatcher->submit(m_device, QStringLiteral("getParameterValues"),
                                                   {{QStringLiteral("parameterNames"), names}});
            if (id != 0) {
                m_loadTasks.insert(id, path);
                return;
            }
        }
    }
    if (task.state != acs::TaskState::Done)
        Q_EMIT loadFailed(path, TaskDispatcher::describe(task));
    finishLoad(path);
}

// --- incremental updates ----------------------------------------------------------------

void ParameterTreeModel::onParametersUpdated(const QString &deviceId, const QSet<QString> &changed,
                                             const QStringList &removed)
{
    if (deviceId != m_device)
        return;
    const acs::ParameterCache *c = cache();
    if (!c)
        return;
    if (!removed.isEmpty())
        m_edits.forget(removed);
    // A bootstrap replaces the whole cache: rebuilding is cheaper than removing every row.
    if (!removed.isEmpty() && removed.size() >= m_cacheSize) {
        resetTree();
        return;
    }
    if (!removed.isEmpty())
        applyRemovals(*c, removed);
    if (!changed.isEmpty() && m_showDefinedOnly)
        clearDefinedOnly(changed);
    if (!changed.isEmpty())
        applyChanges(changed);
    m_cacheSize = c->size();
}

void ParameterTreeModel::applyRemovals(const acs::ParameterCache &cache, const QStringList &removed)
{
    QSet<ParameterNode *> doomed;
    QSet<QString> checked;
    for (const QString &path : removed) {
        if (ParameterNode *node = m_tree.find(path); node && node != m_tree.root())
            doomed.insert(node);
        // An object known only through its children goes with the last of them.
        for (QString a = ParameterNode::parentPath(path); !a.isEmpty() && !checked.contains(a); a = ParameterNode::parentPath(a)) {
            checked.insert(a);
            if (hasEntriesUnder(cache, a))
                break;
            if (ParameterNode *node = m_tree.find(a))
                doomed.insert(node);
        }
    }
    QList<ParameterNode *> top;
    for (ParameterNode *node : std::as_const(doomed)) {
        bool covered = false;
        for (ParameterNode *p = node->parent; p && !covered; p = p->parent)
            covered = doomed.contains(p);
        if (!covered)
            top.append(node);
    }
    removeNodes(top);
}

void ParameterTreeModel::removeNodes(const QList<ParameterNode *> &nodes)
{
    QHash<ParameterNode *, QList<int>> rowsByParent;
    for (ParameterNode *node : nodes)
        rowsByParent[node->parent].append(node->row);
    for (auto it = rowsByParent.begin(); it != rowsByParent.end(); ++it) {
        ParameterNode *parent = it.key();
        QList<int> &rows = it.value();
        std::sort(rows.begin(), rows.end(), std::greater<int>());
        const QModelIndex parentIndex = indexOf(parent);
        // Contiguous runs from the bottom up, so that the rows above stay valid.
        qsizetype i = 0;
        while (i < rows.size()) {
            const int last = rows.at(i);
            int first = last;
            while (i + 1 < rows.size() && rows.at(i + 1) == first - 1)
                first = rows.at(++i);
            ++i;
            const ChangeGuard guard(m_changing);
            beginRemoveRows(parentIndex, first, last);
            m_tree.detach(parent, first, last);
            endRemoveRows();
        }
    }
}

void ParameterTreeModel::applyChanges(const QSet<QString> &changed)
{
    const bool filtered = !m_filter.isEmpty();
    QHash<ParameterNode *, QPair<int, int>> touched; // parent -> first and last changed row
    QHash<ParameterNode *, QStringList> additions;   // loaded parent -> new direct children
    QSet<QString> added;
    QHash<QString, QStringList> below; // filtered: new child object -> matches inside it
    for (const QString &path : changed) {
        if (ParameterNode *node = m_tree.find(path)) {
            if (node == m_tree.root())
                continue;
            auto t = touched.find(node->parent);
            if (t == touched.end())
                touched.insert(node->parent, {node->row, node->row});
            else
                *t = {qMin(t->first, node->row), qMax(t->second, node->row)};
            continue;
        }
        if (filtered && !m_filter.matches(path))
            continue;
        // The nearest shown ancestor decides: only a loaded one gets the new child.
        QString child;
        ParameterNode *shown = m_tree.nearestAncestor(path, &child);
        if (!shown->fetched)
            continue;
        if (!added.contains(child)) {
            added.insert(child);
            additions[shown].append(child);
        }
        if (filtered && child != path)
            below[child].append(path);
    }
    for (auto it = touched.cbegin(); it != touched.cend(); ++it) {
        const QModelIndex parentIndex = indexOf(it.key());
        Q_EMIT dataChanged(index(it->first, 0, parentIndex), index(it->second, ColumnCount - 1, parentIndex));
    }
    for (auto it = additions.begin(); it != additions.end(); ++it) {
        ParameterTree::NodeList nodes;
        nodes.reserve(size_t(it->size()));
        for (const QString &childPath : std::as_const(it.value())) {
            auto node = ParameterTree::makeNode(childPath, filtered);
            if (filtered) {
                // The filtered tree is complete: build the matches below the new object now.
                m_tree.registerSubtree(node.get());
                for (const QString &path : below.value(childPath))
                    m_tree.ensurePath(path);
                ParameterTree::sortSubtree(node.get());
            }
            nodes.push_back(std::move(node));
        }
        insertChildren(it.key(), std::move(nodes));
    }
}

void ParameterTreeModel::insertChildren(ParameterNode *parent, ParameterTree::NodeList nodes)
{
    std::sort(nodes.begin(), nodes.end(), nodeLess);
    const auto &kids = parent->children;
    const QModelIndex parentIndex = indexOf(parent);
    size_t pos = 0;
    size_t i = 0;
    while (i < nodes.size()) {
        pos = size_t(std::lower_bound(kids.begin() + qsizetype(pos), kids.end(), nodes[i], nodeLess) - kids.begin());
        // The run of new nodes that all land before the same existing sibling.
        size_t j = i + 1;
        while (j < nodes.size() && (pos == kids.size() || nodeLess(nodes[j], kids[pos])))
            ++j;
        const ChangeGuard guard(m_changing);
        beginInsertRows(parentIndex, int(pos), int(pos + (j - i) - 1));
        m_tree.attach(parent, pos, nodes.begin() + qsizetype(i), nodes.begin() + qsizetype(j));
        endInsertRows();
        pos += j - i;
        i = j;
    }
}

} // namespace models
