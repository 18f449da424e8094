// Diffs between parameter trees and the provisioning plans made from them.

#include <acs/parametercache.h>
#include <acs/parameterdiff.h>
#include <acs/provisioningplan.h>
#include <store/snapshot.h>

#include <QJsonArray>
#include <QTest>

using namespace acs;

namespace {

TreeEntry rw(const QString &value, const QString &type = QStringLiteral("string"))
{
    return TreeEntry{value, type, 1};
}

TreeEntry ro(const QString &value, const QString &type = QStringLiteral("string"))
{
    return TreeEntry{value, type, 0};
}

// A small TR-181 gateway: two SSIDs, one port mapping with a nested child table.
ParameterTree gateway()
{
    ParameterTree t;
    t.insert(QStringLiteral("Device.DeviceInfo.SoftwareVersion"), ro(QStringLiteral("1.0")));
    t.insert(QStringLiteral("Device.DeviceInfo.UpTime"), ro(QStringLiteral("100"), QStringLiteral("unsignedInt")));
    t.insert(QStringLiteral("Device.WiFi.SSID.1.SSID"), rw(QStringLiteral("lab")));
    t.insert(QStringLiteral("Device.WiFi.SSID.1.Stats.BytesSent"), ro(QStringLiteral("5"), QStringLiteral("unsignedLong")));
    t.insert(QStringLiteral("Device.WiFi.SSID.2.SSID"), rw(QStringLiteral("guest")));
    t.insert(QStringLiteral("Device.NAT.PortMapping."), rw(QString(), QString()));
    t.insert(QStringLiteral("Device.NAT.PortMapping.1.ExternalPort"), rw(QStringLiteral("8080"), QStringLiteral("unsignedInt")));
    t.insert(QStringLiteral("Device.NAT.PortMapping.1.Description"), rw(QStringLiteral("web")));
    return t;
}

QStringList describe(const QList<DiffEntry> &diff)
{
    QStringList out;
    for (const DiffEntry &e : diff)
        out << QStringLiteral("%1 %2").arg(diffKindName(e.kind), e.path);
    return out;
}

} // namespace

class ParameterDiffTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void identicalTreesHaveNoDifferences();
    void reportsChangedValueWithOldAndNew();
    void hidesCountersAndUptimeUnlessAsked();
    void foldsEntriesUnderAnAddedInstance();
    void reportsTheTopmostRemovedInstanceOnly();
    void reportsWritabilityChanges();
    void limitsToASubtree();
    void readsTheCacheAndSnapshotsAlike();
    void exportsCsvWithQuoting();
    void planDeletesDeepestFirstThenAddsThenSets();
    void planSetsNestedInstancesAfterTheirParents();
    void planSkipsReadOnlyAndMissingParameters();
    void planStepsBecomeTaskArguments();
};

void ParameterDiffTest::identicalTreesHaveNoDifferences()
{
    QVERIFY(diffTrees(gateway(), gateway()).isEmpty());
}

void ParameterDiffTest::reportsChangedValueWithOldAndNew()
{
    ParameterTree after = gateway();
    after[QStringLiteral("Device.WiFi.SSID.1.SSID")].value = QStringLiteral("bench");
    const QList<DiffEntry> diff = diffTrees(gateway(), after);
    QCOMPARE(diff.size(), 1);
    QCOMPARE(diff.first().kind, DiffKind::ValueChanged);
    QCOMPARE(diff.first().oldValue, QStringLiteral("lab"));
    QCOMPARE(diff.first().newValue, QStringLiteral("bench"));
}

void ParameterDiffTest::hidesCountersAndUptimeUnlessAsked()
{
    ParameterTree after = gateway();
    after[QStringLiteral("Device.DeviceInfo.UpTime")].value = QStringLiteral("200");
    after[QStringLiteral("Device.WiFi.SSID.1.Stats.BytesSent")].value = QStringLiteral("99");
    QVERIFY(diffTrees(gateway(), after).isEmpty());
    QCOMPARE(diffTrees(gateway(), after, DiffOptions{{}, false}).size(), 2);
    QVERIFY(isVolatileParameter(QStringLiteral("Device.Ethernet.Interface.1.Stats.PacketsReceived")));
    QVERIFY(!isVolatileParameter(QStringLiteral("Device.WiFi.SSID.1.SSID")));
}

