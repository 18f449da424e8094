#pragma once

#include <datamodel/xmlnode.h>

#include <QHash>
#include <QString>

namespace datamodel::Internal {

struct Document;

// A named dataType, component or model as seen from one document: where it is defined.
struct Symbol {
    const Document *document = nullptr;
    const XmlNode *node = nullptr;
};

// One parsed data-model file and the names visible in it: its own definitions and what
// its <import> elements bring in (possibly renamed with ref=).
struct Document {
    QString path;     // absolute
    QString fileName; // for messages
    QString spec;
    XmlNode root;
    QHash<QString, Symbol> dataTypes;
    QHash<QString, Symbol> components;
    QHash<QString, Symbol> models;
};

} // namespace datamodel::Internal
