// AddObject and DeleteObject (TR-069 A.3.2.6/7): rows from the template, NumberOfEntries,
// instance numbers that are not reused, ParameterKey, faults.

#include "simtestutil.h"

using namespace cpesim;
using namespace simtest;

class ObjectsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addsRowWithTemplateDefaults();
    void deletesRowAndSubtree();
    void doesNotReuseInstanceNumbers();
    void nestedTablesOfNewRowsStartEmpty();
    void faults_data();
    void faults();
    void failedCallLeavesParameterKey();
};

void ObjectsTest::addsRowWithTemplateDefaults()
{
    auto device = makeDevice();
    const cwmp::Body body = device->handle(cwmp::AddObject{QStringLiteral("Device.NAT.PortMapping."), QStringLiteral("add-1")});
    QCOMPARE(faultCode(body), 0);
    const auto response = std::get<cwmp::AddObjectResponse>(body);
    QCOMPARE(response.instanceNumber, 9u);
    QCOMPARE(response.status, 0);
    QCOMPARE(device->state().value(u"Device.NAT.PortMappingNumberOfEntries"), QStringLiteral("9"));
    QCOMPARE(device->state().value(u"Device.NAT.PortMapping.9.InternalPort"), QStringLiteral("80"));
    QCOMPARE(device->state().value(u"Device.NAT.PortMapping.9.Alias"), QStringLiteral("cpe-9"));
    QCOMPARE(device->state().value(u"Device.ManagementServer.ParameterKey"), QStringLiteral("add-1"));
    // The new row is configurable with SPV.
    const cwmp::Body set = device->handle(cwmp::SetParameterValues{
        {pv(QStringLiteral("Device.NAT.PortMapping.9.ExternalPort"), QStringLiteral("2222"))}, QString()});
    QCOMPARE(faultCode(set), 0);
    QCOMPARE(device->state().value(u"Device.NAT.PortMapping.9.ExternalPort"), QStringLiteral("2222"));
}

void ObjectsTest::deletesRowAndSubtree()
{
    auto device = makeDevice();
    QCOMPARE(device->state().value(u"Device.IP.Interface.2.IPv4AddressNumberOfEntries"), QStringLiteral("1"));
    cwmp::Body body = device->handle(cwmp::DeleteObject{QStringLiteral("Device.IP.Interface.2.IPv4Address.1."), QStringLiteral("del-1")});
    QCOMPARE(faultCode(body), 0);
    QCOMPARE(std::get<cwmp::DeleteObjectResponse>(body).status, 0);
    QCOMPARE(device->state().value(u"Device.IP.Interface.2.IPv4AddressNumberOfEntries"), QStringLiteral("0"));
    QVERIFY(!device->state().value(u"Device.IP.Interface.2.IPv4Address.1.IPAddress"));
    QCOMPARE(device->state().value(u"Device.ManagementServer.ParameterKey"), QStringLiteral("del-1"));
    // A whole interface with its nested tables.
    body = device->handle(cwmp::DeleteObject{QStringLiteral("Device.IP.Interface.1."), QString()});
    QCOMPARE(faultCode(body), 0);
    QCOMPARE(device->state().value(u"Device.IP.InterfaceNumberOfEntries"), QStringLiteral("2"));
    QCOMPARE(faultCode(device->handle(cwmp::GetParameterValues{{QStringLiteral("Device.IP.Interface.1.")}})), 9005);
}

void ObjectsTest::doesNotReuseInstanceNumbers()
{
    auto device = makeDevice();
    const auto add = [&] {
        return std::get<cwmp::AddObjectResponse>(
                   device->handle(cwmp::AddObject{QStringLiteral("Device.NAT.PortMapping."), QString()}))
            .instanceNumber;
    };
    QCOMPARE(add(), 9u);
    QCOMPARE(faultCode(device->handle(cwmp::DeleteObject{QStringLiteral("Device.NAT.PortMapping.9."), QString()})), 0);
    QCOMPARE(faultCode(device->handle(cwmp::DeleteObject{QStringLiteral("Device.NAT.PortMapping.8."), QString()})), 0);
    QCOMPARE(add(), 10u);
    QCOMPARE(device->state().value(u"Device.NAT.PortMappingNumberOfEntries"), QStringLiteral("8"));
    // Deleting twice: the row is gone.
    QCOMPARE(faultCode(device->handle(cwmp::DeleteObject{QStringLiteral("Device.NAT.PortMapping.8."), QString()})), 9005);
}

