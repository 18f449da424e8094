#pragma once

// A parameter snapshot: every cached value of one device at a moment, kept to be compared
// with another snapshot or with the device's current tree (issue "snapshots and diffs").

#include <QList>
#include <QString>

namespace store {

struct SnapshotEntry {
    QString path;
    QString value;
    QString type;      // xsd type name as the device reported it ("unsignedInt"), may be empty
    int writable = -1; // -1 unknown, 0 read-only, 1 writable
    bool operator==(const SnapshotEntry &) const = default;
};

struct Snapshot {
    qint64 id = 0;
    QString deviceId;
    QString name;
    // Why it was taken: "manual", "before firmware upgrade", "before restore", ...
    QString reason;
    qint64 createdMs = 0;
    qint64 entryCount = 0;
    QList<SnapshotEntry> entries; // sorted by path; empty in listings
};

} // namespace store
