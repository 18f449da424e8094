// What a runtime sees between sessions: Inform contents, event cumulation and delivery
// (cwmp-facts §8), notifications and VALUE CHANGE, reboot, factory reset, transfers and
// their faults, ScheduleInform.

#include "simtestutil.h"

#include <cwmp/eventcodes.h>

using namespace cpesim;
using namespace simtest;

namespace {

QStringList codes(const QList<cwmp::EventStruct> &events)
{
    QStringList out;
    for (const auto &e : events)
        out.append(e.commandKey.isEmpty() ? e.eventCode : e.eventCode + u'/' + e.commandKey);
    return out;
}

QStringList names(const QList<cwmp::ParameterValueStruct> &list)
{
    QStringList out;
    for (const auto &p : list)
        out.append(p.name);
    return out;
}

const QDateTime kStart = QDateTime::fromSecsSinceEpoch(1'750'000'000, Qt::UTC);

cwmp::Download download(const QString &key, const QString &url = QStringLiteral("http://files.example/fw.bin"),
                        const QString &type = QStringLiteral("1 Firmware Upgrade Image"))
{
    cwmp::Download d;
    d.commandKey = key;
    d.fileType = type;
    d.url = url;
    d.delaySeconds = 5;
    return d;
}

} // namespace

class SessionsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstInformCarriesBootstrapAndForcedParameters_data();
    void firstInformCarriesBootstrapAndForcedParameters();
    void eventsCumulateSingleOrPerCommandKey();
    void deliveryRemovesEventsPerTheirCompletingMessage();
    void eventRaisedAfterTheInformWasBuiltStaysPending();
    void sessionFailureKeepsEventsButConnectionRequest();
    void passiveChangesWaitForNextInform();
    void activeChangesAskForASession();
    void generatedValuesMoveOnlyWithTick();
    void rebootRpcRaisesBootAndMReboot();
    void factoryResetRestoresProfile();
    void acsUrlChangeRaisesBootstrap();
    void downloadFaults_data();
    void downloadFaults();
    void scheduleDownloadChecksItsTimeWindows_data();
    void scheduleDownloadChecksItsTimeWindows();
    void uploadFaults_data();
    void uploadFaults();
    void downloadLifecycle();
    void queuedTransfersAndCancel();
    void scheduleInformRules();
};

void SessionsTest::firstInformCarriesBootstrapAndForcedParameters_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QStringList>("forced");
    QTest::newRow("tr181") << QStringLiteral("tr181-gateway")
                           << QStringList{QStringLiteral("Device.RootDataModelVersion"),
                                          QStringLiteral("Device.DeviceInfo.HardwareVersion"),
                                          QStringLiteral("Device.DeviceInfo.SoftwareVersion"),
                                          QStringLiteral("Device.DeviceInfo.ProvisioningCode"),
                                          QStringLiteral("Device.ManagementServer.ParameterKey"),
                                          QStringLiteral("Device.ManagementServer.ConnectionRequestURL"),
                                          QStringLiteral("Device.ManagementServer.AliasBasedAddressing")};
    QTest::newRow("tr098") << QStringLiteral("tr098-igd")
                           << QStringList{QStringLiteral("InternetGatewayDevice.DeviceSummary"),
                                          QStringLiteral("InternetGatewayDevice.DeviceInfo.SpecVersion"),
                                          QStringLiteral("InternetGatewayDevice.DeviceInfo.HardwareVersion"),
                                          QStringLiteral("InternetGatewayDevice.DeviceInfo.SoftwareVersion"),
                                          QStringLiteral("InternetGatewayDevice.DeviceInfo.ProvisioningCode"),
                                          QStringLiteral("InternetGatewayDevice.ManagementServer.ParameterKey"),
                                          QStringLiteral("InternetGatewayDevice.ManagementServer.ConnectionRequestURL"),
                                          QStringLiteral("InternetGatewayDevice.ManagementServer.AliasBasedAddressing"),
                                          QStringLiteral("InternetGatewayDevice.WANDevice.1.WANConnectionDevice.1.WANIPConnection.1.ExternalIPAddress")};
}

