#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace datamodel::Internal {

// Finds the file an <import file="…"> means. The Forum's names carry version digits
// (tr-181-2-19-1-cwmp.xml, tr-106-1-0-2-types.xml) that an import may leave out
// (tr-181-2-cwmp.xml, tr-106-types.xml): a name then matches every file whose numeric
// runs start with the requested ones, and the newest wins. When no such file exists, a
// less specific one (tr-106-types.xml for tr-106-1-0-types.xml, the Forum's "current"
// copy) is accepted as a last resort, and `*approximate` says so.
class FileResolver
{
public:
    explicit FileResolver(QStringList libraryFolders);

    // Absolute path, or an empty string when nothing matches. Looks in `fromFolder` first.
    QString resolve(const QString &requested, const QString &fromFolder, bool *approximate = nullptr);

    // A file name as its words and numeric runs: "tr-106-1-0-types.xml" ->
    // words {"tr", "types"}, runs {{106, 1, 0}, {}}. A run follows each word.
    struct NameShape {
        QStringList words;
        QList<QList<int>> runs;
        bool valid = false;
    };
    static NameShape shape(const QString &fileName);

private:
    const QStringList &entries(const QString &folder);

    QStringList m_libraryFolders;
    QHash<QString, QStringList> m_listings;
};

} // namespace datamodel::Internal
