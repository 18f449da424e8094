// GetParameterNames, GetParameterValues, SetParameterValues, Get/SetParameterAttributes
// and GetRPCMethods on a tr181-gateway device: results and fault codes per TR-069 A.3.2
// (cwmp-facts §7.1).

#include "simtestutil.h"

#include <cwmp/faultcodes.h>

#include <QElapsedTimer>

using namespace cpesim;
using namespace simtest;

Q_DECLARE_METATYPE(cwmp::ValueType)

class ParameterRpcsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsImplementedMethods();

    void getParameterNamesFollowsNextLevelRules_data();
    void getParameterNamesFollowsNextLevelRules();
    void getParameterNamesReportsWritability_data();
    void getParameterNamesReportsWritability();
    void getParameterNamesFaults_data();
    void getParameterNamesFaults();

    void getParameterValuesReturnsSubtrees_data();
    void getParameterValuesReturnsSubtrees();
    void getParameterValuesRejectsUnknownNames_data();
    void getParameterValuesRejectsUnknownNames();
    void passwordsReadBackEmpty();
    void refusesHugeMostlyUnknownNameListQuickly();
    void answersHugeValidNameList();

    void setParameterValuesFaults_data();
    void setParameterValuesFaults();
    void setParameterValuesIsAtomic();
    void setParameterValuesStoresKeyAndCanonicalValue();
    void setParameterValuesRejectsDuplicateNames();
    void setParameterValuesReportsStatusOneForRebootParameters();
    void diagnosticsStateFollowsTr106Rules();

    void attributesApplyBelowPartialPaths();
    void setParameterAttributesFaults_data();
    void setParameterAttributesFaults();
    void setParameterAttributesIgnoresUnflaggedFields();
};

void ParameterRpcsTest::listsImplementedMethods()
{
    auto device = makeDevice();
    const auto response = std::get<cwmp::GetRPCMethodsResponse>(device->handle(cwmp::GetRPCMethods{}));
    for (const char *method : {"GetRPCMethods", "SetParameterValues", "GetParameterValues",
                               "GetParameterNames", "SetParameterAttributes", "GetParameterAttributes",
                               "AddObject", "DeleteObject", "Reboot", "Download", "Upload",
                               "FactoryReset", "GetAllQueuedTransfers", "ScheduleInform",
                               "CancelTransfer", "ScheduleDownload"})
        QVERIFY2(response.methodList.contains(QString::fromLatin1(method)), method);
    QVERIFY(!response.methodList.contains(QStringLiteral("ChangeDUState")));
    QCOMPARE(faultCode(device->handle(cwmp::ChangeDUState{})), 9000);
    QCOMPARE(faultCode(device->handle(cwmp::SetVouchers{})), 9000);
    QCOMPARE(faultCode(device->handle(cwmp::InformResponse{})), 9000);
}

