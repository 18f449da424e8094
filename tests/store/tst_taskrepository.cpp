// The persistent task queue: its state machine, startup recovery, and queued tasks
// surviving a SIGKILL of the process that queued them.

#include "storetest.h"

#include <store/taskrepository.h>

#include <QCoreApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

using namespace store;
using storetest::await;

Q_DECLARE_METATYPE(store::TaskState)

namespace {

constexpr char kChildFlag[] = "--enqueue-and-hang";
constexpr int kChildTasks = 50;

// The child: queue tasks, mark the first sent (mid-session), say so, then wait to be killed.
int childMain(const QString &dir)
{
    Database db;
    const QString id = storetest::openWithDevice(db, dir);
    TaskRepository tasks(db);
    qint64 first = 0;
    for (int i = 0; i < kChildTasks; ++i) {
        const auto r = await(tasks.enqueue({id, QStringLiteral("reboot"), QString(), std::nullopt}));
        if (!r)
            return 2;
        if (i == 0)
            first = r.value();
    }
    if (!await(tasks.setState(first, TaskState::Sent)))
        return 3;
    std::fputs("ready\n", stdout);
    std::fflush(stdout);
    for (;;)
        QThread::sleep(60);
}

} // namespace

class TaskRepositoryTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void followsTheStateMachine_data();
    void followsTheStateMachine();
    void recordsOutcomes();
    void retryRequeuesOnlyFailedTasks();
    void nextQueuedIsTheOldest();
    void sentTasksAreRequeuedAtStartup();
    void queuedTasksSurviveSigkill();

private:
    qint64 enqueue();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<TaskRepository> m_tasks;
    QString m_device;
};

void TaskRepositoryTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    m_device = storetest::openWithDevice(*m_db, m_dir->path());
    m_tasks = std::make_unique<TaskRepository>(*m_db);
}

void TaskRepositoryTest::cleanup()
{
    m_tasks.reset();
    m_db.reset();
    m_dir.reset();
}

qint64 TaskRepositoryTest::enqueue()
{
    return await(m_tasks->enqueue({m_device, QStringLiteral("getParameterValues"),
                                   QStringLiteral("{\"names\":[\"Device.\"]}"), std::nullopt}))
            .value();
}

void TaskRepositoryTest::followsTheStateMachine_data()
{
    QTest::addColumn<QList<TaskState>>("path");
    QTest::addColumn<bool>("lastAllowed");
    using S = TaskState;
    QTest::newRow("queued-sent-done") << QList<S>{S::Sent, S::Done} << true;
    QTest::newRow("queued-sent-fault") << QList<S>{S::Sent, S::Fault} << true;
    QTest::newRow("sent back to queued") << QList<S>{S::Sent, S::Queued} << true;
    QTest::newRow("queued-cancelled") << QList<S>{S::Cancelled} << true;
    QTest::newRow("queued-expired") << QList<S>{S::Expired} << true;
    QTest::newRow("done-queued refused") << QList<S>{S::Sent, S::Done, S::Queued} << false;
    QTest::newRow("queued-done refused") << QList<S>{S::Done} << false;
    QTest::newRow("fault-sent refused") << QList<S>{S::Sent, S::Fault, S::Sent} << false;
    QTest::newRow("cancelled-sent refused") << QList<S>{S::Cancelled, S::Sent} << false;
}

void TaskRepositoryTest::followsTheStateMachine()
{
    QFETCH(QList<TaskState>, path);
    QFETCH(bool, lastAllowed);
    const qint64 id = enqueue();
    for (int i = 0; i < path.size(); ++i) {
        const auto r = await(m_tasks->setState(id, path.at(i)));
        if (i + 1 < path.size() || lastAllowed) {
            QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().message));
            QCOMPARE(r.value().state, path.at(i));
        } else {
            QVERIFY(!r.ok());
            QCOMPARE(r.error().code, Error::Code::InvalidTransition);
            QCOMPARE(await(m_tasks->get(id)).value()->state, path.at(i - 1));
        }
    }
}

