// The simulator at scale. In process: resident memory per SimDevice of the tr181-gateway
// profile, against the memory the shared profile itself takes (the same-run baseline).
// The binary: cwmp-cpe-sim --count N informing every second against the engine in this
// process, its resident set per device (against a one-device run as baseline) and the
// sessions per second the engine completes.
//
//   build/bin/bench_simscale                                      1,000 in process; fleet of 200
//   BENCH_DEVICES=1000 BENCH_WINDOW_S=10 build/bin/bench_simscale   the figures

#include "benchsupport.h"

#include <acs/acsengine.h>
#include <cpesim/profile.h>
#include <cpesim/simdevice.h>

#include <QSet>
#include <QtTest>

#include <memory>
#include <vector>

namespace {

constexpr int kInProcessDevices = 1000;
constexpr int kRegisterTimeoutMs = 60000;
constexpr int kBaselineWindowMs = 2000;

struct FleetFigures {
    int devices = 0;
    qint64 rssBytes = 0;      // the simulator process at the end of the window
    int sessions = 0;         // completed by the engine in the window
    int devicesInWindow = 0;  // distinct devices among them
    int failed = 0;
    QString lastFailure;
    double seconds = 0;
    double simCpu = 0;
    double engineCpu = 0;
    bool ok = false;
    QString error;
};

// Runs cwmp-cpe-sim --count devices against a fresh engine and measures one window after
// every device has informed once.
FleetFigures runFleet(int devices, int periodicSeconds, int windowMs)
{
    FleetFigures f;
    f.devices = devices;
    // Declared before the engine, which still ends sessions as it is destroyed.
    bool counting = false;
    QSet<QString> seen;
    acs::AcsEngine engine;
    acs::AcsSettings settings;
    settings.address = QHostAddress::LocalHost;
    settings.port = 0;
    settings.authMode = acs::CpeAuthMode::None;
    // Every simulated device connects from 127.0.0.1: the per-address limit (256 by
    // default, against floods from one host) would turn a fleet's first burst away.
    settings.limits.maxConnectionsPerAddress = qMax(settings.limits.maxConnectionsPerAddress, devices + 64);
    settings.limits.maxConnections = qMax(settings.limits.maxConnections, devices + 64);
    settings.soapLog = false; // the engine's own cost is bench_informs's subject
    if (!engine.start(settings)) {
        f.error = engine.errorString();
        return f;
    }
    QObject::connect(&engine, &acs::AcsEngine::sessionFinished, &engine,
                     [&](const QString &deviceId, const QString &, const QString &outcome) {
                         if (!counting)
                             return;
                         if (outcome == u"completed") {
                             ++f.sessions;
                             seen.insert(deviceId);
                         } else {
                             ++f.failed;
                             f.lastFailure = outcome;
                         }
                     });
    bench::Simulator sim({QStringLiteral("--acs"), QStringLiteral("http://127.0.0.1:%1/").arg(engine.port()),
                          QStringLiteral("--count"), QString::number(devices),
                          QStringLiteral("--serial-base"), QStringLiteral("SCALE00001"),
                          QStringLiteral("--profile"), QStringLiteral("tr181-gateway"),
                          QStringLiteral("--cr-port"), QStringLiteral("0"),
                          QStringLiteral("--periodic-interval"), QString::number(periodicSeconds),
                          QStringLiteral("--log"), QStringLiteral("error")});
    if (!sim.waitForStarted()) {
        f.error = sim.errorString();
        return f;
    }
    if (!bench::spinUntil([&] { return engine.devices().ids().size() >= devices; }, kRegisterTimeoutMs)) {
        f.error = QStringLiteral("%1 of %2 devices registered").arg(engine.devices().ids().size()).arg(devices);
        return f;
    }
    const double sim0 = bench::processCpuSeconds(sim.pid());
    const double engine0 = bench::selfCpuSeconds();
    QElapsedTimer window;
    window.start();
    counting = true;
    bench::spinFor(windowMs);
    counting = false;
    f.seconds = double(window.nsecsElapsed()) / 1e9;
    f.simCpu = bench::processCpuSeconds(sim.pid()) - sim0;
    f.engineCpu = bench::selfCpuSeconds() - engine0;
    f.rssBytes = bench::processRssBytes(sim.pid());
    f.devicesInWindow = int(seen.size());
    if (!sim.isRunning()) {
        f.error = QStringLiteral("the simulator exited during the window");
        return f;
    }
    sim.stop();
    f.ok = true;
    return f;
}

} // namespace

