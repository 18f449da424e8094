// The simulator runtime over real sockets on 127.0.0.1 (port 0 everywhere): sessions,
// connection requests, reboots, downloads, retries, state directory and fault injection,
// against a scripted ACS written here on http::Server.

#include "scriptedacs.h"

#include <cpesim/devicerunner.h>
#include <cpesim/firmwareimage.h>
#include <cpesim/profile.h>
#include <cpesim/retrypolicy.h>
#include <cpesim/simdevice.h>
#include <http/httpclient.h>

#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace cpesim;
using cpesimtest::ScriptedAcs;
using cpesimtest::hasEvent;
using cpesimtest::informValue;

namespace {

constexpr int kWaitMs = 10000;

RuntimeOptions fastOptions(const QUrl &acs)
{
    RuntimeOptions o;
    o.acsUrl = acs;
    o.crPort = 0;
    o.sessionTimeoutMs = 5000;
    o.rebootDelayMs = 100;
    o.connectionRequestIntervalMs = 0;
    o.retryTimeScale = 0.01;
    o.staggerMs = 0;
    return o;
}

std::shared_ptr<const Profile> gateway()
{
    return Profile::load(QStringLiteral("tr181-gateway")).profile;
}

// GET on the connection-request URL with these credentials; the HTTP status.
int connectionRequest(const QUrl &url, const QString &user, const QString &password)
{
    http::HttpClient client(url);
    client.setCredentials(user, password);
    int status = -1;
    bool done = false;
    http::Request request;
    request.method = "GET";
    request.target = "/";
    client.send(request, [&](const http::Result &r) {
        status = r.responded ? r.response.status : 0;
        done = true;
    });
    QElapsedTimer clock;
    clock.start();
    while (!done && clock.elapsed() < kWaitMs)
        QTest::qWait(10);
    return status;
}

} // namespace

class tst_SimRuntime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void retryWaitsFollowTheBackOffTable();
    void bootstrapSessionCarriesDeviceIdAndAnswersGpv();
    void connectionRequestNeedsDigestCredentials();
    void rebootComesBackWithBootAndMReboot();
    void firmwareDownloadChangesSoftwareVersion();
    void downloadOfWrongSizeReportsFileCorrupted();
    void unreachableAcsIsRetriedWithGrowingCount();
    void failedSessionsCountUpRetryCountInTheInform();
    void stateDirRestartBootsWithoutBootstrapAndKeepsValues();
    void refuseSpvAnswersParameterFaults();
    void downloadFailEndsWithFault9010();
    void badInputFromTheAcsGetsTheRightFault_data();
    void badInputFromTheAcsGetsTheRightFault();
};

void tst_SimRuntime::retryWaitsFollowTheBackOffTable()
{
    // cwmp-facts §4.4 with the defaults: retry 1 5–10 s, retry 3 20–40 s, retry 12 capped.
    const RetryPolicy policy(5, 2000);
    QCOMPARE(policy.minimumWaitMs(1), 5000);
    QCOMPARE(policy.maximumWaitMs(1), 10000);
    QCOMPARE(policy.minimumWaitMs(3), 20000);
    QCOMPARE(policy.maximumWaitMs(3), 40000);
    QCOMPARE(policy.minimumWaitMs(12), 2560000);
    QCOMPARE(policy.maximumWaitMs(12), 5120000);
}