void ParameterRpcsTest::getParameterNamesFollowsNextLevelRules_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("nextLevel");
    QTest::addColumn<QStringList>("mustContain");
    QTest::addColumn<QStringList>("mustNotContain");
    QTest::addColumn<int>("exactCount"); // -1: not checked

    QTest::newRow("empty path, next level: only the root")
        << QString() << true << QStringList{QStringLiteral("Device.")} << QStringList() << 1;
    QTest::newRow("empty path, whole tree")
        << QString() << false
        << QStringList{QStringLiteral("Device."), QStringLiteral("Device.DeviceInfo."),
                       QStringLiteral("Device.Hosts.Host."), QStringLiteral("Device.Hosts.Host.1."),
                       QStringLiteral("Device.DeviceInfo.UpTime")}
        << QStringList() << -1;
    QTest::newRow("object, next level: children only")
        << QStringLiteral("Device.DeviceInfo.") << true
        << QStringList{QStringLiteral("Device.DeviceInfo.UpTime"), QStringLiteral("Device.DeviceInfo.MemoryStatus.")}
        << QStringList{QStringLiteral("Device.DeviceInfo."), QStringLiteral("Device.DeviceInfo.MemoryStatus.Total")}
        << -1;
    QTest::newRow("object, whole subtree with the object itself")
        << QStringLiteral("Device.DeviceInfo.MemoryStatus.") << false
        << QStringList{QStringLiteral("Device.DeviceInfo.MemoryStatus."),
                       QStringLiteral("Device.DeviceInfo.MemoryStatus.Total"),
                       QStringLiteral("Device.DeviceInfo.MemoryStatus.Free")}
        << QStringList() << -1;
    QTest::newRow("table, next level: its rows")
        << QStringLiteral("Device.IP.Interface.") << true
        << QStringList{QStringLiteral("Device.IP.Interface.1."), QStringLiteral("Device.IP.Interface.3.")}
        << QStringList{QStringLiteral("Device.IP.Interface."), QStringLiteral("Device.IP.Interface.1.Name")}
        << 3;
    QTest::newRow("row, next level")
        << QStringLiteral("Device.NAT.PortMapping.2.") << true
        << QStringList{QStringLiteral("Device.NAT.PortMapping.2.ExternalPort")}
        << QStringList{QStringLiteral("Device.NAT.PortMapping.2.")} << -1;
    QTest::newRow("full parameter name, not next level")
        << QStringLiteral("Device.DeviceInfo.UpTime") << false
        << QStringList{QStringLiteral("Device.DeviceInfo.UpTime")} << QStringList() << 1;
    QTest::newRow("instance wildcard")
        << QStringLiteral("Device.IP.Interface.*.Name") << false
        << QStringList{QStringLiteral("Device.IP.Interface.1.Name"), QStringLiteral("Device.IP.Interface.2.Name")}
        << QStringList() << 3;
}

void ParameterRpcsTest::getParameterNamesFollowsNextLevelRules()
{
    QFETCH(QString, path);
    QFETCH(bool, nextLevel);
    QFETCH(QStringList, mustContain);
    QFETCH(QStringList, mustNotContain);
    QFETCH(int, exactCount);
    auto device = makeDevice();
    const cwmp::Body body = device->handle(cwmp::GetParameterNames{path, nextLevel});
    QCOMPARE(faultCode(body), 0);
    QStringList names;
    for (const auto &info : std::get<cwmp::GetParameterNamesResponse>(body).parameterList)
        names.append(info.name);
    for (const QString &name : mustContain)
        QVERIFY2(names.contains(name), qPrintable(name));
    for (const QString &name : mustNotContain)
        QVERIFY2(!names.contains(name), qPrintable(name));
    if (exactCount >= 0)
        QCOMPARE(names.size(), exactCount);
    QCOMPARE(QSet<QString>(names.begin(), names.end()).size(), names.size());
}

void ParameterRpcsTest::getParameterNamesReportsWritability_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("writable");
    QTest::newRow("single object") << QStringLiteral("Device.DeviceInfo.") << false;
    QTest::newRow("writable table") << QStringLiteral("Device.NAT.PortMapping.") << true;
    QTest::newRow("row of writable table") << QStringLiteral("Device.NAT.PortMapping.1.") << true;
    QTest::newRow("read-only table") << QStringLiteral("Device.Hosts.Host.") << false;
    QTest::newRow("row of read-only table") << QStringLiteral("Device.Hosts.Host.1.") << false;
    QTest::newRow("writable parameter") << QStringLiteral("Device.ManagementServer.PeriodicInformInterval") << true;
    QTest::newRow("read-only parameter") << QStringLiteral("Device.DeviceInfo.UpTime") << false;
}

void ParameterRpcsTest::getParameterNamesReportsWritability()
{
    QFETCH(QString, name);
    QFETCH(bool, writable);
    auto device = makeDevice();
    const cwmp::Body body = device->handle(cwmp::GetParameterNames{name, false});
    const auto &list = std::get<cwmp::GetParameterNamesResponse>(body).parameterList;
    QVERIFY(!list.isEmpty());
    QCOMPARE(list.front().name, name);
    QCOMPARE(list.front().writable, writable);
}

