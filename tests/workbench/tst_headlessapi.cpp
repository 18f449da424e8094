// The northbound API of the real `cwmp-workbench --headless` (found next to this test in
// build/bin), driven over HTTP as a GenieACS script drives GenieACS, with the real
// `cwmp-cpe-sim` as its device: registration, every task type with a connection request,
// a download of a file PUT through /files, the SOAP log, a fault in /faults cleared by
// DELETE, and a restart of the headless process with tasks queued while the device was away.

#include "childprocess.h"

#include "acs/acstestclient.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

#include <memory>

namespace {

constexpr int kWaitMs = 30000;
// A task that reboots the device (reboot, download, factory reset) finishes only in the
// session after the reboot.
constexpr int kTaskWaitMs = 90000;

QByteArray encoded(const QString &text)
{
    return QUrl::toPercentEncoding(text);
}

using workbenchtest::binary;
using workbenchtest::freePort;

struct Child : workbenchtest::ChildProcess {
    explicit Child(const QString &program) : ChildProcess(program, kWaitMs) { }
};

} // namespace

class tst_HeadlessApi : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_workspace;
    QTemporaryDir m_deviceState;
    quint16 m_port = 0;
    quint16 m_apiPort = 0;
    std::unique_ptr<Child> m_acs;
    std::unique_ptr<Child> m_device;
    std::unique_ptr<http::HttpClient> m_client;
    QString m_id;
    int m_instance = 0; // the object addObject created, for deleteObject

    bool startAcs()
    {
        m_acs = std::make_unique<Child>(binary("cwmp-workbench"));
        if (!m_acs->start({QStringLiteral("--headless"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(m_port),
                           QStringLiteral("--api-listen"), QStringLiteral("127.0.0.1:%1").arg(m_apiPort), QStringLiteral("--workspace"),
                           m_workspace.path(), QStringLiteral("--cpe-auth"), QStringLiteral("none"), QStringLiteral("--cr-username"),
                           QStringLiteral("acs"), QStringLiteral("--cr-password"), QStringLiteral("lab")}))
            return false;
        // A new client: the old one's connections died with the old process.
        m_client = std::make_unique<http::HttpClient>(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_apiPort)));
        return m_acs->waitForLine(QStringLiteral("api: ")) == QStringLiteral("api: http://127.0.0.1:%1/ (no token)").arg(m_apiPort);
    }

    bool startDevice()
    {
        m_device = std::make_unique<Child>(binary("cwmp-cpe-sim"));
        return m_device->start({QStringLiteral("--acs"), QStringLiteral("http://127.0.0.1:%1/").arg(m_port), QStringLiteral("--serial-base"),
                                QStringLiteral("HLAPI01"), QStringLiteral("--cr-port"), QStringLiteral("0"), QStringLiteral("--cr-username"),
                                QStringLiteral("acs"), QStringLiteral("--cr-password"), QStringLiteral("lab"), QStringLiteral("--state-dir"),
                                m_deviceState.path(), QStringLiteral("--periodic-interval"), QStringLiteral("3600"),
                                QStringLiteral("--log"), QStringLiteral("error")});
    }

    http::Result request(const QByteArray &method, const QByteArray &target, const QByteArray &body = {},
                         const http::Headers &headers = {})
    {
        http::Request r;
        r.method = method;
        r.target = target;
        r.headers = headers;
        r.body = body;
        if (!body.isEmpty() && !r.headers.contains("Content-Type"))
            r.headers.set("Content-Type", "application/json");
        return acstest::sendAndWait(*m_client, r, kTaskWaitMs);
    }

    static QJsonArray array(const http::Result &r) { return QJsonDocument::fromJson(r.response.body).array(); }
    static QJsonObject object(const http::Result &r) { return QJsonDocument::fromJson(r.response.body).object(); }

    QByteArray tasksPath() const { return "/devices/" + encoded(m_id) + "/tasks"; }

    QJsonObject task(const QString &taskId)
    {
        return array(request("GET", "/tasks/?query=" + encoded(QStringLiteral(R"({"_id": "%1"})").arg(taskId)))).at(0).toObject();
    }

    // The task's document once it is finished (GET /tasks/ until then), or its last state.
    QJsonObject finished(const QString &taskId)
    {
        QJsonObject doc;
        (void)QTest::qWaitFor([&] {
            doc = task(taskId);
            const QString state = doc.value(QStringLiteral("state")).toString();
            return state != u"queued" && state != u"sent";
        }, kTaskWaitMs);
        return doc;
    }

    // The device's document, projected to one parameter's value.
    QJsonValue parameter(const QString &path)
    {
        const QJsonObject doc = array(request("GET", "/devices/?query=" + encoded(QStringLiteral(R"({"_id": "%1"})").arg(m_id))
                                                         + "&projection=" + encoded(path)))
                                    .at(0)
                                    .toObject();
        QJsonValue v = doc;
        for (const QString &part : path.split(u'.'))
            v = v.toObject().value(part);
        return v.toObject().value(QStringLiteral("_value"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        for (const char *name : {"cwmp-workbench", "cwmp-cpe-sim"})
            QVERIFY2(QFileInfo(binary(name)).isExecutable(), name);
        QVERIFY(m_workspace.isValid() && m_deviceState.isValid());
        m_port = freePort();
        m_apiPort = freePort();
        QVERIFY(m_port && m_apiPort && m_port != m_apiPort);
        QVERIFY2(startAcs(), qPrintable(m_acs->transcript()));
        QVERIFY2(!m_acs->waitForLine(QStringLiteral("workspace:")).isEmpty(), qPrintable(m_acs->transcript()));
    }

    void deviceRegistersAndIsListed()
    {
        QVERIFY(startDevice());
        QJsonArray devices;
        QTRY_VERIFY_WITH_TIMEOUT((devices = array(request("GET", "/devices/"))).size() == 1, kWaitMs);
        const QJsonObject doc = devices.at(0).toObject();
        m_id = doc.value(QStringLiteral("_id")).toString();
        QVERIFY(m_id.endsWith(QLatin1String("HLAPI01")));
        QVERIFY(doc.value(QStringLiteral("_registered")).isString());
        QVERIFY(doc.value(QStringLiteral("_lastBootstrap")).isString());
    }

    void everyTaskTypeRunsWithAConnectionRequest_data()
    {
        QTest::addColumn<QByteArray>("body");

        QTest::newRow("getParameterValues") << QByteArray(R"({"name": "getParameterValues", "parameterNames": ["Device.DeviceInfo.UpTime"]})");
        QTest::newRow("setParameterValues") << QByteArray(R"({"name": "setParameterValues", "parameterValues": )"
                                                          R"([["Device.ManagementServer.PeriodicInformInterval", 2400, "xsd:unsignedInt"]]})");
        // GenieACS writes object names without their trailing dot.
        QTest::newRow("refreshObject") << QByteArray(R"({"name": "refreshObject", "objectName": "Device.ManagementServer"})");
        QTest::newRow("addObject") << QByteArray(R"({"name": "addObject", "objectName": "Device.NAT.PortMapping."})");
        QTest::newRow("deleteObject") << QByteArray(R"({"name": "deleteObject", "objectName": "Device.NAT.PortMapping.%INSTANCE%."})");
        QTest::newRow("getParameterAttributes")
            << QByteArray(R"({"name": "getParameterAttributes", "parameterNames": ["Device.ManagementServer.PeriodicInformInterval"]})");
        QTest::newRow("setParameterAttributes")
            << QByteArray(R"({"name": "setParameterAttributes", "parameters": [{"name": "Device.ManagementServer.PeriodicInformInterval", "notification": 1}]})");
        QTest::newRow("scheduleInform") << QByteArray(R"({"name": "scheduleInform", "delaySeconds": 1, "commandKey": "api"})");
        QTest::newRow("upload") << QByteArray(R"({"name": "upload", "fileType": "1 Vendor Configuration File"})");
        QTest::newRow("download of a file PUT through /files") << QByteArray(R"({"name": "download", "file": "gw-4.2.0.bin"})");
        QTest::newRow("reboot") << QByteArray(R"({"name": "reboot", "commandKey": "api-reboot"})");
        QTest::newRow("factoryReset") << QByteArray(R"({"name": "factoryReset"})");
    }

    void everyTaskTypeRunsWithAConnectionRequest()
    {
        QFETCH(QByteArray, body);
        QVERIFY(!m_id.isEmpty());
        const QByteArray tag = QTest::currentDataTag();
        if (tag.startsWith("download")) {
            http::Headers headers;
            headers.set("Content-Type", "application/octet-stream");
            headers.set("fileType", "1 Firmware Upgrade Image");
            headers.set("version", "4.2.0");
            const QByteArray image = "CWMP-SIM-FIRMWARE version=4.2.0\n" + QByteArray(256 * 1024, 'I');
            QCOMPARE(request("PUT", "/files/gw-4.2.0.bin", image, headers).response.status, 201);
        }
        body.replace("%INSTANCE%", QByteArray::number(m_instance));

        const http::Result posted = request("POST", tasksPath() + "?connection_request&timeout=20000", body);
        QVERIFY2(posted.response.status == 200 || posted.response.status == 202, posted.response.body.constData());
        const QString taskId = object(posted).value(QStringLiteral("_id")).toString();
        QVERIFY(!taskId.isEmpty());
        const QJsonObject doc = finished(taskId);
        QVERIFY2(doc.value(QStringLiteral("state")).toString() == u"done", QJsonDocument(doc).toJson().constData());

        if (tag == "addObject") {
            m_instance = doc.value(QStringLiteral("result")).toObject().value(QStringLiteral("instanceNumber")).toInt();
            QVERIFY(m_instance > 0);
        } else if (tag == "setParameterValues") {
            QCOMPARE(parameter(QStringLiteral("Device.ManagementServer.PeriodicInformInterval")).toDouble(), 2400.0);
        } else if (tag.startsWith("download")) {
            // The image is applied by the reboot that follows.
            QTRY_COMPARE_WITH_TIMEOUT(parameter(QStringLiteral("Device.DeviceInfo.SoftwareVersion")).toString(), QStringLiteral("4.2.0"),
                                      kWaitMs);
        }
    }

    void soapLogOfTheDeviceIsServed()
    {
        QJsonArray log;
        QTRY_VERIFY_WITH_TIMEOUT((log = array(request("GET", "/devices/" + encoded(m_id) + "/log?limit=50"))).size() == 50, kWaitMs);
        QStringList rpcs;
        for (const QJsonValue &v : std::as_const(log))
            rpcs << v.toObject().value(QStringLiteral("rpc")).toString();
        QVERIFY2(rpcs.contains(QStringLiteral("FactoryReset")), qPrintable(rpcs.join(u' ')));
        QVERIFY(log.last().toObject().value(QStringLiteral("body")).isString());
    }

    void faultAppearsInFaultsAndIsClearedByDelete()
    {
        const QByteArray body = R"({"name": "setParameterValues", "parameterValues": [["Device.DeviceInfo.NoSuchThing", "x", "xsd:string"]]})";
        const http::Result posted = request("POST", tasksPath() + "?connection_request&timeout=20000", body);
        const QString taskId = object(posted).value(QStringLiteral("_id")).toString();
        QCOMPARE(finished(taskId).value(QStringLiteral("state")).toString(), QStringLiteral("fault"));

        const QByteArray query = "/faults/?query=" + encoded(QStringLiteral(R"({"device": "%1"})").arg(m_id));
        const QJsonArray faults = array(request("GET", query));
        QCOMPARE(faults.size(), 1);
        const QJsonObject fault = faults.at(0).toObject();
        QCOMPARE(fault.value(QStringLiteral("_id")).toString(), m_id + QStringLiteral(":task_") + taskId);
        QCOMPARE(fault.value(QStringLiteral("code")).toString(), QStringLiteral("cwmp.9003"));
        const QJsonObject parameterFault = fault.value(QStringLiteral("detail")).toObject().value(QStringLiteral("setParameterValuesFault")).toArray().at(0).toObject();
        QCOMPARE(parameterFault.value(QStringLiteral("faultCode")).toString(), QStringLiteral("9005")); // invalid parameter name

        QCOMPARE(request("DELETE", "/faults/" + encoded(fault.value(QStringLiteral("_id")).toString())).response.status, 200);
        QCOMPARE(array(request("GET", query)).size(), 0);
        QVERIFY(task(taskId).isEmpty());
    }

    void tasksQueuedBeforeARestartRunAfterIt()
    {
        QCOMPARE(m_device->terminate(), 0);
        const QByteArray get = R"({"name": "getParameterValues", "parameterNames": ["Device.DeviceInfo.SoftwareVersion"]})";
        const QByteArray set = R"({"name": "setParameterValues", "parameterValues": )"
                               R"([["Device.ManagementServer.PeriodicInformInterval", 1234, "xsd:unsignedInt"]]})";
        QStringList ids;
        for (const QByteArray &body : {get, set}) {
            // No connection_request: the device is away, the task waits for it.
            const http::Result posted = request("POST", tasksPath() + "?timeout=0", body);
            QCOMPARE(posted.response.status, 202);
            QCOMPARE(object(posted).value(QStringLiteral("state")).toString(), QStringLiteral("queued"));
            ids << object(posted).value(QStringLiteral("_id")).toString();
        }

        QCOMPARE(m_acs->terminate(), 0);
        QVERIFY2(startAcs(), qPrintable(m_acs->transcript()));
        const QString summary = m_acs->waitForLine(QStringLiteral("workspace:"));
        QVERIFY2(summary.contains(u"(1 devices,"), qPrintable(m_acs->transcript()));
        for (const QString &id : std::as_const(ids))
            QCOMPARE(task(id).value(QStringLiteral("state")).toString(), QStringLiteral("queued"));

        // The device comes back with "1 BOOT"; its session runs what waited.
        QVERIFY(startDevice());
        for (const QString &id : std::as_const(ids)) {
            const QJsonObject doc = finished(id);
            QVERIFY2(doc.value(QStringLiteral("state")).toString() == u"done", QJsonDocument(doc).toJson().constData());
        }
        QCOMPARE(parameter(QStringLiteral("Device.ManagementServer.PeriodicInformInterval")).toDouble(), 1234.0);
    }

    void cleanupTestCase()
    {
        if (m_device)
            QCOMPARE(m_device->terminate(), 0);
        if (m_acs)
            QCOMPARE(m_acs->terminate(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_HeadlessApi)
#include "tst_headlessapi.moc"