void SessionsTest::firstInformCarriesBootstrapAndForcedParameters()
{
    QFETCH(QString, profile);
    QFETCH(QStringList, forced);
    auto device = makeDevice(profile);
    const cwmp::Inform inform = device->buildInform(0, kStart.addSecs(3));
    QCOMPARE(codes(inform.events), (QStringList{QStringLiteral("0 BOOTSTRAP"), QStringLiteral("1 BOOT")}));
    QCOMPARE(inform.deviceId.serialNumber, QStringLiteral("TEST0001"));
    QCOMPARE(inform.deviceId.oui, QStringLiteral("00D09E"));
    QCOMPARE(inform.currentTime, kStart.addSecs(3));
    QCOMPARE(inform.retryCount, 0u);
    const QStringList listed = names(inform.parameterList);
    for (const QString &name : forced)
        QVERIFY2(listed.contains(name), qPrintable(name));
    QCOMPARE(listed.size(), forced.size());
}

void SessionsTest::eventsCumulateSingleOrPerCommandKey()
{
    EventQueue queue;
    queue.add(QStringLiteral("2 PERIODIC"));
    queue.add(QStringLiteral("2 PERIODIC"));
    queue.add(QStringLiteral("M Reboot"), QStringLiteral("a"));
    queue.add(QStringLiteral("M Reboot"), QStringLiteral("b"));
    queue.add(QStringLiteral("M Reboot"), QStringLiteral("a"));
    queue.add(QStringLiteral("0 BOOTSTRAP"));
    QCOMPARE(codes(queue.events()), (QStringList{QStringLiteral("0 BOOTSTRAP"), QStringLiteral("2 PERIODIC"),
                                                 QStringLiteral("M Reboot/a"), QStringLiteral("M Reboot/b")}));
}

void SessionsTest::deliveryRemovesEventsPerTheirCompletingMessage()
{
    auto device = makeDevice();
    device->handle(download(QStringLiteral("dl-1")));
    device->handle(download(QStringLiteral("dl-2")));
    device->buildInform(0, device->now()); // what the delivered Inform carried
    device->informDelivered();
    QVERIFY(device->events().isEmpty());
    QVERIFY(device->completeTransfer(QStringLiteral("dl-1"), {}, kStart, kStart.addSecs(10)));
    QVERIFY(device->completeTransfer(QStringLiteral("dl-2"), {9010, QStringLiteral("failed")}, kStart, kStart.addSecs(10)));
    device->periodicInformDue();
    cwmp::Inform inform = device->buildInform(0, kStart.addSecs(20));
    QCOMPARE(codes(inform.events), (QStringList{QStringLiteral("7 TRANSFER COMPLETE"), QStringLiteral("M Download/dl-1"),
                                                QStringLiteral("M Download/dl-2"), QStringLiteral("2 PERIODIC")}));
    device->informDelivered();
    // Transfer events stay until their TransferCompleteResponse.
    QCOMPARE(device->events().size(), 3);
    auto tc = device->nextTransferComplete();
    QVERIFY(tc);
    QCOMPARE(tc->commandKey, QStringLiteral("dl-1"));
    device->transferCompleteDelivered(tc->commandKey);
    QCOMPARE(codes(device->events().events()), (QStringList{QStringLiteral("7 TRANSFER COMPLETE"), QStringLiteral("M Download/dl-2")}));
    tc = device->nextTransferComplete();
    QCOMPARE(tc->fault.faultCode, 9010u);
    device->transferCompleteDelivered(tc->commandKey);
    QVERIFY(device->events().isEmpty());
    QVERIFY(!device->nextTransferComplete());
}

