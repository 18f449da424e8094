#pragma once

// What the tests of the real executables share: where the binaries are, a free port to
// put on their command line, and a child process whose stderr is collected line by line
// so that a test can wait for a line while the process keeps running.

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QStringList>
#include <QTcpServer>
#include <QTest>

#include <utility>

namespace workbenchtest {

inline QString binary(const char *name)
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(QString::fromLatin1(name));
}

// A port nobody listens on right now. The ACS is told its ports on its command line, so
// it cannot be given port 0; the short window between closing and the ACS binding is the
// price, far smaller than a fixed port shared with whatever else runs on the host.
inline quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

inline QStringList nonEmptyLines(const QByteArray &text)
{
    QStringList lines = QString::fromUtf8(text).split(u'\n');
    lines.removeAll(QString());
    return lines;
}

class ChildProcess
{
public:
    // waitMs bounds every wait: start, a line, the end after SIGTERM.
    ChildProcess(const QString &program, int waitMs) : m_program(program), m_waitMs(waitMs)
    {
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        QObject::connect(&m_process, &QProcess::readyReadStandardError, [this] {
            m_buffer += m_process.readAllStandardError();
            qsizetype nl;
            while ((nl = m_buffer.indexOf('\n')) >= 0) {
                m_lines.append(QString::fromUtf8(m_buffer.left(nl)));
                m_buffer.remove(0, nl + 1);
            }
        });
    }
    ~ChildProcess()
    {
        // A test that failed half-way must not leave an ACS or a device running.
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(m_waitMs);
        }
    }
    ChildProcess(const ChildProcess &) = delete;
    ChildProcess &operator=(const ChildProcess &) = delete;

    bool start(const QStringList &arguments)
    {
        m_process.start(m_program, arguments);
        return m_process.waitForStarted(m_waitMs);
    }

    // The first line starting with prefix, waiting for it; empty if none came.
    QString waitForLine(const QString &prefix)
    {
        QString found;
        (void)QTest::qWaitFor([&] {
            found = lineStartingWith(prefix);
            return !found.isEmpty() || m_process.state() == QProcess::NotRunning;
        }, m_waitMs);
        return found.isEmpty() ? lineStartingWith(prefix) : found;
    }

    QString lineStartingWith(const QString &prefix) const
    {
        for (const QString &l : m_lines) {
            if (l.startsWith(prefix))
                return l;
        }
        return {};
    }

    // Sends SIGTERM and waits; the exit code, or -1 if it hung and -2 if it crashed.
    int terminate()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(m_waitMs))
            return -1;
        if (m_process.exitStatus() != QProcess::NormalExit)
            return -2;
        m_buffer += m_process.readAllStandardError();
        if (!m_buffer.isEmpty())
            m_lines += nonEmptyLines(std::exchange(m_buffer, QByteArray()));
        return m_process.exitCode();
    }

    QStringList lines() const { return m_lines; }
    QString transcript() const { return m_lines.join(u'\n'); }

private:
    QString m_program;
    int m_waitMs;
    QProcess m_process;
    QByteArray m_buffer;
    QStringList m_lines;
};

} // namespace workbenchtest
