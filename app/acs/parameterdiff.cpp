#include "parameterdiff.h"

#include "parametercache.h"

#include <store/snapshot.h>

#include <QRegularExpression>
#include <QSet>

namespace acs {

namespace {

bool isObjectPath(const QString &path)
{
    return path.endsWith(QLatin1Char('.'));
}

bool isInstanceNumber(QStringView segment)
{
    if (segment.isEmpty())
        return false;
    for (QChar c : segment) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

// Every instance object ("Device.IP.Interface.2.") a tree holds, named or implied by the
// paths below it: a cache filled by GetParameterValues alone has no object rows.
QSet<QString> instancesOf(const ParameterTree &tree)
{
    QSet<QString> instances;
    for (auto it = tree.constBegin(); it != tree.constEnd(); ++it) {
        const QString &path = it.key();
        qsizetype start = 0;
        qsizetype dot;
        while ((dot = path.indexOf(QLatin1Char('.'), start)) >= 0) {
            if (isInstanceNumber(QStringView(path).sliced(start, dot - start)))
                instances.insert(path.left(dot + 1));
            start = dot + 1;
        }
    }
    return instances;
}

// The instance objects in `a` but not in `b`, keeping only the topmost of each branch.
QStringList topmostMissing(const QSet<QString> &a, const QSet<QString> &b)
{
    QStringList missing;
    for (const QString &path : a) {
        if (!b.contains(path))
            missing.append(path);
    }
    missing.sort();
    QStringList topmost;
    for (const QString &path : std::as_const(missing)) {
        if (topmost.isEmpty() || !path.startsWith(topmost.constLast()))
            topmost.append(path);
    }
    return topmost;
}

bool under(const QString &path, const QStringList &sortedPrefixes)
{
    auto it = std::upper_bound(sortedPrefixes.cbegin(), sortedPrefixes.cend(), path);
    return it != sortedPrefixes.cbegin() && path.startsWith(*(it - 1));
}

int countBelow(const ParameterTree &tree, const QString &prefix)
{
    int n = 0;
    for (auto it = tree.lowerBound(prefix); it != tree.constEnd() && it.key().startsWith(prefix); ++it)
        ++n;
    return n;
}

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n'))
        && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString writableText(int writable)
{
    return writable < 0 ? QString() : writable ? QStringLiteral("true") : QStringLiteral("false");
}

} // namespace

ParameterTree treeFromCache(const ParameterCache &cache)
{
    ParameterTree tree;
    for (auto it = cache.entries().constBegin(); it != cache.entries().constEnd(); ++it) {
        const CachedParameter &p = it.value();
        TreeEntry e;
        e.value = p.value;
        e.type = p.type == cwmp::ValueType::Unspecified ? QString() : cwmp::xsdName(p.type);
        e.writable = p.writable ? int(*p.writable) : -1;
        tree.insert(it.key(), e);
    }
    return tree;
}

ParameterTree treeFromSnapshot(const store::Snapshot &snapshot)
{
    ParameterTree tree;
    for (const store::SnapshotEntry &e : snapshot.entries)
        tree.insert(e.path, TreeEntry{e.value, e.type, e.writable});
    return tree;
}

bool isVolatileParameter(const QString &path)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"((\.Stats\.|\.UpTime$|\.CurrentLocalTime$|\.LastChange$|Bytes(Sent|Received)$|Packets(Sent|Received)$|)"
        R"(\.(Total)?(Bytes|Packets)(Sent|Received)$|\.LastDataDownlinkRate$|\.LastDataUplinkRate$|\.SignalStrength$|)"
        R"(\.Noise$|\.Retransmissions$|\.ProcessStatus\.|\.MemoryStatus\.Free$|\.Temperature(Status)?\.|)"
        R"(\.X_[0-9A-F]{6}_.*(Time|Counter)$))"));
    return pattern.match(path).hasMatch();
}