void SessionsTest::eventRaisedAfterTheInformWasBuiltStaysPending()
{
    auto device = makeDevice();
    device->periodicInformDue();
    const cwmp::Inform inform = device->buildInform(0, kStart);
    QVERIFY(codes(inform.events).contains(QStringLiteral("2 PERIODIC")));
    // A connection request arrives while that Inform is on the wire: it is not delivered.
    device->connectionRequestAccepted();
    device->informDelivered();
    QCOMPARE(codes(device->events().events()), QStringList{QStringLiteral("6 CONNECTION REQUEST")});
}

void SessionsTest::sessionFailureKeepsEventsButConnectionRequest()
{
    auto device = makeDevice();
    device->connectionRequestAccepted();
    device->buildInform(0, kStart);
    device->sessionFailed();
    const cwmp::Inform retry = device->buildInform(1, kStart.addSecs(10));
    QCOMPARE(retry.retryCount, 1u);
    QCOMPARE(codes(retry.events), (QStringList{QStringLiteral("0 BOOTSTRAP"), QStringLiteral("1 BOOT")}));
}

void SessionsTest::passiveChangesWaitForNextInform()
{
    auto device = makeDevice();
    device->buildInform(0, device->now()); // what the delivered Inform carried
    device->informDelivered();
    cwmp::SetParameterAttributesStruct attr{QStringLiteral("Device.WiFi.SSID.1.SSID"), true, 1, false, {}};
    device->handle(cwmp::SetParameterAttributes{{attr}});
    // The ACS's own change is not reported...
    device->handle(cwmp::SetParameterValues{{pv(QStringLiteral("Device.WiFi.SSID.1.SSID"), QStringLiteral("ByAcs"))}, QString()});
    QVERIFY(device->pendingValueChanges().isEmpty());
    // ...a local one is, in the next Inform, with 4 VALUE CHANGE, without asking for a session.
    QVERIFY(device->setLocalValue(QStringLiteral("Device.WiFi.SSID.1.SSID"), QStringLiteral("ByUser")));
    QVERIFY(!device->activeNotificationPending());
    QVERIFY(!device->takeActions().startSession);
    device->periodicInformDue();
    const cwmp::Inform inform = device->buildInform(0, kStart.addSecs(60));
    QVERIFY(codes(inform.events).contains(QStringLiteral("4 VALUE CHANGE")));
    QVERIFY(names(inform.parameterList).contains(QStringLiteral("Device.WiFi.SSID.1.SSID")));
    device->informDelivered();
    QVERIFY(device->pendingValueChanges().isEmpty());
    QVERIFY(device->events().isEmpty());
    // A parameter with notification off is never reported.
    device->setLocalValue(QStringLiteral("Device.WiFi.SSID.2.SSID"), QStringLiteral("Quiet"));
    QVERIFY(device->pendingValueChanges().isEmpty());
}

void SessionsTest::activeChangesAskForASession()
{
    auto device = makeDevice();
    device->buildInform(0, device->now()); // what the delivered Inform carried
    device->informDelivered();
    // SoftwareVersion is forceEnabled: active without any SPA.
    device->setLocalValue(QStringLiteral("Device.DeviceInfo.SoftwareVersion"), QStringLiteral("4.3.0"));
    QVERIFY(device->activeNotificationPending());
    QVERIFY(device->takeActions().startSession);
    const cwmp::Inform inform = device->buildInform(0, kStart.addSecs(1));
    QCOMPARE(codes(inform.events), QStringList{QStringLiteral("4 VALUE CHANGE")});
    QCOMPARE(names(inform.parameterList).count(QStringLiteral("Device.DeviceInfo.SoftwareVersion")), 1);
    device->informDelivered();
    QVERIFY(!device->activeNotificationPending());
}