void tst_SimRuntime::bootstrapSessionCarriesDeviceIdAndAnswersGpv()
{
    ScriptedAcs acs;
    QVERIFY(acs.listen());
    acs.queue(cwmp::GetParameterValues{{QStringLiteral("Device.DeviceInfo.SoftwareVersion")}});
    DeviceRunner runner(gateway(), QStringLiteral("SN0001"), 0, fastOptions(acs.url()));
    QCOMPARE(runner.prepare(), QString());
    runner.start();
    QTRY_COMPARE_WITH_TIMEOUT(acs.endedSessions(), 1, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(runner.sessionsSucceeded(), 1, kWaitMs);

    const cwmp::Inform &inform = acs.inform(0);
    QVERIFY(hasEvent(inform, QStringLiteral("0 BOOTSTRAP")));
    QVERIFY(hasEvent(inform, QStringLiteral("1 BOOT")));
    QCOMPARE(inform.deviceId.serialNumber, QStringLiteral("SN0001"));
    QCOMPARE(inform.deviceId.oui, QStringLiteral("00D09E"));
    QCOMPARE(inform.retryCount, 0u);
    QCOMPARE(informValue(inform, QStringLiteral("Device.ManagementServer.ConnectionRequestURL")),
             runner.connectionRequestUrl().toString());
    QVERIFY(runner.connectionRequestPort() != 0);

    const auto &fromCpe = acs.sessions.at(0).fromCpe;
    QCOMPARE(fromCpe.size(), 1);
    const auto *gpv = cwmp::bodyAs<cwmp::GetParameterValuesResponse>(fromCpe.at(0));
    QVERIFY(gpv);
    QCOMPARE(gpv->parameterList.size(), 1);
    QCOMPARE(gpv->parameterList.at(0).value, QStringLiteral("4.2.1"));
    QCOMPARE(fromCpe.at(0).header.id, std::optional<QString>(QStringLiteral("acs-1")));
}

void tst_SimRuntime::connectionRequestNeedsDigestCredentials()
{
    ScriptedAcs acs;
    QVERIFY(acs.listen());
    RuntimeOptions options = fastOptions(acs.url());
    options.crUsername = QStringLiteral("cr-user");
    options.crPassword = QStringLiteral("cr-pass");
    DeviceRunner runner(gateway(), QStringLiteral("SN0002"), 0, options);
    QCOMPARE(runner.prepare(), QString());
    runner.start();
    QTRY_COMPARE_WITH_TIMEOUT(runner.sessionsSucceeded(), 1, kWaitMs);

    QCOMPARE(connectionRequest(runner.connectionRequestUrl(), QStringLiteral("cr-user"), QStringLiteral("wrong")), 401);
    QCOMPARE(connectionRequest(runner.connectionRequestUrl(), QStringLiteral("cr-user"), QStringLiteral("cr-pass")), 200);
    QTRY_COMPARE_WITH_TIMEOUT(acs.endedSessions(), 2, kWaitMs);
    QVERIFY(hasEvent(acs.inform(1), QStringLiteral("6 CONNECTION REQUEST")));
    QVERIFY(!hasEvent(acs.inform(1), QStringLiteral("0 BOOTSTRAP")));
}

void tst_SimRuntime::rebootComesBackWithBootAndMReboot()
{
    ScriptedAcs acs;
    QVERIFY(acs.listen());
    acs.queue(cwmp::Reboot{QStringLiteral("rb-1")});
    DeviceRunner runner(gateway(), QStringLiteral("SN0003"), 0, fastOptions(acs.url()));
    QCOMPARE(runner.prepare(), QString());
    runner.start();
    QTRY_COMPARE_WITH_TIMEOUT(acs.endedSessions(), 2, kWaitMs);
    const cwmp::Inform &after = acs.inform(1);
    QVERIFY(hasEvent(after, QStringLiteral("1 BOOT")));
    QVERIFY(hasEvent(after, QStringLiteral("M Reboot"), QStringLiteral("rb-1")));
    QVERIFY(!hasEvent(after, QStringLiteral("0 BOOTSTRAP")));
}

void tst_SimRuntime::firmwareDownloadChangesSoftwareVersion()
{
    ScriptedAcs acs;
    QVERIFY(acs.listen());
    const QByteArray image = FirmwareImage::header(QStringLiteral("5.0.1")) + QByteArray(4000, 'x');
    acs.serveFile(QStringLiteral("/files/fw.bin"), image);
    cwmp::Download download;
    download.commandKey = QStringLiteral("dl-1");
    download.fileType = QStringLiteral("1 Firmware Upgrade Image");
    download.url = acs.url(QStringLiteral("/files/fw.bin")).toString();
    download.fileSize = quint32(image.size());
    acs.queue(download);
    DeviceRunner runner(gateway(), QStringLiteral("SN0004"), 0, fastOptions(acs.url()));
    QCOMPARE(runner.prepare(), QString());
    runner.start();
    QTRY_COMPARE_WITH_TIMEOUT(acs.endedSessions(), 2, kWaitMs);

    const cwmp::Inform &after = acs.inform(1);
    QVERIFY(hasEvent(after, QStringLiteral("1 BOOT")));
    QVERIFY(hasEvent(after, QStringLiteral("7 TRANSFER COMPLETE")));
    QVERIFY(hasEvent(after, QStringLiteral("M Download"), QStringLiteral("dl-1")));
    QCOMPARE(informValue(after, QStringLiteral("Device.DeviceInfo.SoftwareVersion")), QStringLiteral("5.0.1"));
    const auto &fromCpe = acs.sessions.at(1).fromCpe;
    QVERIFY(!fromCpe.isEmpty());
    const auto *tc = cwmp::bodyAs<cwmp::TransferComplete>(fromCpe.at(0));
    QVERIFY(tc);
    QCOMPARE(tc->commandKey, QStringLiteral("dl-1"));
    QCOMPARE(tc->fault.faultCode, 0u);
    QVERIFY(tc->startTime.isValid() && tc->completeTime >= tc->startTime);
}

void tst_SimRuntime::downloadOfWrongSizeReportsFileCorrupted()
{
    ScriptedAcs acs;
    QVERIFY(acs.listen());
    acs.serveFile(QStringLiteral("/files/cfg.txt"), QByteArray(100, 'c'));
    cwmp::Download download;
    download.commandKey = QStringLiteral("dl-2");
    download.fileType = QStringLiteral("3 Vendor Configuration File");
    download.url = acs.url(QStringLiteral("/files/cfg.txt")).toString();
    download.fileSize = 150;
    acs.queue(download);
    DeviceRunner runner(gateway(), QStringLiteral("SN0005"), 0, fastOptions(acs.url()));
    QCOMPARE(runner.prepare(), QString());
    runner.start();
    QTRY_COMPARE_WITH_TIMEOUT(acs.endedSessions(), 2, kWaitMs);
    const auto *tc = cwmp::bodyAs<cwmp::TransferComplete>(acs.sessions.at(1).fromCpe.at(0));
    QVERIFY(tc);
    QCOMPARE(tc->fault.faultCode, 9018u);
    QVERIFY(!hasEvent(acs.inform(1), QStringLiteral("1 BOOT")));
}

void tst_SimRuntime::unreachableAcsIsRetriedWithGrowingCount()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 closedPort = probe.serverPort();
    probe.close();
    RuntimeOptions options = fastOptions(QUrl(QStringLiteral("http://127.0.0.1:%1/acs").arg(closedPort)));
    DeviceRunner runner(gateway(), QStringLiteral("SN0006"), 0, options);
    QCOMPARE(runner.prepare(), QString());
    runner.device().state().setValue(QStringLiteral("Device.ManagementServer.CWMPRetryMinimumWaitInterval"), QStringLiteral("1"));
    runner.start();
    QList<quint32> counts;
    QList<qint64> waits;
    connect(&runner, &DeviceRunner::sessionFinished, this, [&](const SessionReport &report) {
        QVERIFY(!report.ok);
        counts.append(runner.retryCount());
        waits.append(runner.lastRetryWaitMs());
    });
    QTRY_VERIFY_WITH_TIMEOUT(counts.size() >= 4, kWaitMs);
    QCOMPARE(counts.mid(0, 4), (QList<quint32>{1, 2, 3, 4}));
    // m = 1 s, k = 2, scaled by 0.01: retry n waits 10·2^(n-1) … 10·2^n ms.
    for (int n = 1; n <= 4; ++n) {
        QVERIFY2(waits.at(n - 1) >= (10 << (n - 1)) && waits.at(n - 1) <= (10 << n),
                 qPrintable(QStringLiteral("retry %1 waited %2 ms").arg(n).arg(waits.at(n - 1))));
    }
    QVERIFY(runner.device().events().contains(QStringLiteral("0 BOOTSTRAP")));
}

