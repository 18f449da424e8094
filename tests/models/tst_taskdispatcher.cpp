// The TaskDispatcher against a real engine on 127.0.0.1 and the real simulator binary: a
// task for an idle device wakes it with a connection request and ends Done or Fault; bad
// requests are refused with a reason; a device that cannot be woken is reported after the
// retries; describe() words every outcome.

#include <taskdispatcher.h>

#include <acs/acsengine.h>

#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <support/testpaths.h>

using models::TaskDispatcher;

Q_DECLARE_METATYPE(acs::Task)

class TaskDispatcherTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    acs::AcsEngine *m_engine = nullptr;
    TaskDispatcher *m_dispatcher = nullptr;
    QProcess *m_sim = nullptr;
    QString m_id;
    QList<QStringList> m_sessionEvents;

    static QJsonObject readUpTime()
    {
        return {{QStringLiteral("parameterNames"), QJsonArray{QStringLiteral("Device.DeviceInfo.UpTime")}}};
    }

    // Waits for taskFinished of this task and returns it.
    acs::Task awaitFinished(QSignalSpy &spy, qint64 id, int timeoutMs = 30000)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < timeoutMs) {
            for (const QList<QVariant> &args : std::as_const(spy)) {
                const auto task = args.at(0).value<acs::Task>();
                if (task.id == id)
                    return task;
            }
            spy.wait(200);
        }
        return {};
    }

    void requireDevice()
    {
        if (m_id.isEmpty())
            QSKIP("cwmp-cpe-sim is not built next to the test");
        QTRY_VERIFY_WITH_TIMEOUT(!m_engine->isInSession(m_id), 15000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<acs::Task>();
        QVERIFY(m_dir.isValid());
        m_engine = new acs::AcsEngine(nullptr, this);
        acs::AcsSettings settings;
        settings.address = QHostAddress::LocalHost;
        settings.port = 0;
        settings.authMode = acs::CpeAuthMode::None;
        settings.crUsername = QStringLiteral("acs");
        settings.crPassword = QStringLiteral("cr-secret");
        settings.crMinIntervalMs = 0;
        settings.crTimeoutMs = 2000;
        settings.session.holdMs = 200;
        QVERIFY2(m_engine->start(settings), qPrintable(m_engine->errorString()));
        m_dispatcher = new TaskDispatcher(*m_engine, this);
        connect(m_engine, &acs::AcsEngine::sessionStarted, this,
                [this](const QString &, const QString &, const QStringList &events) { m_sessionEvents.append(events); });

        const QString sim = testsupport::simulatorPath();
        if (!QFile::exists(sim))
            return; // the tests that need a device skip
        m_sim = new QProcess(this);
        m_sim->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_sim->start(sim, {QStringLiteral("--acs"), QStringLiteral("http://127.0.0.1:%1/").arg(m_engine->port()),
                           QStringLiteral("--cr-port"), QStringLiteral("0"), QStringLiteral("--cr-username"),
                           QStringLiteral("acs"), QStringLiteral("--cr-password"), QStringLiteral("cr-secret"),
                           QStringLiteral("--serial-base"), QStringLiteral("TD0001"), QStringLiteral("--periodic-interval"),
                           QStringLiteral("3600"), QStringLiteral("--state-dir"), m_dir.filePath(QStringLiteral("state")),
                           QStringLiteral("--log"), QStringLiteral("warn")});
        QVERIFY(m_sim->waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(!m_engine->devices().ids().isEmpty(), 15000);
        m_id = m_engine->devices().ids().constFirst();
    }

    void cleanupTestCase()
    {
        if (m_sim && m_sim->state() != QProcess::NotRunning) {
            m_sim->terminate();
            m_sim->waitForFinished(5000);
        }
    }

    void wakesAnIdleDeviceAndReportsDone()
    {
        requireDevice();
        QSignalSpy finished(m_dispatcher, &TaskDispatcher::taskFinished);
        QSignalSpy wakeFailed(m_dispatcher, &TaskDispatcher::wakeFailed);
        const int sessions = m_sessionEvents.size();
        QString why;
        const qint64 id = m_dispatcher->submit(m_id, QStringLiteral("getParameterValues"), readUpTime(), &why);
        QVERIFY2(id > 0, qPrintable(why));
        const acs::Task task = awaitFinished(finished, id);
        QCOMPARE(task.id, id);
        QCOMPARE(task.state, acs::TaskState::Done);
        QCOMPARE(TaskDispatcher::describe(task), QStringLiteral("Read values: done."));
        QVERIFY(m_sessionEvents.size() > sessions);
        QVERIFY(m_sessionEvents.at(sessions).contains(QStringLiteral("6 CONNECTION REQUEST")));
        QVERIFY(m_engine->devices().find(m_id)->parameters.find(QStringLiteral("Device.DeviceInfo.UpTime")));
        QVERIFY(wakeFailed.isEmpty());
    }

    void describesADeviceFaultInPlainWords()
    {
        requireDevice();
        QSignalSpy finished(m_dispatcher, &TaskDispatcher::taskFinished);
        const qint64 id = m_dispatcher->submit(m_id, QStringLiteral("getParameterValues"),
                                               {{QStringLiteral("parameterNames"), QJsonArray{QStringLiteral("Device.NoSuchObject.")}}});
        QVERIFY(id > 0);
        const acs::Task task = awaitFinished(finished, id);
        QCOMPARE(task.state, acs::TaskState::Fault);
        QCOMPARE(task.faultCode, 9005);
        QVERIFY2(TaskDispatcher::describe(task).startsWith(QLatin1String("Read values failed: 9005 Invalid parameter name")),
                 qPrintable(TaskDispatcher::describe(task)));
    }

    void rebootIsDoneWhenTheDeviceReportsMReboot()
    {
        requireDevice();
        QSignalSpy finished(m_dispatcher, &TaskDispatcher::taskFinished);
        QSignalSpy progress(m_dispatcher, &TaskDispatcher::taskProgress);
        const qint64 id = m_dispatcher->submit(m_id, QStringLiteral("reboot"), {{QStringLiteral("commandKey"), QStringLiteral("td-reboot")}});
        QVERIFY(id > 0);
        const acs::Task task = awaitFinished(finished, id, 60000);
        QCOMPARE(task.state, acs::TaskState::Done);
        QCOMPARE(TaskDispatcher::describe(task), QStringLiteral("Reboot: done."));
        // On the way it waited for the device to come back (TR-069 §3.7.1.5, "M Reboot").
        bool awaited = false;
        for (const QList<QVariant> &args : std::as_const(progress))
            awaited = awaited || args.at(0).value<acs::Task>().awaitedEvent == QLatin1String("M Reboot");
        QVERIFY(awaited);
        QVERIFY(m_sessionEvents.constLast().contains(QStringLiteral("M Reboot")));
    }

    void reportsOnlyTheTasksItSubmitted()
    {
        requireDevice();
        QSignalSpy finished(m_dispatcher, &TaskDispatcher::taskFinished);
        const auto direct = m_engine->queueTask(m_id, QStringLiteral("getRPCMethods"), {});
        QVERIFY(direct);
        const qint64 id = m_dispatcher->submit(m_id, QStringLiteral("getParameterValues"), readUpTime());
        QVERIFY(id > 0);
        QCOMPARE(awaitFinished(finished, id).state, acs::TaskState::Done);
        QTRY_VERIFY(acs::isFinished(m_engine->tasks().find(direct->id)->state));
        QTest::qWait(100);
        for (const QList<QVariant> &args : std::as_const(finished))
            QVERIFY(args.at(0).value<acs::Task>().id != direct->id);
    }

    void refusesWhatCannotBeQueued_data()
    {
        QTest::addColumn<QString>("device");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QJsonObject>("args");
        QTest::addColumn<QString>("reason");
        QTest::newRow("unknown kind") << QString() << QStringLiteral("explode") << QJsonObject() << QStringLiteral("unknown task 'explode'");
        QTest::newRow("unknown device") << QStringLiteral("000000-None-0") << QStringLiteral("reboot") << QJsonObject()
                                        << QStringLiteral("no device '000000-None-0'");
        QTest::newRow("missing argument") << QString() << QStringLiteral("getParameterValues") << QJsonObject()
                                          << QStringLiteral("getParameterValues needs parameterNames");
    }

    void refusesWhatCannotBeQueued()
    {
        QFETCH(QString, device);
        QFETCH(QString, kind);
        QFETCH(QJsonObject, args);
        QFETCH(QString, reason);
        if (device.isEmpty()) {
            if (m_id.isEmpty())
                QSKIP("needs the simulator device");
            device = m_id;
        }
        const qsizetype tasks = m_engine->tasks().tasksOf(device).size();
        QSignalSpy requests(m_engine, &acs::AcsEngine::connectionRequestFinished);
        QString why;
        QCOMPARE(m_dispatcher->submit(device, kind, args, &why), qint64(0));
        QCOMPARE(why, reason);
        QCOMPARE(m_engine->tasks().tasksOf(device).size(), tasks);
        QTest::qWait(50);
        QVERIFY(requests.isEmpty()); // nothing queued, nobody woken
    }

    void describesEveryOutcome_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("state");
        QTest::addColumn<int>("faultCode");
        QTest::addColumn<QString>("faultString");
        QTest::addColumn<QString>("awaitedEvent");
        QTest::addColumn<int>("attempts");
        QTest::addColumn<QString>("text");
        const auto row = [](const char *name, const char *kind, acs::TaskState state, int code, const char *fault,
                            const char *awaited, int attempts, const char *text) {
            QTest::newRow(name) << QString::fromLatin1(kind) << int(state) << code << QString::fromLatin1(fault)
                                << QString::fromLatin1(awaited) << attempts << QString::fromUtf8(text);
        };
        row("done", "setParameterValues", acs::TaskState::Done, 0, "", "", 0, "Set values: done.");
        row("fault with code", "setParameterValues", acs::TaskState::Fault, 9007, "out of range", "", 1,
            "Set values failed: 9007 Invalid parameter value: out of range");
        row("fault without code", "download", acs::TaskState::Fault, 0, "no registered file 'x'", "", 1,
            "Download failed: no registered file 'x'");
        row("queued", "factoryReset", acs::TaskState::Queued, 0, "", "", 0, "Factory reset: queued, waiting for the device.");
        row("queued again", "reboot", acs::TaskState::Queued, 0, "", "", 1, "Reboot: queued again after an interrupted session.");
        row("waiting for an event", "reboot", acs::TaskState::Sent, 0, "", "M Reboot", 1,
            "Reboot: accepted, waiting for the device to report \"M Reboot\".");
        row("expired", "upload", acs::TaskState::Expired, 0, "", "", 0, "Upload: expired before the device took it.");
        row("cancelled", "refreshObject", acs::TaskState::Cancelled, 0, "", "", 0, "Refresh: cancelled.");
        row("unknown kind keeps its name", "frobnicate", acs::TaskState::Done, 0, "", "", 0, "frobnicate: done.");
    }

    void describesEveryOutcome()
    {
        QFETCH(QString, kind);
        QFETCH(int, state);
        QFETCH(int, faultCode);
        QFETCH(QString, faultString);
        QFETCH(QString, awaitedEvent);
        QFETCH(int, attempts);
        QFETCH(QString, text);
        acs::Task task;
        task.kind = kind;
        task.state = acs::TaskState(state);
        task.faultCode = faultCode;
        task.faultString = faultString;
        task.awaitedEvent = awaitedEvent;
        task.attempts = attempts;
        QCOMPARE(TaskDispatcher::describe(task), text);
    }

    void reportsAWakeUpThatFailsAndKeepsTheTaskQueued()
    {
        requireDevice();
        // The device is gone: its connection-request port no longer answers.
        m_sim->terminate();
        QVERIFY(m_sim->waitForFinished(10000));
        QSignalSpy wakeFailed(m_dispatcher, &TaskDispatcher::wakeFailed);
        QSignalSpy finished(m_dispatcher, &TaskDispatcher::taskFinished);
        QSignalSpy requests(m_engine, &acs::AcsEngine::connectionRequestFinished);
        const qint64 id = m_dispatcher->submit(m_id, QStringLiteral("getParameterValues"), readUpTime());
        QVERIFY(id > 0);
        QVERIFY(wakeFailed.wait(TaskDispatcher::kWakeAttempts * (TaskDispatcher::kWakeRetryMs + 3000)));
        QCOMPARE(wakeFailed.size(), 1);
        QCOMPARE(wakeFailed.at(0).at(0).toString(), m_id);
        QVERIFY(!wakeFailed.at(0).at(1).toString().isEmpty());
        QCOMPARE(requests.size(), TaskDispatcher::kWakeAttempts);
        QCOMPARE(m_engine->tasks().find(id)->state, acs::TaskState::Queued);
        QVERIFY(finished.isEmpty());

        // A later task tries again from the start, and cancelling reports the end.
        const qint64 second = m_dispatcher->submit(m_id, QStringLiteral("getParameterValues"), readUpTime());
        QVERIFY(second > 0);
        QVERIFY(wakeFailed.wait(TaskDispatcher::kWakeAttempts * (TaskDispatcher::kWakeRetryMs + 3000)));
        QCOMPARE(wakeFailed.size(), 2);
        QString why;
        QVERIFY2(m_dispatcher->cancel(second, &why), qPrintable(why));
        const acs::Task cancelled = awaitFinished(finished, second, 1000);
        QCOMPARE(cancelled.state, acs::TaskState::Cancelled);
        QCOMPARE(TaskDispatcher::describe(cancelled), QStringLiteral("Read values: cancelled."));
    }
};

QTEST_GUILESS_MAIN(TaskDispatcherTest)
#include "tst_taskdispatcher.moc"
