// The northbound API end to end: the engine and the API in this process, the real
// cwmp-cpe-sim binary as the device, and an HTTP client speaking the GenieACS NBI to the
// API over real sockets on 127.0.0.1.

#include "acs/acstestclient.h"

#include <api/apiserver.h>

#include <acs/acsengine.h>
#include <acs/fileserver.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

#include <support/testpaths.h>

using namespace acs;

namespace {

QByteArray encoded(const QByteArray &text)
{
    return QUrl::toPercentEncoding(QString::fromUtf8(text));
}

} // namespace

class ApiServerTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    AcsEngine *m_engine = nullptr;
    FileServer *m_files = nullptr;
    api::ApiServer *m_api = nullptr;
    http::HttpClient *m_client = nullptr;
    QProcess *m_sim = nullptr;
    QString m_id;

    const DeviceRecord &device() const { return *m_engine->devices().find(m_id); }

    http::Result request(const QByteArray &method, const QByteArray &target, const QByteArray &body = {},
                         const http::Headers &headers = {}, int timeoutMs = 30000)
    {
        http::Request r;
        r.method = method;
        r.target = target;
        r.headers = headers;
        r.body = body;
        if (!body.isEmpty() && !r.headers.contains("Content-Type"))
            r.headers.set("Content-Type", "application/json");
        return acstest::sendAndWait(*m_client, r, timeoutMs);
    }

    static QJsonArray array(const http::Result &r) { return QJsonDocument::fromJson(r.response.body).array(); }
    static QJsonObject object(const http::Result &r) { return QJsonDocument::fromJson(r.response.body).object(); }

    QByteArray tasksPath() const { return "/devices/" + encoded(m_id.toUtf8()) + "/tasks"; }

    // Sessions from earlier steps end before the next one, so that a task without
    // connection_request really waits.
    bool waitForIdleDevice() { return QTest::qWaitFor([this] { return !m_engine->isInSession(m_id); }, 15000); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString sim = testsupport::simulatorPath();
        if (!QFile::exists(sim))
            QSKIP("cwmp-cpe-sim is not built next to the test");

        m_engine = new AcsEngine(nullptr, this);
        m_files = new FileServer(this);
        m_engine->setFileServer(m_files);
        AcsSettings settings;
        settings.address = QHostAddress::LocalHost;
        settings.port = 0;
        settings.authMode = CpeAuthMode::None;
        settings.crUsername = QStringLiteral("acs");
        settings.crPassword = QStringLiteral("cr-secret");
        settings.crMinIntervalMs = 0;
        settings.session.holdMs = 1500;
        QVERIFY2(m_engine->start(settings), qPrintable(m_engine->errorString()));

        m_api = new api::ApiServer(m_engine, m_files, this);
        m_api->setFilesDirectory(m_dir.filePath(QStringLiteral("files")));
        QVERIFY2(m_api->listen(QHostAddress::LocalHost, 0), qPrintable(m_api->errorString()));
        m_client = new http::HttpClient(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_api->serverPort())), this);

        m_sim = new QProcess(this);
        m_sim->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_sim->start(sim, {QStringLiteral("--acs"), QStringLiteral("http://127.0.0.1:%1/").arg(m_engine->port()),
                           QStringLiteral("--cr-port"), QStringLiteral("0"), QStringLiteral("--cr-username"),
                           QStringLiteral("acs"), QStringLiteral("--cr-password"), QStringLiteral("cr-secret"),
                           QStringLiteral("--serial-base"), QStringLiteral("API0001"), QStringLiteral("--periodic-interval"),
                           QStringLiteral("3600"), QStringLiteral("--state-dir"), m_dir.filePath(QStringLiteral("state")),
                           QStringLiteral("--log"), QStringLiteral("warn")});
        QVERIFY(m_sim->waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(!m_engine->devices().ids().isEmpty(), 15000);
        m_id = m_engine->devices().ids().constFirst();
    }

    void cleanupTestCase()
    {
        if (m_sim) {
            m_sim->terminate();
            m_sim->waitForFinished(5000);
        }
    }

    void listsTheDeviceAsAGenieAcsDocument()
    {
        const http::Result r = request("GET", "/devices/");
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.response.status, 200);
        QVERIFY(r.response.headers.value("Content-Type").value_or(QByteArray()).startsWith("application/json"));
        const QJsonArray devices = array(r);
        QCOMPARE(devices.size(), 1);
        const QJsonObject doc = devices.at(0).toObject();
        QCOMPARE(doc.value(QStringLiteral("_id")).toString(), m_id);
        QCOMPARE(doc.value(QStringLiteral("_deviceId")).toObject().value(QStringLiteral("_SerialNumber")).toString(),
                 device().deviceId.serialNumber);
        QVERIFY(device().deviceId.serialNumber.startsWith(QLatin1String("API0001")));
        QVERIFY(QDateTime::fromString(doc.value(QStringLiteral("_lastInform")).toString(), Qt::ISODateWithMs).isValid());
        QVERIFY(doc.value(QStringLiteral("_registered")).isString());
        QVERIFY(doc.value(QStringLiteral("Device")).toObject().value(QStringLiteral("_object")).toBool());
    }

    void queryFindsOnlyMatchingDevices_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("count");
        QTest::newRow("by serial") << QStringLiteral(R"({"_deviceId._SerialNumber": "%SERIAL%"})") << 1;
        QTest::newRow("by id") << QStringLiteral(R"({"_id": "%ID%"})") << 1;
        QTest::newRow("other serial") << QStringLiteral(R"({"_deviceId._SerialNumber": "NOPE0001"})") << 0;
        QTest::newRow("other id") << QStringLiteral(R"({"_id": "nope"})") << 0;
        QTest::newRow("id in list") << QStringLiteral(R"({"_id": {"$in": ["x", "%ID%"]}})") << 1;
        QTest::newRow("serial regex") << QStringLiteral(R"({"_deviceId._SerialNumber": {"$regex": "^API"}})") << 1;
        QTest::newRow("informed since 2000") << QStringLiteral(R"({"_lastInform": {"$gt": "2000-01-01T00:00:00Z"}})") << 1;
        QTest::newRow("informed before 2000") << QStringLiteral(R"({"_lastInform": {"$lt": "2000-01-01T00:00:00Z"}})") << 0;
        QTest::newRow("software version")
            << QStringLiteral(R"({"Device.DeviceInfo.SoftwareVersion": "%VERSION%"})") << 1;
    }

    void queryFindsOnlyMatchingDevices()
    {
        QFETCH(QString, query);
        QFETCH(int, count);
        query.replace(QLatin1String("%SERIAL%"), device().deviceId.serialNumber)
            .replace(QLatin1String("%ID%"), m_id)
            .replace(QLatin1String("%VERSION%"), device().softwareVersion);
        const http::Result r = request("GET", "/devices/?query=" + encoded(query.toUtf8()));
        QCOMPARE(r.response.status, 200);
        QCOMPARE(array(r).size(), count);
    }

    void plusInTheQueryStringIsASpace()
    {
        // curl --data-urlencode and HTML forms write spaces as '+'.
        const QByteArray query = encoded(R"({"_id": ")" + m_id.toUtf8() + R"("})").replace("%20", "+");
        QVERIFY(query.contains('+'));
        const http::Result r = request("GET", "/devices/?query=" + query);
        QCOMPARE(r.response.status, 200);
        QCOMPARE(array(r).size(), 1);
    }

    void malformedQueryIsABadRequest_data()
    {
        QTest::addColumn<QByteArray>("query");
        QTest::newRow("not json") << QByteArray("{_id: ");
        QTest::newRow("unknown operator") << QByteArray(R"({"_id": {"$where": "1"}})");
    }

    void malformedQueryIsABadRequest()
    {
        QFETCH(QByteArray, query);
        for (const QByteArray &collection : {QByteArray("/devices/"), QByteArray("/tasks/")}) {
            const http::Result r = request("GET", collection + "?query=" + encoded(query));
            QCOMPARE(r.response.status, 400);
            QVERIFY(!object(r).value(QStringLiteral("error")).toString().isEmpty());
        }
    }

    void getParameterValuesWithConnectionRequestAnswersWhenDone()
    {
        QVERIFY(waitForIdleDevice());
        const QByteArray body = R"({"name": "getParameterValues", "parameterNames": ["Device.DeviceInfo.SoftwareVersion"]})";
        const http::Result r = request("POST", tasksPath() + "?connection_request&timeout=20000", body);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.response.status, 200);
        const QJsonObject task = object(r);
        QCOMPARE(task.value(QStringLiteral("state")).toString(), QStringLiteral("done"));
        QCOMPARE(task.value(QStringLiteral("name")).toString(), QStringLiteral("getParameterValues"));
        QCOMPARE(task.value(QStringLiteral("device")).toString(), m_id);
        QCOMPARE(task.value(QStringLiteral("parameterNames")).toArray().at(0).toString(),
                 QStringLiteral("Device.DeviceInfo.SoftwareVersion"));
        QVERIFY(!task.value(QStringLiteral("_id")).toString().isEmpty());

        const http::Result list = request("GET", "/devices/?query=" + encoded(R"({"_id": ")" + m_id.toUtf8() + R"("})")
                                                     + "&projection=Device.DeviceInfo.SoftwareVersion");
        QCOMPARE(list.response.status, 200);
        const QJsonObject doc = array(list).at(0).toObject();
        QCOMPARE(doc.keys(), QStringList({QStringLiteral("Device"), QStringLiteral("_id")}));
        const QJsonObject leaf = doc.value(QStringLiteral("Device"))
                                     .toObject()
                                     .value(QStringLiteral("DeviceInfo"))
                                     .toObject()
                                     .value(QStringLiteral("SoftwareVersion"))
                                     .toObject();
        QVERIFY(!leaf.value(QStringLiteral("_value")).toString().isEmpty());
        QCOMPARE(leaf.value(QStringLiteral("_value")).toString(), device().softwareVersion);
        QCOMPARE(leaf.value(QStringLiteral("_type")).toString(), QStringLiteral("xsd:string"));
        QVERIFY(QDateTime::fromString(leaf.value(QStringLiteral("_timestamp")).toString(), Qt::ISODateWithMs).isValid());
    }

    void setParameterValuesAppliesTheValue()
    {
        QVERIFY(waitForIdleDevice());
        const QByteArray body = R"({"name": "setParameterValues", "parameterValues": )"
                                R"([["Device.ManagementServer.PeriodicInformInterval", "1800", "xsd:unsignedInt"]]})";
        const http::Result r = request("POST", tasksPath() + "?connection_request&timeout=20000", body);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY2(r.response.status == 200, r.response.body.constData());
        QCOMPARE(object(r).value(QStringLiteral("state")).toString(), QStringLiteral("done"));

        // Numbers are numbers in the document, as in GenieACS: the query matches 1800.
        const http::Result list = request(
            "GET", "/devices/?query=" + encoded(R"({"Device.ManagementServer.PeriodicInformInterval": 1800})"));
        QCOMPARE(array(list).size(), 1);
    }

    void refusesBadTasks_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("unknown name") << QByteArray(R"({"name": "launchRockets"})");
        QTest::newRow("no name") << QByteArray(R"({"parameterNames": ["Device."]})");
        QTest::newRow("missing arguments") << QByteArray(R"({"name": "getParameterValues"})");
        QTest::newRow("not json") << QByteArray("name=reboot");
    }

    void refusesBadTasks()
    {
        QFETCH(QByteArray, body);
        const int before = int(m_engine->tasks().tasksOf(m_id).size());
        const http::Result r = request("POST", tasksPath(), body);
        QCOMPARE(r.response.status, 400);
        QVERIFY(!object(r).value(QStringLiteral("error")).toString().isEmpty());
        QCOMPARE(int(m_engine->tasks().tasksOf(m_id).size()), before);
    }

    void unknownDeviceIsNotFound()
    {
        const http::Result r = request("POST", "/devices/NOPE-Gateway-0000/tasks?connection_request", R"({"name": "reboot"})");
        QCOMPARE(r.response.status, 404);
        QCOMPARE(request("DELETE", "/devices/NOPE-Gateway-0000").response.status, 404);
    }

    void unknownRouteIsNotFound()
    {
        QCOMPARE(request("GET", "/presets/").response.status, 404);
        QCOMPARE(request("PATCH", "/devices/").response.status, 404);
    }

    void tasksAreListedByDevice()
    {
        const http::Result r = request("GET", "/tasks/?query=" + encoded(R"({"device": ")" + m_id.toUtf8() + R"("})"));
        QCOMPARE(r.response.status, 200);
        const QJsonArray tasks = array(r);
        QVERIFY(tasks.size() >= 2);
        for (const QJsonValue &t : tasks)
            QCOMPARE(t.toObject().value(QStringLiteral("device")).toString(), m_id);
        const http::Result sets = request("GET", "/tasks/?query=" + encoded(R"({"name": "setParameterValues"})"));
        QCOMPARE(array(sets).size(), 1);
        QCOMPARE(request("GET", "/tasks/?query=" + encoded(R"({"device": "nope"})")).response.body, QByteArray("[]"));
    }

    void taskNotFinishedInTimeIsAcceptedThenCancelledAndRetried()
    {
        QVERIFY(waitForIdleDevice());
        const QByteArray body = R"({"name": "getParameterValues", "parameterNames": ["Device.DeviceInfo.UpTime"]})";
        const http::Result r = request("POST", tasksPath() + "?timeout=200", body);
        QCOMPARE(r.response.status, 202);
        const QByteArray id = object(r).value(QStringLiteral("_id")).toString().toUtf8();
        QCOMPARE(object(r).value(QStringLiteral("state")).toString(), QStringLiteral("queued"));

        const http::Result cancelled = request("DELETE", "/tasks/" + id);
        QCOMPARE(cancelled.response.status, 200);
        QCOMPARE(object(cancelled).value(QStringLiteral("state")).toString(), QStringLiteral("cancelled"));
        QCOMPARE(request("DELETE", "/tasks/" + id).response.status, 409);
        QCOMPARE(request("DELETE", "/tasks/999999").response.status, 404);
        QCOMPARE(request("POST", "/tasks/999999/retry").response.status, 404);

        const http::Result retried = request("POST", "/tasks/" + id + "/retry");
        QCOMPARE(retried.response.status, 200);
        QCOMPARE(object(retried).value(QStringLiteral("state")).toString(), QStringLiteral("queued"));
        QCOMPARE(request("POST", "/tasks/" + id + "/retry").response.status, 409);
        QCOMPARE(request("DELETE", "/tasks/" + id).response.status, 200);
    }

    void listsAndStoresFiles()
    {
        const QByteArray content = "CWMP-SIM-FIRMWARE version=3.0.0\n" + QByteArray(4096, 'F');
        http::Headers headers;
        headers.set("Content-Type", "application/octet-stream");
        headers.set("fileType", "1 Firmware Upgrade Image");
        headers.set("oui", device().deviceId.oui.toUtf8());
        headers.set("version", "3.0.0");
        const http::Result put = request("PUT", "/files/gw-3.0.0.bin", content, headers);
        QCOMPARE(put.response.status, 201);
        QCOMPARE(request("PUT", "/files/..", content, headers).response.status, 400);
        QCOMPARE(request("PUT", "/files/.hidden", content, headers).response.status, 400);

        const http::Result list = request("GET", "/files/");
        QCOMPARE(list.response.status, 200);
        const QJsonArray files = array(list);
        QCOMPARE(files.size(), 1);
        const QJsonObject f = files.at(0).toObject();
        QCOMPARE(f.value(QStringLiteral("_id")).toString(), QStringLiteral("gw-3.0.0.bin"));
        QCOMPARE(f.value(QStringLiteral("length")).toInteger(), content.size());
        QCOMPARE(f.value(QStringLiteral("sha256")).toString().toLatin1(),
                 QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
        const QJsonObject metadata = f.value(QStringLiteral("metadata")).toObject();
        QCOMPARE(metadata.value(QStringLiteral("fileType")).toString(), QStringLiteral("1 Firmware Upgrade Image"));
        QCOMPARE(metadata.value(QStringLiteral("version")).toString(), QStringLiteral("3.0.0"));
        QVERIFY(m_files->file(QStringLiteral("gw-3.0.0.bin")).has_value());

        QCOMPARE(request("DELETE", "/files/gw-3.0.0.bin").response.status, 200);
        QCOMPARE(request("DELETE", "/files/gw-3.0.0.bin").response.status, 404);
        QCOMPARE(array(request("GET", "/files/")).size(), 0);
    }

    void configuredTokenIsRequired()
    {
        api::ApiServer guarded(m_engine, m_files);
        guarded.setToken(QStringLiteral("s3cret-token"));
        QVERIFY(guarded.listen(QHostAddress::LocalHost, 0));
        http::HttpClient client(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(guarded.serverPort())));
        http::Request r;
        r.method = "GET";
        r.target = "/devices/";
        QCOMPARE(acstest::sendAndWait(client, r).response.status, 401);
        r.headers.set("Authorization", "Bearer wrong-token!");
        QCOMPARE(acstest::sendAndWait(client, r).response.status, 401);
        r.headers.set("Authorization", "Bearer s3cret-token");
        const http::Result ok = acstest::sendAndWait(client, r);
        QCOMPARE(ok.response.status, 200);
        QCOMPARE(QJsonDocument::fromJson(ok.response.body).array().size(), 1);
    }

    void refusesToListenBeyondLoopbackWithoutAToken()
    {
        api::ApiServer open(m_engine, m_files);
        QVERIFY(!open.listen(QHostAddress::AnyIPv4, 0));
        QVERIFY(open.errorString().contains(QLatin1String("token")));
        QVERIFY(!open.isListening());
    }

    void deletingTheDeviceForgetsIt()
    {
        QVERIFY(waitForIdleDevice());
        QCOMPARE(request("DELETE", "/devices/" + encoded(m_id.toUtf8())).response.status, 200);
        QCOMPARE(request("DELETE", "/devices/" + encoded(m_id.toUtf8())).response.status, 404);
        QCOMPARE(array(request("GET", "/devices/?query=" + encoded(R"({"_id": ")" + m_id.toUtf8() + R"("})"))).size(), 0);
    }
};

QTEST_GUILESS_MAIN(ApiServerTest)
#include "tst_apiserver.moc"
