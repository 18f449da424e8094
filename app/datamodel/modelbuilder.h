#pragma once

#include <datamodel/definition.h>
#include <datamodel/document.h>
#include <datamodel/importresult.h>
#include <datamodel/typeresolver.h>

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace datamodel::Internal {

// Flattens one <model> into definitions: objects with their parameters, components pulled
// in with their path prefixes, base= models copied first and <object base=…>/<parameter
// base=…> applied as refinements. Descriptions stay raw here; the importer renders them.
class ModelBuilder
{
public:
    struct Flat {
        QList<Definition> definitions;
        QList<QString> rawDescriptions; // parallel to definitions
        QHash<QString, int> index;      // path -> position
    };

    ModelBuilder(TypeResolver &types, int maxComponentDepth);

    bool build(const Symbol &model, Flat *out, ImportError *error);

private:
    struct Scope {
        const Document *document;
        QString prefix;      // path the component's names are relative to
        QString objectPath;  // object that receives top-level parameters ("" = none)
        QString version;     // the component reference's version, if any
        int depth;
    };

    bool walk(const XmlNode &parent, const Scope &scope, Flat *flat, ImportError *error);
    bool object(const XmlNode &node, const Scope &scope, Flat *flat, ImportError *error);
    bool parameter(const XmlNode &node, const Scope &scope, const QString &objectPath,
                   const QString &objectVersion, Flat *flat, ImportError *error);
    bool component(const XmlNode &ref, const Scope &scope, Flat *flat, ImportError *error);

    TypeResolver &m_types;
    int m_maxDepth;
    QHash<const XmlNode *, Flat> m_models; // finished models, for base=
    QSet<const XmlNode *> m_building;
    QSet<const XmlNode *> m_expanding;     // components being expanded, for cycles
};

} // namespace datamodel::Internal