void SessionsTest::generatedValuesMoveOnlyWithTick()
{
    auto device = makeDevice();
    device->buildInform(0, device->now()); // what the delivered Inform carried
    device->informDelivered();
    const auto uptime = [&] { return device->state().value(u"Device.DeviceInfo.UpTime").value_or(QString()); };
    const auto bytes = [&] { return device->state().value(u"Device.Ethernet.Interface.1.Stats.BytesSent")->toULongLong(); };
    QCOMPARE(uptime(), QStringLiteral("0"));
    const quint64 before = bytes();
    QCOMPARE(uptime(), QStringLiteral("0"));
    device->tick(kStart.addSecs(100));
    QCOMPARE(uptime(), QStringLiteral("100"));
    QVERIFY(bytes() > before);
    // Hosts come and go: some Active flag changes within a few periods; passive
    // notification on it reports the change.
    cwmp::SetParameterAttributesStruct attr{QStringLiteral("Device.Hosts.Host."), true, 1, false, {}};
    QCOMPARE(faultCode(device->handle(cwmp::SetParameterAttributes{{attr}})), 0);
    for (int step = 1; step <= 20 && device->pendingValueChanges().isEmpty(); ++step)
        device->tick(kStart.addSecs(100 + step * 300));
    QVERIFY(!device->pendingValueChanges().isEmpty());
    QVERIFY(device->pendingValueChanges().front().startsWith(QStringLiteral("Device.Hosts.Host.")));
    // Two devices differ, the same device is deterministic.
    auto other = makeDevice();
    other->tick(kStart.addSecs(100));
    QCOMPARE(other->state().value(u"Device.DeviceInfo.UpTime"), QStringLiteral("100"));
}

void SessionsTest::rebootRpcRaisesBootAndMReboot()
{
    auto device = makeDevice();
    device->buildInform(0, device->now()); // what the delivered Inform carried
    device->informDelivered();
    QCOMPARE(faultCode(device->handle(cwmp::Reboot{QStringLiteral("rb-1")})), 0);
    DeviceActions actions = device->takeActions();
    QCOMPARE(actions.reboot, std::optional<QString>(QStringLiteral("rb-1")));
    device->reboot(kStart.addSecs(100));
    const cwmp::Inform inform = device->buildInform(0, kStart.addSecs(130));
    QCOMPARE(codes(inform.events), (QStringList{QStringLiteral("M Reboot/rb-1"), QStringLiteral("1 BOOT")}));
    QCOMPARE(device->state().value(u"Device.DeviceInfo.UpTime"), QStringLiteral("30"));
    QCOMPARE(faultCode(device->handle(cwmp::Reboot{QString(33, u'k')})), 9003);
}

void SessionsTest::factoryResetRestoresProfile()
{
    auto device = makeDevice();
    device->handle(cwmp::SetParameterValues{{pv(QStringLiteral("Device.WiFi.SSID.1.SSID"), QStringLiteral("x"))}, QStringLiteral("k9")});
    device->handle(cwmp::AddObject{QStringLiteral("Device.NAT.PortMapping."), QStringLiteral("k10")});
    cwmp::SetParameterAttributesStruct attr{QStringLiteral("Device.WiFi."), true, 1, false, {}};
    device->handle(cwmp::SetParameterAttributes{{attr}});
    device->handle(download(QStringLiteral("d")));
    device->buildInform(0, device->now()); // what the delivered Inform carried
    device->informDelivered();
    QVERIFY(device->state().overlaySize() > 0);
    QCOMPARE(faultCode(device->handle(cwmp::FactoryReset{})), 0);
    QVERIFY(device->takeActions().factoryReset);
    device->performFactoryReset(kStart.addSecs(50));
    QCOMPARE(device->state().overlaySize(), 0);
    QCOMPARE(device->state().value(u"Device.ManagementServer.ParameterKey"), QString());
    QCOMPARE(device->state().value(u"Device.NAT.PortMappingNumberOfEntries"), QStringLiteral("8"));
    QCOMPARE(device->state().notification(device->state().resolve(u"Device.WiFi.SSID.1.SSID")), 0);
    QVERIFY(device->transfers().entries().isEmpty());
    QCOMPARE(codes(device->buildInform(0, kStart.addSecs(60)).events),
             (QStringList{QStringLiteral("0 BOOTSTRAP"), QStringLiteral("1 BOOT")}));
}

