#pragma once

#include <datamodel/document.h>
#include <datamodel/fileresolver.h>
#include <datamodel/importresult.h>

#include <QHash>
#include <QStringList>

#include <memory>
#include <vector>

namespace datamodel::Internal {

// Loads a file and, recursively, every file it imports, once each; builds each
// document's name scope; reports missing files, unknown names and import cycles.
class DocumentSet
{
public:
    explicit DocumentSet(QStringList libraryFolders, int maxFiles);

    // The top document, or nullptr with *error filled.
    const Document *load(const QString &path, ImportError *error);

    QStringList files() const;             // in load order, the top file first
    QStringList warnings() const { return m_warnings; }
    // <template id="…"> texts of every loaded document (descriptions use {{template|id}}).
    QHash<QString, QString> templates() const;

private:
    const Document *loadFile(const QString &path, ImportError *error);
    bool bindImports(Document &doc, ImportError *error);

    FileResolver m_resolver;
    int m_maxFiles;
    std::vector<std::unique_ptr<Document>> m_documents;
    QHash<QString, const Document *> m_byPath;
    QStringList m_loading; // the import chain being loaded, for cycles
    QStringList m_order;
    QStringList m_warnings;
};

} // namespace datamodel::Internal
