// The full-tree refresh strategy, driven directly with the responses devices give: one
// GetParameterValues with the partial path where it works; named batches where a device
// faults on that, drops the session, or answers with a short list (netcwmp); smaller
// batches after a fault; and what was learnt reported for the device model.

#include <acs/taskrun.h>

#include <cwmp/faultcodes.h>

#include <QtTest>

using namespace acs;

namespace {

Task refreshTask(const QString &path)
{
    Task t;
    t.id = 1;
    t.deviceId = QStringLiteral("DEV");
    t.kind = QStringLiteral("refreshObject");
    t.args = QJsonObject{{QStringLiteral("objectName"), path}};
    return t;
}

cwmp::GetParameterNamesResponse names(int count)
{
    cwmp::GetParameterNamesResponse r;
    r.parameterList.append({QStringLiteral("Device.Hosts."), false});
    for (int i = 1; i <= count; ++i)
        r.parameterList.append({QStringLiteral("Device.Hosts.Host.%1.HostName").arg(i), false});
    return r;
}

cwmp::GetParameterValuesResponse values(const QStringList &paths)
{
    cwmp::GetParameterValuesResponse r;
    for (const QString &p : paths)
        r.parameterList.append({p, QStringLiteral("host"), cwmp::ValueType::String});
    return r;
}

QStringList requestedNames(const cwmp::Body &request)
{
    return std::get<cwmp::GetParameterValues>(request).parameterNames;
}

} // namespace

class TaskRunTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void partialPathReadsTheSubtreeInTwoRoundTrips()
    {
        ParameterCache cache;
        auto run = TaskRun::create(refreshTask(QStringLiteral("Device.Hosts.")), cache, RefreshStrategy{});
        QVERIFY(std::holds_alternative<cwmp::GetParameterNames>(*run->nextRequest()));
        run->handleResponse(names(50), 1);
        const cwmp::Body gpv = *run->nextRequest();
        QCOMPARE(requestedNames(gpv), QStringList{QStringLiteral("Device.Hosts.")});
        QStringList all;
        for (int i = 1; i <= 50; ++i)
            all << QStringLiteral("Device.Hosts.Host.%1.HostName").arg(i);
        run->handleResponse(values(all), 2);
        QCOMPARE(run->status(), TaskRun::Status::Done);
        QVERIFY(!run->nextRequest());
        QCOMPARE(run->result().value(QStringLiteral("parameters")).toInt(), 50);
        QVERIFY(!run->learntStrategy());
        QCOMPARE(cache.find(QStringLiteral("Device.Hosts.Host.7.HostName"))->value, QStringLiteral("host"));
    }

    void aFaultOnThePartialPathFallsBackToNamedBatches()
    {
        ParameterCache cache;
        RefreshStrategy strategy;
        strategy.batchSize = 20;
        auto run = TaskRun::create(refreshTask(QStringLiteral("Device.Hosts.")), cache, strategy);
        run->nextRequest();
        run->handleResponse(names(50), 1);
        run->nextRequest();
        run->handleResponse(cwmp::makeFault(cwmp::InternalError), 2);
        // 50 names in batches of 20: 20, 20, 10.
        QList<int> sizes;
        while (std::optional<cwmp::Body> next = run->nextRequest()) {
            const QStringList batch = requestedNames(*next);
            sizes << int(batch.size());
            run->handleResponse(values(batch), 3);
        }
        QCOMPARE(sizes, (QList<int>{20, 20, 10}));
        QCOMPARE(run->status(), TaskRun::Status::Done);
        QVERIFY(run->learntStrategy());
        QVERIFY(!run->learntStrategy()->partialPathGpv);
        QCOMPARE(run->learntStrategy()->toString(), QStringLiteral("named-batches:20"));
    }

    void aShortAnswerIsCompletedByName()
    {
        // netcwmp answers names it does not resolve with an empty list instead of 9005.
        ParameterCache cache;
        auto run = TaskRun::create(refreshTask(QStringLiteral("Device.Hosts.")), cache, RefreshStrategy{});
        run->nextRequest();
        run->handleResponse(names(10), 1);
        run->nextRequest();
        run->handleResponse(values({QStringLiteral("Device.Hosts.Host.1.HostName")}), 2);
        const QStringList missing = requestedNames(*run->nextRequest());
        QCOMPARE(missing.size(), 9);
        QVERIFY(!missing.contains(QStringLiteral("Device.Hosts.Host.1.HostName")));
        run->handleResponse(values(missing), 3);
        QCOMPARE(run->status(), TaskRun::Status::Done);
        QCOMPARE(run->result().value(QStringLiteral("parameters")).toInt(), 10);
    }

    void batchesShrinkAfterAFault()
    {
        ParameterCache cache;
        RefreshStrategy strategy;
        strategy.partialPathGpv = false;
        strategy.batchSize = 40;
        auto run = TaskRun::create(refreshTask(QStringLiteral("Device.Hosts.")), cache, strategy);
        run->nextRequest();
        run->handleResponse(names(40), 1);
        QCOMPARE(requestedNames(*run->nextRequest()).size(), 40);
        run->handleResponse(cwmp::makeFault(cwmp::ResourcesExceeded), 2);
        // The same names again, a quarter at a time.
        const QStringList retry = requestedNames(*run->nextRequest());
        QCOMPARE(retry.size(), 10);
        QCOMPARE(retry.constFirst(), QStringLiteral("Device.Hosts.Host.1.HostName"));
        QCOMPARE(run->learntStrategy()->batchSize, 10);
    }

    void aDroppedSessionOnThePartialPathIsRemembered()
    {
        // genieacs-sim's worker crashes on a partial-path GetParameterValues.
        ParameterCache cache;
        auto run = TaskRun::create(refreshTask(QStringLiteral("Device.Hosts.")), cache, RefreshStrategy{});
        run->nextRequest();
        run->handleResponse(names(5), 1);
        run->nextRequest();
        run->sessionLost();
        QVERIFY(run->learntStrategy());
        QVERIFY(!run->learntStrategy()->partialPathGpv);
    }

    void namesNoLongerListedLeaveTheCache()
    {
        ParameterCache cache;
        cache.setValue(QStringLiteral("Device.Hosts.Host.99.HostName"), QStringLiteral("gone"), cwmp::ValueType::String, 1);
        cache.setValue(QStringLiteral("Device.HostsX.Other"), QStringLiteral("kept"), cwmp::ValueType::String, 1);
        auto run = TaskRun::create(refreshTask(QStringLiteral("Device.Hosts.")), cache, RefreshStrategy{});
        run->nextRequest();
        run->handleResponse(names(2), 1);
        QVERIFY(!cache.find(QStringLiteral("Device.Hosts.Host.99.HostName")));
        QVERIFY(cache.find(QStringLiteral("Device.HostsX.Other")));
        QVERIFY(run->takeRemovedPaths().contains(QStringLiteral("Device.Hosts.Host.99.HostName")));
    }

    void aDeviceFaultOnTheNamesFailsTheTask()
    {
        ParameterCache cache;
        auto run = TaskRun::create(refreshTask(QStringLiteral("Device.Nope.")), cache, RefreshStrategy{});
        run->nextRequest();
        run->handleResponse(cwmp::makeFault(cwmp::InvalidParameterName), 1);
        QCOMPARE(run->status(), TaskRun::Status::Fault);
        QCOMPARE(run->faultCode(), 9005);
    }
};

QTEST_GUILESS_MAIN(TaskRunTest)
#include "tst_taskrun.moc"