void TaskRepositoryTest::recordsOutcomes()
{
    const qint64 a = enqueue();
    const qint64 b = enqueue();
    QVERIFY(await(m_tasks->setState(a, TaskState::Sent)).ok());
    QVERIFY(await(m_tasks->setProgress(a, 0.5, QStringLiteral("half"))).ok());
    const Task done = await(m_tasks->setState(a, TaskState::Done, {std::nullopt, std::nullopt,
                                                                   QStringLiteral("[1]")})).value();
    QCOMPARE(done.result, std::optional<QString>(QStringLiteral("[1]")));
    QVERIFY(done.sentMs && done.finishedMs);
    QCOMPARE(await(m_tasks->setProgress(a, 0.7, QString())).error().code,
             Error::Code::InvalidTransition);
    QVERIFY(await(m_tasks->setState(b, TaskState::Sent)).ok());
    const Task fault = await(m_tasks->setState(b, TaskState::Fault,
                                               {9005, QStringLiteral("Invalid parameter name"),
                                                std::nullopt})).value();
    QCOMPARE(fault.faultCode, std::optional<int>(9005));
    QCOMPARE(await(m_tasks->listAll({TaskState::Fault})).value().size(), 1);
    QCOMPARE(await(m_tasks->listAll({TaskState::Fault, TaskState::Done})).value().size(), 2);
    QCOMPARE(await(m_tasks->setState(999, TaskState::Sent)).error().code, Error::Code::NotFound);
    QCOMPARE(await(m_tasks->enqueue({m_device, QStringLiteral("x"), QStringLiteral("{oops"),
                                     std::nullopt})).error().code,
             Error::Code::InvalidArgument);
}

void TaskRepositoryTest::retryRequeuesOnlyFailedTasks()
{
    const qint64 a = enqueue();
    QVERIFY(await(m_tasks->setState(a, TaskState::Sent)).ok());
    QVERIFY(await(m_tasks->setState(a, TaskState::Fault, {9002, QStringLiteral("x"), {}})).ok());
    const Task again = await(m_tasks->retry(a)).value();
    QCOMPARE(again.state, TaskState::Queued);
    QCOMPARE(again.id, a);
    QVERIFY(!again.faultCode && !again.finishedMs);
    QVERIFY(await(m_tasks->setState(a, TaskState::Sent)).ok());
    QVERIFY(await(m_tasks->setState(a, TaskState::Done)).ok());
    QCOMPARE(await(m_tasks->retry(a)).error().code, Error::Code::InvalidTransition);
    const qint64 b = enqueue();
    QCOMPARE(await(m_tasks->retry(b)).error().code, Error::Code::InvalidTransition);
}

void TaskRepositoryTest::nextQueuedIsTheOldest()
{
    const qint64 a = enqueue();
    const qint64 b = enqueue();
    QCOMPARE(await(m_tasks->nextQueued(m_device)).value()->id, a);
    QVERIFY(await(m_tasks->setState(a, TaskState::Sent)).ok());
    QCOMPARE(await(m_tasks->nextQueued(m_device)).value()->id, b);
    QVERIFY(await(m_tasks->setState(b, TaskState::Cancelled)).ok());
    QVERIFY(!await(m_tasks->nextQueued(m_device)).value().has_value());
    QVERIFY(await(m_tasks->nextQueued(QStringLiteral("other"))).ok());
}

void TaskRepositoryTest::sentTasksAreRequeuedAtStartup()
{
    const qint64 a = enqueue();
    const qint64 b = enqueue();
    const qint64 c = enqueue();
    QVERIFY(await(m_tasks->setState(a, TaskState::Sent)).ok());
    QVERIFY(await(m_tasks->setState(c, TaskState::Cancelled)).ok());
    m_tasks.reset();
    m_db.reset();
    m_db = std::make_unique<Database>();
    QVERIFY(await(m_db->open(m_dir->path())).ok());
    m_tasks = std::make_unique<TaskRepository>(*m_db);
    const auto pending = await(m_tasks->pendingOnStartup()).value();
    QCOMPARE(pending.size(), 2);
    QCOMPARE(pending.at(0).id, a);
    QCOMPARE(pending.at(0).state, TaskState::Queued);
    QVERIFY(!pending.at(0).sentMs);
    QCOMPARE(pending.at(1).id, b);
}

void TaskRepositoryTest::queuedTasksSurviveSigkill()
{
    QTemporaryDir dir;
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(),
                {QString::fromLatin1(kChildFlag), dir.path()});
    QVERIFY(child.waitForStarted());
    QVERIFY(child.waitForReadyRead(30000));
    QCOMPARE(child.readLine().trimmed(), QByteArray("ready"));
    child.kill(); // SIGKILL: no destructors, no checkpoint, no orderly close
    QVERIFY(child.waitForFinished());
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    Database db;
    QVERIFY(await(db.open(dir.path())).ok());
    TaskRepository tasks(db);
    const auto pending = await(tasks.pendingOnStartup()).value();
    QCOMPARE(pending.size(), kChildTasks);
    QCOMPARE(pending.first().state, TaskState::Queued); // was "sent" when killed
}

int main(int argc, char **argv)
{
    // The test re-executes itself as the child process of queuedTasksSurviveSigkill.
    if (argc == 3 && qstrcmp(argv[1], kChildFlag) == 0) {
        QCoreApplication app(argc, argv);
        return childMain(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    TaskRepositoryTest test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_taskrepository.moc"
