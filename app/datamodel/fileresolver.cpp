#include "fileresolver.h"

#include <QDir>
#include <QFileInfo>

namespace datamodel::Internal {

namespace {

bool isNumber(QStringView token)
{
    if (token.isEmpty() || token.size() > 6)
        return false;
    for (QChar c : token) {
        if (!c.isDigit())
            return false;
    }
    return true;
}

bool isPrefix(const QList<int> &prefix, const QList<int> &run)
{
    return prefix.size() <= run.size() && std::equal(prefix.cbegin(), prefix.cend(), run.cbegin());
}

// Compares runs as version numbers: later runs matter less, a longer run is newer.
bool newer(const FileResolver::NameShape &a, const FileResolver::NameShape &b)
{
    for (qsizetype i = 0; i < a.runs.size() && i < b.runs.size(); ++i) {
        if (a.runs[i] != b.runs[i])
            return std::lexicographical_compare(b.runs[i].cbegin(), b.runs[i].cend(),
                                                a.runs[i].cbegin(), a.runs[i].cend());
    }
    return false;
}

} // namespace

FileResolver::FileResolver(QStringList libraryFolders)
    : m_libraryFolders(std::move(libraryFolders))
{
}

FileResolver::NameShape FileResolver::shape(const QString &fileName)
{
    NameShape s;
    QStringView base(fileName);
    if (!base.endsWith(u".xml", Qt::CaseInsensitive))
        return s;
    base.chop(4);
    for (QStringView token : base.tokenize(u'-')) {
        if (isNumber(token)) {
            if (s.runs.isEmpty()) { // a name that starts with digits: an empty word first
                s.words.append(QString());
                s.runs.append(QList<int>());
            }
            s.runs.last().append(token.toInt());
        } else {
            s.words.append(token.toString().toLower());
            s.runs.append(QList<int>());
        }
    }
    s.valid = !s.words.isEmpty();
    return s;
}

const QStringList &FileResolver::entries(const QString &folder)
{
    auto it = m_listings.find(folder);
    if (it == m_listings.end())
        it = m_listings.insert(folder, QDir(folder).entryList({QStringLiteral("*.xml")}, QDir::Files));
    return *it;
}

QString FileResolver::resolve(const QString &requested, const QString &fromFolder, bool *approximate)
{
    if (approximate)
        *approximate = false;
    // An import names a file, never a path: refuse anything that could walk the disk.
    if (requested.isEmpty() || requested.contains(u'/') || requested.contains(u'\\')
        || requested.startsWith(u'.'))
        return {};
    QStringList folders{fromFolder};
    for (const QString &f : m_libraryFolders) {
        if (!folders.contains(f))
            folders.append(f);
    }
    for (const QString &folder : folders) {
        const QFileInfo exact(QDir(folder).filePath(requested));
        if (exact.isFile())
            return exact.absoluteFilePath();
    }

    const NameShape wanted = shape(requested);
    if (!wanted.valid)
        return {};
    QString best;
    NameShape bestShape;
    QString fallback;
    NameShape fallbackShape;
    for (const QString &folder : folders) {
        for (const QString &name : entries(folder)) {
            const NameShape s = shape(name);
            if (!s.valid || s.words != wanted.words)
                continue;
            bool more = true;
            bool less = true;
            for (qsizetype i = 0; i < s.runs.size(); ++i) {
                more = more && isPrefix(wanted.runs[i], s.runs[i]);
                less = less && isPrefix(s.runs[i], wanted.runs[i]);
            }
            const QString path = QDir(folder).absoluteFilePath(name);
            if (more && (best.isEmpty() || newer(s, bestShape))) {
                best = path;
                bestShape = s;
            } else if (!more && less && (fallback.isEmpty() || newer(s, fallbackShape))) {
                fallback = path;
                fallbackShape = s;
            }
        }
    }
    if (!best.isEmpty())
        return best;
    if (!fallback.isEmpty() && approximate)
        *approximate = true;
    return fallback;
}

} // namespace datamodel::Internal
