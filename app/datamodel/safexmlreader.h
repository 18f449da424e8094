#pragma once

#include <datamodel/xmlnode.h>

#include <QString>

namespace datamodel::Internal {

// Reads one data-model file into an XmlNode tree, refusing what a hostile file could use
// against us: an external DTD, external or parameter entities, entities that nest other
// entities (the "billion laughs"), oversize files, deep nesting and huge element counts.
// The Forum's tr-106-types.xml declares a few plain text entities in an internal subset
// (<!ENTITY octet "(25[0-5]|…)">) for its patterns; those, and only those, are accepted.
class SafeXmlReader
{
public:
    static constexpr qint64 kMaxFileBytes = 64 * 1024 * 1024;
    static constexpr int kMaxDepth = 48;
    static constexpr qint64 kMaxElements = 2'000'000;
    static constexpr int kMaxEntities = 64;
    static constexpr qsizetype kMaxEntityValue = 1024;

    struct Result {
        XmlNode root;
        QString error; // empty on success
        qint64 line = 0;
    };

    static Result readFile(const QString &path);
    static Result readData(const QByteArray &data);

    // Subtrees the importer never looks at; skipped while reading to save memory.
    static bool isSkipped(QStringView element);
};

} // namespace datamodel::Internal