void SessionsTest::acsUrlChangeRaisesBootstrap()
{
    auto device = makeDevice();
    device->buildInform(0, device->now()); // what the delivered Inform carried
    device->informDelivered();
    device->handle(cwmp::SetParameterValues{{pv(QStringLiteral("Device.ManagementServer.URL"), QStringLiteral("https://acs.example/"))}, QString()});
    QVERIFY(device->takeActions().acsUrlChanged);
    QVERIFY(device->events().contains(QStringLiteral("0 BOOTSTRAP")));
}

void SessionsTest::downloadFaults_data()
{
    QTest::addColumn<QString>("fileType");
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("fault");
    const QString fw = QStringLiteral("1 Firmware Upgrade Image");
    QTest::newRow("http accepted") << fw << QStringLiteral("http://f.example/a") << 0;
    QTest::newRow("https accepted") << fw << QStringLiteral("https://f.example/a") << 0;
    QTest::newRow("vendor file type") << QStringLiteral("X 00D09E Certificate") << QStringLiteral("http://f.example/a") << 0;
    QTest::newRow("ftp unsupported") << fw << QStringLiteral("ftp://f.example/a") << 9013;
    QTest::newRow("tftp unsupported") << fw << QStringLiteral("tftp://f.example/a") << 9013;
    QTest::newRow("no scheme") << fw << QStringLiteral("f.example/a") << 9013;
    QTest::newRow("unknown file type") << QStringLiteral("9 Mystery") << QStringLiteral("http://f.example/a") << 9003;
    QTest::newRow("malformed file type") << QStringLiteral("Firmware") << QStringLiteral("http://f.example/a") << 9003;
    QTest::newRow("url too long") << fw << QStringLiteral("http://f.example/") + QString(300, u'a') << 9003;
}

void SessionsTest::scheduleDownloadChecksItsTimeWindows_data()
{
    // TR-069 A.4.1.6: one or two windows, start <= end, no overlap, standard WindowMode.
    QTest::addColumn<QList<cwmp::TimeWindowStruct>>("windows");
    QTest::addColumn<int>("fault");
    QTest::addColumn<quint32>("dueSeconds");
    const QString any = QStringLiteral("1 At Any Time");
    const QString confirm = QStringLiteral("4 Confirmation Needed");
    QTest::newRow("one window") << QList<cwmp::TimeWindowStruct>{{30, 90, any, {}, -1}} << 0 << 30u;
    QTest::newRow("two, given late first") << QList<cwmp::TimeWindowStruct>{{100, 200, any, {}, -1}, {10, 20, any, {}, 0}}
                                           << 0 << 10u;
    QTest::newRow("confirmation first, then any") << QList<cwmp::TimeWindowStruct>{{0, 50, confirm, {}, -1}, {60, 90, any, {}, -1}}
                                                  << 0 << 60u;
    QTest::newRow("confirmation only: due at its end") << QList<cwmp::TimeWindowStruct>{{0, 50, confirm, QStringLiteral("ok?"), -1}}
                                                       << 0 << 50u;
    QTest::newRow("none") << QList<cwmp::TimeWindowStruct>{} << 9003 << 0u;
    QTest::newRow("three") << QList<cwmp::TimeWindowStruct>{{0, 1, any, {}, -1}, {2, 3, any, {}, -1}, {4, 5, any, {}, -1}}
                           << 9003 << 0u;
    QTest::newRow("start after end") << QList<cwmp::TimeWindowStruct>{{50, 10, any, {}, -1}} << 9003 << 0u;
    QTest::newRow("overlapping") << QList<cwmp::TimeWindowStruct>{{0, 100, any, {}, -1}, {50, 200, any, {}, -1}} << 9003 << 0u;
    QTest::newRow("unknown mode") << QList<cwmp::TimeWindowStruct>{{0, 100, QStringLiteral("Later"), {}, -1}} << 9003 << 0u;
}

