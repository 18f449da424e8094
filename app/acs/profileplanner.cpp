#include "profileplanner.h"

#include <algorithm>

namespace acs {

namespace {

// The deepest object of `objects` the path lies in; empty when none.
QString owningObject(const QString &path, const QStringList &objects)
{
    QString best;
    for (const QString &o : objects) {
        if (path.startsWith(o) && o.size() > best.size())
            best = o;
    }
    return best;
}

} // namespace

QList<PlanStep> stepsForProfile(const store::Profile &profile)
{
    QStringList objects = profile.objects;
    objects.removeDuplicates();
    std::sort(objects.begin(), objects.end()); // a parent sorts before its children
    QList<PlanStep> steps;
    QHash<QString, QList<PlannedValue>> valuesOf;
    QList<PlannedValue> rest;
    for (const store::ProfileValue &v : profile.values) {
        const QString owner = owningObject(v.path, objects);
        if (owner.isEmpty())
            rest.append(PlannedValue{v.path, v.value, v.type});
        else
            valuesOf[owner].append(PlannedValue{v.path, v.value, v.type});
    }
    for (const QString &instance : std::as_const(objects)) {
        // "X.Y.3." -> table "X.Y."; an object without a trailing number is a table already.
        const QString trimmed = instance.chopped(1);
        const QString last = trimmed.mid(trimmed.lastIndexOf(QLatin1Char('.')) + 1);
        bool numbered = false;
        last.toUInt(&numbered);
        PlanStep add;
        add.kind = PlanStep::Kind::AddObject;
        add.objectPath = numbered ? trimmed.left(trimmed.size() - last.size()) : instance;
        add.targetInstance = numbered ? last.toInt() : 0;
        add.addedInstance = numbered ? instance : QString();
        steps.append(add);
        if (const auto values = valuesOf.value(instance); !values.isEmpty()) {
            PlanStep set;
            set.kind = PlanStep::Kind::SetValues;
            set.values = values;
            set.addedInstance = add.addedInstance;
            steps.append(set);
        }
    }
    if (!rest.isEmpty()) {
        PlanStep set;
        set.kind = PlanStep::Kind::SetValues;
        set.values = rest;
        steps.append(set);
    }
    return steps;
}

store::Profile profileFromPlan(const ProvisioningPlan &plan, const QString &name, const QString &description)
{
    store::Profile p;
    p.name = name;
    p.description = description;
    for (const PlanStep &s : plan.steps) {
        if (s.kind == PlanStep::Kind::AddObject && !s.addedInstance.isEmpty())
            p.objects.append(s.addedInstance);
        if (s.kind == PlanStep::Kind::SetValues) {
            for (const PlannedValue &v : s.values)
                p.values.append(store::ProfileValue{v.path, v.value, v.type});
        }
    }
    return p;
}

} // namespace acs