void ParameterRpcsTest::getParameterNamesFaults_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("nextLevel");
    QTest::addColumn<int>("fault");
    QTest::newRow("next level on a parameter") << QStringLiteral("Device.DeviceInfo.UpTime") << true << 9003;
    QTest::newRow("unknown object") << QStringLiteral("Device.Nope.") << false << 9005;
    QTest::newRow("object named without dot") << QStringLiteral("Device.DeviceInfo") << false << 9005;
    QTest::newRow("parameter named with dot") << QStringLiteral("Device.DeviceInfo.UpTime.") << false << 9005;
    QTest::newRow("missing row") << QStringLiteral("Device.IP.Interface.9.") << false << 9005;
    QTest::newRow("other root") << QStringLiteral("InternetGatewayDevice.") << false << 9005;
    QTest::newRow("garbage") << QStringLiteral("..") << false << 9005;
}

void ParameterRpcsTest::getParameterNamesFaults()
{
    QFETCH(QString, path);
    QFETCH(bool, nextLevel);
    QFETCH(int, fault);
    auto device = makeDevice();
    QCOMPARE(faultCode(device->handle(cwmp::GetParameterNames{path, nextLevel})), fault);
}

void ParameterRpcsTest::getParameterValuesReturnsSubtrees_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<int>("count");
    QTest::newRow("one parameter") << QStringList{QStringLiteral("Device.DeviceInfo.SerialNumber")} << 1;
    QTest::newRow("two parameters") << QStringList{QStringLiteral("Device.DeviceInfo.SerialNumber"), QStringLiteral("Device.DeviceInfo.UpTime")} << 2;
    QTest::newRow("partial path") << QStringList{QStringLiteral("Device.DeviceInfo.MemoryStatus.")} << 4;
    QTest::newRow("table path covers every row") << QStringList{QStringLiteral("Device.IP.Interface.*.Name")} << 3;
    QTest::newRow("whole tree") << QStringList{QString()} << -1;
}

void ParameterRpcsTest::getParameterValuesReturnsSubtrees()
{
    QFETCH(QStringList, names);
    QFETCH(int, count);
    auto device = makeDevice();
    const cwmp::Body body = device->handle(cwmp::GetParameterValues{names});
    QCOMPARE(faultCode(body), 0);
    const auto &list = std::get<cwmp::GetParameterValuesResponse>(body).parameterList;
    QCOMPARE(list.size(), count < 0 ? device->state().profile().parameterCount() : count);
    if (names.front() == u"Device.DeviceInfo.SerialNumber") {
        QCOMPARE(list.front().value, QStringLiteral("TEST0001"));
        QCOMPARE(list.front().type, cwmp::ValueType::String);
    }
}

void ParameterRpcsTest::getParameterValuesRejectsUnknownNames_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::newRow("unknown parameter") << QStringList{QStringLiteral("Device.DeviceInfo.Nope")};
    QTest::newRow("one good one bad") << QStringList{QStringLiteral("Device.DeviceInfo.UpTime"), QStringLiteral("Device.Nope.")};
    QTest::newRow("deleted-looking row") << QStringList{QStringLiteral("Device.NAT.PortMapping.99.")};
    QTest::newRow("too long") << QStringList{QStringLiteral("Device.") + QString(300, u'A')};
}

void ParameterRpcsTest::getParameterValuesRejectsUnknownNames()
{
    QFETCH(QStringList, names);
    auto device = makeDevice();
    QCOMPARE(faultCode(device->handle(cwmp::GetParameterValues{names})), 9005);
}

void ParameterRpcsTest::passwordsReadBackEmpty()
{
    auto device = makeDevice();
    QCOMPARE(device->state().value(u"Device.ManagementServer.ConnectionRequestPassword"), QStringLiteral("cr-secret"));
    const cwmp::Body body = device->handle(cwmp::GetParameterValues{
        {QStringLiteral("Device.ManagementServer.Password"), QStringLiteral("Device.ManagementServer.ConnectionRequestPassword")}});
    for (const auto &p : std::get<cwmp::GetParameterValuesResponse>(body).parameterList)
        QCOMPARE(p.value, QString());
}