void tst_SimRuntime::failedSessionsCountUpRetryCountInTheInform()
{
    ScriptedAcs acs;
    QVERIFY(acs.listen());
    acs.failInforms(2, 503);
    DeviceRunner runner(gateway(), QStringLiteral("SN0007"), 0, fastOptions(acs.url()));
    QCOMPARE(runner.prepare(), QString());
    runner.device().state().setValue(QStringLiteral("Device.ManagementServer.CWMPRetryMinimumWaitInterval"), QStringLiteral("1"));
    runner.start();
    QTRY_COMPARE_WITH_TIMEOUT(acs.endedSessions(), 1, kWaitMs);
    QCOMPARE(acs.failedInforms.size(), 2);
    QCOMPARE(std::get<cwmp::Inform>(acs.failedInforms.at(0).body).retryCount, 0u);
    QCOMPARE(std::get<cwmp::Inform>(acs.failedInforms.at(1).body).retryCount, 1u);
    QCOMPARE(acs.inform(0).retryCount, 2u);
    QVERIFY(hasEvent(acs.inform(0), QStringLiteral("0 BOOTSTRAP"))); // kept until delivered
    QTRY_COMPARE_WITH_TIMEOUT(runner.retryCount(), 0u, kWaitMs);
}

void tst_SimRuntime::stateDirRestartBootsWithoutBootstrapAndKeepsValues()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ScriptedAcs acs;
    QVERIFY(acs.listen());
    RuntimeOptions options = fastOptions(acs.url());
    options.stateDir = dir.path();
    cwmp::SetParameterValues spv;
    spv.parameterList.append({QStringLiteral("Device.ManagementServer.PeriodicInformInterval"), QStringLiteral("1234"),
                              cwmp::ValueType::UnsignedInt});
    spv.parameterKey = QStringLiteral("k1");
    acs.queue(spv);
    {
        DeviceRunner first(gateway(), QStringLiteral("SN0008"), 0, options);
        QCOMPARE(first.prepare(), QString());
        QVERIFY(!first.restoredFromState());
        first.start();
        QTRY_COMPARE_WITH_TIMEOUT(first.sessionsSucceeded(), 1, kWaitMs);
        QVERIFY(cwmp::bodyAs<cwmp::SetParameterValuesResponse>(acs.sessions.at(0).fromCpe.at(0)));
        first.stop();
        QVERIFY(QFile::exists(first.stateFilePath()));
    }
    acs.queue(cwmp::GetParameterValues{{QStringLiteral("Device.ManagementServer.PeriodicInformInterval")}});
    DeviceRunner second(gateway(), QStringLiteral("SN0008"), 0, options);
    QCOMPARE(second.prepare(), QString());
    QVERIFY(second.restoredFromState());
    second.start();
    QTRY_COMPARE_WITH_TIMEOUT(acs.endedSessions(), 2, kWaitMs);
    QVERIFY(hasEvent(acs.inform(1), QStringLiteral("1 BOOT")));
    QVERIFY(!hasEvent(acs.inform(1), QStringLiteral("0 BOOTSTRAP")));
    QCOMPARE(informValue(acs.inform(1), QStringLiteral("Device.ManagementServer.ParameterKey")), QStringLiteral("k1"));
    const auto *gpv = cwmp::bodyAs<cwmp::GetParameterValuesResponse>(acs.sessions.at(1).fromCpe.at(0));
    QVERIFY(gpv);
    QCOMPARE(gpv->parameterList.value(0).value, QStringLiteral("1234"));
}

