// The real `cwmp-cpe-sim` executable (found next to this test in build/bin), run with
// QProcess against a scripted ACS on 127.0.0.1 with port 0.

#include "scriptedacs.h"

#include <QProcess>
#include <QSet>
#include <QtTest>

using cpesimtest::ScriptedAcs;

namespace {

constexpr int kWaitMs = 15000;

QString simulatorPath()
{
    return QCoreApplication::applicationDirPath() + QStringLiteral("/cwmp-cpe-sim");
}

} // namespace

class tst_SimCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void helpExitsZeroAndListsFaultModes();
    void badOptionExitsTwoWithOneLine();
    void badOptionExitsTwoWithOneLine_data();
    void countThreeGivesDistinctSerialsAndSigtermExitsZero();
};

void tst_SimCli::initTestCase()
{
    QVERIFY2(QFileInfo::exists(simulatorPath()),
             qPrintable(QStringLiteral("%1 is missing: build the cwmp-cpe-sim target").arg(simulatorPath())));
}

void tst_SimCli::helpExitsZeroAndListsFaultModes()
{
    QProcess process;
    process.start(simulatorPath(), {QStringLiteral("--help")});
    QVERIFY(process.waitForFinished(kWaitMs));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    for (const char *mode : {"drop-mid-session", "slow", "malformed-xml", "refuse-spv", "download-fail",
                             "silent-after-reboot", "--acs", "--count", "--state-dir"})
        QVERIFY2(out.contains(QLatin1String(mode)), mode);
}

void tst_SimCli::badOptionExitsTwoWithOneLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--acs"), QStringLiteral("http://127.0.0.1:1/"), QStringLiteral("--bogus")};
    QTest::newRow("no acs") << QStringList{QStringLiteral("--count"), QStringLiteral("2")};
    QTest::newRow("count not a number") << QStringList{QStringLiteral("--acs"), QStringLiteral("http://127.0.0.1:1/"), QStringLiteral("--count"), QStringLiteral("many")};
    QTest::newRow("unknown fault") << QStringList{QStringLiteral("--acs"), QStringLiteral("http://127.0.0.1:1/"), QStringLiteral("--fault"), QStringLiteral("explode")};
    QTest::newRow("bad version") << QStringList{QStringLiteral("--acs"), QStringLiteral("http://127.0.0.1:1/"), QStringLiteral("--cwmp-version"), QStringLiteral("2.0")};
    QTest::newRow("acs not http") << QStringList{QStringLiteral("--acs"), QStringLiteral("ftp://127.0.0.1/")};
    QTest::newRow("unknown profile") << QStringList{QStringLiteral("--acs"), QStringLiteral("http://127.0.0.1:1/"), QStringLiteral("--profile"), QStringLiteral("/nonexistent/x.profile")};
}

void tst_SimCli::badOptionExitsTwoWithOneLine()
{
    QFETCH(QStringList, arguments);
    QProcess process;
    process.start(simulatorPath(), arguments);
    QVERIFY(process.waitForFinished(kWaitMs));
    QCOMPARE(process.exitCode(), 2);
    const QString err = QString::fromUtf8(process.readAllStandardError()).trimmed();
    QVERIFY(!err.isEmpty());
    QVERIFY2(!err.contains(u'\n'), qPrintable(err));
    QVERIFY(process.readAllStandardOutput().isEmpty());
}

void tst_SimCli::countThreeGivesDistinctSerialsAndSigtermExitsZero()
{
    ScriptedAcs acs;
    QVERIFY(acs.listen());
    QTemporaryDir stateDir;
    QProcess process;
    process.start(simulatorPath(), {QStringLiteral("--acs"), acs.url().toString(), QStringLiteral("--count"), QStringLiteral("3"),
                                    QStringLiteral("--serial-base"), QStringLiteral("SN0001"), QStringLiteral("--cr-port"),
                                    QStringLiteral("0"), QStringLiteral("--state-dir"), stateDir.path(),
                                    QStringLiteral("--log"), QStringLiteral("error")});
    QVERIFY(process.waitForStarted(kWaitMs));
    QTRY_COMPARE_WITH_TIMEOUT(acs.endedSessions(), 3, kWaitMs);
    QSet<QString> serials;
    for (int i = 0; i < 3; ++i)
        serials.insert(acs.inform(i).deviceId.serialNumber);
    QCOMPARE(serials, (QSet<QString>{QStringLiteral("SN0001"), QStringLiteral("SN0002"), QStringLiteral("SN0003")}));

    process.terminate(); // SIGTERM
    QVERIFY(process.waitForFinished(kWaitMs));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    // State saved on exit, one file per device.
    QCOMPARE(QDir(stateDir.path()).entryList({QStringLiteral("*.json")}, QDir::Files).size(), 3);
}

QTEST_GUILESS_MAIN(tst_SimCli)
#include "tst_simcli.moc"
