#pragma once

#include <datamodel/importresult.h>

#include <QString>
#include <QStringList>

namespace datamodel {

// Imports Broadband Forum data-model XML (cwmp-datamodel-1-x): a "full" file or a file
// built from components with <import>. Imports are found beside the importing file, then
// in the library folders; a version-less name (tr-106-types.xml) or one with fewer
// version digits resolves to the newest matching file (tr-106-1-0-2-types.xml).
// Never throws; every failure is an ImportError naming the file and line.
class Importer
{
public:
    static constexpr int kMaxFiles = 256;
    static constexpr int kMaxComponentDepth = 32;

    explicit Importer(QStringList libraryFolders = {});

    QStringList libraryFolders() const { return m_libraryFolders; }
    ImportResult importFile(const QString &path) const;

private:
    QStringList m_libraryFolders;
};

} // namespace datamodel