void tst_SimRuntime::refuseSpvAnswersParameterFaults()
{
    ScriptedAcs acs;
    QVERIFY(acs.listen());
    RuntimeOptions options = fastOptions(acs.url());
    options.faults.refuseSpv = true;
    cwmp::SetParameterValues spv;
    spv.parameterList.append({QStringLiteral("Device.ManagementServer.PeriodicInformInterval"), QStringLiteral("60"),
                              cwmp::ValueType::UnsignedInt});
    acs.queue(spv);
    DeviceRunner runner(gateway(), QStringLiteral("SN0009"), 0, options);
    QCOMPARE(runner.prepare(), QString());
    runner.start();
    QTRY_COMPARE_WITH_TIMEOUT(acs.endedSessions(), 1, kWaitMs);
    const auto *fault = cwmp::bodyAs<cwmp::SoapFault>(acs.sessions.at(0).fromCpe.at(0));
    QVERIFY(fault);
    QCOMPARE(fault->faultCode, 9003u);
    QCOMPARE(fault->setParameterValuesFaults.size(), 1);
    QCOMPARE(fault->setParameterValuesFaults.at(0).faultCode, 9007u);
    QCOMPARE(runner.device().state().value(QStringLiteral("Device.ManagementServer.PeriodicInformInterval")),
             std::optional<QString>(QStringLiteral("3600")));
}