void ParameterRpcsTest::refusesHugeMostlyUnknownNameListQuickly()
{
    auto device = makeDevice();
    cwmp::GetParameterValues request;
    request.parameterNames.reserve(100'000);
    for (int i = 0; i < 100'000; ++i)
        request.parameterNames.append(i % 10 == 0 ? QStringLiteral("Device.DeviceInfo.UpTime")
                                                  : QStringLiteral("Device.Unknown.P%1").arg(i));
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(faultCode(device->handle(request)), 9005);
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
}

void ParameterRpcsTest::answersHugeValidNameList()
{
    auto device = makeDevice(QStringLiteral("tr181-large"));
    cwmp::GetParameterValues request;
    device->state().walk(device->state().root(), false, [&](const NodeRef &node) {
        request.parameterNames.append(node.path);
        return true;
    });
    request.parameterNames += request.parameterNames; // 40,000+ names, repeats allowed in GPV
    QElapsedTimer timer;
    timer.start();
    const cwmp::Body body = device->handle(request);
    QCOMPARE(faultCode(body), 0);
    QCOMPARE(std::get<cwmp::GetParameterValuesResponse>(body).parameterList.size(), request.parameterNames.size());
    qInfo("%lld names answered in %lld ms", qint64(request.parameterNames.size()), timer.elapsed());
}

void ParameterRpcsTest::setParameterValuesFaults_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::addColumn<cwmp::ValueType>("type");
    QTest::addColumn<int>("fault");
    using cwmp::ValueType;
    const QString interval = QStringLiteral("Device.ManagementServer.PeriodicInformInterval");
    QTest::newRow("unknown parameter") << QStringLiteral("Device.DeviceInfo.Nope") << QStringLiteral("1") << ValueType::String << 9005;
    QTest::newRow("object path") << QStringLiteral("Device.DeviceInfo.") << QStringLiteral("1") << ValueType::String << 9005;
    QTest::newRow("read-only parameter") << QStringLiteral("Device.DeviceInfo.UpTime") << QStringLiteral("1") << ValueType::UnsignedInt << 9008;
    QTest::newRow("number counter read-only") << QStringLiteral("Device.Hosts.HostNumberOfEntries") << QStringLiteral("1") << ValueType::UnsignedInt << 9008;
    QTest::newRow("xsi:type boolean for unsignedInt") << interval << QStringLiteral("true") << ValueType::Boolean << 9006;
    QTest::newRow("xsi:type string for boolean") << QStringLiteral("Device.ManagementServer.PeriodicInformEnable") << QStringLiteral("true") << ValueType::String << 9006;
    QTest::newRow("not a number") << interval << QStringLiteral("often") << ValueType::Unspecified << 9007;
    QTest::newRow("below range") << interval << QStringLiteral("0") << ValueType::UnsignedInt << 9007;
    QTest::newRow("negative for unsigned") << interval << QStringLiteral("-5") << ValueType::Int << 9007;
    QTest::newRow("not in enumeration") << QStringLiteral("Device.IP.Diagnostics.IPPing.ProtocolVersion") << QStringLiteral("IPv5") << ValueType::String << 9007;
    QTest::newRow("read-only enumeration value") << QStringLiteral("Device.IP.Diagnostics.IPPing.DiagnosticsState") << QStringLiteral("Complete") << ValueType::String << 9007;
    QTest::newRow("string too long") << QStringLiteral("Device.WiFi.SSID.1.SSID") << QString(33, u'x') << ValueType::String << 9007;
    QTest::newRow("out of DSCP range") << QStringLiteral("Device.IP.Diagnostics.IPPing.DSCP") << QStringLiteral("64") << ValueType::UnsignedInt << 9007;
    QTest::newRow("bad boolean") << QStringLiteral("Device.ManagementServer.PeriodicInformEnable") << QStringLiteral("yes") << ValueType::Boolean << 9007;
    QTest::newRow("bad dateTime") << QStringLiteral("Device.ManagementServer.PeriodicInformTime") << QStringLiteral("tomorrow") << ValueType::DateTime << 9007;
}

void ParameterRpcsTest::setParameterValuesFaults()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    QFETCH(cwmp::ValueType, type);
    QFETCH(int, fault);
    auto device = makeDevice();
    const cwmp::Body body = device->handle(cwmp::SetParameterValues{{pv(name, value, type)}, QStringLiteral("k1")});
    QCOMPARE(faultCode(body), 9003);
    const auto &f = std::get<cwmp::SoapFault>(body);
    QCOMPARE(f.setParameterValuesFaults.size(), 1);
    QCOMPARE(f.setParameterValuesFaults.front().parameterName, name);
    QCOMPARE(int(f.setParameterValuesFaults.front().faultCode), fault);
    QCOMPARE(device->state().value(u"Device.ManagementServer.ParameterKey"), QString());
}

