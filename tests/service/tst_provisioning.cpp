// Snapshots, diffs, plans and profiles end to end: the shared composition (AcsService) over
// a workspace in a temporary folder, and the real cwmp-cpe-sim devices over 127.0.0.1.

#include <service/acsservice.h>

#include <acs/bootstrapprovisioner.h>
#include <acs/profileplanner.h>

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <support/testpaths.h>

#include <memory>
#include <optional>

using acs::DiffKind;
using acs::PlanRunner;
using acs::PlanStep;

namespace {

constexpr int kWaitMs = 30000;
const QString kPortMappings = QStringLiteral("Device.NAT.PortMapping.");

template <typename T>
T await(QFuture<T> future)
{
    (void)QTest::qWaitFor([&] { return future.isFinished(); }, kWaitMs);
    return future.result();
}

} // namespace

class tst_Provisioning : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<service::AcsService> m_service;
    QList<QProcess *> m_sims;
    QString m_a;
    QString m_b;

    acs::AcsEngine &engine() { return m_service->engine(); }
    acs::Provisioning &provisioning() { return m_service->provisioning(); }

    QStringList startSimulator(const QString &serialBase, int count, const QStringList &extra = {})
    {
        const QStringList before = engine().devices().ids();
        auto *sim = new QProcess(this);
        sim->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        sim->start(testsupport::simulatorPath(),
                   QStringList{QStringLiteral("--acs"), QStringLiteral("http://127.0.0.1:%1/").arg(engine().port()),
                               QStringLiteral("--cr-port"), QStringLiteral("0"), QStringLiteral("--cr-username"),
                               QStringLiteral("acs"), QStringLiteral("--cr-password"), QStringLiteral("cr-secret"),
                               QStringLiteral("--serial-base"), serialBase, QStringLiteral("--count"), QString::number(count),
                               QStringLiteral("--periodic-interval"), QStringLiteral("3600"), QStringLiteral("--state-dir"),
                               m_dir.filePath(serialBase), QStringLiteral("--log"), QStringLiteral("warn")}
                       + extra);
        m_sims.append(sim);
        if (!sim->waitForStarted())
            return {};
        (void)QTest::qWaitFor([&] { return engine().devices().ids().size() == before.size() + count; }, kWaitMs);
        QStringList added;
        for (const QString &id : engine().devices().ids()) {
            if (!before.contains(id))
                added.append(id);
        }
        added.sort();
        return added;
    }

    // Queues a task, wakes the device and waits for the task to end.
    acs::Task run(const QString &id, const QString &kind, const QJsonObject &args)
    {
        QString why;
        const auto task = engine().queueTask(id, kind, args, &why);
        if (!task) {
            acs::Task failed;
            failed.state = acs::TaskState::Fault;
            failed.faultString = why;
            return failed;
        }
        // A device that has just closed a session may refuse a connection request as busy:
        // ask again while the task waits.
        QDeadlineTimer deadline(kWaitMs);
        while (!acs::isFinished(engine().tasks().find(task->id)->state) && !deadline.hasExpired()) {
            if (engine().tasks().find(task->id)->state == acs::TaskState::Queued && !engine().isInSession(id))
                engine().connectionRequest(id);
            (void)QTest::qWaitFor([&] { return acs::isFinished(engine().tasks().find(task->id)->state); }, 2000);
        }
        return *engine().tasks().find(task->id);
    }

    QString readFromDevice(const QString &id, const QString &path)
    {
        const acs::Task t = run(id, QStringLiteral("getParameterValues"), {{QStringLiteral("parameterNames"), QJsonArray{path}}});
        return t.result.value(QStringLiteral("parameterValues")).toArray().at(0).toArray().at(1).toString();
    }

    bool waitForRun(qint64 runId)
    {
        return QTest::qWaitFor([&] { return provisioning().run(runId)->runner->isFinished(); }, 60000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (!QFile::exists(testsupport::simulatorPath()))
            QSKIP("cwmp-cpe-sim is not built next to the test");
        m_service = std::make_unique<service::AcsService>();
        std::optional<QString> opened;
        m_service->open(m_dir.filePath(QStringLiteral("workspace")),
                        [&](bool ok, const QString &error) { opened = ok ? QString() : error; });
        QVERIFY(QTest::qWaitFor([&] { return opened.has_value(); }, kWaitMs));
        QVERIFY2(opened->isEmpty(), qPrintable(*opened));
        service::ServiceSettings s;
        s.acs.address = QHostAddress::LocalHost;
        s.acs.port = 0;
        s.acs.authMode = acs::CpeAuthMode::None;
        s.acs.crUsername = QStringLiteral("acs");
        s.acs.crPassword = QStringLiteral("cr-secret");
        s.crCredentialsGiven = true;
        s.acs.crMinIntervalMs = 0;
        s.acs.session.holdMs = 1000;
        QString error;
        QVERIFY2(m_service->apply(s, &error), qPrintable(error));
        const QStringList ids = startSimulator(QStringLiteral("PV0001"), 2);
        QCOMPARE(ids.size(), 2);
        m_a = ids.at(0);
        m_b = ids.at(1);
    }

    void cleanupTestCase()
    {
        for (QProcess *sim : std::as_const(m_sims)) {
            sim->terminate();
            sim->waitForFinished(5000);
        }
        m_service.reset();
    }

    void diffOfTwoSnapshotsAroundASetShowsExactlyThatChange()
    {
        QCOMPARE(run(m_a, QStringLiteral("refreshObject"), {{QStringLiteral("objectName"), QStringLiteral("Device.DeviceInfo.")}}).state,
                 acs::TaskState::Done);
        const auto before = await(provisioning().takeSnapshot(m_a, QStringLiteral("before")));
        QVERIFY(before);
        QVERIFY(before.value().entryCount > 20);
        const QString path = QStringLiteral("Device.DeviceInfo.ProvisioningCode");
        const QString old = engine().devices().find(m_a)->parameters.find(path)->value;
        QCOMPARE(run(m_a, QStringLiteral("setParameterValues"),
                     {{QStringLiteral("parameterValues"), QJsonArray{QJsonArray{path, QStringLiteral("after-the-set"), QStringLiteral("xsd:string")}}}})
                     .state,
                 acs::TaskState::Done);
        const auto after = await(provisioning().takeSnapshot(m_a, QStringLiteral("after")));
        QVERIFY(after);

        std::optional<QList<acs::DiffEntry>> diff;
        QString error;
        provisioning().diff(m_a, QString::number(before.value().id), QString::number(after.value().id), {}, this,
                            [&](std::optional<QList<acs::DiffEntry>> d, const QString &e) { diff = d; error = e; });
        QTRY_VERIFY(diff.has_value() || !error.isEmpty());
        QVERIFY2(diff, qPrintable(error));
        QCOMPARE(diff->size(), 1);
        QCOMPARE(diff->at(0).kind, DiffKind::ValueChanged);
        QCOMPARE(diff->at(0).path, path);
        QCOMPARE(diff->at(0).oldValue, old);
        QCOMPARE(diff->at(0).newValue, QStringLiteral("after-the-set"));

        // Another device's snapshot is not this device's.
        std::optional<QString> refused;
        provisioning().diff(m_b, QString::number(before.value().id), QStringLiteral("current"), {}, this,
                            [&](std::optional<QList<acs::DiffEntry>>, const QString &e) { refused = e; });
        QTRY_VERIFY(refused.has_value());
        QVERIFY2(refused->contains(QStringLiteral("another device")), qPrintable(*refused));
    }

    void planFromADiffMakesAnotherDeviceMatchWithItsOwnInstanceNumbers()
    {
        // Device A: rows 9 and 10 added, 9 deleted, 10 configured. Device B will number
        // its new row 9: the plan names it 10 and must follow the device's number.
        const acs::Task add9 = run(m_a, QStringLiteral("addObject"), {{QStringLiteral("objectName"), kPortMappings}});
        QCOMPARE(add9.state, acs::TaskState::Done);
        const int first = add9.result.value(QStringLiteral("instanceNumber")).toInt();
        const acs::Task add10 = run(m_a, QStringLiteral("addObject"), {{QStringLiteral("objectName"), kPortMappings}});
        const int second = add10.result.value(QStringLiteral("instanceNumber")).toInt();
        QVERIFY(second > first);
        QCOMPARE(run(m_a, QStringLiteral("deleteObject"), {{QStringLiteral("objectName"), kPortMappings + QString::number(first) + u'.'}}).state,
                 acs::TaskState::Done);
        const QString row = kPortMappings + QString::number(second) + u'.';
        QCOMPARE(run(m_a, QStringLiteral("setParameterValues"),
                     {{QStringLiteral("parameterValues"),
                       QJsonArray{QJsonArray{row + QStringLiteral("Description"), QStringLiteral("copied from A")},
                                  QJsonArray{row + QStringLiteral("InternalPort"), QStringLiteral("2222"), QStringLiteral("xsd:unsignedInt")}}}})
                     .state,
                 acs::TaskState::Done);
        for (const QString &id : {m_a, m_b})
            QCOMPARE(run(id, QStringLiteral("refreshObject"), {{QStringLiteral("objectName"), QStringLiteral("Device.NAT.")}}).state,
                     acs::TaskState::Done);

        std::optional<acs::ProvisioningPlan> plan;
        QString error;
        acs::DiffOptions options;
        options.subtree = QStringLiteral("Device.NAT.");
        provisioning().plan(m_b, QStringLiteral("device:") + m_a, options, this,
                            [&](std::optional<acs::ProvisioningPlan> p, const QString &e) { plan = p; error = e; });
        QTRY_VERIFY(plan.has_value() || !error.isEmpty());
        QVERIFY2(plan, qPrintable(error));
        QCOMPARE(plan->steps.size(), 2);
        QCOMPARE(plan->steps.at(0).kind, PlanStep::Kind::AddObject);
        QCOMPARE(plan->steps.at(0).objectPath, kPortMappings);
        QCOMPARE(plan->steps.at(0).addedInstance, row);
        QCOMPARE(plan->steps.at(1).kind, PlanStep::Kind::SetValues);
        for (const acs::PlannedValue &v : plan->steps.at(1).values)
            QVERIFY2(v.path.startsWith(row), qPrintable(v.path));

        const auto started = provisioning().start(m_b, plan->steps, QStringLiteral("match A"));
        QVERIFY(waitForRun(started.id));
        const PlanRunner &runner = *provisioning().run(started.id)->runner;
        QVERIFY2(runner.succeeded(), qPrintable(runner.steps().constLast().faultString));
        const QString created = runner.instanceMap().value(row);
        QCOMPARE(created, kPortMappings + QString::number(first) + u'.'); // B's own next number
        QCOMPARE(runner.steps().at(1).sent.values.constFirst().path.left(created.size()), created);
        QCOMPARE(readFromDevice(m_b, created + QStringLiteral("Description")), QStringLiteral("copied from A"));
        QCOMPARE(readFromDevice(m_b, created + QStringLiteral("InternalPort")), QStringLiteral("2222"));
        QCOMPARE(readFromDevice(m_b, created + QStringLiteral("Alias")), readFromDevice(m_a, row + QStringLiteral("Alias")));
    }

    void profileIsAppliedToAFreshDeviceOnBootstrapWithoutAClick()
    {
        store::Profile p;
        p.name = QStringLiteral("demo bootstrap");
        p.applyOnBootstrap = true;
        p.objects = {kPortMappings + QStringLiteral("77.")};
        p.values = {{QStringLiteral("Device.DeviceInfo.ProvisioningCode"), QStringLiteral("provisioned-on-bootstrap"), QStringLiteral("string")},
                    {kPortMappings + QStringLiteral("77.Description"), QStringLiteral("demo row"), QString()}};
        QVERIFY(await(provisioning().profiles().save(p)));
        QSignalSpy applied(&provisioning().bootstrap(), &acs::BootstrapProvisioner::applied);

        const QStringList fresh = startSimulator(QStringLiteral("PV0100"), 1); // empty --state-dir: 0 BOOTSTRAP
        QCOMPARE(fresh.size(), 1);
        QVERIFY(engine().devices().find(fresh.at(0))->lastEvents.contains(QStringLiteral("0 BOOTSTRAP")));
        QTRY_COMPARE_WITH_TIMEOUT(applied.count(), 1, kWaitMs);
        QCOMPARE(applied.at(0).at(1).toString(), p.name);
        const qint64 runId = applied.at(0).at(2).toLongLong();
        QVERIFY(waitForRun(runId));
        const PlanRunner &runner = *provisioning().run(runId)->runner;
        QVERIFY2(runner.succeeded(), qPrintable(runner.steps().constLast().faultString));
        QCOMPARE(readFromDevice(fresh.at(0), QStringLiteral("Device.DeviceInfo.ProvisioningCode")), QStringLiteral("provisioned-on-bootstrap"));
        const QString row = runner.instanceMap().value(kPortMappings + QStringLiteral("77."));
        QVERIFY(!row.isEmpty());
        QCOMPARE(readFromDevice(fresh.at(0), row + QStringLiteral("Description")), QStringLiteral("demo row"));
        QVERIFY(await(provisioning().profiles().remove(p.name)));
    }

    void aRefusedStepCarriesItsFaultAndSkipsTheRest()
    {
        const QStringList refusing = startSimulator(QStringLiteral("PV0200"), 1, {QStringLiteral("--fault"), QStringLiteral("refuse-spv")});
        QCOMPARE(refusing.size(), 1);
        store::Profile p;
        p.name = QStringLiteral("refused");
        p.objects = {kPortMappings + QStringLiteral("5.")};
        p.values = {{kPortMappings + QStringLiteral("5.Description"), QStringLiteral("x"), QString()},
                    {QStringLiteral("Device.DeviceInfo.ProvisioningCode"), QStringLiteral("y"), QString()}};
        const auto started = provisioning().applyProfile(refusing.at(0), p);
        QVERIFY(waitForRun(started.id));
        const auto &steps = provisioning().run(started.id)->runner->steps();
        QCOMPARE(steps.size(), 3);
        QCOMPARE(steps.at(0).state, PlanRunner::StepState::Done);
        QCOMPARE(steps.at(1).state, PlanRunner::StepState::Fault);
        QCOMPARE(steps.at(1).faultCode, 9003);
        QVERIFY2(steps.at(1).detail.contains(QStringLiteral("9007")), qPrintable(steps.at(1).detail));
        QCOMPARE(steps.at(2).state, PlanRunner::StepState::Skipped);
        QVERIFY(!provisioning().run(started.id)->runner->succeeded());
    }
};

QTEST_GUILESS_MAIN(tst_Provisioning)
#include "tst_provisioning.moc"
