#pragma once

// What differs between two parameter trees of a device (two snapshots, a snapshot and the
// live cache, or the trees of two devices): objects added and removed, values and
// writability changed. Entries under an added or removed object are folded into it.

#include <QList>
#include <QMap>
#include <QString>

namespace store {
struct Snapshot;
}

namespace acs {

class ParameterCache;

struct TreeEntry {
    QString value;
    QString type;      // xsd name, may be empty
    int writable = -1; // -1 unknown, 0, 1
};

// Paths to entries; object paths end with '.' (as GetParameterNames names them).
using ParameterTree = QMap<QString, TreeEntry>;

ParameterTree treeFromCache(const ParameterCache &cache);
ParameterTree treeFromSnapshot(const store::Snapshot &snapshot);

enum class DiffKind { ObjectAdded, ObjectRemoved, ParameterAdded, ParameterRemoved, ValueChanged, WritabilityChanged };

struct DiffEntry {
    DiffKind kind = DiffKind::ValueChanged;
    QString path;
    QString oldValue;
    QString newValue;
    QString type;
    int oldWritable = -1;
    int newWritable = -1;
    int foldedEntries = 0; // for objects: how many entries below it came or went with it
};

struct DiffOptions {
    QString subtree;          // only paths below this one ("" = all)
    bool hideVolatile = true; // counters, uptime, clocks: see isVolatileParameter()
};

// Parameters whose value changes by itself while a device runs, so that they would drown
// a diff: statistics counters (TR-181 "Stats." objects and *Bytes*/*Packets* counters),
// uptimes, the current time, and per-association timings.
bool isVolatileParameter(const QString &path);

// From `from` to `to`: an ObjectAdded entry is an instance in `to` that `from` lacks.
QList<DiffEntry> diffTrees(const ParameterTree &from, const ParameterTree &to, const DiffOptions &options = {});

QString diffKindName(DiffKind kind); // "object added", ... (stable, for exports)
// CSV (RFC 4180) of a diff with a header row: kind,path,old,new,type,old writable,new writable.
QByteArray diffToCsv(const QList<DiffEntry> &diff);

} // namespace acs
