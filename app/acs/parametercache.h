#pragma once

// What the ACS knows of one device's parameter tree: every value, type, writability and
// attribute it has read, with the time it was read. Kept sorted by path, so that a subtree
// is a contiguous range.

#include <cwmp/cwmpvalue.h>

#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace acs {

struct CachedParameter {
    QString value;
    cwmp::ValueType type = cwmp::ValueType::Unspecified;
    std::optional<bool> writable;
    std::optional<int> notification;
    QStringList accessList;
    qint64 readAtMs = 0; // when the value was read; 0: only the name is known
    bool operator==(const CachedParameter &) const = default;
};

class ParameterCache
{
public:
    using Map = QMap<QString, CachedParameter>;

    void setValue(const QString &path, const QString &value, cwmp::ValueType type, qint64 nowMs);
    void setWritable(const QString &path, bool writable);
    void setAttributes(const QString &path, int notification, const QStringList &accessList);
    // After a GetParameterNames with NextLevel=false on a partial path, the device has told
    // us its whole subtree: anything cached below that path and not named is gone.
    // Returns the paths removed.
    QStringList pruneSubtree(const QString &partialPath, const QSet<QString> &present);
    QStringList removeSubtree(const QString &partialPath);

    const CachedParameter *find(const QString &path) const;
    // Every entry whose path starts with partialPath ("" = everything).
    QList<QPair<QString, CachedParameter>> subtree(const QString &partialPath) const;
    // Direct children of an object path: parameters and child objects one level down.
    QStringList children(const QString &objectPath) const;
    qsizetype size() const { return m_entries.size(); }
    const Map &entries() const { return m_entries; }
    void clear() { m_entries.clear(); }

private:
    Map::const_iterator lowerBound(const QString &prefix) const { return m_entries.lowerBound(prefix); }

    Map m_entries;
};

} // namespace acs
