// What a restart of the workbench keeps: an in-process engine over a workspace folder (a
// real SQLite file in a temporary folder) and the real `cwmp-cpe-sim` as its device, found
// next to this test in build/bin. Tasks queued while the device is away are written to
// the store at once, come back queued and in order after the engine and the workspace
// are rebuilt, and run when the device returns; and what a kill -9 leaves on disk (the
// database with its committed WAL) already holds them.

#include <acs/acsengine.h>
#include <acs/fileserver.h>
#include <acs/workspace.h>

#include <store/database.h>

#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <support/testpaths.h>

#include <memory>

using namespace acs;

namespace {

constexpr int kWaitMs = 30000;

const QString kInterval = QStringLiteral("Device.ManagementServer.PeriodicInformInterval");
const QString kCrUsername = QStringLiteral("acs");
const QString kCrPassword = QStringLiteral("wake-up-please");

using testsupport::simulatorPath;

// What a process of the workbench owns: the workspace first, since the engine is built
// over its persistence and must go before it (the database then runs its last writes).
struct Acs {
    Workspace workspace;
    FileServer files;
    AcsEngine engine{workspace.persistence()};
};

// Opens dir into acs and waits for the outcome; the error, or empty.
QString openWorkspace(Acs &acs, const QString &dir)
{
    std::optional<QString> outcome;
    acs.workspace.open(dir, acs.engine, acs.files, [&](bool ok, const QString &error) {
        outcome = ok ? QString() : (error.isEmpty() ? QStringLiteral("failed without a reason") : error);
    });
    if (!QTest::qWaitFor([&] { return outcome.has_value(); }, kWaitMs))
        return QStringLiteral("the workspace did not open in time");
    return *outcome;
}

AcsSettings localSettings()
{
    AcsSettings s;
    s.address = QHostAddress::LocalHost;
    s.port = 0;
    s.authMode = CpeAuthMode::None; // authentication is the headless test's subject
    s.crUsername = kCrUsername;
    s.crPassword = kCrPassword;
    s.crMinIntervalMs = 0;
    return s;
}

// The three tasks the engineer queues while the device is away, in this order.
struct Queued {
    QString kind;
    QJsonObject args;
};

QList<Queued> threeTasks()
{
    return {
        {QStringLiteral("getParameterValues"), QJsonObject{{QStringLiteral("parameterNames"), QJsonArray{kInterval}}}},
        {QStringLiteral("setParameterValues"),
         QJsonObject{{QStringLiteral("parameterValues"), QJsonArray{QJsonArray{kInterval, QStringLiteral("1234"), QStringLiteral("xsd:unsignedInt")}}},
                     {QStringLiteral("parameterKey"), QStringLiteral("restart-1")}}},
        {QStringLiteral("addObject"), QJsonObject{{QStringLiteral("objectName"), QStringLiteral("Device.NAT.PortMapping.")}}},
    };
}

// The value of path in a getParameterValues result ([[name, value, type], ...]).
QString valueIn(const QJsonObject &result, const QString &path)
{
    for (const QJsonValue &row : result.value(QLatin1String("parameterValues")).toArray()) {
        if (row.toArray().at(0).toString() == path)
            return row.toArray().at(1).toString();
    }
    return {};
}

QString describe(const QList<Task> &tasks)
{
    QStringList out;
    for (const Task &t : tasks)
        out << QStringLiteral("%1 %2 %3 %4").arg(t.id).arg(t.kind, taskStateName(t.state), t.faultString);
    return out.join(QStringLiteral("; "));
}

} // namespace

class tst_WorkspaceRestart : public QObject
{
    Q_OBJECT

private:
    // One simulated gateway with its state in stateDir, so a second start is the same
    // device (same serial, same data model as it was left).
    bool startDevice(QProcess &process, const AcsEngine &engine, const QString &stateDir)
    {
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(simulatorPath(),
                      {QStringLiteral("--acs"), QStringLiteral("http://127.0.0.1:%1/").arg(engine.port()), QStringLiteral("--serial-base"),
                       QStringLiteral("RESTART01"), QStringLiteral("--cr-port"), QStringLiteral("0"), QStringLiteral("--cr-username"),
                       kCrUsername, QStringLiteral("--cr-password"), kCrPassword, QStringLiteral("--state-dir"), stateDir,
                       QStringLiteral("--log"), QStringLiteral("error")});
        return process.waitForStarted(kWaitMs);
    }

