#pragma once

#include <support/testpaths.h>

// Shared by the end-to-end benchmarks: the simulator binary as a child process, CPU and
// memory figures from the kernel's own accounting (/proc, getrusage), and event-loop waits
// that never sleep (QTest::qWaitFor sleeps 10 ms between polls, which would show up in a
// round trip of a few hundred microseconds).

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <algorithm>
#include <functional>

#include <sys/resource.h>
#include <unistd.h>

namespace bench {

// cwmp-cpe-sim lives next to the benchmark in build/bin.
using testsupport::simulatorPath;

// A positive integer from the environment (BENCH_DEVICES=500), or the default.
inline int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

// CPU seconds (user + system) of this whole process, every thread included: the store's
// worker thread and Qt's own threads are this process's cost too.
inline double selfCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
           + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// utime + stime from a /proc/<pid>/stat or /proc/<pid>/task/<tid>/stat file, in seconds;
// -1 when unreadable. The command name may hold spaces: fields are counted after ')'.
// These count in clock ticks (10 ms), too coarse for one thread over a few seconds.
inline double statCpuSeconds(const QString &statPath)
{
    QFile file(statPath);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = file.readAll();
    const qsizetype close = text.lastIndexOf(')');
    if (close < 0)
        return -1;
    const QList<QByteArray> fields = text.mid(close + 2).split(' ');
    // After ')': state is field 3 of proc(5), so utime (14) and stime (15) are 11 and 12.
    if (fields.size() < 13)
        return -1;
    return double(fields[11].toLongLong() + fields[12].toLongLong()) / double(sysconf(_SC_CLK_TCK));
}

// CPU seconds of one thread in nanoseconds precision from its schedstat (time on a CPU,
// user and system together), or from its stat in clock ticks when schedstat is absent.
inline double taskCpuSeconds(const QString &taskDir)
{
    QFile file(taskDir + QStringLiteral("/schedstat"));
    if (file.open(QIODevice::ReadOnly)) {
        bool ok = false;
        const qint64 ns = file.readAll().split(' ').value(0).toLongLong(&ok);
        if (ok)
            return double(ns) / 1e9;
    }
    return statCpuSeconds(taskDir + QStringLiteral("/stat"));
}

// CPU seconds of another process: the sum over its threads (a process's own schedstat is
// its main thread's alone).
inline double processCpuSeconds(qint64 pid)
{
    const QDir tasks(QStringLiteral("/proc/%1/task").arg(pid));
    double sum = 0;
    bool any = false;
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const double s = taskCpuSeconds(tasks.filePath(tid));
        if (s >= 0) {
            sum += s;
            any = true;
        }
    }
    return any ? sum : statCpuSeconds(QStringLiteral("/proc/%1/stat").arg(pid));
}

struct ThreadCpu {
    QString name; // comm: QThread names its thread after its objectName (15 characters)
    bool main = false;
    double seconds = 0;
};

// Every thread of this process with its CPU time so far.
inline QList<ThreadCpu> threadCpu()
{
    QList<ThreadCpu> out;
    const qint64 pid = QCoreApplication::applicationPid();
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        ThreadCpu t;
        QFile comm(tasks.filePath(tid + QStringLiteral("/comm")));
        if (comm.open(QIODevice::ReadOnly))
            t.name = QString::fromUtf8(comm.readAll().trimmed());
        t.main = tid.toLongLong() == pid;
        t.seconds = taskCpuSeconds(tasks.filePath(tid));
        if (t.seconds >= 0)
            out.append(t);
    }
    return out;
}

// CPU seconds of the threads whose name starts with prefix ("store::" for the SQLite
// worker), or of the main thread when prefix is empty.
inline double threadCpuSeconds(const QString &prefix)
{
    double sum = 0;
    for (const ThreadCpu &t : threadCpu()) {
        if (prefix.isEmpty() ? t.main : t.name.startsWith(prefix))
            sum += t.seconds;
    }
    return sum;
}

// Resident set of another process (VmRSS in /proc/<pid>/status), in bytes; -1 if unknown.
inline qint64 processRssBytes(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/status").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return -1;
}

// This process's resident set (/proc/self/statm, second field, in pages), in bytes.
inline qint64 selfRssBytes()
{
    QFile file(QStringLiteral("/proc/self/statm"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = file.readAll().split(' ');
    return fields.size() < 2 ? -1 : fields[1].toLongLong() * sysconf(_SC_PAGESIZE);
}

// Runs the event loop until done() holds or timeoutMs pass; true if done() held. The loop
// blocks on events and checks done() every millisecond, so nothing waits on a sleep.
inline bool spinUntil(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(1);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    poll.start();
    loop.exec();
    return done();
}

// Runs the event loop for ms milliseconds (a measurement window).
inline void spinFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// cwmp-cpe-sim as a child process, stopped with SIGTERM (then SIGKILL) when this goes out
// of scope so that a failed QVERIFY never leaves a simulator behind.
class Simulator
{
public:
    explicit Simulator(const QStringList &arguments)
    {
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.setStandardOutputFile(QProcess::nullDevice());
        m_process.start(simulatorPath(), arguments);
    }
    ~Simulator() { stop(); }
    Simulator(const Simulator &) = delete;
    Simulator &operator=(const Simulator &) = delete;

    bool waitForStarted() { return m_process.waitForStarted(10000); }
    qint64 pid() const { return m_process.processId(); }
    bool isRunning() const { return m_process.state() == QProcess::Running; }
    QString errorString() const { return m_process.errorString(); }
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

private:
    QProcess m_process;
};

inline double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

} // namespace bench
