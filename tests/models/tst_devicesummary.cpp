// The Summary tab's data: what DeviceSummary takes from a device record and its cache, for
// a TR-181 and a TR-098 device, and what it shows for values not read yet.

#include <devicesummary.h>

#include <acs/devicerecord.h>

#include <QtTest>

using models::DeviceSummary;

namespace {

constexpr qint64 kReadAt = 1700000000000;

acs::DeviceRecord identity(const QString &serial)
{
    acs::DeviceRecord d;
    d.deviceId = {QStringLiteral("Acme"), QStringLiteral("00D09E"), QStringLiteral("GW"), serial};
    d.id = acs::deviceIdFor(d.deviceId);
    d.address = QStringLiteral("192.0.2.7");
    d.cwmpVersion = QStringLiteral("1.4");
    d.lastInformMs = kReadAt;
    return d;
}

void set(acs::DeviceRecord &d, const QString &path, const QString &value)
{
    d.parameters.setValue(path, value, cwmp::ValueType::String, kReadAt);
}

// A TR-181 gateway as the simulator's profile has it: wan, lan and a loopback interface.
acs::DeviceRecord tr181Gateway()
{
    acs::DeviceRecord d = identity(QStringLiteral("TR181-1"));
    set(d, QStringLiteral("Device.DeviceInfo.UpTime"), QStringLiteral("273906"));
    set(d, QStringLiteral("Device.DeviceInfo.HardwareVersion"), QStringLiteral("HW-2"));
    set(d, QStringLiteral("Device.DeviceInfo.SoftwareVersion"), QStringLiteral("4.5.6"));
    set(d, QStringLiteral("Device.ManagementServer.URL"), QStringLiteral("http://acs.example:7547/"));
    set(d, QStringLiteral("Device.ManagementServer.PeriodicInformEnable"), QStringLiteral("true"));
    set(d, QStringLiteral("Device.ManagementServer.PeriodicInformInterval"), QStringLiteral("3600"));
    set(d, QStringLiteral("Device.ManagementServer.ConnectionRequestURL"), QStringLiteral("http://192.0.2.7:30005/cr"));
    set(d, QStringLiteral("Device.IP.Interface.1.Name"), QStringLiteral("wan"));
    set(d, QStringLiteral("Device.IP.Interface.1.IPv4Address.1.IPAddress"), QStringLiteral("100.64.0.7"));
    set(d, QStringLiteral("Device.IP.Interface.1.IPv6Address.1.IPAddress"), QStringLiteral("2001:db8::7"));
    set(d, QStringLiteral("Device.IP.Interface.1.IPv6Address.2.IPAddress"), QStringLiteral("fe80::7"));
    set(d, QStringLiteral("Device.IP.Interface.2.Name"), QStringLiteral("lan"));
    set(d, QStringLiteral("Device.IP.Interface.2.IPv4Address.1.IPAddress"), QStringLiteral("192.168.1.1"));
    set(d, QStringLiteral("Device.IP.Interface.3.Name"), QStringLiteral("lo"));
    set(d, QStringLiteral("Device.IP.Interface.3.Loopback"), QStringLiteral("true"));
    set(d, QStringLiteral("Device.IP.Interface.3.IPv4Address.1.IPAddress"), QStringLiteral("10.255.255.1"));
    return d;
}

acs::DeviceRecord tr098Router()
{
    acs::DeviceRecord d = identity(QStringLiteral("TR098-1"));
    const QString wan = QStringLiteral("InternetGatewayDevice.WANDevice.1.WANConnectionDevice.1.");
    set(d, QStringLiteral("InternetGatewayDevice.DeviceInfo.UpTime"), QStringLiteral("59"));
    set(d, QStringLiteral("InternetGatewayDevice.DeviceInfo.HardwareVersion"), QStringLiteral("R1"));
    set(d, QStringLiteral("InternetGatewayDevice.DeviceInfo.SoftwareVersion"), QStringLiteral("9.8"));
    set(d, QStringLiteral("InternetGatewayDevice.ManagementServer.URL"), QStringLiteral("https://acs.example/"));
    set(d, QStringLiteral("InternetGatewayDevice.ManagementServer.PeriodicInformInterval"), QStringLiteral("600"));
    set(d, QStringLiteral("InternetGatewayDevice.ManagementServer.ConnectionRequestURL"), QStringLiteral("http://198.51.100.2:7547/"));
    set(d, wan + QStringLiteral("WANIPConnection.1.Name"), QStringLiteral("Internet"));
    set(d, wan + QStringLiteral("WANIPConnection.1.ExternalIPAddress"), QStringLiteral("198.51.100.2"));
    set(d, wan + QStringLiteral("WANPPPConnection.1.ExternalIPAddress"), QStringLiteral("0.0.0.0"));
    set(d, wan + QStringLiteral("WANPPPConnection.2.ExternalIPAddress"), QStringLiteral("203.0.113.9"));
    // TR-106 service objects beside the IGD root do not make it a TR-181 device.
    set(d, QStringLiteral("Device.Services.VoiceServiceNumberOfEntries"), QStringLiteral("0"));
    return d;
}

} // namespace

class DeviceSummaryTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTr181DeviceInfoAndManagementServer()
    {
        const DeviceSummary s = DeviceSummary::fromDevice(tr181Gateway());
        QCOMPARE(s.dataModel, QStringLiteral("TR-181"));
        QCOMPARE(s.upTime, QStringLiteral("3 d 04:05:06"));
        QCOMPARE(s.upTimeReadAtMs, kReadAt);
        QCOMPARE(s.hardwareVersion, QStringLiteral("HW-2"));
        QCOMPARE(s.softwareVersion, QStringLiteral("4.5.6"));
        QCOMPARE(s.acsUrl, QStringLiteral("http://acs.example:7547/"));
        QCOMPARE(s.periodicInformInterval, QStringLiteral("every 3600 s"));
        QCOMPARE(s.connectionRequestUrl, QStringLiteral("http://192.0.2.7:30005/cr"));
        QCOMPARE(s.serialNumber, QStringLiteral("TR181-1"));
        QCOMPARE(s.manufacturer, QStringLiteral("Acme"));
        QCOMPARE(s.address, QStringLiteral("192.0.2.7"));
    }

    void listsTr181WanAddressesWithoutLanLoopbackOrLinkLocal()
    {
        const DeviceSummary s = DeviceSummary::fromDevice(tr181Gateway());
        QVERIFY(s.wanAddressesRead);
        const QStringList expected{QStringLiteral("100.64.0.7 (wan)"), QStringLiteral("2001:db8::7 (wan)")};
        QCOMPARE(s.wanAddresses, expected);
    }

    void tellsLanInterfacesByTheirDhcpServerPool()
    {
        acs::DeviceRecord d = identity(QStringLiteral("NONAME"));
        set(d, QStringLiteral("Device.IP.Interface.1.IPv4Address.1.IPAddress"), QStringLiteral("100.64.1.1"));
        set(d, QStringLiteral("Device.IP.Interface.2.IPv4Address.1.IPAddress"), QStringLiteral("10.0.0.1"));
        set(d, QStringLiteral("Device.DHCPv4.Server.Pool.1.Interface"), QStringLiteral("Device.IP.Interface.2."));
        const DeviceSummary s = DeviceSummary::fromDevice(d);
        QCOMPARE(s.wanAddresses, QStringList{QStringLiteral("100.64.1.1 (IP.Interface.1)")});
    }

    void readsTr098FieldsAndWanConnections()
    {
        const DeviceSummary s = DeviceSummary::fromDevice(tr098Router());
        QCOMPARE(s.dataModel, QStringLiteral("TR-098"));
        QCOMPARE(DeviceSummary::rootObject(tr098Router()), QStringLiteral("InternetGatewayDevice."));
        QCOMPARE(s.upTime, QStringLiteral("00:00:59"));
        QCOMPARE(s.hardwareVersion, QStringLiteral("R1"));
        QCOMPARE(s.softwareVersion, QStringLiteral("9.8"));
        QCOMPARE(s.acsUrl, QStringLiteral("https://acs.example/"));
        QCOMPARE(s.periodicInformInterval, QStringLiteral("every 600 s"));
        QCOMPARE(s.connectionRequestUrl, QStringLiteral("http://198.51.100.2:7547/"));
        const QStringList expected{QStringLiteral("198.51.100.2 (Internet)"),
                                   QStringLiteral("203.0.113.9 (WANDevice.1.WANConnectionDevice.1.WANPPPConnection.2)")};
        QCOMPARE(s.wanAddresses, expected);
    }

    void showsNotReadYetForValuesOutsideTheCache()
    {
        acs::DeviceRecord d = identity(QStringLiteral("EMPTY"));
        // Known by name only (GetParameterNames): not a value yet.
        d.parameters.setWritable(QStringLiteral("Device.ManagementServer.URL"), true);
        const DeviceSummary s = DeviceSummary::fromDevice(d);
        const QString notRead = QStringLiteral("not read yet");
        QCOMPARE(DeviceSummary::notReadYet(), notRead);
        QCOMPARE(s.upTime, notRead);
        QCOMPARE(s.hardwareVersion, notRead);
        QCOMPARE(s.softwareVersion, notRead);
        QCOMPARE(s.acsUrl, notRead);
        QCOMPARE(s.periodicInformInterval, notRead);
        QCOMPARE(s.connectionRequestUrl, notRead);
        QVERIFY(!s.wanAddressesRead);
        QCOMPARE(s.wanAddressesText(), notRead);
        QCOMPARE(DeviceSummary::rootObject(d), QStringLiteral("Device."));
    }

    void prefersWhatTheInformReportedOverAnUnreadCache()
    {
        acs::DeviceRecord d = identity(QStringLiteral("INFORM"));
        d.softwareVersion = QStringLiteral("1.2.3");
        d.connectionRequestUrl = QStringLiteral("http://192.0.2.7:1/");
        const DeviceSummary s = DeviceSummary::fromDevice(d);
        QCOMPARE(s.softwareVersion, QStringLiteral("1.2.3"));
        QCOMPARE(s.connectionRequestUrl, QStringLiteral("http://192.0.2.7:1/"));
    }

    void saysWhenPeriodicInformsAreOff()
    {
        acs::DeviceRecord d = tr181Gateway();
        set(d, QStringLiteral("Device.ManagementServer.PeriodicInformEnable"), QStringLiteral("false"));
        QCOMPARE(DeviceSummary::fromDevice(d).periodicInformInterval, QStringLiteral("off (interval 3600 s)"));
    }

    void saysNoneWhenOnlyLanAddressesAreKnown()
    {
        acs::DeviceRecord d = identity(QStringLiteral("LANONLY"));
        set(d, QStringLiteral("Device.IP.Interface.1.Name"), QStringLiteral("lan"));
        set(d, QStringLiteral("Device.IP.Interface.1.IPv4Address.1.IPAddress"), QStringLiteral("192.168.1.1"));
        const DeviceSummary s = DeviceSummary::fromDevice(d);
        QVERIFY(s.wanAddressesRead);
        QCOMPARE(s.wanAddressesText(), QStringLiteral("none"));
    }

    void formatsUptime_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << qint64(0) << QStringLiteral("00:00:00");
        QTest::newRow("under a minute") << qint64(59) << QStringLiteral("00:00:59");
        QTest::newRow("last second of a day") << qint64(86399) << QStringLiteral("23:59:59");
        QTest::newRow("one day") << qint64(86400) << QStringLiteral("1 d 00:00:00");
        QTest::newRow("3 d 04:05:06") << qint64(273906) << QStringLiteral("3 d 04:05:06");
        QTest::newRow("negative is zero") << qint64(-5) << QStringLiteral("00:00:00");
    }

    void formatsUptime()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, text);
        QCOMPARE(DeviceSummary::formatUptime(seconds), text);
    }

    void showsANonNumericUptimeAsTheDeviceSentIt()
    {
        acs::DeviceRecord d = identity(QStringLiteral("ODD"));
        set(d, QStringLiteral("Device.DeviceInfo.UpTime"), QStringLiteral("unknown"));
        QCOMPARE(DeviceSummary::fromDevice(d).upTime, QStringLiteral("unknown"));
    }
};

QTEST_GUILESS_MAIN(DeviceSummaryTest)
#include "tst_devicesummary.moc"
