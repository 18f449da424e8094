#include "provisioningplan.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace acs {

namespace {

// The translation context of the texts below (lupdate reads it from the macro too).
struct TrText {
    Q_DECLARE_TR_FUNCTIONS(acs::ProvisioningPlan)
};

// "Device.NAT.PortMapping.3." -> table "Device.NAT.PortMapping.", instance 3.
std::pair<QString, int> splitInstance(const QString &instancePath)
{
    const QString trimmed = instancePath.chopped(1);
    const qsizetype dot = trimmed.lastIndexOf(QLatin1Char('.'));
    return {trimmed.left(dot + 1), trimmed.mid(dot + 1).toInt()};
}

// The instance objects at or below `top` in the tree, sorted (parents before children).
QStringList instancePaths(const ParameterTree &tree, const QString &top)
{
    QSet<QString> found{top};
    for (auto it = tree.lowerBound(top); it != tree.constEnd() && it.key().startsWith(top); ++it) {
        const QString &path = it.key();
        qsizetype start = top.size();
        qsizetype dot;
        while ((dot = path.indexOf(QLatin1Char('.'), start)) >= 0) {
            const QStringView segment = QStringView(path).sliced(start, dot - start);
            if (!segment.isEmpty() && std::all_of(segment.begin(), segment.end(), [](QChar c) { return c.isDigit(); }))
                found.insert(path.left(dot + 1));
            start = dot + 1;
        }
    }
    QStringList sorted(found.cbegin(), found.cend());
    sorted.sort();
    return sorted;
}

QString deepestInstance(const QString &path, const QStringList &instances)
{
    QString best;
    for (const QString &instance : instances) {
        if (path.startsWith(instance) && instance.size() > best.size())
            best = instance;
    }
    return best;
}

bool isSettable(const TreeEntry &current)
{
    return current.writable != 0; // unknown writability: let the device decide
}

} // namespace

QString PlanStep::taskKind() const
{
    switch (kind) {
    case Kind::DeleteObject: return QStringLiteral("deleteObject");
    case Kind::AddObject: return QStringLiteral("addObject");
    case Kind::SetValues: return QStringLiteral("setParameterValues");
    }
    return {};
}

QJsonObject PlanStep::taskArgs() const
{
    if (kind != Kind::SetValues)
        return {{QStringLiteral("objectName"), objectPath}};
    QJsonArray list;
    for (const PlannedValue &v : values) {
        QJsonArray row{v.path, v.value};
        if (!v.type.isEmpty())
            row.append(v.type);
        list.append(row);
    }
    return {{QStringLiteral("parameterValues"), list}};
}

int ProvisioningPlan::valueCount() const
{
    int n = 0;
    for (const PlanStep &s : steps)
        n += int(s.values.size());
    return n;
}

ProvisioningPlan planToMatch(const ParameterTree &current, const ParameterTree &target, const DiffOptions &options)
{
    const QList<DiffEntry> diff = diffTrees(current, target, options);
    ProvisioningPlan plan;
    QList<PlanStep> deletes;
    QList<PlanStep> adds;
    PlanStep sets;

    for (const DiffEntry &e : diff) {
        switch (e.kind) {
        case DiffKind::ObjectRemoved:
            deletes.append(PlanStep{PlanStep::Kind::DeleteObject, e.path, 0, {}, {}});
            break;
        case DiffKind::ObjectAdded: {
            // The instance and every instance nested in it, parents first; each is created,
            // then given its own writable values.
            QStringList instances;
            for (const QString &path : instancePaths(target, e.path))
                instances.append(path);
            for (const QString &instance : std::as_const(instances)) {
                const auto [table, number] = splitInstance(instance);
                adds.append(PlanStep{PlanStep::Kind::AddObject, table, number, {}, instance});
                PlanStep values{PlanStep::Kind::SetValues, {}, 0, {}, instance};
                for (auto it = target.lowerBound(instance); it != target.constEnd() && it.key().startsWith(instance); ++it) {
                    if (it.key().endsWith(QLatin1Char('.')) || it->writable == 0 || it->value.isEmpty())
                        continue;
                    if (deepestInstance(it.key(), instances) != instance)
                        continue;
                    if (options.hideVolatile && isVolatileParameter(it.key()))
                        continue;
                    values.values.append(PlannedValue{it.key(), it->value, it->type});
                }
                if (!values.values.isEmpty())
                    adds.append(values);
            }
            break;
        }
        case DiffKind::ValueChanged: {
            const TreeEntry now = current.value(e.path);
            if (!isSettable(now)) {
                plan.skipped.append({e.path, TrText::tr("read-only on the device")});
                break;
            }
            sets.values.append(PlannedValue{e.path, e.newValue, e.type});
            break;
        }
        case DiffKind::ParameterAdded:
            plan.skipped.append({e.path, TrText::tr("the device does not have this parameter")});
            break;
        case DiffKind::ParameterRemoved:
            plan.skipped.append({e.path, TrText::tr("not in the target; parameters cannot be deleted")});
            break;
        case DiffKind::WritabilityChanged:
            plan.skipped.append({e.path, TrText::tr("only its writability differs")});
            break;
        }
    }
    // Deepest first: deleting a child after its parent would fault with 9005.
    std::sort(deletes.begin(), deletes.end(),
              [](const PlanStep &a, const PlanStep &b) { return a.objectPath.count(u'.') > b.objectPath.count(u'.'); });
    plan.steps = deletes;
    plan.steps += adds; // diff order is path order: parents before their children
    if (!sets.values.isEmpty())
        plan.steps.append(sets);
    return plan;
}

} // namespace acs
