// The ParameterMonitor against a real engine on 127.0.0.1 and the real simulator binary:
// polling gives samples at the interval with one GetParameterValues per poll and never two
// at once; counters become rates (bytes as bit/s) and wraps and resets never give a
// negative rate; active notification sets Notification=2, takes values from the Informs,
// polls what the device refuses, and stop() sets the attributes back. Presets are found
// in the real device's cached tree.

#include <counterrate.h>
#include <monitorpresets.h>
#include <parametermonitor.h>
#include <taskdispatcher.h>

#include <acs/acsengine.h>

#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <support/testpaths.h>

using models::MonitorPresets;
using models::MonitorSeriesSpec;
using models::MonitorUnit;
using models::ParameterMonitor;
using models::SeriesKind;
using models::TaskDispatcher;

Q_DECLARE_METATYPE(acs::Task)
Q_DECLARE_METATYPE(std::optional<double>)

namespace {
const QString kEthReceived = QStringLiteral("Device.Ethernet.Interface.1.Stats.BytesReceived");
const QString kCpu = QStringLiteral("Device.DeviceInfo.ProcessStatus.CPUUsage");
// Not marked activeNotify=canDeny in TR-181, and a counter in the simulator's profile.
const QString kStationSent = QStringLiteral("Device.WiFi.AccessPoint.1.AssociatedDevice.1.Stats.BytesSent");
} // namespace

class ParameterMonitorTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    acs::AcsEngine *m_engine = nullptr;
    TaskDispatcher *m_dispatcher = nullptr;
    QProcess *m_sim = nullptr;
    QString m_id;
    QList<QStringList> m_sessionEvents;

    acs::Task runTask(const QString &kind, const QJsonObject &args, int timeoutMs = 30000)
    {
        QSignalSpy finished(m_dispatcher, &TaskDispatcher::taskFinished);
        QString why;
        const qint64 id = m_dispatcher->submit(m_id, kind, args, &why);
        if (id == 0) {
            qWarning() << why;
            return {};
        }
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < timeoutMs) {
            for (const QList<QVariant> &a : std::as_const(finished)) {
                const auto task = a.at(0).value<acs::Task>();
                if (task.id == id)
                    return task;
            }
            finished.wait(200);
        }
        return {};
    }

    int notificationOf(const QString &path)
    {
        const acs::Task t = runTask(QStringLiteral("getParameterAttributes"),
                                    {{QStringLiteral("parameterNames"), QJsonArray{path}}});
        const QJsonArray list = t.result.value(QLatin1String("parameterAttributes")).toArray();
        return list.isEmpty() ? -1 : list.at(0).toObject().value(QLatin1String("notification")).toInt(-1);
    }

    void requireDevice()
    {
        if (m_id.isEmpty())
            QSKIP("cwmp-cpe-sim is not built next to the test");
        QTRY_VERIFY_WITH_TIMEOUT(!m_engine->isInSession(m_id), 15000);
    }

    QList<acs::Task> readTasksSince(qint64 firstId) const
    {
        QList<acs::Task> out;
        for (const acs::Task &t : m_engine->tasks().tasksOf(m_id)) {
            if (t.id >= firstId && t.kind == u"getParameterValues")
                out.append(t);
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<acs::Task>();
        QVERIFY(m_dir.isValid());
        m_engine = new acs::AcsEngine(nullptr, this);
        acs::AcsSettings settings;
        settings.address = QHostAddress::LocalHost;
        settings.port = 0;
        settings.authMode = acs::CpeAuthMode::None;
        settings.crUsername = QStringLiteral("acs");
        settings.crPassword = QStringLiteral("cr-secret");
        settings.crMinIntervalMs = 0;
        settings.crTimeoutMs = 2000;
        settings.session.holdMs = 200;
        QVERIFY2(m_engine->start(settings), qPrintable(m_engine->errorString()));
        m_dispatcher = new TaskDispatcher(*m_engine, this);
        connect(m_engine, &acs::AcsEngine::sessionStarted, this,
                [this](const QString &, const QString &, const QStringList &events) { m_sessionEvents.append(events); });

        const QString sim = testsupport::simulatorPath();
        if (!QFile::exists(sim))
            return; // the tests that need a device skip
        m_sim = new QProcess(this);
        m_sim->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_sim->start(sim, {QStringLiteral("--acs"), QStringLiteral("http://127.0.0.1:%1/").arg(m_engine->port()),
                           QStringLiteral("--cr-port"), QStringLiteral("0"), QStringLiteral("--cr-username"),
                           QStringLiteral("acs"), QStringLiteral("--cr-password"), QStringLiteral("cr-secret"),
                           QStringLiteral("--serial-base"), QStringLiteral("PM0001"), QStringLiteral("--periodic-interval"),
                           QStringLiteral("3600"), QStringLiteral("--log"), QStringLiteral("warn")});
        QVERIFY(m_sim->waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(!m_engine->devices().ids().isEmpty(), 15000);
        m_id = m_engine->devices().ids().constFirst();
        QTRY_VERIFY_WITH_TIMEOUT(!m_engine->isInSession(m_id), 15000);
        // The presets are found in the cached tree: read all of it once.
        const acs::Task refresh = runTask(QStringLiteral("refreshObject"), {{QStringLiteral("objectName"), QStringLiteral("Device.")}}, 60000);
        QCOMPARE(refresh.state, acs::TaskState::Done);
    }

    void cleanupTestCase()
    {
        if (m_sim && m_sim->state() != QProcess::NotRunning) {
            m_sim->terminate();
            m_sim->waitForFinished(5000);
        }
    }

    void counterRateNeverGoesNegative_data()
    {
        QTest::addColumn<quint64>("previous");
        QTest::addColumn<quint64>("current");
        QTest::addColumn<qint64>("elapsedMs");
        QTest::addColumn<int>("bits");
        QTest::addColumn<double>("expected"); // < 0: no rate

        QTest::newRow("steady growth") << quint64(1000) << quint64(3000) << qint64(2000) << 64 << 1000.0;
        QTest::newRow("no change") << quint64(5) << quint64(5) << qint64(1000) << 32 << 0.0;
        QTest::newRow("32-bit wrap") << quint64(0xffffff00ull) << quint64(0x100) << qint64(1000) << 32 << 512.0;
        QTest::newRow("64-bit wrap") << quint64(~0ull - 99) << quint64(100) << qint64(1000) << 64 << 200.0;
        QTest::newRow("reset after reboot") << quint64(900000) << quint64(1200) << qint64(1000) << 32 << -1.0;
        QTest::newRow("32-bit value too big to wrap") << quint64(0x1ffffff00ull) << quint64(10) << qint64(1000) << 32 << -1.0;
        QTest::newRow("large drop within a 64-bit counter") << quint64(1ull << 40) << quint64(5) << qint64(1000) << 64 << -1.0;
        QTest::newRow("no time passed") << quint64(1) << quint64(2) << qint64(0) << 64 << -1.0;
        QTest::newRow("clock went back") << quint64(1) << quint64(2) << qint64(-500) << 64 << -1.0;
    }

    void counterRateNeverGoesNegative()
    {
        QFETCH(quint64, previous);
        QFETCH(quint64, current);
        QFETCH(qint64, elapsedMs);
        QFETCH(int, bits);
        QFETCH(double, expected);
        const std::optional<double> rate = models::CounterRate::perSecond(previous, current, elapsedMs, bits);
        if (expected < 0) {
            QVERIFY2(!rate, qPrintable(QString::number(rate.value_or(-1))));
        } else {
            QVERIFY(rate);
            QCOMPARE(*rate, expected);
        }
    }

    void pointValueTurnsReadingsIntoUnits()
    {
        using R = ParameterMonitor::Reading;
        const MonitorSeriesSpec bytes{SeriesKind::Rate, QStringLiteral("X.BytesSent"), {}, {}, MonitorUnit::BitsPerSecond};
        const MonitorSeriesSpec packets{SeriesKind::Rate, QStringLiteral("X.PacketsSent"), {}, {}, MonitorUnit::PacketsPerSecond};
        const MonitorSeriesSpec used{SeriesKind::UsedPercent, QStringLiteral("M.Free"), QStringLiteral("M.Total"), {},
                                     MonitorUnit::Percent};
        const MonitorSeriesSpec gauge{SeriesKind::Gauge, QStringLiteral("C.CPUUsage"), {}, {}, MonitorUnit::Percent};
        const R first{QStringLiteral("1000"), cwmp::ValueType::UnsignedLong, 10000};
        const R second{QStringLiteral("3000"), cwmp::ValueType::UnsignedLong, 12000};

        QVERIFY(!ParameterMonitor::pointValue(bytes, first, std::nullopt, {})); // a rate needs two readings
        QCOMPARE(ParameterMonitor::pointValue(bytes, second, first, {}).value_or(-1), 8000.0); // 1000 B/s = 8000 bit/s
        QCOMPARE(ParameterMonitor::pointValue(packets, second, first, {}).value_or(-1), 1000.0);
        // A StatsCounter32 (unsignedInt) wraps at 2^32.
        const R high{QStringLiteral("4294967000"), cwmp::ValueType::UnsignedInt, 10000};
        const R low{QStringLiteral("704"), cwmp::ValueType::UnsignedInt, 11000};
        QCOMPARE(ParameterMonitor::pointValue(packets, low, high, {}).value_or(-1), 1000.0);
        // The same drop on a 64-bit counter is a reset: no point.
        const R high64{QStringLiteral("4294967000"), cwmp::ValueType::UnsignedLong, 10000};
        const R low64{QStringLiteral("704"), cwmp::ValueType::UnsignedLong, 11000};
        QVERIFY(!ParameterMonitor::pointValue(packets, low64, high64, {}));
        QVERIFY(!ParameterMonitor::pointValue(bytes, R{QStringLiteral("n/a"), {}, 13000}, second, {}));

        QCOMPARE(ParameterMonitor::pointValue(used, R{QStringLiteral("256"), {}, 1}, std::nullopt, QStringLiteral("1024"))
                     .value_or(-1),
                 75.0);
        QVERIFY(!ParameterMonitor::pointValue(used, R{QStringLiteral("2048"), {}, 1}, std::nullopt, QStringLiteral("1024")));
        QVERIFY(!ParameterMonitor::pointValue(used, R{QStringLiteral("256"), {}, 1}, std::nullopt, QString()));
        QCOMPARE(ParameterMonitor::pointValue(gauge, R{QStringLiteral("42"), {}, 1}, std::nullopt, {}).value_or(-1), 42.0);
    }

    void classifiesParametersByNameAndType_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("unit");
        const int rate = int(SeriesKind::Rate);
        const int gauge = int(SeriesKind::Gauge);
        const int unsignedInt = int(cwmp::ValueType::UnsignedInt);
        QTest::newRow("TR-181 bytes") << kEthReceived << int(cwmp::ValueType::UnsignedLong) << rate
                                      << int(MonitorUnit::BitsPerSecond);
        QTest::newRow("TR-098 total bytes, untyped")
            << QStringLiteral("InternetGatewayDevice.WANDevice.1.WANCommonInterfaceConfig.TotalBytesSent")
            << int(cwmp::ValueType::Unspecified) << rate << int(MonitorUnit::BitsPerSecond);
        QTest::newRow("packets") << QStringLiteral("Device.IP.Interface.1.Stats.UnicastPacketsSent") << unsignedInt << rate
                                 << int(MonitorUnit::PacketsPerSecond);
        QTest::newRow("errors") << QStringLiteral("Device.IP.Interface.1.Stats.ErrorsReceived") << unsignedInt << rate
                                << int(MonitorUnit::PerSecond);
        QTest::newRow("cpu") << kCpu << unsignedInt << gauge << int(MonitorUnit::Percent);
        QTest::newRow("memory") << QStringLiteral("Device.DeviceInfo.MemoryStatus.Free") << unsignedInt << gauge
                                << int(MonitorUnit::KiB);
        QTest::newRow("associated devices") << QStringLiteral("Device.WiFi.AccessPoint.1.AssociatedDeviceNumberOfEntries")
                                            << unsignedInt << gauge << int(MonitorUnit::Count);
        QTest::newRow("uptime is no counter") << QStringLiteral("Device.DeviceInfo.UpTime") << unsignedInt << gauge
                                              << int(MonitorUnit::Count);
    }

    void classifiesParametersByNameAndType()
    {
        QFETCH(QString, path);
        QFETCH(int, type);
        QFETCH(int, kind);
        QFETCH(int, unit);
        const MonitorSeriesSpec spec = MonitorPresets::specForPath(path, cwmp::ValueType(type));
        QCOMPARE(int(spec.kind), kind);
        QCOMPARE(int(spec.unit), unit);
        QCOMPARE(spec.path, path);
        QVERIFY(!spec.label.isEmpty());
    }

    void discoversPresetsInTheCachedTr181Tree()
    {
        requireDevice();
        const QList<models::MonitorPreset> presets = MonitorPresets::discover(m_engine->devices().find(m_id)->parameters);
        QHash<QString, models::MonitorPreset> byKey;
        for (const auto &p : presets)
            byKey.insert(p.key, p);
        QVERIFY(byKey.contains(QStringLiteral("cpu")));
        QCOMPARE(byKey.value(QStringLiteral("cpu")).series.constFirst().path, kCpu);
        const auto memory = byKey.value(QStringLiteral("memory")).series;
        QCOMPARE(memory.size(), 1);
        QCOMPARE(memory.constFirst().kind, SeriesKind::UsedPercent);
        QCOMPARE(memory.constFirst().totalPath, QStringLiteral("Device.DeviceInfo.MemoryStatus.Total"));
        // The profile's first Ethernet interface is eth0 with Upstream=true.
        const auto wan = byKey.value(QStringLiteral("throughput:Device.Ethernet.Interface.1."));
        QCOMPARE(wan.title, QStringLiteral("Throughput eth0 (WAN)"));
        QCOMPARE(wan.series.size(), 2);
        QCOMPARE(wan.series.at(0).path, kEthReceived);
        QCOMPARE(wan.series.at(0).unit, MonitorUnit::BitsPerSecond);
        QCOMPARE(wan.series.at(0).label, QStringLiteral("eth0 (WAN) received"));
        // One line per access point (the profile has four), named after its SSID.
        const auto clients = byKey.value(QStringLiteral("wifi-clients")).series;
        QCOMPARE(clients.size(), 4);
        QCOMPARE(clients.at(1).path, QStringLiteral("Device.WiFi.AccessPoint.2.AssociatedDeviceNumberOfEntries"));
        QCOMPARE(clients.at(0).label, QStringLiteral("SimNet-PM0001-1"));
        QVERIFY(MonitorPresets::discover(acs::ParameterCache{}).isEmpty());
    }

    void discoversTr098PresetsByTheirOwnNames()
    {
        acs::ParameterCache cache;
        const QString igd = QStringLiteral("InternetGatewayDevice.");
        for (const char *path : {"DeviceInfo.ProcessStatus.CPUUsage", "DeviceInfo.MemoryStatus.Free",
                                 "DeviceInfo.MemoryStatus.Total", "WANDevice.1.WANCommonInterfaceConfig.TotalBytesSent",
                                 "WANDevice.1.WANCommonInterfaceConfig.TotalBytesReceived",
                                 "LANDevice.1.LANEthernetInterfaceConfig.2.Stats.BytesReceived",
                                 "LANDevice.1.WLANConfiguration.1.TotalBytesSent",
                                 "LANDevice.1.WLANConfiguration.1.TotalAssociations"})
            cache.setValue(igd + QLatin1String(path), QStringLiteral("1"), cwmp::ValueType::UnsignedInt, 1);
        cache.setValue(igd + QStringLiteral("LANDevice.1.WLANConfiguration.1.SSID"), QStringLiteral("Home"),
                       cwmp::ValueType::String, 1);
        QStringList titles;
        QHash<QString, models::MonitorPreset> byKey;
        for (const auto &p : MonitorPresets::discover(cache)) {
            titles.append(p.title);
            byKey.insert(p.key, p);
        }
        QCOMPARE(titles, (QStringList{QStringLiteral("CPU usage"), QStringLiteral("Memory in use"),
                                      QStringLiteral("Throughput WAN 1"), QStringLiteral("Throughput LAN port 2"),
                                      QStringLiteral("Throughput Home"), QStringLiteral("WiFi associated devices")}));
        QCOMPARE(byKey.value(QStringLiteral("throughput:InternetGatewayDevice.WANDevice.1.")).series.size(), 2);
        // Only the counters the device has: LAN port 2 reports no BytesSent.
        QCOMPARE(byKey.value(QStringLiteral("throughput:InternetGatewayDevice.LANDevice.1.LANEthernetInterfaceConfig.2."))
                     .series.size(),
                 1);
        const auto clients = byKey.value(QStringLiteral("wifi-clients")).series;
        QCOMPARE(clients.size(), 1);
        QCOMPARE(clients.constFirst().path, igd + QStringLiteral("LANDevice.1.WLANConfiguration.1.TotalAssociations"));
        QCOMPARE(clients.constFirst().label, QStringLiteral("Home"));
    }

    void pollingGivesRatesAtTheIntervalOnePollAtATime()
    {
        requireDevice();
        ParameterMonitor monitor(*m_engine, *m_dispatcher);
        monitor.setDevice(m_id);
        monitor.setIntervalSeconds(1);
        const int eth = monitor.addParameter(kEthReceived);
        const int cpu = monitor.addParameter(kCpu);
        const int memory = monitor.addSeries({SeriesKind::UsedPercent, QStringLiteral("Device.DeviceInfo.MemoryStatus.Free"),
                                              QStringLiteral("Device.DeviceInfo.MemoryStatus.Total"),
                                              QStringLiteral("Memory in use"), MonitorUnit::Percent});
        QCOMPARE(monitor.addParameter(kCpu), cpu); // already watched
        QCOMPARE(monitor.seriesCount(), 3);

        // Never two reads of this monitor in flight.
        int inFlight = 0;
        int maxInFlight = 0;
        QSet<qint64> open;
        connect(&m_engine->tasks(), &acs::TaskQueue::taskChanged, &monitor, [&](const acs::Task &t) {
            if (t.kind != u"getParameterValues")
                return;
            if (acs::isFinished(t.state))
                open.remove(t.id);
            else
                open.insert(t.id);
            inFlight = int(open.size());
            maxInFlight = std::max(maxInFlight, inFlight);
        });
        const qint64 firstTask = m_engine->tasks().tasksOf(m_id).isEmpty() ? 0 : m_engine->tasks().tasksOf(m_id).last().id + 1;
        QSignalSpy samples(&monitor, &ParameterMonitor::sampleAdded);
        QElapsedTimer clock;
        clock.start();
        QString why;
        QVERIFY2(monitor.start(&why), qPrintable(why));
        QVERIFY(monitor.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(monitor.points(eth).size() >= 4, 30000);
        const qint64 elapsed = clock.elapsed();
        monitor.stop();
        QVERIFY(!monitor.isRunning());

        // 5 reads (4 rates) take at least 4 intervals of 1 s.
        QVERIFY2(elapsed >= 4000, qPrintable(QString::number(elapsed)));
        QVERIFY(monitor.points(cpu).size() >= 4);
        QVERIFY(monitor.points(memory).size() >= 4);
        for (const QPointF &p : monitor.points(memory))
            QVERIFY(p.y() >= 0 && p.y() <= 100);
        // The profile's counter grows 48000 B/s x 0.5..1.5: 192..576 kbit/s on average.
        double sum = 0;
        const QList<QPointF> &rates = monitor.points(eth);
        for (qsizetype i = 0; i < rates.size(); ++i) {
            QVERIFY(rates.at(i).y() >= 0);
            if (i > 0)
                QVERIFY(rates.at(i).x() > rates.at(i - 1).x());
            sum += rates.at(i).y();
        }
        const double mean = sum / double(rates.size());
        QVERIFY2(mean > 150000 && mean < 700000, qPrintable(QString::number(mean)));

        // One task per poll, naming every watched parameter; never two at once.
        QTRY_VERIFY_WITH_TIMEOUT(!monitor.isPollPending(), 10000);
        const QList<acs::Task> reads = readTasksSince(firstTask);
        QCOMPARE(reads.size(), monitor.pollsSubmitted());
        for (const acs::Task &t : reads)
            QCOMPARE(t.args.value(QLatin1String("parameterNames")).toArray().size(), 4); // Total too
        QCOMPARE(maxInFlight, 1);
        QVERIFY(samples.size() >= 12);

        // CSV: a time column and one column per series with its unit.
        const QStringList lines = monitor.toCsv().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(lines.size() >= 5);
        QVERIFY2(lines.constFirst().startsWith(QLatin1String("time (UTC),")), qPrintable(lines.constFirst()));
        QVERIFY2(lines.constFirst().contains(QLatin1String("(bit/s)")), qPrintable(lines.constFirst()));
        QVERIFY(lines.constFirst().endsWith(QLatin1String("Memory in use (%)")));
        QCOMPARE(lines.at(1).count(QLatin1Char(',')), 3);
    }

    void keepsAtMostCapacityPoints()
    {
        requireDevice();
        ParameterMonitor monitor(*m_engine, *m_dispatcher);
        monitor.setDevice(m_id);
        monitor.setIntervalSeconds(1);
        monitor.setCapacity(2);
        const int cpu = monitor.addParameter(kCpu);
        QVERIFY(monitor.start());
        QSignalSpy samples(&monitor, &ParameterMonitor::sampleAdded);
        QTRY_VERIFY_WITH_TIMEOUT(samples.size() >= 4, 30000);
        monitor.stop();
        QCOMPARE(monitor.points(cpu).size(), 2);
    }

    void activeNotificationSamplesInformsAndStopRestoresAttributes()
    {
        requireDevice();
        QCOMPARE(notificationOf(kStationSent), 0);
        ParameterMonitor monitor(*m_engine, *m_dispatcher);
        monitor.setDevice(m_id);
        monitor.setIntervalSeconds(3);
        monitor.setMode(ParameterMonitor::Mode::ActiveNotification);
        const int station = monitor.addParameter(kStationSent);
        const int eth = monitor.addParameter(kEthReceived);
        const qint64 firstTask = m_engine->tasks().tasksOf(m_id).last().id + 1;
        const int sessions = m_sessionEvents.size();
        QVERIFY(monitor.start());

        // TR-181 marks the Ethernet counters activeNotify=canDeny: the simulator refuses
        // (9009) and the monitor polls that one instead.
        QTRY_COMPARE_WITH_TIMEOUT(monitor.notifiedPaths(), QStringList{kStationSent}, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(monitor.polledPaths(), QStringList{kEthReceived}, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(monitor.points(station).size() >= 2, 45000);
        QTRY_VERIFY_WITH_TIMEOUT(monitor.points(eth).size() >= 1, 30000);
        for (const QPointF &p : monitor.points(station))
            QVERIFY(p.y() >= 0);
        // The station's values came with the device's Informs: after the first read, no
        // GetParameterValues named it.
        const QList<acs::Task> reads = readTasksSince(firstTask);
        QVERIFY(reads.size() >= 2);
        for (qsizetype i = 1; i < reads.size(); ++i)
            QCOMPARE(reads.at(i).args.value(QLatin1String("parameterNames")).toArray(), QJsonArray{kEthReceived});
        bool valueChange = false;
        for (qsizetype i = sessions; i < m_sessionEvents.size(); ++i)
            valueChange = valueChange || m_sessionEvents.at(i).contains(QStringLiteral("4 VALUE CHANGE"));
        QVERIFY(valueChange);

        QSignalSpy restored(&monitor, &ParameterMonitor::restoreFinished);
        monitor.stop();
        QVERIFY(restored.wait(30000));
        QCOMPARE(restored.constFirst().at(0).toBool(), true);
        QVERIFY(monitor.notifiedPaths().isEmpty());
        QCOMPARE(notificationOf(kStationSent), 0);
    }

    void refusesToStartWithoutDeviceOrParameters()
    {
        ParameterMonitor monitor(*m_engine, *m_dispatcher);
        QString why;
        QVERIFY(!monitor.start(&why));
        QVERIFY(!why.isEmpty());
        monitor.setDevice(m_id.isEmpty() ? QStringLiteral("nobody") : m_id);
        QVERIFY(!monitor.start(&why));
        QVERIFY(!monitor.isRunning());
    }
};

QTEST_GUILESS_MAIN(ParameterMonitorTest)
#include "tst_parametermonitor.moc"
