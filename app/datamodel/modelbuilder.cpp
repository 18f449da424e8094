#include "modelbuilder.h"

#include <QCoreApplication>

namespace datamodel::Internal {

namespace {

// The translation context of the texts below (lupdate reads it from the macro too).
struct TrText {
    Q_DECLARE_TR_FUNCTIONS(datamodel::Importer)
};

// "2.10" > "2.9": versions compare number by number.
bool versionLess(const QString &a, const QString &b)
{
    const QList<QStringView> x = QStringView(a).split(u'.');
    const QList<QStringView> y = QStringView(b).split(u'.');
    for (qsizetype i = 0; i < std::max(x.size(), y.size()); ++i) {
        const int p = i < x.size() ? x[i].toInt() : 0;
        const int q = i < y.size() ? y[i].toInt() : 0;
        if (p != q)
            return p < q;
    }
    return false;
}

// A component reference's version is a floor for what it brings in (tr-106-types.xml:
// "the version will be clamped to the version supplied on … the component reference").
QString effectiveVersion(const QString &own, const QString &inherited, const QString &floor)
{
    const QString v = own.isEmpty() ? inherited : own;
    if (!floor.isEmpty() && (v.isEmpty() || versionLess(v, floor)))
        return floor;
    return v;
}

qint64 entries(const QString &text, qint64 fallback)
{
    if (text == u"unbounded")
        return -1;
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    return ok && v >= 0 ? v : fallback;
}

// <description action="append|prefix|replace">; a new item just takes the text.
void applyDescription(const XmlNode &node, QString *raw)
{
    const XmlNode *d = node.child(u"description");
    if (!d)
        return;
    const QString action = d->attribute(u"action");
    if (action == u"append" && !raw->isEmpty())
        *raw += QLatin1String("\n\n") + d->text;
    else if (action == u"prefix" && !raw->isEmpty())
        *raw = d->text + QLatin1String("\n\n") + *raw;
    else
        *raw = d->text;
}

int append(ModelBuilder::Flat *flat, Definition def)
{
    const int at = flat->definitions.size();
    flat->index.insert(def.path, at);
    flat->definitions.append(std::move(def));
    flat->rawDescriptions.append(QString());
    return at;
}

} // namespace

ModelBuilder::ModelBuilder(TypeResolver &types, int maxComponentDepth)
    : m_types(types)
    , m_maxDepth(maxComponentDepth)
{
}

bool ModelBuilder::build(const Symbol &model, Flat *out, ImportError *error)
{
    if (const auto done = m_models.constFind(model.node); done != m_models.cend()) {
        *out = *done;
        return true;
    }
    const Document &doc = *model.document;
    const XmlNode &node = *model.node;
    if (m_building.contains(model.node)) {
        *error = {doc.fileName, node.line, TrText::tr("the model '%1' derives from itself").arg(node.attribute(u"name"))};
        return false;
    }
    Flat flat;
    if (node.hasAttribute(u"base")) {
        const QString base = node.attribute(u"base");
        const auto it = doc.models.constFind(base);
        if (it == doc.models.cend()) {
            *error = {doc.fileName, node.line, TrText::tr("unknown base model '%1'").arg(base)};
            return false;
        }
        m_building.insert(model.node);
        const bool ok = build(*it, &flat, error);
        m_building.remove(model.node);
        if (!ok)
            return false;
    }
    m_building.insert(model.node);
    const bool ok = walk(node, {&doc, QString(), QString(), QString(), 0}, &flat, error);
    m_building.remove(model.node);
    if (!ok)
        return false;
    m_models.insert(model.node, flat);
    *out = std::move(flat);
    return true;
}

bool ModelBuilder::walk(const XmlNode &parent, const Scope &scope, Flat *flat, ImportError *error)
{
    for (const XmlNode &child : parent.children) {
        bool ok = true;
        if (child.name == u"object") {
            ok = object(child, scope, flat, error);
        } else if (child.name == u"parameter") {
            const auto it = flat->index.constFind(scope.objectPath);
            const QString version = it == flat->index.cend() ? QString() : flat->definitions.at(*it).version;
            ok = parameter(child, scope, scope.objectPath, version, flat, error);
        } else if (child.name == u"component") {
            ok = component(child, scope, flat, error);
        }
        if (!ok)
            return false;
    }
    return true;
}

bool ModelBuilder::object(const XmlNode &node, const Scope &scope, Flat *flat, ImportError *error)
{
    const Document &doc = *scope.document;
    const bool refine = node.hasAttribute(u"base");
    const QString rel = refine ? node.attribute(u"base") : node.attribute(u"name");
    if (rel.isEmpty() || !rel.endsWith(u'.')) {
        *error = {doc.fileName, node.line, TrText::tr("an object needs a name ending in '.'")};
        return false;
    }
    const QString path = scope.prefix + rel;
    int at = flat->index.value(path, -1);
    if (at < 0) {
        if (refine) {
            *error = {doc.fileName, node.line, TrText::tr("the object '%1' to refine is not defined").arg(path)};
            return false;
        }
        Definition def;
        def.kind = Definition::Kind::Object;
        def.path = path;
        Definition probe = def;
        const auto parent = flat->index.constFind(probe.parentPath());
        def.version = effectiveVersion(node.attribute(u"version"),
                                       parent == flat->index.cend() ? QString() : flat->definitions.at(*parent).version,
                                       scope.version);
        at = append(flat, std::move(def));
    } else if (node.hasAttribute(u"version")) {
        flat->definitions[at].version = effectiveVersion(node.attribute(u"version"), QString(), scope.version);
    }
    Definition &def = flat->definitions[at];
    if (node.hasAttribute(u"access"))
        def.access = accessFromName(node.attribute(u"access"));
    if (node.hasAttribute(u"status"))
        def.status = statusFromName(node.attribute(u"status"));
    if (node.hasAttribute(u"minEntries"))
        def.minEntries = entries(node.attribute(u"minEntries"), 1);
    if (node.hasAttribute(u"maxEntries"))
        def.maxEntries = entries(node.attribute(u"maxEntries"), 1);
    if (node.hasAttribute(u"numEntriesParameter"))
        def.numEntriesParameter = node.attribute(u"numEntriesParameter");
    if (node.hasAttribute(u"enableParameter"))
        def.enableParameter = node.attribute(u"enableParameter");
    for (const XmlNode &k : node.children) {
        if (k.name != u"uniqueKey")
            continue;
        UniqueKey key;
        key.functional = k.attribute(u"functional") != u"false";
        for (const XmlNode &p : k.children) {
            if (p.name == u"parameter")
                key.parameters.append(p.attribute(u"ref"));
        }
        if (!def.uniqueKeys.contains(key))
            def.uniqueKeys.append(key);
    }
    applyDescription(node, &flat->rawDescriptions[at]);
    const QString version = def.version;

    Scope inner = scope;
    inner.prefix = path;
    inner.objectPath = path;
    for (const XmlNode &child : node.children) {
        bool ok = true;
        if (child.name == u"parameter")
            ok = parameter(child, scope, path, version, flat, error);
        else if (child.name == u"component")
            ok = component(child, inner, flat, error);
        if (!ok)
            return false;
    }
    return true;
}

bool ModelBuilder::parameter(const XmlNode &node, const Scope &scope, const QString &objectPath,
                             const QString &objectVersion, Flat *flat, ImportError *error)
{
    const Document &doc = *scope.document;
    if (objectPath.isEmpty() || !flat->index.contains(objectPath)) {
        *error = {doc.fileName, node.line,
                  objectPath.isEmpty() ? TrText::tr("a parameter lies outside any object")
                                       : TrText::tr("the object '%1' of this parameter is not defined").arg(objectPath)};
        return false;
    }
    const bool refine = node.hasAttribute(u"base");
    const QString name = refine ? node.attribute(u"base") : node.attribute(u"name");
    if (name.isEmpty() || name.contains(u'.')) {
        *error = {doc.fileName, node.line, TrText::tr("a parameter needs a name without dots")};
        return false;
    }
    const QString path = objectPath + name;
    int at = flat->index.value(path, -1);
    const bool exists = at >= 0;
    if (!exists) {
        if (refine) {
            *error = {doc.fileName, node.line, TrText::tr("the parameter '%1' to refine is not defined").arg(path)};
            return false;
        }
        Definition def;
        def.kind = Definition::Kind::Parameter;
        def.path = path;
        def.version = effectiveVersion(node.attribute(u"version"), objectVersion, scope.version);
        at = append(flat, std::move(def));
    } else if (node.hasAttribute(u"version")) {
        flat->definitions[at].version = effectiveVersion(node.attribute(u"version"), QString(), scope.version);
    }
    Definition &def = flat->definitions[at];
    if (node.hasAttribute(u"access"))
        def.access = accessFromName(node.attribute(u"access"));
    if (node.hasAttribute(u"status"))
        def.status = statusFromName(node.attribute(u"status"));
    if (node.hasAttribute(u"activeNotify"))
        def.activeNotify = node.attribute(u"activeNotify");
    if (node.hasAttribute(u"forcedInform"))
        def.forcedInform = node.attribute(u"forcedInform") == u"true";
    if (node.hasAttribute(u"mandatory"))
        def.mandatory = node.attribute(u"mandatory") == u"true";
    if (const XmlNode *syntax = node.child(u"syntax")) {
        if (!m_types.resolveSyntax(doc, *syntax, &def.syntax, exists, error))
            return false;
    } else if (!exists) {
        *error = {doc.fileName, node.line, TrText::tr("the parameter '%1' has no syntax").arg(path)};
        return false;
    }
    applyDescription(node, &flat->rawDescriptions[at]);
    return true;
}

bool ModelBuilder::component(const XmlNode &ref, const Scope &scope, Flat *flat, ImportError *error)
{
    const Document &doc = *scope.document;
    const QString name = ref.attribute(u"ref");
    const auto it = doc.components.constFind(name);
    if (it == doc.components.cend()) {
        *error = {doc.fileName, ref.line, TrText::tr("unknown component '%1'").arg(name)};
        return false;
    }
    if (m_expanding.contains(it->node) || scope.depth >= m_maxDepth) {
        *error = {doc.fileName, ref.line, TrText::tr("the component '%1' includes itself").arg(name)};
        return false;
    }
    Scope inner;
    inner.document = it->document;
    inner.prefix = scope.prefix + ref.attribute(u"path");
    inner.objectPath = ref.hasAttribute(u"path") ? inner.prefix : scope.objectPath;
    inner.version = ref.hasAttribute(u"version") ? ref.attribute(u"version") : scope.version;
    inner.depth = scope.depth + 1;
    m_expanding.insert(it->node);
    const bool ok = walk(*it->node, inner, flat, error);
    m_expanding.remove(it->node);
    return ok;
}

} // namespace datamodel::Internal