void ParameterDiffTest::foldsEntriesUnderAnAddedInstance()
{
    ParameterTree after = gateway();
    after.insert(QStringLiteral("Device.NAT.PortMapping.2.ExternalPort"), rw(QStringLiteral("22"), QStringLiteral("unsignedInt")));
    after.insert(QStringLiteral("Device.NAT.PortMapping.2.Description"), rw(QStringLiteral("ssh")));
    const QList<DiffEntry> diff = diffTrees(gateway(), after);
    QCOMPARE(describe(diff), QStringList{QStringLiteral("object added Device.NAT.PortMapping.2.")});
    QCOMPARE(diff.first().foldedEntries, 2);
}

void ParameterDiffTest::reportsTheTopmostRemovedInstanceOnly()
{
    ParameterTree before = gateway();
    before.insert(QStringLiteral("Device.NAT.PortMapping.1.X_ACME_Rule.4.Name"), rw(QStringLiteral("r")));
    ParameterTree after = before;
    for (auto it = after.begin(); it != after.end();) {
        if (it.key().startsWith(QStringLiteral("Device.NAT.PortMapping.1.")))
            it = after.erase(it);
        else
            ++it;
    }
    QCOMPARE(describe(diffTrees(before, after)), QStringList{QStringLiteral("object removed Device.NAT.PortMapping.1.")});
}

void ParameterDiffTest::reportsWritabilityChanges()
{
    ParameterTree after = gateway();
    after[QStringLiteral("Device.WiFi.SSID.2.SSID")].writable = 0;
    QCOMPARE(describe(diffTrees(gateway(), after)),
             QStringList{QStringLiteral("writability changed Device.WiFi.SSID.2.SSID")});
}

void ParameterDiffTest::limitsToASubtree()
{
    ParameterTree after = gateway();
    after[QStringLiteral("Device.WiFi.SSID.1.SSID")].value = QStringLiteral("x");
    after[QStringLiteral("Device.NAT.PortMapping.1.Description")].value = QStringLiteral("y");
    QCOMPARE(describe(diffTrees(gateway(), after, DiffOptions{QStringLiteral("Device.NAT."), true})),
             QStringList{QStringLiteral("value changed Device.NAT.PortMapping.1.Description")});
}

void ParameterDiffTest::readsTheCacheAndSnapshotsAlike()
{
    ParameterCache cache;
    cache.setValue(QStringLiteral("Device.WiFi.SSID.1.SSID"), QStringLiteral("lab"), cwmp::ValueType::String, 1);
    cache.setWritable(QStringLiteral("Device.WiFi.SSID.1.SSID"), true);
    store::Snapshot snapshot;
    snapshot.entries.append({QStringLiteral("Device.WiFi.SSID.1.SSID"), QStringLiteral("lab"), QStringLiteral("string"), 1});
    const ParameterTree fromCache = treeFromCache(cache);
    const ParameterTree fromSnapshot = treeFromSnapshot(snapshot);
    QVERIFY(diffTrees(fromCache, fromSnapshot, DiffOptions{{}, false}).isEmpty());
    QCOMPARE(fromCache.value(QStringLiteral("Device.WiFi.SSID.1.SSID")).type, QStringLiteral("string"));
    QCOMPARE(fromCache.value(QStringLiteral("Device.WiFi.SSID.1.SSID")).writable, 1);
}

void ParameterDiffTest::exportsCsvWithQuoting()
{
    ParameterTree after = gateway();
    after[QStringLiteral("Device.WiFi.SSID.1.SSID")].value = QStringLiteral("a,\"b\"");
    const QByteArray csv = diffToCsv(diffTrees(gateway(), after));
    const QList<QByteArray> lines = csv.split('\n');
    QCOMPARE(lines.first(), QByteArray("kind,path,old,new,type,old writable,new writable\r"));
    QCOMPARE(lines.at(1), QByteArray("value changed,Device.WiFi.SSID.1.SSID,lab,\"a,\"\"b\"\"\",string,true,true\r"));
}

