#include "typeresolver.h"

#include <QCoreApplication>

namespace datamodel::Internal {

namespace {

// The translation context of the texts below (lupdate reads it from the macro too).
struct TrText {
    Q_DECLARE_TR_FUNCTIONS(datamodel::Importer)
};

qint64 toCount(const QString &text)
{
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    return ok && v >= 0 ? v : -1;
}

cwmp::ValueType typeOf(QStringView element)
{
    if (element == u"string" || element == u"any")
        return cwmp::ValueType::String;
    if (element == u"integer")
        return cwmp::ValueType::Long;
    return cwmp::valueTypeFromXsdName(element);
}

SizeLimit sizeOf(const XmlNode &n)
{
    return {toCount(n.attribute(u"minLength")), toCount(n.attribute(u"maxLength"))};
}

// Facets written directly inside `typeNode`; each kind present replaces the inherited one.
void applyFacets(const XmlNode &typeNode, Syntax *s, bool addEnumerations, const QString &source)
{
    QList<SizeLimit> sizes;
    QList<Range> ranges;
    QList<EnumValue> enums;
    QStringList patterns;
    bool patternsSeen = false;
    for (const XmlNode &f : typeNode.children) {
        if (f.name == u"size") {
            sizes.append(sizeOf(f));
        } else if (f.name == u"range") {
            ranges.append({f.attribute(u"minInclusive"), f.attribute(u"maxInclusive"), f.attribute(u"step")});
        } else if (f.name == u"enumeration") {
            enums.append({f.attribute(u"value"), f.attribute(u"access") == u"readOnly",
                          f.attribute(u"optional") == u"true", statusFromName(f.attribute(u"status"))});
        } else if (f.name == u"pattern") {
            patternsSeen = true;
            patterns.append(f.attribute(u"value"));
        } else if (f.name == u"units") {
            s->units = f.attribute(u"value");
        } else if (f.name == u"pathRef" || f.name == u"instanceRef") {
            Reference r;
            r.kind = f.name == u"pathRef" ? Reference::Kind::Path : Reference::Kind::Instance;
            r.refType = f.attribute(u"refType");
            r.targetType = f.attribute(u"targetType");
            r.targetParents = f.attribute(u"targetParent").split(u' ', Qt::SkipEmptyParts);
            s->reference = r;
        } else if (f.name == u"enumerationRef") {
            Reference r;
            r.kind = Reference::Kind::Enumeration;
            r.targetParam = f.attribute(u"targetParam");
            s->reference = r;
        }
    }
    if (!sizes.isEmpty())
        s->sizes = sizes;
    if (!ranges.isEmpty())
        s->ranges = ranges;
    if (!enums.isEmpty()) {
        if (!addEnumerations) {
            s->enumerations = enums;
        } else {
            for (const EnumValue &e : std::as_const(enums)) {
                auto it = std::find_if(s->enumerations.begin(), s->enumerations.end(),
                                       [&e](const EnumValue &o) { return o.value == e.value; });
                if (it == s->enumerations.end())
                    s->enumerations.append(e);
                else
                    *it = e;
            }
        }
    }
    if (patternsSeen) {
        s->patterns = patterns;
        s->patternSource = source;
    }
}

void applyList(const XmlNode &list, Syntax *s)
{
    s->isList = true;
    s->minItems = toCount(list.attribute(u"minItems"));
    s->maxItems = toCount(list.attribute(u"maxItems"));
    s->listSizes.clear();
    for (const XmlNode &f : list.children) {
        if (f.name == u"size")
            s->listSizes.append(sizeOf(f));
    }
}

} // namespace

bool TypeResolver::isBuiltin(QStringView e)
{
    return e == u"string" || e == u"unsignedInt" || e == u"int" || e == u"unsignedLong"
           || e == u"long" || e == u"boolean" || e == u"dateTime" || e == u"base64"
           || e == u"hexBinary" || e == u"decimal" || e == u"integer" || e == u"any";
}

bool TypeResolver::resolveNamed(const Document &doc, const QString &name, qint64 line,
                                Syntax *syntax, ImportError *error)
{
    const auto it = doc.dataTypes.constFind(name);
    if (it == doc.dataTypes.cend()) {
        *error = {doc.fileName, line, TrText::tr("unknown data type '%1'").arg(name)};
        return false;
    }
    return resolveNode(*it, syntax, error);
}

bool TypeResolver::resolveNode(const Symbol &symbol, Syntax *syntax, ImportError *error)
{
    const XmlNode *node = symbol.node;
    if (const auto done = m_memo.constFind(node); done != m_memo.cend()) {
        *syntax = *done;
        return true;
    }
    const Document &doc = *symbol.document;
    const QString name = node->attribute(u"name");
    if (m_resolving.contains(node) || m_resolving.size() > 64) {
        *error = {doc.fileName, node->line, TrText::tr("the data type '%1' derives from itself").arg(name)};
        return false;
    }
    m_resolving.insert(node);
    Syntax s;
    bool ok = true;
    if (node->hasAttribute(u"base")) {
        ok = resolveNamed(doc, node->attribute(u"base"), node->line, &s, error);
        if (ok) {
            applyFacets(*node, &s, false, name);
            if (const XmlNode *list = node->child(u"list"))
                applyList(*list, &s);
        }
    } else {
        const XmlNode *type = nullptr;
        for (const XmlNode &c : node->children) {
            if (isBuiltin(c.name) || c.name == u"dataType") {
                type = &c;
                break;
            }
        }
        if (!type) {
            *error = {doc.fileName, node->line, TrText::tr("the data type '%1' names no type").arg(name)};
            ok = false;
        } else {
            ok = applyType(doc, *type, &s, error);
            if (ok && !s.patterns.isEmpty() && s.patternSource.isEmpty())
                s.patternSource = name;
            if (ok) {
                if (const XmlNode *list = node->child(u"list"))
                    applyList(*list, &s);
            }
        }
    }
    m_resolving.remove(node);
    if (!ok)
        return false;
    s.dataTypes.prepend(name);
    if (const XmlNode *d = node->child(u"description"); d && !m_descriptions.contains(name))
        m_descriptions.insert(name, d->text);
    m_memo.insert(node, s);
    *syntax = s;
    return true;
}

bool TypeResolver::applyType(const Document &doc, const XmlNode &typeNode, Syntax *s, ImportError *error)
{
    if (typeNode.name == u"dataType") {
        // <dataType ref="X"/> names a type; <dataType base="X"> derives an anonymous one.
        const QString name = typeNode.hasAttribute(u"ref") ? typeNode.attribute(u"ref") : typeNode.attribute(u"base");
        if (!resolveNamed(doc, name, typeNode.line, s, error))
            return false;
    } else {
        s->primitive = typeNode.name;
        s->type = typeOf(typeNode.name);
    }
    applyFacets(typeNode, s, false, QString());
    return true;
}

bool TypeResolver::resolveSyntax(const Document &doc, const XmlNode &syntaxNode, Syntax *syntax,
                                 bool modify, ImportError *error)
{
    const XmlNode *type = nullptr;
    for (const XmlNode &c : syntaxNode.children) {
        if (isBuiltin(c.name) || c.name == u"dataType") {
            type = &c;
            break;
        }
    }
    if (!modify) {
        *syntax = Syntax();
        if (!type) {
            *error = {doc.fileName, syntaxNode.line, TrText::tr("the syntax names no type")};
            return false;
        }
    }
    if (type) {
        const bool sameType = modify
                              && (type->name == u"dataType" ? syntax->dataTypes.value(0) == type->attribute(u"ref")
                                                            : syntax->dataTypes.isEmpty() && syntax->primitive == type->name);
        if (sameType) {
            applyFacets(*type, syntax, true, QString());
        } else {
            Syntax fresh;
            if (!applyType(doc, *type, &fresh, error))
                return false;
            fresh.isList = syntax->isList;
            fresh.listSizes = syntax->listSizes;
            fresh.minItems = syntax->minItems;
            fresh.maxItems = syntax->maxItems;
            *syntax = fresh;
        }
    }
    if (const XmlNode *list = syntaxNode.child(u"list"))
        applyList(*list, syntax);
    if (syntaxNode.hasAttribute(u"hidden"))
        syntax->hidden = syntaxNode.attribute(u"hidden") == u"true";
    if (syntaxNode.hasAttribute(u"secured"))
        syntax->secured = syntaxNode.attribute(u"secured") == u"true";
    if (const XmlNode *d = syntaxNode.child(u"default")) {
        syntax->hasDefault = true;
        syntax->defaultType = d->attribute(u"type");
        syntax->defaultValue = d->attribute(u"value");
    }
    return true;
}

} // namespace datamodel::Internal
