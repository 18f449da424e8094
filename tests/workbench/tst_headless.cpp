// The real `cwmp-workbench --headless` (found next to this test in build/bin) run with
// QProcess on 127.0.0.1, with the real `cwmp-cpe-sim` as its device: what an engineer or
// a CI job sees on stderr and in the exit code when the options, the port or the
// workspace are wrong, and when devices come, authenticate or fail to.

#include "childprocess.h"

#include <store/database.h>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

#include <utility>

#include <csignal>

namespace {

constexpr int kWaitMs = 20000;

using workbenchtest::binary;
using workbenchtest::freePort;
using workbenchtest::nonEmptyLines;

QString workbenchPath()
{
    return binary("cwmp-workbench");
}

QString simulatorPath()
{
    return binary("cwmp-cpe-sim");
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

struct Child : workbenchtest::ChildProcess {
    explicit Child(const QString &program) : ChildProcess(program, kWaitMs) { }
};

struct Finished {
    bool finished = false;
    int exitCode = -1;
    QStringList errLines;
    QByteArray out;
};

// Runs the workbench to its end (for the cases that must not get as far as listening).
Finished runToEnd(const QStringList &arguments)
{
    QProcess process;
    process.start(workbenchPath(), arguments);
    Finished f;
    f.finished = process.waitForFinished(kWaitMs);
    if (!f.finished) {
        process.kill();
        process.waitForFinished();
    }
    f.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    f.errLines = nonEmptyLines(process.readAllStandardError());
    f.out = process.readAllStandardOutput();
    return f;
}

// "auth: digest, username cpe, password XXXX" -> XXXX.
QString passwordIn(const QString &authLine)
{
    static const QRegularExpression re(QStringLiteral("^auth: digest, username cpe, password (\\S+)$"));
    const QRegularExpressionMatch m = re.match(authLine);
    return m.hasMatch() ? m.captured(1) : QString();
}

} // namespace

class tst_Headless : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        for (const QString &path : {workbenchPath(), simulatorPath()})
            QVERIFY2(QFileInfo(path).isExecutable(), qPrintable(QStringLiteral("%1 is missing: build it first").arg(path)));
    }

    void badOptionExitsTwoWithOneLineNamingIt_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("named");

        QTest::newRow("unknown auth mode") << QStringList{QStringLiteral("--cpe-auth"), QStringLiteral("maybe")}
                                           << QStringLiteral("--cpe-auth");
        QTest::newRow("listen without a port") << QStringList{QStringLiteral("--listen"), QStringLiteral("nonsense")}
                                               << QStringLiteral("--listen");
        QTest::newRow("listen on a port past 65535") << QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:70000")}
                                                     << QStringLiteral("--listen");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")} << QStringLiteral("frobnicate");
        QTest::newRow("option without its value") << QStringList{QStringLiteral("--listen")} << QStringLiteral("listen");
        QTest::newRow("username without password") << QStringList{QStringLiteral("--cpe-username"), QStringLiteral("cpe")}
                                                   << QStringLiteral("--cpe-password");
        QTest::newRow("certificate without key") << QStringList{QStringLiteral("--tls-cert"), QStringLiteral("/nonexistent.pem")}
                                                 << QStringLiteral("--tls-key");
        QTest::newRow("stray argument") << QStringList{QStringLiteral("7547")} << QStringLiteral("7547");
        QTest::newRow("missing config file") << QStringList{QStringLiteral("--config"), QStringLiteral("/nonexistent/workbench.conf")}
                                             << QStringLiteral("/nonexistent/workbench.conf");
    }

    void badOptionExitsTwoWithOneLineNamingIt()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, named);
        QTemporaryDir workspace; // never touch the user's default workspace, even if parsing passed
        QVERIFY(workspace.isValid());

        const Finished f = runToEnd(QStringList{QStringLiteral("--headless"), QStringLiteral("--workspace"), workspace.path()} + arguments);
        QVERIFY2(f.finished, "still running: the bad option was accepted");
        QCOMPARE(f.exitCode, 2);
        QCOMPARE(f.errLines.size(), 1);
        QVERIFY2(f.errLines.constFirst().startsWith(u"cwmp-workbench: "), qPrintable(f.errLines.constFirst()));
        QVERIFY2(f.errLines.constFirst().contains(named), qPrintable(f.errLines.constFirst()));
        QVERIFY(f.out.isEmpty());
        // Refused before anything was created.
        QVERIFY(QDir(workspace.path()).isEmpty());
    }

    void portInUseExitsOneWithOneLine()
    {
        QTcpServer occupant;
        QVERIFY(occupant.listen(QHostAddress::LocalHost, 0));
        QTemporaryDir workspace;
        QVERIFY(workspace.isValid());

        const Finished f = runToEnd({QStringLiteral("--headless"), QStringLiteral("--listen"),
                                     QStringLiteral("127.0.0.1:%1").arg(occupant.serverPort()), QStringLiteral("--workspace"),
                                     workspace.path()});
        QVERIFY2(f.finished, "still running although the port is taken");
        QCOMPARE(f.exitCode, 1);
        QCOMPARE(f.errLines, QStringList{QStringLiteral("cwmp-workbench: port %1 is already in use").arg(occupant.serverPort())});
    }

    void unusableWorkspaceExitsNonZeroWithOneLine_data()
    {
        QTest::addColumn<QString>("regularFile"); // created first, relative to a temporary folder
        QTest::addColumn<QString>("workspace");

        // chmod 000 does not stop root (CI runs as root): a path below a regular file stops everyone.
        QTest::newRow("folder below a regular file") << QStringLiteral("file") << QStringLiteral("file/workspace");
        QTest::newRow("the workspace is a regular file") << QStringLiteral("file") << QStringLiteral("file");
    }

    void unusableWorkspaceExitsNonZeroWithOneLine()
    {
        QFETCH(QString, regularFile);
        QFETCH(QString, workspace);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile file(dir.filePath(regularFile));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a folder\n");
        file.close();

        const Finished f = runToEnd({QStringLiteral("--headless"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(freePort()),
                                     QStringLiteral("--workspace"), dir.filePath(workspace)});
        QVERIFY2(f.finished, "still running without a workspace");
        QVERIFY(f.exitCode != 0);
        QCOMPARE(f.errLines.size(), 1);
        QVERIFY2(f.errLines.constFirst().startsWith(u"cwmp-workbench: cannot open the workspace"), qPrintable(f.errLines.constFirst()));
        QCOMPARE(readAll(file.fileName()), QByteArray("not a folder\n"));
    }

    void corruptDatabaseIsRefusedAndLeftUntouched_data()
    {
        QTest::addColumn<QByteArray>("contents");

        QByteArray noise(16384, Qt::Uninitialized);
        for (qsizetype i = 0; i < noise.size(); ++i)
            noise[i] = char((i * 131 + 17) % 251);
        QTest::newRow("noise") << noise;
        // Passes SQLite's first glance: the header string, then nonsense where pages should be.
        QTest::newRow("sqlite header then noise") << QByteArray("SQLite format 3", 16) + noise;
        QTest::newRow("text file") << QByteArray("these are not the tables you are looking for\n");
    }

    void corruptDatabaseIsRefusedAndLeftUntouched()
    {
        QFETCH(QByteArray, contents);
        QTemporaryDir workspace;
        QVERIFY(workspace.isValid());
        const QString databasePath = store::Database::filePathFor(workspace.path());
        QFile file(databasePath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(contents), contents.size());
        file.close();

        const Finished f = runToEnd({QStringLiteral("--headless"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(freePort()),
                                     QStringLiteral("--workspace"), workspace.path()});
        QVERIFY2(f.finished, "still running on a corrupt database");
        QVERIFY(f.exitCode != 0);
        QCOMPARE(f.errLines.size(), 1);
        QVERIFY2(f.errLines.constFirst().startsWith(u"cwmp-workbench: cannot open the workspace"), qPrintable(f.errLines.constFirst()));
        QVERIFY2(f.errLines.constFirst().contains(databasePath), qPrintable(f.errLines.constFirst()));
        // Byte for byte what was there: the engineer may still want to rescue it.
        QCOMPARE(readAll(databasePath), contents);
        const QStringList beside = QDir(workspace.path()).entryList({store::Database::fileName() + u'*'}, QDir::Files);
        QCOMPARE(beside, QStringList{store::Database::fileName()});
    }

    void devicesWithTheGeneratedCredentialsHaveSessionsAndOthersAreRefused()
    {
        QTemporaryDir workspace;
        QTemporaryDir simState;
        QVERIFY(workspace.isValid() && simState.isValid());
        const quint16 port = freePort();
        const QString url = QStringLiteral("http://127.0.0.1:%1/").arg(port);
        const QStringList acsArguments{QStringLiteral("--headless"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port),
                                       QStringLiteral("--workspace"), workspace.path()};

        QString password;
        {
            Child acs(workbenchPath());
            QVERIFY(acs.start(acsArguments));
            QCOMPARE(acs.waitForLine(QStringLiteral("listening:")), QStringLiteral("listening: %1").arg(url));
            password = passwordIn(acs.waitForLine(QStringLiteral("auth:")));
            QVERIFY2(!password.isEmpty(), qPrintable(acs.transcript()));
            QVERIFY2(!acs.waitForLine(QStringLiteral("workspace:")).isEmpty(), qPrintable(acs.transcript()));

            Child device(simulatorPath());
            QVERIFY(device.start({QStringLiteral("--acs"), url, QStringLiteral("--username"), QStringLiteral("cpe"),
                                  QStringLiteral("--password"), password, QStringLiteral("--serial-base"), QStringLiteral("HLGOOD01"),
                                  QStringLiteral("--cr-port"), QStringLiteral("0"), QStringLiteral("--state-dir"), simState.path(),
                                  QStringLiteral("--log"), QStringLiteral("error")}));
            const QString started = acs.waitForLine(QStringLiteral("session: "));
            QVERIFY2(started.contains(u"HLGOOD01") && started.contains(u"started"), qPrintable(acs.transcript()));
            QVERIFY2(started.contains(u"0 BOOTSTRAP"), qPrintable(started));
            const QString ended = acs.waitForLine(QStringLiteral("session: ") + started.section(u' ', 1, 1) + QStringLiteral(" ended"));
            QVERIFY2(ended.endsWith(u"ended: completed"), qPrintable(acs.transcript()));
            QCOMPARE(device.terminate(), 0);
            QVERIFY2(acs.lineStartingWith(QStringLiteral("auth: refused 127.0.0.1: wrong password")).isEmpty(), qPrintable(acs.transcript()));

            Child intruder(simulatorPath());
            QVERIFY(intruder.start({QStringLiteral("--acs"), url, QStringLiteral("--username"), QStringLiteral("cpe"),
                                    QStringLiteral("--password"), password + QStringLiteral("x"), QStringLiteral("--serial-base"),
                                    QStringLiteral("HLBAD01"), QStringLiteral("--cr-port"), QStringLiteral("0"),
                                    QStringLiteral("--log"), QStringLiteral("error")}));
            // Not just any "auth: refused" line: the Digest challenge to a device's first,
            // credential-less request is reported as refused too ("no credentials").
            QVERIFY2(!acs.waitForLine(QStringLiteral("auth: refused 127.0.0.1: wrong password")).isEmpty(), qPrintable(acs.transcript()));
            QCOMPARE(intruder.terminate(), 0);
            for (const QString &l : acs.lines())
                QVERIFY2(!l.contains(u"HLBAD01"), qPrintable(l));

            QCOMPARE(acs.terminate(), 0);
            QVERIFY2(!acs.lineStartingWith(QStringLiteral("stopping; queued tasks are kept in")).isEmpty(), qPrintable(acs.transcript()));
        }

        // A second start on the same workspace: the same password (a device configured once
        // keeps working) and the one device that authenticated, none that did not.
        Child again(workbenchPath());
        QVERIFY(again.start(acsArguments));
        QCOMPARE(passwordIn(again.waitForLine(QStringLiteral("auth:"))), password);
        const QString summary = again.waitForLine(QStringLiteral("workspace:"));
        QVERIFY2(summary.endsWith(u"(1 devices, 0 tasks)"), qPrintable(again.transcript()));
        QCOMPARE(again.terminate(), 0);
    }

    void stopsWithExitCodeZeroOnSignal_data()
    {
        QTest::addColumn<int>("signalNumber");

        QTest::newRow("SIGTERM (systemd, docker stop)") << int(SIGTERM);
        QTest::newRow("SIGINT (Ctrl+C)") << int(SIGINT);
    }

    void stopsWithExitCodeZeroOnSignal()
    {
        QFETCH(int, signalNumber);
        QTemporaryDir workspace;
        QVERIFY(workspace.isValid());
        QProcess acs;
        acs.start(workbenchPath(), {QStringLiteral("--headless"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(freePort()),
                                    QStringLiteral("--workspace"), workspace.path()});
        QVERIFY(acs.waitForStarted(kWaitMs));
        QByteArray err;
        // Signalled once it listens, so that it is the handler that answers, not the default.
        QVERIFY(QTest::qWaitFor([&] {
            err += acs.readAllStandardError();
            return err.contains("workspace: ") || acs.state() == QProcess::NotRunning;
        }, kWaitMs));
        QCOMPARE(acs.state(), QProcess::Running);
        QCOMPARE(::kill(pid_t(acs.processId()), signalNumber), 0);
        QVERIFY(acs.waitForFinished(kWaitMs));
        QCOMPARE(acs.exitStatus(), QProcess::NormalExit);
        QCOMPARE(acs.exitCode(), 0);
        err += acs.readAllStandardError();
        QVERIFY2(err.contains("stopping; queued tasks are kept in "), err.constData());
    }

    void tlsGenerateServesHttpsTheSimulatorTrusts_data()
    {
        QTest::addColumn<bool>("trustTheCaFile"); // else --insecure

        QTest::newRow("simulator trusts the workspace CA") << true;
        QTest::newRow("simulator does not verify") << false;
    }

    void tlsGenerateServesHttpsTheSimulatorTrusts()
    {
        QFETCH(bool, trustTheCaFile);
        QTemporaryDir workspace;
        QVERIFY(workspace.isValid());
        const quint16 port = freePort();
        const QString url = QStringLiteral("https://127.0.0.1:%1/").arg(port);

        Child acs(workbenchPath());
        QVERIFY(acs.start({QStringLiteral("--headless"), QStringLiteral("--tls-generate"), QStringLiteral("--listen"),
                           QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--workspace"), workspace.path()}));
        QCOMPARE(acs.waitForLine(QStringLiteral("listening:")), QStringLiteral("listening: %1").arg(url));
        const QString caFile = QDir(workspace.path()).filePath(QStringLiteral("tls/ca.pem"));
        QCOMPARE(acs.waitForLine(QStringLiteral("tls:")), QStringLiteral("tls: devices can trust %1").arg(caFile));
        QVERIFY(readAll(caFile).startsWith("-----BEGIN CERTIFICATE-----"));
        const QString password = passwordIn(acs.waitForLine(QStringLiteral("auth:")));
        QVERIFY2(!password.isEmpty(), qPrintable(acs.transcript()));

        QStringList deviceArguments{QStringLiteral("--acs"), url, QStringLiteral("--username"), QStringLiteral("cpe"),
                                    QStringLiteral("--password"), password, QStringLiteral("--serial-base"), QStringLiteral("HLTLS01"),
                                    QStringLiteral("--cr-port"), QStringLiteral("0"), QStringLiteral("--log"), QStringLiteral("error")};
        if (trustTheCaFile)
            deviceArguments << QStringLiteral("--ca-file") << caFile;
        else
            deviceArguments << QStringLiteral("--insecure");
        Child device(simulatorPath());
        QVERIFY(device.start(deviceArguments));
        const QString ended = acs.waitForLine(QStringLiteral("session: "));
        QVERIFY2(ended.contains(u"HLTLS01"), qPrintable(acs.transcript()));
        QVERIFY2(!acs.waitForLine(QStringLiteral("session: ") + ended.section(u' ', 1, 1) + QStringLiteral(" ended: completed")).isEmpty(),
                 qPrintable(acs.transcript()));
        QCOMPARE(device.terminate(), 0);
        QCOMPARE(acs.terminate(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_Headless)
#include "tst_headless.moc"