void SessionsTest::scheduleDownloadChecksItsTimeWindows()
{
    QFETCH(QList<cwmp::TimeWindowStruct>, windows);
    QFETCH(int, fault);
    QFETCH(quint32, dueSeconds);
    auto device = makeDevice();
    cwmp::ScheduleDownload request;
    request.commandKey = QStringLiteral("sd");
    request.fileType = QStringLiteral("1 Firmware Upgrade Image");
    request.url = QStringLiteral("http://f.example/fw.bin");
    request.timeWindowList = windows;
    const cwmp::Body body = device->handle(request);
    QCOMPARE(faultCode(body), fault);
    QCOMPARE(device->transfers().entries().size(), fault == 0 ? 1 : 0);
    if (fault != 0)
        return;
    QVERIFY(std::holds_alternative<cwmp::ScheduleDownloadResponse>(body));
    const TransferEntry &entry = device->transfers().entries().front();
    QCOMPARE(entry.method, QStringLiteral("ScheduleDownload"));
    QCOMPARE(entry.delaySeconds, dueSeconds);
    QCOMPARE(device->transfers().allQueuedTransfers().front().state, 1); // "1 Not yet started"
    QCOMPARE(device->takeActions().transfersQueued.size(), 1);
}

void SessionsTest::downloadFaults()
{
    QFETCH(QString, fileType);
    QFETCH(QString, url);
    QFETCH(int, fault);
    auto device = makeDevice();
    const cwmp::Body body = device->handle(download(QStringLiteral("k"), url, fileType));
    QCOMPARE(faultCode(body), fault);
    QCOMPARE(device->transfers().entries().size(), fault == 0 ? 1 : 0);
    if (fault == 0) {
        const auto response = std::get<cwmp::DownloadResponse>(body);
        QCOMPARE(response.status, 1);
        QCOMPARE(response.startTime, cwmp::unknownTime());
        const DeviceActions actions = device->takeActions();
        QCOMPARE(actions.transfersQueued.size(), 1);
        QCOMPARE(actions.transfersQueued.front().delaySeconds, 5u);
        QCOMPARE(actions.transfersQueued.front().url, url);
    }
}

void SessionsTest::uploadFaults_data()
{
    QTest::addColumn<QString>("fileType");
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("fault");
    const QString http = QStringLiteral("http://f.example/up");
    QTest::newRow("config") << QStringLiteral("1 Vendor Configuration File") << http << 0;
    QTest::newRow("log") << QStringLiteral("2 Vendor Log File") << http << 0;
    QTest::newRow("config instance 1") << QStringLiteral("3 Vendor Configuration File 1") << http << 0;
    QTest::newRow("log instance 2") << QStringLiteral("4 Vendor Log File 2") << http << 0;
    QTest::newRow("missing config instance") << QStringLiteral("3 Vendor Configuration File 7") << http << 9003;
    QTest::newRow("mismatched number") << QStringLiteral("4 Vendor Configuration File 1") << http << 9003;
    QTest::newRow("download type") << QStringLiteral("1 Firmware Upgrade Image") << http << 9003;
    QTest::newRow("ftp") << QStringLiteral("1 Vendor Configuration File") << QStringLiteral("ftp://f.example/") << 9013;
}

void SessionsTest::uploadFaults()
{
    QFETCH(QString, fileType);
    QFETCH(QString, url);
    QFETCH(int, fault);
    auto device = makeDevice();
    cwmp::Upload upload;
    upload.commandKey = QStringLiteral("up");
    upload.fileType = fileType;
    upload.url = url;
    const cwmp::Body body = device->handle(upload);
    QCOMPARE(faultCode(body), fault);
    if (fault == 0) {
        QCOMPARE(std::get<cwmp::UploadResponse>(body).status, 1);
        QCOMPARE(device->transfers().entries().front().isDownload, false);
    }
}

