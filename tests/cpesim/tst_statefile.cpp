// --state-dir persistence: the overlay, attributes, events, transfers and pending
// notifications survive a restart; a missing or corrupt file starts fresh with a warning.

#include "simtestutil.h"

#include <cpesim/statefile.h>

#include <QTemporaryDir>

using namespace cpesim;
using namespace simtest;

class StateFileTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripKeepsEverything();
    void badFilesStartFresh_data();
    void badFilesStartFresh();
};

void StateFileTest::roundTripKeepsEverything()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("TEST0001.json"));
    auto device = makeDevice();
    device->informDelivered();
    device->handle(cwmp::SetParameterValues{{pv(QStringLiteral("Device.WiFi.SSID.1.SSID"), QStringLiteral("Saved"))}, QStringLiteral("key-5")});
    device->handle(cwmp::AddObject{QStringLiteral("Device.NAT.PortMapping."), QStringLiteral("key-6")});
    device->handle(cwmp::DeleteObject{QStringLiteral("Device.NAT.PortMapping.2."), QStringLiteral("key-7")});
    device->handle(cwmp::SetParameterAttributes{{{QStringLiteral("Device.WiFi.SSID.2.SSID"), true, 1, true, {QStringLiteral("Subscriber")}}}});
    device->setLocalValue(QStringLiteral("Device.WiFi.SSID.2.SSID"), QStringLiteral("Local"));
    cwmp::Download d;
    d.commandKey = QStringLiteral("dl");
    d.fileType = QStringLiteral("1 Firmware Upgrade Image");
    d.url = QStringLiteral("http://f.example/x");
    device->handle(d);
    cwmp::ScheduleDownload sd; // its time windows must survive a restart too
    sd.commandKey = QStringLiteral("sd");
    sd.fileType = d.fileType;
    sd.url = d.url;
    sd.timeWindowList = {{60, 120, QStringLiteral("4 Confirmation Needed"), QStringLiteral("Upgrade?"), 2},
                         {200, 300, QStringLiteral("3 When Idle"), {}, -1}};
    QVERIFY(std::holds_alternative<cwmp::ScheduleDownloadResponse>(device->handle(sd)));
    device->handle(cwmp::Reboot{QStringLiteral("rb")});
    QCOMPARE(StateFile::save(*device, path), QString());

    auto restored = makeDevice();
    const StateLoadResult result = StateFile::load(*restored, path);
    QVERIFY2(result.loaded, qPrintable(result.warning));
    QCOMPARE(restored->state().changedValues(), device->state().changedValues());
    QCOMPARE(restored->state().changedInstances(), device->state().changedInstances());
    QCOMPARE(restored->state().nextInstanceCounters(), device->state().nextInstanceCounters());
    QCOMPARE(restored->state().changedAttributes(), device->state().changedAttributes());
    QCOMPARE(restored->events().events(), device->events().events());
    QCOMPARE(restored->transfers().entries(), device->transfers().entries());
    QCOMPARE(restored->pendingValueChanges(), device->pendingValueChanges());
    QCOMPARE(restored->state().value(u"Device.ManagementServer.ParameterKey"), QStringLiteral("key-7"));
    QCOMPARE(restored->state().value(u"Device.NAT.PortMappingNumberOfEntries"), QStringLiteral("8"));
    // The counter survives: the next row is 10, not a reused number.
    const auto added = std::get<cwmp::AddObjectResponse>(
        restored->handle(cwmp::AddObject{QStringLiteral("Device.NAT.PortMapping."), QString()}));
    QCOMPARE(added.instanceNumber, 10u);
}

void StateFileTest::badFilesStartFresh_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("create");
    QTest::newRow("missing") << QByteArray() << false;
    QTest::newRow("empty") << QByteArray() << true;
    QTest::newRow("not json") << QByteArray("{{{ nope") << true;
    QTest::newRow("json array") << QByteArray("[1,2]") << true;
    QTest::newRow("unknown format") << QByteArray(R"({"format": 99})") << true;
    QTest::newRow("other profile") << QByteArray(R"({"format": 1, "profile": "tr098-igd"})") << true;
    QTest::newRow("bad instance number") << QByteArray(R"({"format": 1, "profile": "tr181-gateway", "instances": {"Device.NAT.PortMapping.": [0]}})") << true;
}

void StateFileTest::badFilesStartFresh()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, create);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("state.json"));
    if (create) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    auto device = makeDevice();
    const StateLoadResult result = StateFile::load(*device, path);
    QVERIFY(!result.loaded);
    QVERIFY(result.warning.contains(path));
    QCOMPARE(device->state().overlaySize(), 0);
    QCOMPARE(device->events().size(), 2);
}

QTEST_GUILESS_MAIN(StateFileTest)
#include "tst_statefile.moc"