void ParameterRpcsTest::setParameterValuesIsAtomic()
{
    auto device = makeDevice();
    const cwmp::Body body = device->handle(cwmp::SetParameterValues{
        {pv(QStringLiteral("Device.ManagementServer.PeriodicInformInterval"), QStringLiteral("600")),
         pv(QStringLiteral("Device.WiFi.SSID.1.SSID"), QStringLiteral("NewName")),
         pv(QStringLiteral("Device.IP.Diagnostics.IPPing.DSCP"), QStringLiteral("99")),
         pv(QStringLiteral("Device.DeviceInfo.UpTime"), QStringLiteral("5"))},
        QStringLiteral("atomic-1")});
    QCOMPARE(faultCode(body), 9003);
    const auto &faults = std::get<cwmp::SoapFault>(body).setParameterValuesFaults;
    QCOMPARE(faults.size(), 2);
    QCOMPARE(int(faults[0].faultCode), 9007);
    QCOMPARE(int(faults[1].faultCode), 9008);
    QCOMPARE(device->state().value(u"Device.ManagementServer.PeriodicInformInterval"), QStringLiteral("3600"));
    QCOMPARE(device->state().value(u"Device.WiFi.SSID.1.SSID"), QStringLiteral("SimNet-TEST0001-1"));
    QCOMPARE(device->state().value(u"Device.ManagementServer.ParameterKey"), QString());
    QCOMPARE(device->state().overlaySize(), 0);
}

void ParameterRpcsTest::setParameterValuesStoresKeyAndCanonicalValue()
{
    auto device = makeDevice();
    const cwmp::Body body = device->handle(cwmp::SetParameterValues{
        {pv(QStringLiteral("Device.ManagementServer.PeriodicInformEnable"), QStringLiteral("0"), cwmp::ValueType::Boolean),
         pv(QStringLiteral("Device.ManagementServer.PeriodicInformInterval"), QStringLiteral("600"), cwmp::ValueType::Int),
         pv(QStringLiteral("Device.WiFi.SSID.2.SSID"), QStringLiteral("Guest"), cwmp::ValueType::String)},
        QStringLiteral("cfg-7")});
    QCOMPARE(faultCode(body), 0);
    QCOMPARE(std::get<cwmp::SetParameterValuesResponse>(body).status, 0);
    QCOMPARE(device->state().value(u"Device.ManagementServer.PeriodicInformEnable"), QStringLiteral("false"));
    QCOMPARE(device->state().value(u"Device.ManagementServer.PeriodicInformInterval"), QStringLiteral("600"));
    QCOMPARE(device->state().value(u"Device.ManagementServer.ParameterKey"), QStringLiteral("cfg-7"));
    QVERIFY(device->takeActions().periodicInformChanged);
    // ACS-made changes are not reported back as VALUE CHANGE.
    QVERIFY(device->pendingValueChanges().isEmpty());
}

void ParameterRpcsTest::setParameterValuesRejectsDuplicateNames()
{
    auto device = makeDevice();
    const QString name = QStringLiteral("Device.WiFi.SSID.1.SSID");
    const cwmp::Body body = device->handle(cwmp::SetParameterValues{
        {pv(name, QStringLiteral("a")), pv(name, QStringLiteral("b"))}, QStringLiteral("dup")});
    QCOMPARE(faultCode(body), 9003);
    QCOMPARE(device->state().value(name), QStringLiteral("SimNet-TEST0001-1"));
    QCOMPARE(device->state().value(u"Device.ManagementServer.ParameterKey"), QString());
}