    bool stopDevice(QProcess &process)
    {
        process.terminate();
        return process.waitForFinished(kWaitMs) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    }

    // Starts the device and waits until its first session is over; the device's id.
    QString registerDevice(Acs &acs, QProcess &device, const QString &stateDir)
    {
        QSignalSpy ended(&acs.engine, &AcsEngine::sessionFinished);
        if (!startDevice(device, acs.engine, stateDir))
            return {};
        if (!QTest::qWaitFor([&] { return !ended.isEmpty(); }, kWaitMs))
            return {};
        const QStringList ids = acs.engine.devices().ids();
        return ids.size() == 1 ? ids.constFirst() : QString();
    }

    QList<qint64> queueThreeTasks(AcsEngine &engine, const QString &deviceId)
    {
        QList<qint64> ids;
        for (const Queued &q : threeTasks()) {
            QString why;
            const std::optional<Task> t = engine.queueTask(deviceId, q.kind, q.args, &why);
            if (!t) {
                qWarning("cannot queue %s: %s", qPrintable(q.kind), qPrintable(why));
                return {};
            }
            ids << t->id;
        }
        return ids;
    }

    // The device's tasks are the three of threeTasks(), queued, under these ids in this order.
    void verifyThreeQueued(AcsEngine &engine, const QString &deviceId, const QList<qint64> &ids)
    {
        const QList<Task> tasks = engine.tasks().tasksOf(deviceId);
        QVERIFY2(tasks.size() == 3, qPrintable(describe(tasks)));
        const QList<Queued> expected = threeTasks();
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(tasks.at(i).id, ids.at(i));
            QCOMPARE(tasks.at(i).kind, expected.at(i).kind);
            QCOMPARE(tasks.at(i).args, expected.at(i).args);
            QCOMPARE(tasks.at(i).state, TaskState::Queued);
            QCOMPARE(tasks.at(i).deviceId, deviceId);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(simulatorPath()).isExecutable(),
                 qPrintable(QStringLiteral("%1 is missing: build the cwmp-cpe-sim target").arg(simulatorPath())));
    }

    void queuedTasksSurviveARestartAndRunWhenTheDeviceReturns()
    {
        QTemporaryDir workspaceDir;
        QTemporaryDir stateDir;
        QVERIFY(workspaceDir.isValid() && stateDir.isValid());

        QString deviceId;
        QList<qint64> taskIds;
        {
            auto first = std::make_unique<Acs>();
            QCOMPARE(openWorkspace(*first, workspaceDir.path()), QString());
            QVERIFY2(first->engine.start(localSettings()), qPrintable(first->engine.errorString()));
            QProcess device;
            deviceId = registerDevice(*first, device, stateDir.path());
            QVERIFY2(!deviceId.isEmpty(), "the simulator did not register");
            QVERIFY(stopDevice(device));

            taskIds = queueThreeTasks(first->engine, deviceId);
            QCOMPARE(taskIds.size(), 3);
            verifyThreeQueued(first->engine, deviceId, taskIds);
            // As a restart does: the engine goes, then the workspace (and its database).
            first.reset();
        }

        auto second = std::make_unique<Acs>();
        QCOMPARE(openWorkspace(*second, workspaceDir.path()), QString());
        QVERIFY2(second->engine.devices().find(deviceId), qPrintable(second->engine.devices().ids().join(u' ')));
        verifyThreeQueued(second->engine, deviceId, taskIds);

        QVERIFY2(second->engine.start(localSettings()), qPrintable(second->engine.errorString()));
        QProcess device;
        QVERIFY(startDevice(device, second->engine, stateDir.path()));
        // The device's boot Inform opens the session that carries the three tasks.
        QTRY_VERIFY2_WITH_TIMEOUT(
            [&] {
                const QList<Task> tasks = second->engine.tasks().tasksOf(deviceId);
                return tasks.size() == 3 && std::all_of(tasks.cbegin(), tasks.cend(), [](const Task &t) { return isFinished(t.state); });
            }(),
            qPrintable(describe(second->engine.tasks().tasksOf(deviceId))), kWaitMs);
        const QList<Task> done = second->engine.tasks().tasksOf(deviceId);
        for (const Task &t : done)
            QVERIFY2(t.state == TaskState::Done, qPrintable(describe(done)));
        // In queue order: the read went out before the write and saw the profile's value.
        QCOMPARE(valueIn(done.at(0).result, kInterval), QStringLiteral("3600"));
        QVERIFY2(done.at(0).finishedMs <= done.at(1).sentMs, qPrintable(describe(done)));
        QVERIFY2(done.at(1).finishedMs <= done.at(2).sentMs, qPrintable(describe(done)));
        QVERIFY2(done.at(2).result.value(QLatin1String("instanceNumber")).toInteger() > 0,
                 qPrintable(QString::fromUtf8(QJsonDocument(done.at(2).result).toJson(QJsonDocument::Compact))));

        const CachedParameter *cached = second->engine.devices().find(deviceId)->parameters.find(kInterval);
        QVERIFY(cached);
        QCOMPARE(cached->value, QStringLiteral("1234"));

        // Read back from the device itself, woken by a connection request.
        QSignalSpy woken(&second->engine, &AcsEngine::connectionRequestFinished);
        QString why;
        const std::optional<Task> readBack = second->engine.queueTask(
            deviceId, QStringLiteral("getParameterValues"), QJsonObject{{QStringLiteral("parameterNames"), QJsonArray{kInterval}}}, &why);
        QVERIFY2(readBack, qPrintable(why));
        second->engine.connectionRequest(deviceId);
        QTRY_VERIFY2_WITH_TIMEOUT(isFinished(second->engine.tasks().find(readBack->id)->state),
                                  qPrintable(describe(second->engine.tasks().tasksOf(deviceId))), kWaitMs);
        QVERIFY2(!woken.isEmpty() && woken.constFirst().at(1).toBool(),
                 qPrintable(woken.isEmpty() ? QStringLiteral("no connection request") : woken.constFirst().at(2).toString()));
        const Task read = *second->engine.tasks().find(readBack->id);
        QCOMPARE(read.state, TaskState::Done);
        QCOMPARE(valueIn(read.result, kInterval), QStringLiteral("1234"));
        QVERIFY(stopDevice(device));
    }

    // kill -9 runs no destructor: what survives is what SQLite committed, the database file
    // and its WAL. Copying the two while the engine keeps running is that state; the copy
    // is opened as the next start would open it (SQLite replays the WAL).
    void committedTasksAreInTheFilesAKillLeavesBehind()
    {
        QTemporaryDir workspaceDir;
        QTemporaryDir stateDir;
        QVERIFY(workspaceDir.isValid() && stateDir.isValid());

        Acs running;
        QCOMPARE(openWorkspace(running, workspaceDir.path()), QString());
        QVERIFY2(running.engine.start(localSettings()), qPrintable(running.engine.errorString()));
        QProcess device;
        const QString deviceId = registerDevice(running, device, stateDir.path());
        QVERIFY2(!deviceId.isEmpty(), "the simulator did not register");
        QVERIFY(stopDevice(device));
        const QList<qint64> taskIds = queueThreeTasks(running.engine, deviceId);
        QCOMPARE(taskIds.size(), 3);

        const QString database = store::Database::filePathFor(workspaceDir.path());
        const QString wal = database + QStringLiteral("-wal");
        // The store commits on its own thread, a moment after queueTask returned: take
        // copies until one holds the tasks (each copy is a possible kill -9 moment).
        auto copies = std::make_shared<QList<std::shared_ptr<QTemporaryDir>>>();
        std::unique_ptr<Acs> restarted;
        const auto copyHoldsTheTasks = [&] {
            auto copy = std::make_shared<QTemporaryDir>();
            copies->append(copy);
            const QString copiedDatabase = store::Database::filePathFor(copy->path());
            if (!QFile::copy(database, copiedDatabase))
                return false;
            if (QFile::exists(wal) && !QFile::copy(wal, copiedDatabase + QStringLiteral("-wal")))
                return false;
            restarted = std::make_unique<Acs>();
            if (!openWorkspace(*restarted, copy->path()).isEmpty())
                return false;
            return restarted->engine.tasks().tasksOf(deviceId).size() == 3;
        };
        QTRY_VERIFY_WITH_TIMEOUT(copyHoldsTheTasks(), kWaitMs);
        QVERIFY2(QFileInfo(wal).size() > 0, "the running engine's writes should be in the WAL, not yet checkpointed");
        QVERIFY(running.engine.isListening()); // the original never stopped or closed its database
        QVERIFY(restarted->engine.devices().find(deviceId));
        verifyThreeQueued(restarted->engine, deviceId, taskIds);
    }
};

QTEST_GUILESS_MAIN(tst_WorkspaceRestart)
#include "tst_workspacerestart.moc"
