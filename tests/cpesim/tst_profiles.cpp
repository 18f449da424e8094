// The built-in profiles load, have the documented sizes and the TR-181/TR-098 names the
// simulator promises; parse errors name file and line.

#include <cpesim/profile.h>
#include <cpesim/simdevice.h>

#include <QTemporaryDir>
#include <QTest>

using namespace cpesim;

class ProfilesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtinProfilesLoadWithTheirSizes_data();
    void builtinProfilesLoadWithTheirSizes();
    void builtinProfilesAreSharedBetweenLoads();
    void modelsTheRequiredObjects_data();
    void modelsTheRequiredObjects();
    void parseErrorsNameFileAndLine_data();
    void parseErrorsNameFileAndLine();
    void includesResolveRelativeToTheFile();
    void expandsValueTemplates();
};

void ProfilesTest::builtinProfilesLoadWithTheirSizes_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("root");
    QTest::addColumn<int>("minimum");
    QTest::newRow("tr181-gateway") << QStringLiteral("tr181-gateway") << QStringLiteral("Device") << 2000;
    QTest::newRow("tr181-large") << QStringLiteral("tr181-large") << QStringLiteral("Device") << 20000;
    QTest::newRow("tr098-igd") << QStringLiteral("tr098-igd") << QStringLiteral("InternetGatewayDevice") << 300;
}

void ProfilesTest::builtinProfilesLoadWithTheirSizes()
{
    QFETCH(QString, name);
    QFETCH(QString, root);
    QFETCH(int, minimum);
    const ProfileLoadResult result = Profile::load(name);
    QVERIFY2(result.profile, qPrintable(result.error));
    QCOMPARE(result.profile->rootName(), root);
    qInfo("%s: %lld parameters", qPrintable(name), qint64(result.profile->parameterCount()));
    QVERIFY(result.profile->parameterCount() >= minimum);
    // The walk of a device sees exactly the profile's count.
    SimDevice device(result.profile);
    qsizetype walked = 0;
    device.state().walk(device.state().root(), false, [&](const NodeRef &) { ++walked; return true; });
    QCOMPARE(walked, result.profile->parameterCount());
}

void ProfilesTest::builtinProfilesAreSharedBetweenLoads()
{
    const auto a = Profile::load(QStringLiteral("tr181-gateway"));
    const auto b = Profile::load(QStringLiteral("tr181-gateway"));
    QVERIFY(a.profile);
    QCOMPARE(a.profile.get(), b.profile.get());
}

void ProfilesTest::modelsTheRequiredObjects_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("path");
    const QString gw = QStringLiteral("tr181-gateway");
    const QString igd = QStringLiteral("tr098-igd");
    for (const char *path :
         {"Device.DeviceInfo.MemoryStatus.Free", "Device.DeviceInfo.ProcessStatus.CPUUsage",
          "Device.ManagementServer.URL", "Device.ManagementServer.Password",
          "Device.ManagementServer.PeriodicInformInterval", "Device.ManagementServer.ParameterKey",
          "Device.ManagementServer.ConnectionRequestURL",
          "Device.ManagementServer.ConnectionRequestUsername",
          "Device.ManagementServer.CWMPRetryMinimumWaitInterval",
          "Device.ManagementServer.DefaultActiveNotificationThrottle",
          "Device.ManagementServer.InstanceWildcardsSupported",
          "Device.ManagementServer.AliasBasedAddressing", "Device.Time.CurrentLocalTime",
          "Device.Users.User.1.Username", "Device.Ethernet.Interface.1.Stats.BytesSent",
          "Device.WiFi.Radio.2.Channel", "Device.WiFi.SSID.1.Stats.BytesSent",
          "Device.WiFi.AccessPoint.1.Security.ModeEnabled",
          "Device.WiFi.AccessPoint.1.AssociatedDevice.1.MACAddress",
          "Device.IP.Interface.1.IPv4Address.1.IPAddress",
          "Device.IP.Interface.1.IPv6Address.1.IPAddress", "Device.IP.Interface.1.Stats.BytesSent",
          "Device.DHCPv4.Server.Pool.1.StaticAddress.1.Yiaddr",
          "Device.DHCPv4.Server.Pool.1.Client.1.Chaddr", "Device.Hosts.Host.1.PhysAddress",
          "Device.NAT.PortMapping.1.ExternalPort", "Device.DNS.Client.Server.1.DNSServer",
          "Device.DNS.Relay.Forwarding.1.DNSServer", "Device.Firewall.Enable",
          "Device.IP.Diagnostics.IPPing.DiagnosticsState",
          "Device.IP.Diagnostics.IPPing.AverageResponseTimeDetailed",
          "Device.IP.Diagnostics.TraceRoute.RouteHopsNumberOfEntries",
          "Device.IP.Diagnostics.DownloadDiagnostics.TestBytesReceivedUnderFullLoading",
          "Device.IP.Diagnostics.UploadDiagnostics.TestFileLength",
          "Device.IP.Diagnostics.UDPEchoDiagnostics.InterTransmissionTime",
          "Device.IP.Diagnostics.ServerSelectionDiagnostics.FastestHost",
          "Device.DNS.Diagnostics.NSLookupDiagnostics.SuccessCount"})
        QTest::newRow(path) << gw << QString::fromLatin1(path);
    for (const char *path :
         {"InternetGatewayDevice.DeviceInfo.SpecVersion", "InternetGatewayDevice.ManagementServer.URL",
          "InternetGatewayDevice.LANDevice.1.Hosts.Host.1.IPAddress",
          "InternetGatewayDevice.LANDevice.1.WLANConfiguration.1.SSID",
          "InternetGatewayDevice.WANDevice.1.WANConnectionDevice.1.WANIPConnection.1.ExternalIPAddress",
          "InternetGatewayDevice.IPPingDiagnostics.DiagnosticsState",
          "InternetGatewayDevice.TraceRouteDiagnostics.MaxHopCount",
          "InternetGatewayDevice.DownloadDiagnostics.DownloadURL",
          "InternetGatewayDevice.UploadDiagnostics.TestFileLength"})
        QTest::newRow(path) << igd << QString::fromLatin1(path);
}

