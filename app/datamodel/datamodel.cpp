#include "datamodel.h"

#include <cwmp/parameterpath.h>

#include <algorithm>

namespace datamodel {

DataModel::DataModel(QString name, QList<Definition> definitions)
    : m_name(std::move(name))
    , m_definitions(std::move(definitions))
{
    buildIndex();
}

void DataModel::buildIndex()
{
    m_byPath.clear();
    m_children.clear();
    m_objects = 0;
    m_byPath.reserve(m_definitions.size());
    for (int i = 0; i < m_definitions.size(); ++i) {
        const Definition &d = m_definitions.at(i);
        m_byPath.insert(d.path, i);
        m_children[d.parentPath()].append(i);
        if (d.isObject())
            ++m_objects;
    }
    // Parameters before objects, each in document order, as a browser lists them.
    for (QList<int> &list : m_children) {
        std::stable_partition(list.begin(), list.end(),
                              [this](int i) { return m_definitions.at(i).isParameter(); });
    }
}

QString DataModel::rootName() const
{
    const qsizetype colon = m_name.indexOf(u':');
    return colon < 0 ? m_name : m_name.first(colon);
}

QString DataModel::version() const
{
    const qsizetype colon = m_name.indexOf(u':');
    return colon < 0 ? QString() : m_name.sliced(colon + 1);
}

int DataModel::majorVersion() const
{
    bool ok = false;
    const int v = version().section(u'.', 0, 0).toInt(&ok);
    return ok ? v : -1;
}

int DataModel::minorVersion() const
{
    bool ok = false;
    const int v = version().section(u'.', 1, 1).toInt(&ok);
    return ok ? v : -1;
}

QString DataModel::normalise(QStringView path)
{
    if (!path.contains(u'{') && !path.contains(u'[') && !path.contains(u'*')) {
        // Fast path: only a digit-leading segment can be an instance.
        bool digitSegment = false;
        for (qsizetype i = 1; i < path.size(); ++i) {
            if (path.at(i - 1) == u'.' && path.at(i).isDigit()) {
                digitSegment = true;
                break;
            }
        }
        if (!digitSegment)
            return path.toString();
    }
    return cwmp::ParameterPath::toPattern(path);
}

const Definition *DataModel::find(QStringView path) const
{
    const QString pattern = normalise(path);
    auto it = m_byPath.constFind(pattern);
    if (it == m_byPath.cend() && pattern.endsWith(u'.'))
        it = m_byPath.constFind(pattern + QLatin1String("{i}."));
    return it == m_byPath.cend() ? nullptr : &m_definitions.at(*it);
}

QList<const Definition *> DataModel::children(QStringView objectPath) const
{
    QString pattern = normalise(objectPath);
    if (!pattern.isEmpty() && !pattern.endsWith(u'.'))
        pattern.append(u'.');
    QList<const Definition *> out;
    auto it = m_children.constFind(pattern);
    if (it == m_children.cend() && !pattern.isEmpty())
        it = m_children.constFind(pattern + QLatin1String("{i}."));
    if (it == m_children.cend())
        return out;
    out.reserve(it->size());
    for (int i : *it)
        out.append(&m_definitions.at(i));
    return out;
}

QList<const Definition *> DataModel::search(const QString &text, int limit) const
{
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    QList<const Definition *> out;
    if (words.isEmpty())
        return out;
    for (const Definition &d : m_definitions) {
        const bool all = std::all_of(words.cbegin(), words.cend(), [&d](const QString &w) {
            return d.path.contains(w, Qt::CaseInsensitive)
                   || d.description.contains(w, Qt::CaseInsensitive);
        });
        if (!all)
            continue;
        out.append(&d);
        if (limit >= 0 && out.size() >= limit)
            break;
    }
    return out;
}

} // namespace datamodel
