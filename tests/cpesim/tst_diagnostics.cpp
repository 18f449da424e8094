// The simulator's diagnostics without an ACS: the tests run in-process on a SimDevice of a
// built-in profile and write the result parameters a real device would; --wan-profile
// parsing; the ICMP probe in its fallback (TCP connect) emulation.

#include <cpesim/diagnosticicmpprobe.h>
#include <cpesim/diagnosticrunner.h>
#include <cpesim/diagnosticwanprofile.h>
#include <cpesim/profile.h>
#include <cpesim/simdevice.h>

#include <QSignalSpy>
#include <QTcpServer>
#include <QUdpSocket>
#include <QNetworkDatagram>
#include <QtTest>

using namespace cpesim;

class SimDiagnosticsTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SimDevice> device(const QString &profile)
    {
        const ProfileLoadResult loaded = Profile::load(profile);
        if (!loaded.profile)
            return nullptr;
        return std::make_unique<SimDevice>(loaded.profile, DeviceIdentity{QStringLiteral("SN1")});
    }

    // Runs one diagnostic to its end; returns the final state.
    static QString run(DiagnosticRunner &runner, const QString &object, int timeoutMs = 20000)
    {
        QSignalSpy finished(&runner, &DiagnosticRunner::finished);
        runner.start(object);
        if (!finished.wait(timeoutMs))
            return QStringLiteral("(no end)");
        return finished.constFirst().at(1).toString();
    }