void ObjectsTest::nestedTablesOfNewRowsStartEmpty()
{
    auto device = makeDevice();
    const auto response = std::get<cwmp::AddObjectResponse>(
        device->handle(cwmp::AddObject{QStringLiteral("Device.IP.Interface."), QString()}));
    const QString row = QStringLiteral("Device.IP.Interface.%1.").arg(response.instanceNumber);
    QCOMPARE(device->state().value(row + QStringLiteral("IPv4AddressNumberOfEntries")), QStringLiteral("0"));
    const auto address = std::get<cwmp::AddObjectResponse>(
        device->handle(cwmp::AddObject{row + QStringLiteral("IPv4Address."), QString()}));
    QCOMPARE(address.instanceNumber, 1u);
    QCOMPARE(device->state().value(row + QStringLiteral("IPv4AddressNumberOfEntries")), QStringLiteral("1"));
    QVERIFY(device->state().value(row + QStringLiteral("IPv4Address.1.IPAddress")).has_value());
}

void ObjectsTest::faults_data()
{
    QTest::addColumn<bool>("add");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("fault");
    QTest::newRow("add to a single object") << true << QStringLiteral("Device.DeviceInfo.") << 9005;
    QTest::newRow("add to a row") << true << QStringLiteral("Device.NAT.PortMapping.1.") << 9005;
    QTest::newRow("add to a parameter") << true << QStringLiteral("Device.NAT.PortMappingNumberOfEntries") << 9005;
    QTest::newRow("add to a read-only table") << true << QStringLiteral("Device.Hosts.Host.") << 9005;
    QTest::newRow("add to an unknown table") << true << QStringLiteral("Device.NAT.Nope.") << 9005;
    QTest::newRow("add with placeholder") << true << QStringLiteral("Device.NAT.PortMapping.{i}.") << 9005;
    QTest::newRow("delete a table") << false << QStringLiteral("Device.NAT.PortMapping.") << 9005;
    QTest::newRow("delete a single object") << false << QStringLiteral("Device.DeviceInfo.") << 9005;
    QTest::newRow("delete a missing row") << false << QStringLiteral("Device.NAT.PortMapping.77.") << 9005;
    QTest::newRow("delete a row of a read-only table") << false << QStringLiteral("Device.Hosts.Host.1.") << 9005;
    QTest::newRow("delete without trailing dot") << false << QStringLiteral("Device.NAT.PortMapping.1") << 9005;
}

void ObjectsTest::faults()
{
    QFETCH(bool, add);
    QFETCH(QString, name);
    QFETCH(int, fault);
    auto device = makeDevice();
    const cwmp::Body body = add ? device->handle(cwmp::AddObject{name, QStringLiteral("k")})
                                : device->handle(cwmp::DeleteObject{name, QStringLiteral("k")});
    QCOMPARE(faultCode(body), fault);
    QCOMPARE(device->state().overlaySize(), 0);
}

void ObjectsTest::failedCallLeavesParameterKey()
{
    auto device = makeDevice();
    device->handle(cwmp::AddObject{QStringLiteral("Device.NAT.PortMapping."), QStringLiteral("good")});
    device->handle(cwmp::AddObject{QStringLiteral("Device.Hosts.Host."), QStringLiteral("bad")});
    QCOMPARE(device->state().value(u"Device.ManagementServer.ParameterKey"), QStringLiteral("good"));
}

QTEST_GUILESS_MAIN(ObjectsTest)
#include "tst_objects.moc"
