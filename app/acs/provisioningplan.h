#pragma once

// The calls that would make a device's current tree look like a target tree (a snapshot,
// or another device): DeleteObject for instances the target lacks, AddObject for the ones
// it has, and SetParameterValues for writable values that differ. It is shown as a dry run
// first; each step becomes one task.

#include "parameterdiff.h"

#include <QJsonObject>

namespace acs {

struct PlannedValue {
    QString path;
    QString value;
    QString type;
};

struct PlanStep {
    enum class Kind { DeleteObject, AddObject, SetValues };
    Kind kind = Kind::SetValues;
    QString objectPath;        // DeleteObject: the instance; AddObject: the table ("X.Y.")
    int targetInstance = 0;    // AddObject: the instance number in the target tree
    QList<PlannedValue> values; // SetValues; after an AddObject, the values of that instance
    // AddObject: the instance it creates, as the target names it ("X.Y.3."). SetValues that
    // follows it: the same path. The device may give another number (TR-069 A.3.2.6), so the
    // runner rewrites this prefix with the InstanceNumber AddObject returned.
    QString addedInstance;

    QString taskKind() const;     // "deleteObject", "addObject", "setParameterValues"
    QJsonObject taskArgs() const; // the task's arguments, GenieACS-shaped
};

struct SkippedChange {
    QString path;
    QString reason; // plain words: "read-only on the device", "no value in the target"
};

struct ProvisioningPlan {
    QList<PlanStep> steps;
    QList<SkippedChange> skipped;
    int valueCount() const;
};

// Deletes come first, deepest first (a parent's delete removes its children, TR-069
// A.3.2.7); then adds, shallowest first; then one SetParameterValues for the values of
// existing parameters (A.3.2.1 applies them atomically).
ProvisioningPlan planToMatch(const ParameterTree &current, const ParameterTree &target, const DiffOptions &options = {});

} // namespace acs
