// The inputs proposed for each diagnostic: aimed at this laptop as the device reached it,
// at the built-in servers' ports where they run, in the device's data model.

#include <acs/devicerecord.h>
#include <diagnostics/diagnosticdefaults.h>

#include <QHostInfo>
#include <QUrl>
#include <QtTest>

using namespace diagnostics;

namespace {

acs::DeviceRecord deviceReaching(const QString &acsBaseUrl)
{
    acs::DeviceRecord d;
    d.id = QStringLiteral("00D09E-Gw-1");
    d.acsBaseUrl = acsBaseUrl;
    return d;
}

} // namespace

class DiagnosticDefaultsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void targetsAreTheLaptopAsTheDeviceSeesIt_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("ping") << int(DiagnosticKind::IpPing) << QStringLiteral("Host") << QStringLiteral("192.168.1.10");
        QTest::newRow("traceroute") << int(DiagnosticKind::TraceRoute) << QStringLiteral("Host") << QStringLiteral("192.168.1.10");
        QTest::newRow("download") << int(DiagnosticKind::Download) << QStringLiteral("DownloadURL")
                                  << QStringLiteral("http://192.168.1.10:8080/tr143/download/10000000");
        QTest::newRow("upload") << int(DiagnosticKind::Upload) << QStringLiteral("UploadURL")
                                << QStringLiteral("http://192.168.1.10:8080/tr143/upload");
        QTest::newRow("udp echo host") << int(DiagnosticKind::UdpEcho) << QStringLiteral("Host") << QStringLiteral("192.168.1.10");
        QTest::newRow("udp echo port") << int(DiagnosticKind::UdpEcho) << QStringLiteral("Port") << QStringLiteral("9007");
        QTest::newRow("server selection") << int(DiagnosticKind::ServerSelection) << QStringLiteral("HostList")
                                          << QStringLiteral("192.168.1.10");
    }

    void targetsAreTheLaptopAsTheDeviceSeesIt()
    {
        QFETCH(int, kind);
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const acs::DeviceRecord device = deviceReaching(QStringLiteral("http://192.168.1.10:7547"));
        const QMap<QString, QString> in = DiagnosticDefaults::inputs(DiagnosticKind(kind), &device, false, 8080, 9007);
        QCOMPARE(in.value(input), expected);
        // The spec's other defaults stay (repetitions, timeouts, …).
        for (const QString &name : DiagnosticSpec::defaultInputs(DiagnosticKind(kind), false).keys())
            QVERIFY2(in.contains(name), qPrintable(name));
    }

    void serversThatDoNotRunLeaveTheirInputsToTheEngineer()
    {
        const acs::DeviceRecord device = deviceReaching(QStringLiteral("http://192.168.1.10:7547"));
        QCOMPARE(DiagnosticDefaults::inputs(DiagnosticKind::Download, &device, false, 0, 0).value(QStringLiteral("DownloadURL")),
                 QString());
        QCOMPARE(DiagnosticDefaults::inputs(DiagnosticKind::UdpEcho, &device, false, 0, 0).value(QStringLiteral("Port")),
                 QStringLiteral("7"));
        QCOMPARE(DiagnosticDefaults::requiredInputs(DiagnosticKind::Download), QStringList{QStringLiteral("DownloadURL")});
        QCOMPARE(DiagnosticDefaults::requiredInputs(DiagnosticKind::NsLookup), QStringList{QStringLiteral("HostName")});
    }

    void tr098DownloadHasOnlyTheUrl()
    {
        const acs::DeviceRecord device = deviceReaching(QStringLiteral("http://10.0.0.2:7547"));
        const QMap<QString, QString> in = DiagnosticDefaults::inputs(DiagnosticKind::Download, &device, true, 8080, 0);
        QCOMPARE(in.keys(), QStringList{QStringLiteral("DownloadURL")});
        QCOMPARE(QUrl(in.value(QStringLiteral("DownloadURL"))).host(), QStringLiteral("10.0.0.2"));
    }

    void lookupAsksForANameTheDeviceCanResolve_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("expected");
        QTest::newRow("reached by name") << QStringLiteral("http://acs.lab.example:7547") << QStringLiteral("acs.lab.example");
        QTest::newRow("on this machine") << QStringLiteral("http://127.0.0.1:7547") << QStringLiteral("localhost");
        QTest::newRow("by address") << QStringLiteral("http://192.168.1.10:7547") << QHostInfo::localHostName();
        QTest::newRow("unknown") << QString() << QHostInfo::localHostName();
    }

    void lookupAsksForANameTheDeviceCanResolve()
    {
        QFETCH(QString, base);
        QFETCH(QString, expected);
        const acs::DeviceRecord device = deviceReaching(base);
        QCOMPARE(DiagnosticDefaults::lookupName(&device), expected);
        QCOMPARE(DiagnosticDefaults::inputs(DiagnosticKind::NsLookup, &device, false, 0, 0).value(QStringLiteral("HostName")), expected);
    }
};

QTEST_GUILESS_MAIN(DiagnosticDefaultsTest)
#include "tst_diagnosticdefaults.moc"