void ParameterRpcsTest::setParameterValuesReportsStatusOneForRebootParameters()
{
    const QString text = QStringLiteral(
        "object Device.\nparam Device.A unsignedInt W 1 reboot\nparam Device.B unsignedInt W 1\n"
        "object Device.ManagementServer.\nparam Device.ManagementServer.ParameterKey string R \"\"\n");
    const auto loaded = Profile::parse(text, QStringLiteral("mini.profile"));
    QVERIFY2(loaded.profile, qPrintable(loaded.error));
    SimDevice device(loaded.profile);
    const auto status = [&](const QString &name) {
        const cwmp::Body body = device.handle(cwmp::SetParameterValues{{pv(name, QStringLiteral("2"))}, QString()});
        return std::get<cwmp::SetParameterValuesResponse>(body).status;
    };
    QCOMPARE(status(QStringLiteral("Device.B")), 0);
    QCOMPARE(status(QStringLiteral("Device.A")), 1);
}

void ParameterRpcsTest::diagnosticsStateFollowsTr106Rules()
{
    auto device = makeDevice();
    const QString ping = QStringLiteral("Device.IP.Diagnostics.IPPing.");
    cwmp::Body body = device->handle(cwmp::SetParameterValues{
        {pv(ping + QStringLiteral("Host"), QStringLiteral("192.0.2.1")),
         pv(ping + QStringLiteral("DiagnosticsState"), QStringLiteral("Requested"))}, QString()});
    QCOMPARE(faultCode(body), 0);
    DeviceActions actions = device->takeActions();
    QCOMPARE(actions.diagnosticsRequested, QStringList{ping});
    // Another input written alone resets the state and aborts the test.
    device->handle(cwmp::SetParameterValues{{pv(ping + QStringLiteral("Timeout"), QStringLiteral("2000"))}, QString()});
    QCOMPARE(device->state().value(ping + QStringLiteral("DiagnosticsState")), QStringLiteral("None"));
    QCOMPARE(device->takeActions().diagnosticsCanceled, QStringList{ping});
    // The runtime ends a test: 8 DIAGNOSTICS COMPLETE.
    device->handle(cwmp::SetParameterValues{{pv(ping + QStringLiteral("DiagnosticsState"), QStringLiteral("Requested"))}, QString()});
    QVERIFY(device->completeDiagnostics(ping, QStringLiteral("Complete")));
    QVERIFY(device->events().contains(QStringLiteral("8 DIAGNOSTICS COMPLETE")));
    QCOMPARE(device->state().value(ping + QStringLiteral("DiagnosticsState")), QStringLiteral("Complete"));
    // Canceled stops it and reads back as None.
    device->handle(cwmp::SetParameterValues{{pv(ping + QStringLiteral("DiagnosticsState"), QStringLiteral("Canceled"))}, QString()});
    QCOMPARE(device->state().value(ping + QStringLiteral("DiagnosticsState")), QStringLiteral("None"));
}