void ParameterDiffTest::planDeletesDeepestFirstThenAddsThenSets()
{
    ParameterTree current = gateway();
    current.insert(QStringLiteral("Device.NAT.PortMapping.1.X_ACME_Rule.4.Name"), rw(QStringLiteral("r")));
    current.insert(QStringLiteral("Device.WiFi.SSID.3.SSID"), rw(QStringLiteral("old")));
    ParameterTree target = gateway();
    target[QStringLiteral("Device.WiFi.SSID.1.SSID")].value = QStringLiteral("provisioned");
    target.insert(QStringLiteral("Device.NAT.PortMapping.7.ExternalPort"), rw(QStringLiteral("443"), QStringLiteral("unsignedInt")));
    const ProvisioningPlan plan = planToMatch(current, target);
    QStringList steps;
    for (const PlanStep &s : plan.steps)
        steps << QStringLiteral("%1 %2%3").arg(s.taskKind(), s.objectPath, s.addedInstance);
    const QStringList expected{
        QStringLiteral("deleteObject Device.NAT.PortMapping.1.X_ACME_Rule.4."),
        QStringLiteral("deleteObject Device.WiFi.SSID.3."),
        QStringLiteral("addObject Device.NAT.PortMapping.Device.NAT.PortMapping.7."),
        QStringLiteral("setParameterValues Device.NAT.PortMapping.7."),
        QStringLiteral("setParameterValues "),
    };
    QCOMPARE(steps, expected);
    QCOMPARE(plan.steps.at(2).targetInstance, 7);
    QCOMPARE(plan.steps.at(3).values.size(), 1);
    QCOMPARE(plan.steps.at(4).values.size(), 1);
    QCOMPARE(plan.steps.at(4).values.first().value, QStringLiteral("provisioned"));
    QCOMPARE(plan.valueCount(), 2);
}

void ParameterDiffTest::planSetsNestedInstancesAfterTheirParents()
{
    const ParameterTree current = gateway();
    ParameterTree target = gateway();
    target.insert(QStringLiteral("Device.NAT.PortMapping.5.Description"), rw(QStringLiteral("p")));
    target.insert(QStringLiteral("Device.NAT.PortMapping.5.X_ACME_Rule.2.Name"), rw(QStringLiteral("n")));
    const ProvisioningPlan plan = planToMatch(current, target);
    QCOMPARE(plan.steps.size(), 4);
    QCOMPARE(plan.steps.at(0).addedInstance, QStringLiteral("Device.NAT.PortMapping.5."));
    QCOMPARE(plan.steps.at(1).values.size(), 1); // only Description: Name belongs to the nested one
    QCOMPARE(plan.steps.at(2).kind, PlanStep::Kind::AddObject);
    QCOMPARE(plan.steps.at(2).objectPath, QStringLiteral("Device.NAT.PortMapping.5.X_ACME_Rule."));
    QCOMPARE(plan.steps.at(3).values.first().path, QStringLiteral("Device.NAT.PortMapping.5.X_ACME_Rule.2.Name"));
}

void ParameterDiffTest::planSkipsReadOnlyAndMissingParameters()
{
    ParameterTree target = gateway();
    target[QStringLiteral("Device.DeviceInfo.SoftwareVersion")].value = QStringLiteral("2.0");
    target.insert(QStringLiteral("Device.DeviceInfo.X_ACME_Extra"), rw(QStringLiteral("1")));
    const ProvisioningPlan plan = planToMatch(gateway(), target);
    QVERIFY(plan.steps.isEmpty());
    QCOMPARE(plan.skipped.size(), 2);
    QCOMPARE(plan.skipped.at(0).path, QStringLiteral("Device.DeviceInfo.SoftwareVersion"));
    QVERIFY(plan.skipped.at(0).reason.contains(QStringLiteral("read-only")));
}

void ParameterDiffTest::planStepsBecomeTaskArguments()
{
    PlanStep set{PlanStep::Kind::SetValues, {}, 0,
                 {{QStringLiteral("Device.A"), QStringLiteral("1"), QStringLiteral("unsignedInt")}}, {}};
    QCOMPARE(set.taskKind(), QStringLiteral("setParameterValues"));
    const QJsonArray row = set.taskArgs().value(QStringLiteral("parameterValues")).toArray().first().toArray();
    QCOMPARE(row, (QJsonArray{QStringLiteral("Device.A"), QStringLiteral("1"), QStringLiteral("unsignedInt")}));
    PlanStep add{PlanStep::Kind::AddObject, QStringLiteral("Device.NAT.PortMapping."), 2, {}, {}};
    QCOMPARE(add.taskArgs().value(QStringLiteral("objectName")).toString(), QStringLiteral("Device.NAT.PortMapping."));
}

QTEST_GUILESS_MAIN(ParameterDiffTest)
#include "tst_parameterdiff.moc"
