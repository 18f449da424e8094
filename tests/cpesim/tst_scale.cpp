// 1,000 devices in one process share their profile: each one's overlay is empty after
// construction and its own memory stays small. The measured figure is printed.

#include "simtestutil.h"

#include <QFile>

#include <memory>
#include <unistd.h>
#include <vector>

using namespace cpesim;
using namespace simtest;

namespace {

// Resident set size in bytes (/proc/self/statm, second field, in pages).
qint64 residentBytes()
{
    QFile file(QStringLiteral("/proc/self/statm"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = file.readAll().split(' ');
    if (fields.size() < 2)
        return -1;
    return fields[1].toLongLong() * sysconf(_SC_PAGESIZE);
}

} // namespace

class ScaleTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void thousandDevicesShareTheProfile_data();
    void thousandDevicesShareTheProfile();
};

void ScaleTest::thousandDevicesShareTheProfile_data()
{
    QTest::addColumn<QString>("profile");
    QTest::newRow("tr181-gateway") << QStringLiteral("tr181-gateway");
    QTest::newRow("tr181-large") << QStringLiteral("tr181-large");
}

void ScaleTest::thousandDevicesShareTheProfile()
{
    QFETCH(QString, profile);
    constexpr int kDevices = 1000;
    const auto loaded = Profile::load(profile);
    QVERIFY(loaded.profile);
    const qint64 before = residentBytes();
    std::vector<std::unique_ptr<SimDevice>> devices;
    devices.reserve(kDevices);
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1'750'000'000, Qt::UTC);
    for (int i = 0; i < kDevices; ++i) {
        DeviceIdentity identity;
        identity.serialNumber = QStringLiteral("SIM%1").arg(i, 6, 10, QChar(u'0'));
        identity.index = quint32(i);
        devices.push_back(std::make_unique<SimDevice>(loaded.profile, identity));
        devices.back()->boot(now, true);
    }
    const qint64 after = residentBytes();
    for (const auto &device : devices) {
        QCOMPARE(device->state().overlaySize(), 0);
        QCOMPARE(&device->state().profile(), loaded.profile.get());
    }
    QCOMPARE(devices[7]->state().value(u"Device.DeviceInfo.SerialNumber"), QStringLiteral("SIM000007"));
    QCOMPARE(devices[7]->state().value(u"Device.Hosts.Host.1.PhysAddress"), QStringLiteral("02:DD:00:07:00:01"));
    const qint64 perDevice = (after - before) / kDevices;
    qInfo("%s: profile %lld parameters; %d devices: %lld bytes resident each",
          qPrintable(profile), qint64(loaded.profile->parameterCount()), kDevices, perDevice);
    QVERIFY2(perDevice < 16 * 1024, qPrintable(QString::number(perDevice)));
    // A device that is used grows by its own changes only.
    SimDevice &one = *devices[3];
    one.handle(cwmp::SetParameterValues{{pv(QStringLiteral("Device.WiFi.SSID.1.SSID"), QStringLiteral("mine"))}, QString()});
    QCOMPARE(one.state().overlaySize(), 2); // the value and ParameterKey ("")
    QCOMPARE(devices[4]->state().value(u"Device.WiFi.SSID.1.SSID"), QStringLiteral("SimNet-SIM000004-1"));
}

QTEST_GUILESS_MAIN(ScaleTest)
#include "tst_scale.moc"