void ParameterRpcsTest::attributesApplyBelowPartialPaths()
{
    auto device = makeDevice();
    cwmp::SetParameterAttributesStruct entry;
    entry.name = QStringLiteral("Device.WiFi.SSID.1.");
    entry.notificationChange = true;
    entry.notification = 1;
    entry.accessListChange = true;
    entry.accessList = {QStringLiteral("Subscriber")};
    QCOMPARE(faultCode(device->handle(cwmp::SetParameterAttributes{{entry}})), 0);
    const cwmp::Body body = device->handle(cwmp::GetParameterAttributes{{QStringLiteral("Device.WiFi.SSID.1.")}});
    const auto &list = std::get<cwmp::GetParameterAttributesResponse>(body).parameterList;
    QVERIFY(list.size() > 10);
    for (const auto &a : list) {
        QCOMPARE(a.notification, 1);
        QCOMPARE(a.accessList, QStringList{QStringLiteral("Subscriber")});
    }
    // Defaults: SoftwareVersion is forced active, ConnectionRequestURL active by default.
    const cwmp::Body defaults = device->handle(cwmp::GetParameterAttributes{
        {QStringLiteral("Device.DeviceInfo.SoftwareVersion"), QStringLiteral("Device.ManagementServer.ConnectionRequestURL"),
         QStringLiteral("Device.DeviceInfo.UpTime")}});
    const auto &d = std::get<cwmp::GetParameterAttributesResponse>(defaults).parameterList;
    QCOMPARE(d[0].notification, 2);
    QCOMPARE(d[1].notification, 2);
    QCOMPARE(d[2].notification, 0);
    // Active on a subtree with canDeny counters applies to the others and skips those.
    entry = {};
    entry.name = QStringLiteral("Device.Ethernet.Interface.1.");
    entry.notificationChange = true;
    entry.notification = 2;
    QCOMPARE(faultCode(device->handle(cwmp::SetParameterAttributes{{entry}})), 0);
    QCOMPARE(device->state().notification(device->state().resolve(u"Device.Ethernet.Interface.1.Enable")), 2);
    QCOMPARE(device->state().notification(device->state().resolve(u"Device.Ethernet.Interface.1.Stats.BytesSent")), 0);
}

void ParameterRpcsTest::setParameterAttributesFaults_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("notification");
    QTest::addColumn<QStringList>("accessList");
    QTest::addColumn<int>("fault");
    QTest::newRow("forced active turned off") << QStringLiteral("Device.DeviceInfo.SoftwareVersion") << 0 << QStringList() << 9009;
    QTest::newRow("forced active made passive") << QStringLiteral("Device.DeviceInfo.SoftwareVersion") << 1 << QStringList() << 9009;
    QTest::newRow("canDeny made active") << QStringLiteral("Device.DeviceInfo.UpTime") << 2 << QStringList() << 9009;
    QTest::newRow("canDeny counter made active") << QStringLiteral("Device.Ethernet.Interface.1.Stats.BytesSent") << 2 << QStringList() << 9009;
    QTest::newRow("lightweight notification") << QStringLiteral("Device.WiFi.SSID.1.SSID") << 3 << QStringList() << 9009;
    QTest::newRow("notification out of range") << QStringLiteral("Device.WiFi.SSID.1.SSID") << 7 << QStringList() << 9003;
    QTest::newRow("unknown access list entry") << QStringLiteral("Device.WiFi.SSID.1.SSID") << 0 << QStringList{QStringLiteral("Everyone")} << 9003;
    QTest::newRow("unknown name") << QStringLiteral("Device.WiFi.SSID.9.SSID") << 1 << QStringList() << 9005;
}

void ParameterRpcsTest::setParameterAttributesFaults()
{
    QFETCH(QString, name);
    QFETCH(int, notification);
    QFETCH(QStringList, accessList);
    QFETCH(int, fault);
    auto device = makeDevice();
    cwmp::SetParameterAttributesStruct ok{QStringLiteral("Device.WiFi.SSID.2.SSID"), true, 1, false, {}};
    cwmp::SetParameterAttributesStruct entry{name, true, notification, !accessList.isEmpty(), accessList};
    QCOMPARE(faultCode(device->handle(cwmp::SetParameterAttributes{{ok, entry}})), fault);
    // Nothing of a refused call is applied.
    QCOMPARE(device->state().overlaySize(), 0);
}

void ParameterRpcsTest::setParameterAttributesIgnoresUnflaggedFields()
{
    auto device = makeDevice();
    cwmp::SetParameterAttributesStruct entry{QStringLiteral("Device.WiFi.SSID.1.SSID"), false, 2, true,
                                             {QStringLiteral("Subscriber")}};
    QCOMPARE(faultCode(device->handle(cwmp::SetParameterAttributes{{entry}})), 0);
    const NodeRef node = device->state().resolve(u"Device.WiFi.SSID.1.SSID");
    QCOMPARE(device->state().notification(node), 0);
    QCOMPARE(device->state().accessList(node), QStringList{QStringLiteral("Subscriber")});
}

QTEST_GUILESS_MAIN(ParameterRpcsTest)
#include "tst_parameterrpcs.moc"