void SessionsTest::downloadLifecycle()
{
    auto device = makeDevice();
    device->buildInform(0, device->now()); // what the delivered Inform carried
    device->informDelivered();
    device->handle(download(QStringLiteral("fw-2")));
    QVERIFY(device->transfers().setState(QStringLiteral("fw-2"), TransferEntry::InProgress));
    QVERIFY(device->completeTransfer(QStringLiteral("fw-2"), {}, kStart.addSecs(10), kStart.addSecs(40)));
    device->setLocalValue(QStringLiteral("Device.DeviceInfo.SoftwareVersion"), QStringLiteral("4.3.0"));
    device->reboot(kStart.addSecs(60));
    const cwmp::Inform inform = device->buildInform(0, kStart.addSecs(90));
    QCOMPARE(codes(inform.events), (QStringList{QStringLiteral("7 TRANSFER COMPLETE"), QStringLiteral("M Download/fw-2"),
                                                QStringLiteral("1 BOOT")}));
    const auto tc = device->nextTransferComplete();
    QVERIFY(tc);
    QCOMPARE(tc->startTime, kStart.addSecs(10));
    QCOMPARE(tc->fault.faultCode, 0u);
}

void SessionsTest::queuedTransfersAndCancel()
{
    auto device = makeDevice();
    device->handle(download(QStringLiteral("a")));
    device->handle(download(QStringLiteral("b")));
    TransferEntry autonomous;
    autonomous.fileType = QStringLiteral("1 Firmware Upgrade Image");
    autonomous.state = TransferEntry::InProgress;
    device->transfers().add(autonomous);
    QCOMPARE(std::get<cwmp::GetQueuedTransfersResponse>(device->handle(cwmp::GetQueuedTransfers{})).transferList.size(), 2);
    const auto all = std::get<cwmp::GetAllQueuedTransfersResponse>(device->handle(cwmp::GetAllQueuedTransfers{})).transferList;
    QCOMPARE(all.size(), 3);
    QCOMPARE(all[2].commandKey, QString());
    QCOMPARE(all[2].state, 2);
    device->transfers().setState(QStringLiteral("b"), TransferEntry::InProgress);
    QCOMPARE(faultCode(device->handle(cwmp::CancelTransfer{QStringLiteral("b")})), 9021);
    QCOMPARE(faultCode(device->handle(cwmp::CancelTransfer{QStringLiteral("a")})), 0);
    QCOMPARE(device->takeActions().transfersCancelled, QStringList{QStringLiteral("a")});
    QCOMPARE(faultCode(device->handle(cwmp::CancelTransfer{QStringLiteral("nope")})), 9003);
    device->completeTransfer(QStringLiteral("b"), {}, kStart, kStart);
    QCOMPARE(faultCode(device->handle(cwmp::CancelTransfer{QStringLiteral("b")})), 9021);
    // The queue holds at most 16.
    for (int i = 0; i < 20; ++i)
        device->handle(download(QStringLiteral("q%1").arg(i)));
    QCOMPARE(device->transfers().queuedCount(), 16);
    QCOMPARE(faultCode(device->handle(download(QStringLiteral("over")))), 9004);
}

void SessionsTest::scheduleInformRules()
{
    auto device = makeDevice();
    device->buildInform(0, device->now()); // what the delivered Inform carried
    device->informDelivered();
    QCOMPARE(faultCode(device->handle(cwmp::ScheduleInform{0, QStringLiteral("s")})), 9003);
    QCOMPARE(faultCode(device->handle(cwmp::ScheduleInform{30, QStringLiteral("s1")})), 0);
    const DeviceActions actions = device->takeActions();
    QCOMPARE(actions.scheduledInforms.size(), 1);
    QCOMPARE(actions.scheduledInforms.front().delaySeconds, 30u);
    device->scheduledInformDue(QStringLiteral("s1"));
    QCOMPARE(codes(device->buildInform(0, kStart).events),
             (QStringList{QStringLiteral("3 SCHEDULED"), QStringLiteral("M ScheduleInform/s1")}));
}

QTEST_GUILESS_MAIN(SessionsTest)
#include "tst_sessions.moc"