void tst_SimRuntime::downloadFailEndsWithFault9010()
{
    ScriptedAcs acs;
    QVERIFY(acs.listen());
    acs.serveFile(QStringLiteral("/files/fw-6.0.0.bin"), FirmwareImage::header(QStringLiteral("6.0.0")));
    RuntimeOptions options = fastOptions(acs.url());
    options.faults.downloadFail = true;
    cwmp::Download download;
    download.commandKey = QStringLiteral("dl-3");
    download.fileType = QStringLiteral("1 Firmware Upgrade Image");
    download.url = acs.url(QStringLiteral("/files/fw-6.0.0.bin")).toString();
    acs.queue(download);
    DeviceRunner runner(gateway(), QStringLiteral("SN0010"), 0, options);
    QCOMPARE(runner.prepare(), QString());
    runner.start();
    QTRY_COMPARE_WITH_TIMEOUT(acs.endedSessions(), 2, kWaitMs);
    const auto *tc = cwmp::bodyAs<cwmp::TransferComplete>(acs.sessions.at(1).fromCpe.at(0));
    QVERIFY(tc);
    QCOMPARE(tc->fault.faultCode, 9010u);
    QCOMPARE(informValue(acs.inform(1), QStringLiteral("Device.DeviceInfo.SoftwareVersion")), QStringLiteral("4.2.1"));
}

QTEST_GUILESS_MAIN(tst_SimRuntime)
#include "tst_simruntime.moc"

void tst_SimRuntime::badInputFromTheAcsGetsTheRightFault_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("faultCode");
    const QByteArray head = "<soap-env:Envelope xmlns:soap-env=\"http://schemas.xmlsoap.org/soap/envelope/\" "
                            "xmlns:cwmp=\"urn:dslforum-org:cwmp-1-2\"><soap-env:Header><cwmp:ID "
                            "soap-env:mustUnderstand=\"1\">bad-1</cwmp:ID></soap-env:Header><soap-env:Body>";
    const QByteArray tail = "</soap-env:Body></soap-env:Envelope>";
    QTest::newRow("malformed envelope") << QByteArray(head + "<cwmp:GetParameterValues><ParameterNames>") << 9002;
    QTest::newRow("unknown RPC") << QByteArray(head + "<cwmp:X_Frobnicate/>" + tail) << 9000;
    QTest::newRow("bad argument") << QByteArray(head + "<cwmp:GetParameterNames><ParameterPath>Device.</ParameterPath>"
                                                       "<NextLevel>perhaps</NextLevel></cwmp:GetParameterNames>" + tail)
                                  << 9003;
    // A GetParameterValues of 100 MB of names: over the codec's size limit, refused as
    // "resources exceeded" without being parsed.
    QByteArray huge = head + "<cwmp:GetParameterValues><ParameterNames>";
    const QByteArray name = "<string>Device.Hosts.Host.1.PhysAddress</string>";
    huge.reserve(100 * 1024 * 1024 + 1024);
    while (huge.size() < 100 * 1024 * 1024)
        huge += name;
    huge += "</ParameterNames></cwmp:GetParameterValues>" + tail;
    QTest::newRow("100 MB name list") << huge << 9004;
}

void tst_SimRuntime::badInputFromTheAcsGetsTheRightFault()
{
    QFETCH(QByteArray, body);
    QFETCH(int, faultCode);
    ScriptedAcs acs;
    QVERIFY(acs.listen());
    acs.queueRaw(body);
    DeviceRunner runner(gateway(), QStringLiteral("SN0009"), 0, fastOptions(acs.url()));
    QCOMPARE(runner.prepare(), QString());
    runner.start();
    QTRY_COMPARE_WITH_TIMEOUT(acs.endedSessions(), 1, kWaitMs);
    const auto &fromCpe = acs.sessions.at(0).fromCpe;
    QCOMPARE(fromCpe.size(), 1);
    const auto *fault = cwmp::bodyAs<cwmp::SoapFault>(fromCpe.at(0));
    QVERIFY(fault);
    QCOMPARE(int(fault->faultCode), faultCode);
    // The device carries on: the session ended normally and counts as a success.
    QTRY_COMPARE_WITH_TIMEOUT(runner.sessionsSucceeded(), 1, kWaitMs);
}