void ProfilesTest::modelsTheRequiredObjects()
{
    QFETCH(QString, profile);
    QFETCH(QString, path);
    const auto loaded = Profile::load(profile);
    QVERIFY2(loaded.profile, qPrintable(loaded.error));
    SimDevice device(loaded.profile);
    QVERIFY2(device.state().value(path).has_value(), qPrintable(path));
}

void ProfilesTest::parseErrorsNameFileAndLine_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    const QString head = QStringLiteral("object Device.\nobject Device.A.\n");
    QTest::newRow("unknown keyword") << head + QStringLiteral("frobnicate x\n") << QStringLiteral("bad.profile:3:");
    QTest::newRow("unknown type") << head + QStringLiteral("param Device.A.X float R 1\n") << QStringLiteral("bad.profile:3:");
    QTest::newRow("bad access") << head + QStringLiteral("param Device.A.X int RW 1\n") << QStringLiteral("bad.profile:3:");
    QTest::newRow("invalid default value") << head + QStringLiteral("param Device.A.X int R abc\n") << QStringLiteral("bad.profile:3:");
    QTest::newRow("unterminated quote") << head + QStringLiteral("param Device.A.X string R \"abc\n") << QStringLiteral("bad.profile:3:");
    QTest::newRow("duplicate parameter") << head + QStringLiteral("param Device.A.X int R 1\nparam Device.A.X int R 1\n") << QStringLiteral("bad.profile:4:");
    QTest::newRow("unknown flag") << head + QStringLiteral("param Device.A.X int R 1 shiny\n") << QStringLiteral("bad.profile:3:");
    QTest::newRow("bad instance list") << head + QStringLiteral("object Device.T.{i}. table instances=3-1\n") << QStringLiteral("bad.profile:3:");
    QTest::newRow("default for unknown parameter") << head + QStringLiteral("default Device.A.Y 1\n") << QStringLiteral("bad.profile:3:");
    QTest::newRow("missing include") << head + QStringLiteral("include nowhere.inc\n") << QStringLiteral("bad.profile:3:");
    QTest::newRow("orphan parameter") << head + QStringLiteral("param Device.B.X int R 1\n") << QStringLiteral("bad.profile:");
}

void ProfilesTest::parseErrorsNameFileAndLine()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const ProfileLoadResult result = Profile::parse(text, QStringLiteral("bad.profile"));
    QVERIFY(!result.profile);
    QVERIFY2(result.error.startsWith(expected), qPrintable(result.error));
}

void ProfilesTest::includesResolveRelativeToTheFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile inc(dir.filePath(QStringLiteral("part.inc")));
    QVERIFY(inc.open(QIODevice::WriteOnly));
    inc.write("object Device.\nparam Device.X unsignedInt W 5 range=1..10\n\nbroken line here\n");
    inc.close();
    QFile main(dir.filePath(QStringLiteral("main.profile")));
    QVERIFY(main.open(QIODevice::WriteOnly));
    main.write("# test\ninclude part.inc\n");
    main.close();
    const ProfileLoadResult result = Profile::load(main.fileName());
    QVERIFY(!result.profile);
    QVERIFY2(result.error.contains(QStringLiteral("part.inc:4:")), qPrintable(result.error));
}

void ProfilesTest::expandsValueTemplates()
{
    const auto loaded = Profile::load(QStringLiteral("tr181-gateway"));
    QVERIFY(loaded.profile);
    DeviceIdentity identity;
    identity.serialNumber = QStringLiteral("ABC123");
    identity.index = 258;
    SimDevice device(loaded.profile, identity);
    QCOMPARE(device.state().value(u"Device.DeviceInfo.SerialNumber"), QStringLiteral("ABC123"));
    QCOMPARE(device.state().value(u"Device.Hosts.Host.3.IPAddress"), QStringLiteral("192.168.1.102"));
    QCOMPARE(device.state().value(u"Device.Hosts.Host.3.PhysAddress"), QStringLiteral("02:DD:01:02:00:03"));
    QCOMPARE(device.state().value(u"Device.IP.Interface.1.IPv4Address.1.IPAddress"), QStringLiteral("100.64.1.2"));
    QCOMPARE(device.state().value(u"Device.DeviceInfo.FirmwareImage.2.Status"), QStringLiteral("Available"));
    QCOMPARE(device.state().value(u"Device.Hosts.HostNumberOfEntries"), QStringLiteral("24"));
}

QTEST_GUILESS_MAIN(ProfilesTest)
#include "tst_profiles.moc"
