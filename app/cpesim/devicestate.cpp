#include "devicestate.h"

#include "valuegenerator.h"
#include "valuetemplate.h"

#include <cwmp/parameterpath.h>

#include <algorithm>

namespace cpesim {

DeviceState::DeviceState(std::shared_ptr<const Profile> profile, QHash<QString, QString> variables,
                         quint64 seed)
    : m_profile(std::move(profile)), m_variables(m_profile->variables()), m_seed(seed),
      m_now(QDateTime::fromSecsSinceEpoch(1'735'689'600, Qt::UTC)), m_bootTime(m_now)
{
    for (auto it = variables.cbegin(); it != variables.cend(); ++it)
        m_variables.insert(it.key(), it.value());
}

NodeRef DeviceState::root() const
{
    NodeRef node;
    node.kind = NodeRef::Object;
    node.object = m_profile->rootObject();
    node.path = rootPath();
    return node;
}

QList<quint32> DeviceState::instancesAt(const QString &tablePath, int tableObject, bool inAdded) const
{
    if (const auto it = m_instances.constFind(tablePath); it != m_instances.constEnd())
        return *it;
    // Rows the ACS adds start with empty sub-tables; factory rows come from the profile.
    if (inAdded)
        return {};
    return m_profile->defaultInstances(tablePath, tableObject);
}

QList<quint32> DeviceState::instances(const NodeRef &table) const
{
    return instancesAt(table.path, table.object, table.inAdded);
}

NodeRef DeviceState::childNode(const NodeRef &parent, int code) const
{
    NodeRef node;
    node.instances = parent.instances;
    node.inAdded = parent.inAdded;
    if (code >= 0) {
        node.kind = NodeRef::Parameter;
        node.param = code;
        node.object = parent.object;
        node.path = parent.path + m_profile->parameter(code).name;
        return node;
    }
    node.object = -code - 1;
    const ObjectTemplate &object = m_profile->object(node.object);
    node.kind = object.isTable ? NodeRef::Table : NodeRef::Object;
    node.path = parent.path + object.name + u'.';
    return node;
}

NodeRef DeviceState::instanceNode(const NodeRef &table, quint32 number) const
{
    NodeRef node = table;
    node.kind = NodeRef::Instance;
    node.path = table.path + QString::number(number) + u'.';
    node.instances.append(number);
    if (!node.inAdded)
        node.inAdded = !m_profile->defaultInstances(table.path, table.object).contains(number);
    return node;
}

void DeviceState::resolveInto(const NodeRef &at, const QList<QStringView> &segments, qsizetype index,
                              bool allowWildcards, QList<NodeRef> *out) const
{
    if (index == segments.size()) {
        out->append(at);
        return;
    }
    const QStringView segment = segments[index];
    if (at.kind == NodeRef::Table) {
        const QList<quint32> rows = instances(at);
        if (allowWildcards && segment == u"*") {
            for (quint32 n : rows)
                resolveInto(instanceNode(at, n), segments, index + 1, allowWildcards, out);
            return;
        }
        const auto number = cwmp::ParameterPath::instanceNumber(segment);
        if (number && rows.contains(*number))
            resolveInto(instanceNode(at, *number), segments, index + 1, allowWildcards, out);
        return;
    }
    if (at.kind == NodeRef::Parameter)
        return;
    const auto &byName = m_profile->object(at.object).childByName;
    const auto it = byName.constFind(segment.toString());
    if (it == byName.constEnd())
        return;
    resolveInto(childNode(at, *it), segments, index + 1, allowWildcards, out);
}

NodeRef DeviceState::resolve(QStringView path) const
{
    const QList<NodeRef> found = [&] {
        QList<NodeRef> out;
        if (path.isEmpty() || path.size() > cwmp::ParameterPath::kMaxLength)
            return out;
        const bool partial = cwmp::ParameterPath::isPartialPath(path);
        QList<QStringView> segments = path.split(u'.');
        if (partial)
            segments.removeLast();
        if (segments.isEmpty() || segments.front() != m_profile->rootName())
            return out;
        resolveInto(root(), segments, 1, false, &out);
        // A partial path names an object; a name without the dot names a parameter.
        if (!out.isEmpty() && out.front().isObjectLike() != partial)
            out.clear();
        return out;
    }();
    return found.isEmpty() ? NodeRef() : found.front();
}

QList<NodeRef> DeviceState::resolveWildcards(QStringView path) const
{
    QList<NodeRef> out;
    if (path.isEmpty() || path.size() > cwmp::ParameterPath::kMaxLength)
        return out;
    const bool partial = cwmp::ParameterPath::isPartialPath(path);
    QList<QStringView> segments = path.split(u'.');
    if (partial)
        segments.removeLast();
    if (segments.isEmpty() || segments.front() != m_profile->rootName())
        return out;
    resolveInto(root(), segments, 1, true, &out);
    out.removeIf([partial](const NodeRef &node) { return node.isObjectLike() != partial; });
    return out;
}

QList<NodeRef> DeviceState::children(const NodeRef &node) const
{
    QList<NodeRef> out;
    if (node.kind == NodeRef::Table) {
        for (quint32 n : instances(node))
            out.append(instanceNode(node, n));
        return out;
    }
    if (!node.isObjectLike())
        return out;
    const ObjectTemplate &object = m_profile->object(node.object);
    for (int p : object.params)
        out.append(childNode(node, p));
    for (int o : object.childObjects)
        out.append(childNode(node, -o - 1));
    return out;
}

bool DeviceState::walk(const NodeRef &node, bool objects,
                       const std::function<bool(const NodeRef &)> &visit) const
{
    if (node.kind == NodeRef::Parameter)
        return visit(node);
    if (objects && !visit(node))
        return false;
    if (node.kind == NodeRef::Table) {
        for (quint32 n : instances(node)) {
            if (!walk(instanceNode(node, n), objects, visit))
                return false;
        }
        return true;
    }
    const ObjectTemplate &object = m_profile->object(node.object);
    for (int p : object.params) {
        if (!visit(childNode(node, p)))
            return false;
    }
    for (int o : object.childObjects) {
        if (!walk(childNode(node, -o - 1), objects, visit))
            return false;
    }
    return true;
}

QString DeviceState::value(const NodeRef &parameter) const
{
    if (const auto it = m_values.constFind(parameter.path); it != m_values.constEnd())
        return *it;
    const ParameterMeta &meta = m_profile->parameter(parameter.param);
    if (meta.countsTable >= 0) {
        // TR-106: <Table>NumberOfEntries always equals the number of rows.
        const ObjectTemplate &table = m_profile->object(meta.countsTable);
        const QString tablePath = cwmp::ParameterPath::parentPath(parameter.path).toString()
                                  + table.name + u'.';
        return QString::number(instancesAt(tablePath, meta.countsTable, parameter.inAdded).size());
    }
    if (!parameter.inAdded) {
        if (auto fixed = m_profile->valueOverride(parameter.path))
            return meta.isTemplate || fixed->contains(u'{')
                       ? ValueTemplate::expand(*fixed, parameter.instances, m_variables)
                       : *fixed;
    }
    if (meta.generator != Generator::None)
        return ValueGenerator::generate(meta, m_now, m_bootTime,
                                        ValueGenerator::mixSeed(m_seed, parameter.path));
    if (meta.isTemplate)
        return ValueTemplate::expand(meta.defaultValue, parameter.instances, m_variables);
    return meta.defaultValue;
}

std::optional<QString> DeviceState::value(QStringView path) const
{
    const NodeRef node = resolve(path);
    if (node.kind != NodeRef::Parameter)
        return std::nullopt;
    return value(node);
}

void DeviceState::setValue(const NodeRef &parameter, const QString &value)
{
    m_values.insert(parameter.path, value);
}

bool DeviceState::setValue(QStringView path, const QString &value)
{
    const NodeRef node = resolve(path);
    if (node.kind != NodeRef::Parameter)
        return false;
    setValue(node, value);
    return true;
}

std::optional<quint32> DeviceState::addInstance(const NodeRef &table)
{
    QList<quint32> rows = instances(table);
    const ObjectTemplate &object = m_profile->object(table.object);
    if (object.maxEntries > 0 && quint32(rows.size()) >= object.maxEntries)
        return std::nullopt;
    // TR-069 A.3.2.6: instance numbers grow and are not reused soon; the counter starts
    // above every factory row and only moves up (it wraps, skipping rows in use).
    quint32 next = m_nextInstance.value(table.path, 0);
    if (next == 0) {
        next = 1;
        for (quint32 n : instancesAt(table.path, table.object, table.inAdded))
            next = std::max(next, n + 1);
        for (quint32 n : rows)
            next = std::max(next, n + 1);
    }
    while (rows.contains(next) || next == 0)
        ++next;
    rows.append(next);
    m_instances.insert(table.path, rows);
    m_nextInstance.insert(table.path, next + 1);
    return next;
}

void DeviceState::deleteInstance(const NodeRef &instance)
{
    const QString tablePath = cwmp::ParameterPath::parentPath(instance.path).toString();
    NodeRef table = instance;
    table.kind = NodeRef::Table;
    table.path = tablePath;
    table.instances.removeLast();
    table.inAdded = false;
    // The table's own inAdded flag: it is below an added row iff its parent row was.
    {
        const NodeRef resolved = resolve(tablePath);
        if (resolved.isValid())
            table = resolved;
    }
    QList<quint32> rows = instances(table);
    rows.removeAll(instance.instances.back());
    if (!m_nextInstance.contains(tablePath)) {
        quint32 next = 1;
        for (quint32 n : instances(table))
            next = std::max(next, n + 1);
        m_nextInstance.insert(tablePath, next);
    }
    m_instances.insert(tablePath, rows);
    purgeBelow(instance.path);
}

void DeviceState::purgeBelow(const QString &path)
{
    const auto below = [&path](const QString &key) { return key.startsWith(path); };
    m_values.removeIf([&](const auto &it) { return below(it.key()); });
    m_instances.removeIf([&](const auto &it) { return below(it.key()); });
    m_nextInstance.removeIf([&](const auto &it) { return below(it.key()); });
    m_attributes.removeIf([&](const auto &it) { return below(it.key()); });
}

int DeviceState::notification(const NodeRef &parameter) const
{
    const ParameterMeta &meta = m_profile->parameter(parameter.param);
    if (meta.activeNotify == ActiveNotify::ForceEnabled)
        return 2;
    if (const auto it = m_attributes.constFind(parameter.path); it != m_attributes.constEnd())
        return it->notification;
    if (meta.activeNotify == ActiveNotify::ForceDefaultEnabled)
        return 2;
    return meta.defaultNotification;
}

QStringList DeviceState::accessList(const NodeRef &parameter) const
{
    return m_attributes.value(parameter.path).accessList;
}

void DeviceState::setAttributes(const QString &path, const ParameterAttributes &attributes)
{
    m_attributes.insert(path, attributes);
}

QList<NodeRef> DeviceState::notifyingParameters() const
{
    QList<NodeRef> out;
    QSet<QString> seen;
    const auto consider = [&](const NodeRef &node) {
        if (node.kind == NodeRef::Parameter && !seen.contains(node.path) && notification(node) != 0) {
            seen.insert(node.path);
            out.append(node);
        }
    };
    for (auto it = m_attributes.cbegin(); it != m_attributes.cend(); ++it) {
        if (it->notification != 0)
            consider(resolve(it.key()));
    }
    for (int p : m_profile->notifyingParameters()) {
        // Expand the template over the device's current rows.
        QString wildcard = m_profile->parameter(p).pattern;
        wildcard.replace(QStringLiteral("{i}"), QStringLiteral("*"));
        for (const NodeRef &node : resolveWildcards(wildcard))
            consider(node);
    }
    return out;
}

void DeviceState::factoryReset()
{
    m_values.clear();
    m_instances.clear();
    m_nextInstance.clear();
    m_attributes.clear();
    m_values.squeeze();
    m_instances.squeeze();
    m_nextInstance.squeeze();
    m_attributes.squeeze();
}

qsizetype DeviceState::overlaySize() const
{
    return m_values.size() + m_instances.size() + m_nextInstance.size() + m_attributes.size();
}

void DeviceState::restoreOverlay(QHash<QString, QString> values, QHash<QString, QList<quint32>> instances,
                                 QHash<QString, quint32> nextInstance,
                                 QHash<QString, ParameterAttributes> attributes)
{
    m_values = std::move(values);
    m_instances = std::move(instances);
    m_nextInstance = std::move(nextInstance);
    m_attributes = std::move(attributes);
}

} // namespace cpesim
