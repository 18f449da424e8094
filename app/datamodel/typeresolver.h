#pragma once

#include <datamodel/document.h>
#include <datamodel/importresult.h>
#include <datamodel/syntax.h>

#include <QHash>
#include <QSet>

namespace datamodel::Internal {

// Turns <syntax> elements and named <dataType>s into a flat Syntax: the built-in type at
// the end of the base= / ref= chain and the facets, a derived type's facets replacing its
// base's of the same kind (IPv4Address's size 15 replaces IPAddress's 45).
class TypeResolver
{
public:
    // Resolves a <syntax>. With `modify` (a <parameter base=…>), `*syntax` already holds
    // the original: a new type element replaces it, enumerations are added to it.
    bool resolveSyntax(const Document &doc, const XmlNode &syntaxNode, Syntax *syntax,
                       bool modify, ImportError *error);
    // A named type visible in `doc`; `line` is where it is referenced.
    bool resolveNamed(const Document &doc, const QString &name, qint64 line, Syntax *syntax,
                      ImportError *error);

    // Raw descriptions of the named types met so far, for {{datatype|expand}}.
    const QHash<QString, QString> &descriptions() const { return m_descriptions; }

    static bool isBuiltin(QStringView element);

private:
    bool resolveNode(const Symbol &symbol, Syntax *syntax, ImportError *error);
    bool applyType(const Document &doc, const XmlNode &typeNode, Syntax *syntax, ImportError *error);

    QHash<const XmlNode *, Syntax> m_memo;
    QSet<const XmlNode *> m_resolving;
    QHash<QString, QString> m_descriptions;
};

} // namespace datamodel::Internal