QList<DiffEntry> diffTrees(const ParameterTree &from, const ParameterTree &to, const DiffOptions &options)
{
    const auto inScope = [&options](const QString &path) {
        return options.subtree.isEmpty() || path.startsWith(options.subtree);
    };
    const QSet<QString> fromInstances = instancesOf(from);
    const QSet<QString> toInstances = instancesOf(to);
    const QStringList added = topmostMissing(toInstances, fromInstances);
    const QStringList removed = topmostMissing(fromInstances, toInstances);

    QList<DiffEntry> diff;
    for (const QString &path : added) {
        if (inScope(path))
            diff.append(DiffEntry{DiffKind::ObjectAdded, path, {}, {}, {}, -1, -1, countBelow(to, path)});
    }
    for (const QString &path : removed) {
        if (inScope(path))
            diff.append(DiffEntry{DiffKind::ObjectRemoved, path, {}, {}, {}, -1, -1, countBelow(from, path)});
    }

    // One merge walk over both sorted maps.
    auto a = from.constBegin();
    auto b = to.constBegin();
    while (a != from.constEnd() || b != to.constEnd()) {
        const bool takeA = b == to.constEnd() || (a != from.constEnd() && a.key() < b.key());
        const bool takeB = a == from.constEnd() || (b != to.constEnd() && b.key() < a.key());
        const QString &path = takeA ? a.key() : b.key();
        const bool skip = !inScope(path) || isObjectPath(path) || under(path, added) || under(path, removed)
            || (options.hideVolatile && isVolatileParameter(path));
        if (takeA) {
            if (!skip)
                diff.append(DiffEntry{DiffKind::ParameterRemoved, path, a->value, {}, a->type, a->writable, -1, 0});
            ++a;
        } else if (takeB) {
            if (!skip)
                diff.append(DiffEntry{DiffKind::ParameterAdded, path, {}, b->value, b->type, -1, b->writable, 0});
            ++b;
        } else {
            if (!skip) {
                // A tree that never read a value (names only) says nothing about it.
                const bool bothKnown = !(a->value.isEmpty() && b->value.isEmpty());
                if (bothKnown && a->value != b->value)
                    diff.append(DiffEntry{DiffKind::ValueChanged, path, a->value, b->value,
                                          b->type.isEmpty() ? a->type : b->type, a->writable, b->writable, 0});
                else if (a->writable >= 0 && b->writable >= 0 && a->writable != b->writable)
                    diff.append(DiffEntry{DiffKind::WritabilityChanged, path, a->value, b->value, b->type, a->writable,
                                          b->writable, 0});
            }
            ++a;
            ++b;
        }
    }
    std::stable_sort(diff.begin(), diff.end(), [](const DiffEntry &x, const DiffEntry &y) { return x.path < y.path; });
    return diff;
}

QString diffKindName(DiffKind kind)
{
    switch (kind) {
    case DiffKind::ObjectAdded: return QStringLiteral("object added");
    case DiffKind::ObjectRemoved: return QStringLiteral("object removed");
    case DiffKind::ParameterAdded: return QStringLiteral("parameter added");
    case DiffKind::ParameterRemoved: return QStringLiteral("parameter removed");
    case DiffKind::ValueChanged: return QStringLiteral("value changed");
    case DiffKind::WritabilityChanged: return QStringLiteral("writability changed");
    }
    return {};
}

QByteArray diffToCsv(const QList<DiffEntry> &diff)
{
    QString out = QStringLiteral("kind,path,old,new,type,old writable,new writable\r\n");
    for (const DiffEntry &e : diff) {
        out += QStringList{diffKindName(e.kind), csvField(e.path), csvField(e.oldValue), csvField(e.newValue),
                           csvField(e.type), writableText(e.oldWritable), writableText(e.newWritable)}
                   .join(QLatin1Char(','));
        out += QLatin1String("\r\n");
    }
    return out.toUtf8();
}

} // namespace acs
