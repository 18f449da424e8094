// Device documents: upsert on Inform, listing, per-model refresh strategy, removal with
// everything that belongs to the device.

#include "storetest.h"

#include <store/parameterrepository.h>
#include <store/soaplogrepository.h>
#include <store/taskrepository.h>

#include <QTemporaryDir>

using namespace store;
using storetest::await;

class DeviceRepositoryTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstInformRegistersLaterOnesRefresh();
    void listsAllDevicesSortedById();
    void keepsCredentialsAndPropertiesAcrossInforms();
    void remembersTheRefreshStrategyPerModel();
    void removingADeviceRemovesItsData();
};

void DeviceRepositoryTest::firstInformRegistersLaterOnesRefresh()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(await(db.open(dir.path())).ok());
    DeviceRepository devices(db);
    auto first = await(devices.upsertOnInform(storetest::inform(
            QStringLiteral("SN1"), 1000,
            {QStringLiteral("0 BOOTSTRAP"), QStringLiteral("1 BOOT")}))).value();
    QVERIFY(first.firstSeen);
    QCOMPARE(first.device.id, QStringLiteral("00D09E-IGD-SN1"));
    QCOMPARE(first.device.oui, QStringLiteral("00D09E"));
    QCOMPARE(first.device.registeredMs, qint64(1000));
    QCOMPARE(first.device.lastBootstrapMs, std::optional<qint64>(1000));

    DeviceInform later = storetest::inform(QStringLiteral("SN1"), 5000);
    later.softwareVersion = QStringLiteral("2.0");
    later.modelName = QStringLiteral("Box");
    auto second = await(devices.upsertOnInform(later)).value();
    QVERIFY(!second.firstSeen);
    QCOMPARE(second.device.registeredMs, qint64(1000));
    QCOMPARE(second.device.lastInformMs, std::optional<qint64>(5000));
    QCOMPARE(second.device.lastBootMs, std::optional<qint64>(1000)); // no BOOT this time
    QCOMPARE(second.device.softwareVersion, QStringLiteral("2.0"));
    QCOMPARE(second.device.lastEvents, QStringList{QStringLiteral("2 PERIODIC")});
    QCOMPARE(await(devices.get(QStringLiteral("00D09E-IGD-SN1"))).value()->modelName,
             std::optional<QString>(QStringLiteral("Box")));
    QVERIFY(!await(devices.get(QStringLiteral("nope"))).value().has_value());
    DeviceInform bad;
    QCOMPARE(await(devices.upsertOnInform(bad)).error().code, Error::Code::InvalidArgument);
}

void DeviceRepositoryTest::listsAllDevicesSortedById()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(await(db.open(dir.path())).ok());
    DeviceRepository devices(db);
    for (const char *serial : {"C", "A", "B"})
        devices.upsertOnInform(storetest::inform(QString::fromLatin1(serial)));
    const auto listed = await(devices.list()); // kept: the loop must not outlive it
    QStringList ids;
    for (const Device &d : listed.value())
        ids << d.id;
    QCOMPARE(ids, (QStringList{QStringLiteral("00D09E-IGD-A"), QStringLiteral("00D09E-IGD-B"),
                               QStringLiteral("00D09E-IGD-C")}));
}

void DeviceRepositoryTest::keepsCredentialsAndPropertiesAcrossInforms()
{
    QTemporaryDir dir;
    Database db;
    const QString id = storetest::openWithDevice(db, dir.path());
    DeviceRepository devices(db);
    DeviceCredentials credentials;
    credentials.connectionRequestUsername = QStringLiteral("cr");
    credentials.connectionRequestPassword = QStringLiteral("secret");
    QVERIFY(await(devices.setCredentials(id, credentials)).ok());
    QVERIFY(await(devices.setProperties(id, {{QStringLiteral("label"), QStringLiteral("lab 3")}})).ok());
    const Device d = await(devices.upsertOnInform(storetest::inform(QStringLiteral("SN1"), 9000)))
                             .value().device;
    QCOMPARE(d.credentials, credentials);
    QVERIFY(!d.credentials.cpeUsername); // null: use the global setting
    QCOMPARE(d.properties.value(QStringLiteral("label")).toString(), QStringLiteral("lab 3"));
    QCOMPARE(await(devices.setCredentials(QStringLiteral("nope"), credentials)).error().code,
             Error::Code::NotFound);
}

void DeviceRepositoryTest::remembersTheRefreshStrategyPerModel()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(await(db.open(dir.path())).ok());
    DeviceRepository devices(db);
    QVERIFY(!await(devices.refreshStrategy(QStringLiteral("00d09e"), QStringLiteral("IGD"))).value());
    QVERIFY(await(devices.setRefreshStrategy(QStringLiteral("00d09e"), QStringLiteral("IGD"),
                                             QStringLiteral("partial-path-gpv"))).ok());
    QVERIFY(await(devices.setRefreshStrategy(QStringLiteral("00D09E"), QStringLiteral("IGD"),
                                             QStringLiteral("named-batches:500"))).ok());
    QCOMPARE(await(devices.refreshStrategy(QStringLiteral("00D09E"), QStringLiteral("IGD"))).value(),
             std::optional<QString>(QStringLiteral("named-batches:500")));
}

void DeviceRepositoryTest::removingADeviceRemovesItsData()
{
    QTemporaryDir dir;
    Database db;
    const QString id = storetest::openWithDevice(db, dir.path());
    const QString other = storetest::openWithDevice(db, dir.path(), QStringLiteral("SN2"));
    DeviceRepository devices(db);
    ParameterRepository parameters(db);
    TaskRepository tasks(db);
    SoapLogRepository log(db);
    for (const QString &device : {id, other}) {
        QVERIFY(await(parameters.upsert(device, {{QStringLiteral("Device.A"), QStringLiteral("1")}})).ok());
        QVERIFY(await(tasks.enqueue({device, QStringLiteral("reboot"), QString(), std::nullopt})).ok());
        SoapExchange e;
        e.deviceId = device;
        e.body = "<x/>";
        QVERIFY(await(log.append(e)).ok());
    }
    QVERIFY(await(devices.remove(id)).ok());
    QVERIFY(!await(devices.get(id)).value());
    QCOMPARE(await(parameters.count(id)).value(), qint64(0));
    QCOMPARE(await(tasks.listForDevice(id)).value().size(), 0);
    QCOMPARE(await(log.listForDevice(id, std::nullopt, 0)).value().size(), 0);
    QCOMPARE(await(parameters.count(other)).value(), qint64(1));
    QCOMPARE(await(tasks.listForDevice(other)).value().size(), 1);
    QCOMPARE(await(log.totals()).value().exchanges, qint64(1));
    QCOMPARE(await(devices.remove(id)).error().code, Error::Code::NotFound);
}

QTEST_GUILESS_MAIN(DeviceRepositoryTest)
#include "tst_devicerepository.moc"