class BenchSimScale : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo::exists(bench::simulatorPath()),
                 qPrintable(QStringLiteral("%1 is missing: build the cwmp-cpe-sim target").arg(bench::simulatorPath())));
    }

    void memoryPerDeviceInProcess()
    {
        const int count = qMax(kInProcessDevices, bench::envInt("BENCH_DEVICES", 0));
        const qint64 beforeProfile = bench::selfRssBytes();
        const cpesim::ProfileLoadResult loaded = cpesim::Profile::load(QStringLiteral("tr181-gateway"));
        QVERIFY2(loaded.profile, qPrintable(loaded.error));
        const qint64 beforeDevices = bench::selfRssBytes();

        // Each device as the runtime leaves it between sessions: booted, its first Inform
        // built and delivered.
        std::vector<std::unique_ptr<cpesim::SimDevice>> devices;
        devices.reserve(size_t(count));
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1'750'000'000, Qt::UTC);
        for (int i = 0; i < count; ++i) {
            cpesim::DeviceIdentity identity;
            identity.serialNumber = QStringLiteral("MEM%1").arg(i, 6, 10, QLatin1Char('0'));
            identity.index = quint32(i);
            auto device = std::make_unique<cpesim::SimDevice>(loaded.profile, identity);
            device->boot(now, true);
            const cwmp::Inform inform = device->buildInform(0, now);
            QCOMPARE(inform.deviceId.serialNumber, identity.serialNumber);
            device->informDelivered();
            devices.push_back(std::move(device));
        }
        const qint64 after = bench::selfRssBytes();

        // Every device still answers from the shared profile with its own identity.
        for (int i : {0, count / 2, count - 1}) {
            QCOMPARE(devices[size_t(i)]->state().value(u"Device.DeviceInfo.SerialNumber"),
                     QStringLiteral("MEM%1").arg(i, 6, 10, QLatin1Char('0')));
            QCOMPARE(&devices[size_t(i)]->state().profile(), loaded.profile.get());
        }
        const double perDevice = double(after - beforeDevices) / count;
        const double profileBytes = double(beforeDevices - beforeProfile);
        qInfo("in process: tr181-gateway profile (%lld parameters) %.0f KiB resident; %d devices: %.0f bytes "
              "resident each (%.2f%% of the profile's memory, %.3f bytes per parameter of the tree)",
              qint64(loaded.profile->parameterCount()), profileBytes / 1024, count, perDevice,
              profileBytes > 0 ? 100 * perDevice / profileBytes : 0.0,
              perDevice / double(loaded.profile->parameterCount()));
    }

    void fleetOverLoopback()
    {
        const int devices = bench::envInt("BENCH_DEVICES", 200);
        const int periodic = bench::envInt("BENCH_INTERVAL_S", 1);
        const int windowMs = bench::envInt("BENCH_WINDOW_S", 4) * 1000;

        // Baseline: the same binary with one device (the process, Qt and the profile).
        const FleetFigures one = runFleet(1, periodic, kBaselineWindowMs);
        QVERIFY2(one.ok, qPrintable(one.error));
        const FleetFigures many = runFleet(devices, periodic, windowMs);
        QVERIFY2(many.ok, qPrintable(many.error));

        QVERIFY2(many.failed == 0, qPrintable(QStringLiteral("%1 sessions failed, last: %2").arg(many.failed).arg(many.lastFailure)));
        // Every device had a session in the window: none starved by the others.
        QVERIFY2(many.devicesInWindow == devices,
                 qPrintable(QStringLiteral("%1 of %2 devices had a session in the window").arg(many.devicesInWindow).arg(devices)));
        QVERIFY(one.rssBytes > 0 && many.rssBytes > 0);

        const double rate = many.sessions / many.seconds;
        qInfo("cwmp-cpe-sim --count 1: %.1f MiB resident (baseline)", double(one.rssBytes) / (1 << 20));
        qInfo("cwmp-cpe-sim --count %d: %.1f MiB resident = %.1f KiB per device; %.1f KiB per device above the "
              "one-device baseline",
              devices, double(many.rssBytes) / (1 << 20), double(many.rssBytes) / 1024 / devices,
              double(many.rssBytes - one.rssBytes) / 1024 / qMax(1, devices - 1));
        qInfo("cwmp-cpe-sim --count %d --periodic-interval %d: %d sessions in %.2f s = %.0f sessions/s "
              "(%.0f%% of the %d/s offered); simulator CPU %.3f ms/session, engine CPU %.3f ms/session",
              devices, periodic, many.sessions, many.seconds, rate, 100 * rate / (double(devices) / periodic),
              devices / periodic, many.simCpu * 1e3 / qMax(1, many.sessions), many.engineCpu * 1e3 / qMax(1, many.sessions));
    }
};

QTEST_GUILESS_MAIN(BenchSimScale)
#include "bench_simscale.moc"