private Q_SLOTS:
    void parsesWanProfiles_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<double>("latency");
        QTest::addColumn<qint64>("rate");
        QTest::newRow("all keys") << QStringLiteral("latency=40ms,jitter=5ms,loss=1%,rate=50mbit") << true << 40.0 << 50'000'000LL;
        QTest::newRow("seconds and kbit") << QStringLiteral("latency=0.5s,rate=512kbit") << true << 500.0 << 512'000LL;
        QTest::newRow("unknown key") << QStringLiteral("delay=4ms") << false << 0.0 << 0LL;
        QTest::newRow("loss over 100") << QStringLiteral("loss=120%") << false << 0.0 << 0LL;
        QTest::newRow("no value") << QStringLiteral("latency") << false << 0.0 << 0LL;
        QTest::newRow("empty") << QString() << false << 0.0 << 0LL;
    }

    void parsesWanProfiles()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(double, latency);
        QFETCH(qint64, rate);
        QString why;
        const auto parsed = DiagnosticWanProfile::parse(text, &why);
        QCOMPARE(parsed.has_value(), valid);
        if (!valid) {
            QVERIFY(why.contains(QLatin1String("--wan-profile")));
            return;
        }
        QCOMPARE(parsed->latencyMs, latency);
        QCOMPARE(parsed->rateBitsPerSecond, rate);
        QVERIFY(parsed->isActive());
    }

    void pingWritesItsResults_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("object");
        QTest::newRow("TR-181") << QStringLiteral("tr181-gateway") << QStringLiteral("Device.IP.Diagnostics.IPPing.");
        QTest::newRow("TR-098") << QStringLiteral("tr098-igd") << QStringLiteral("InternetGatewayDevice.IPPingDiagnostics.");
    }

    void pingWritesItsResults()
    {
        QFETCH(QString, profile);
        QFETCH(QString, object);
        auto sim = device(profile);
        QVERIFY(sim);
        sim->state().setValue(object + QStringLiteral("Host"), QStringLiteral("127.0.0.1"));
        sim->state().setValue(object + QStringLiteral("NumberOfRepetitions"), QStringLiteral("2"));
        const DiagnosticWanProfile wan;
        DiagnosticRunner runner(*sim, wan);
        QCOMPARE(run(runner, object), QStringLiteral("Complete"));
        QCOMPARE(sim->state().value(object + QStringLiteral("SuccessCount")), QStringLiteral("2"));
        QVERIFY(sim->state().value(object + QStringLiteral("AverageResponseTime"))->toUInt() >= 1);
    }

    void emulatedLatencyLengthensEveryRoundTrip()
    {
        auto sim = device(QStringLiteral("tr181-gateway"));
        const QString object = QStringLiteral("Device.IP.Diagnostics.IPPing.");
        sim->state().setValue(object + QStringLiteral("Host"), QStringLiteral("127.0.0.1"));
        sim->state().setValue(object + QStringLiteral("NumberOfRepetitions"), QStringLiteral("2"));
        const DiagnosticWanProfile wan = *DiagnosticWanProfile::parse(QStringLiteral("latency=30ms"));
        DiagnosticRunner runner(*sim, wan);
        QCOMPARE(run(runner, object), QStringLiteral("Complete"));
        QVERIFY(sim->state().value(object + QStringLiteral("MinimumResponseTimeDetailed"))->toUInt() >= 30'000);
    }

    void tcpConnectEmulationTimesARoundTrip()
    {
        qputenv("CWMP_SIM_ICMP_MODE", "tcp");
        const DiagnosticWanProfile wan;
        DiagnosticIcmpProbe probe(wan);
        QSignalSpy finished(&probe, &DiagnosticIcmpProbe::finished);
        probe.send(QHostAddress(QHostAddress::LocalHost), 0, 64, 0, 2000);
        QVERIFY(finished.wait(5000));
        qunsetenv("CWMP_SIM_ICMP_MODE");
        QCOMPARE(probe.mode(), DiagnosticIcmpProbe::Mode::TcpConnect);
        const IcmpReply reply = finished.constFirst().constFirst().value<IcmpReply>();
        QCOMPARE(reply.kind, IcmpReply::EchoReply); // port 7 refused: one round trip
        QVERIFY(DiagnosticIcmpProbe::modeName(probe.mode()).contains(QLatin1String("EMULATED")));
    }

    void udpEchoFillsIndividualPacketResults()
    {
        QUdpSocket echo;
        QVERIFY(echo.bind(QHostAddress::LocalHost, 0));
        connect(&echo, &QUdpSocket::readyRead, this, [&echo] {
            while (echo.hasPendingDatagrams()) {
                const QNetworkDatagram d = echo.receiveDatagram();
                echo.writeDatagram(d.data(), d.senderAddress(), quint16(d.senderPort()));
            }
        });
        auto sim = device(QStringLiteral("tr181-gateway"));
        const QString object = QStringLiteral("Device.IP.Diagnostics.UDPEchoDiagnostics.");
        sim->state().setValue(object + QStringLiteral("Host"), QStringLiteral("127.0.0.1"));
        sim->state().setValue(object + QStringLiteral("Port"), QString::number(echo.localPort()));
        sim->state().setValue(object + QStringLiteral("NumberOfRepetitions"), QStringLiteral("3"));
        sim->state().setValue(object + QStringLiteral("InterTransmissionTime"), QStringLiteral("10"));
        sim->state().setValue(object + QStringLiteral("EnableIndividualPacketResults"), QStringLiteral("true"));
        const DiagnosticWanProfile wan;
        DiagnosticRunner runner(*sim, wan);
        QCOMPARE(run(runner, object), QStringLiteral("Complete"));
        QCOMPARE(sim->state().value(object + QStringLiteral("SuccessCount")), QStringLiteral("3"));
        QCOMPARE(sim->state().value(object + QStringLiteral("IndividualPacketResultNumberOfEntries")), QStringLiteral("3"));
        // A second run replaces the rows and numbers them from 1 again.
        QCOMPARE(run(runner, object), QStringLiteral("Complete"));
        QCOMPARE(sim->state().value(object + QStringLiteral("IndividualPacketResult.1.PacketSuccess")), QStringLiteral("true"));
        QVERIFY(!sim->state().value(object + QStringLiteral("IndividualPacketResult.4.PacketSuccess")));
    }

    void downloadFromAClosedPortIsInitConnectionFailed()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        auto sim = device(QStringLiteral("tr098-igd"));
        const QString object = QStringLiteral("InternetGatewayDevice.DownloadDiagnostics.");
        sim->state().setValue(object + QStringLiteral("DownloadURL"), QStringLiteral("http://127.0.0.1:%1/x").arg(port));
        const DiagnosticWanProfile wan;
        DiagnosticRunner runner(*sim, wan);
        QCOMPARE(run(runner, object), QStringLiteral("Error_InitConnectionFailed"));
    }

    void nsLookupResolvesLocalhost()
    {
        auto sim = device(QStringLiteral("tr181-gateway"));
        const QString object = QStringLiteral("Device.DNS.Diagnostics.NSLookupDiagnostics.");
        sim->state().setValue(object + QStringLiteral("HostName"), QStringLiteral("localhost"));
        const DiagnosticWanProfile wan;
        DiagnosticRunner runner(*sim, wan);
        QCOMPARE(run(runner, object), QStringLiteral("Complete"));
        QCOMPARE(sim->state().value(object + QStringLiteral("Result.1.Status")), QStringLiteral("Success"));
        QVERIFY(sim->state().value(object + QStringLiteral("Result.1.IPAddresses"))->contains(QLatin1String("127.0.0.1"))
                || sim->state().value(object + QStringLiteral("Result.1.IPAddresses"))->contains(QLatin1String("::1")));
    }

    void unknownObjectsEndWithAnInternalError()
    {
        auto sim = device(QStringLiteral("tr181-gateway"));
        const DiagnosticWanProfile wan;
        DiagnosticRunner runner(*sim, wan);
        QCOMPARE(run(runner, QStringLiteral("Device.IP.Diagnostics.IPLayerCapacityMetrics.")), QStringLiteral("Error_Internal"));
    }
};

QTEST_GUILESS_MAIN(SimDiagnosticsTest)
#include "tst_diagnostics.moc"
