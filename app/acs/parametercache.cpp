#include "parametercache.h"

namespace acs {

void ParameterCache::setValue(const QString &path, const QString &value, cwmp::ValueType type, qint64 nowMs)
{
    CachedParameter &p = m_entries[path];
    p.value = value;
    // A device that sends no xsi:type keeps the type we learnt earlier.
    if (type != cwmp::ValueType::Unspecified || p.type == cwmp::ValueType::Unspecified)
        p.type = type;
    p.readAtMs = nowMs;
}

void ParameterCache::setWritable(const QString &path, bool writable)
{
    m_entries[path].writable = writable;
}

void ParameterCache::setAttributes(const QString &path, int notification, const QStringList &accessList)
{
    CachedParameter &p = m_entries[path];
    p.notification = notification;
    p.accessList = accessList;
}

QStringList ParameterCache::pruneSubtree(const QString &partialPath, const QSet<QString> &present)
{
    QStringList removed;
    auto it = m_entries.lowerBound(partialPath);
    while (it != m_entries.end() && it.key().startsWith(partialPath)) {
        if (!present.contains(it.key()) && it.key() != partialPath) {
            removed.append(it.key());
            it = m_entries.erase(it);
        } else {
            ++it;
        }
    }
    return removed;
}

QStringList ParameterCache::removeSubtree(const QString &partialPath)
{
    QStringList removed;
    auto it = m_entries.lowerBound(partialPath);
    while (it != m_entries.end() && it.key().startsWith(partialPath)) {
        removed.append(it.key());
        it = m_entries.erase(it);
    }
    return removed;
}

const CachedParameter *ParameterCache::find(const QString &path) const
{
    const auto it = m_entries.constFind(path);
    return it == m_entries.cend() ? nullptr : &it.value();
}

QList<QPair<QString, CachedParameter>> ParameterCache::subtree(const QString &partialPath) const
{
    QList<QPair<QString, CachedParameter>> out;
    for (auto it = lowerBound(partialPath); it != m_entries.cend() && it.key().startsWith(partialPath); ++it)
        out.append({it.key(), it.value()});
    return out;
}

QStringList ParameterCache::children(const QString &objectPath) const
{
    QStringList out;
    auto it = lowerBound(objectPath);
    while (it != m_entries.cend() && it.key().startsWith(objectPath)) {
        const QString &key = it.key();
        if (key.size() == objectPath.size()) {
            ++it;
            continue;
        }
        const qsizetype dot = key.indexOf(QLatin1Char('.'), objectPath.size());
        if (dot < 0 || dot == key.size() - 1) {
            out.append(key); // a parameter, or a child object listed under its own name
            ++it;
        } else {
            // A deeper entry: report its child object once, then skip past that subtree.
            const QString child = key.left(dot + 1);
            if (out.isEmpty() || out.last() != child)
                out.append(child);
            it = m_entries.lowerBound(child + QChar(0xFFFF));
        }
    }
    return out;
}

} // namespace acs
