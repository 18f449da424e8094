// The northbound API end to end: the composition of the headless mode in this process (a
// workspace database in a temporary folder, the engine, the file server, the API), the
// real cwmp-cpe-sim binary as the device, and an HTTP client speaking the GenieACS NBI to
// the API over real sockets on 127.0.0.1.

#include "apitestfixture.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTcpSocket>

using namespace apitest;

class ApiServerTest : public QObject
{
    Q_OBJECT

private:
    Fixture m_f;
    QByteArray m_faultId; // the fault left by setParameterValuesOnAReadOnlyParameterIsAFault

    http::Result request(const QByteArray &method, const QByteArray &target, const QByteArray &body = {},
                         const http::Headers &headers = {})
    {
        return m_f.request(method, target, body, headers);
    }
    const acs::DeviceRecord &device() { return m_f.device(); }
    QString id() const { return m_f.id(); }
    QByteArray idQuery() const { return encoded(R"({"_id": ")" + m_f.id().toUtf8() + R"("})"); }

    // What a raw client gets back for bytes it writes itself (framing the HTTP client
    // would not produce); empty on timeout.
    QByteArray rawExchange(const QByteArray &bytes)
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_f.api().serverPort());
        if (!socket.waitForConnected(5000))
            return {};
        socket.write(bytes);
        QByteArray got;
        (void)QTest::qWaitFor([&] {
            got += socket.readAll();
            return got.contains("\r\n\r\n") || socket.state() != QAbstractSocket::ConnectedState;
        }, 10000);
        return got;
    }

    // Files this process holds open in dir, named or not (Linux: /proc/self/fd).
    static int openFilesBelow(const QString &dir)
    {
        const QString prefix = QFileInfo(dir).canonicalFilePath() + QLatin1Char('/');
        int n = 0;
        for (const QFileInfo &fd : QDir(QStringLiteral("/proc/self/fd")).entryInfoList(QDir::System | QDir::Files | QDir::NoDotAndDotDot))
            n += fd.symLinkTarget().startsWith(prefix) ? 1 : 0;
        return n;
    }

    QStringList filesOnDisk() const
    {
        return QDir(m_f.path(QStringLiteral("workspace/files"))).entryList(QDir::Files | QDir::Hidden);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString failed = m_f.start(QStringLiteral("API0001"));
        if (failed.contains(QLatin1String("not built")))
            QSKIP("cwmp-cpe-sim is not built next to the test");
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
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
        QCOMPARE(doc.value(QStringLiteral("_id")).toString(), id());
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
        QTest::newRow("software version") << QStringLiteral(R"({"Device.DeviceInfo.SoftwareVersion": "%VERSION%"})") << 1;
    }

    void queryFindsOnlyMatchingDevices()
    {
        QFETCH(QString, query);
        QFETCH(int, count);
        query.replace(QLatin1String("%SERIAL%"), device().deviceId.serialNumber)
            .replace(QLatin1String("%ID%"), id())
            .replace(QLatin1String("%VERSION%"), device().softwareVersion);
        const http::Result r = request("GET", "/devices/?query=" + encoded(query.toUtf8()));
        QCOMPARE(r.response.status, 200);
        QCOMPARE(array(r).size(), count);
    }

    void plusInTheQueryStringIsASpace()
    {
        // curl --data-urlencode and HTML forms write spaces as '+'.
        const QByteArray query = idQuery().replace("%20", "+");
        QVERIFY(query.contains('+'));
        const http::Result r = request("GET", "/devices/?query=" + query);
        QCOMPARE(r.response.status, 200);
        QCOMPARE(array(r).size(), 1);
    }

    void getParameterValuesWithConnectionRequestAnswersWhenDone()
    {
        QVERIFY(m_f.waitForIdleDevice());
        const QByteArray body = R"({"name": "getParameterValues", "parameterNames": ["Device.DeviceInfo.SoftwareVersion"]})";
        const http::Result r = request("POST", m_f.tasksPath() + "?connection_request&timeout=20000", body);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.response.status, 200);
        const QJsonObject task = object(r);
        QCOMPARE(task.value(QStringLiteral("state")).toString(), QStringLiteral("done"));
        QCOMPARE(task.value(QStringLiteral("name")).toString(), QStringLiteral("getParameterValues"));
        QCOMPARE(task.value(QStringLiteral("device")).toString(), id());
        QCOMPARE(task.value(QStringLiteral("parameterNames")).toArray().at(0).toString(),
                 QStringLiteral("Device.DeviceInfo.SoftwareVersion"));
        QVERIFY(!task.value(QStringLiteral("_id")).toString().isEmpty());

        const http::Result list = request("GET", "/devices/?query=" + idQuery() + "&projection=Device.DeviceInfo.SoftwareVersion");
        QCOMPARE(list.response.status, 200);
        const QJsonObject doc = array(list).at(0).toObject();
        QCOMPARE(doc.keys(), QStringList({QStringLiteral("Device"), QStringLiteral("_id")}));
        const QJsonObject leaf = doc.value(QStringLiteral("Device"))
                                     .toObject()
                                     .value(QStringLiteral("DeviceInfo"))
                                     .toObject()
                                     .value(QStringLiteral("SoftwareVersion"))
                                     .toObject();
        QCOMPARE(leaf.value(QStringLiteral("_value")).toString(), device().softwareVersion);
        QCOMPARE(leaf.value(QStringLiteral("_type")).toString(), QStringLiteral("xsd:string"));
        QVERIFY(QDateTime::fromString(leaf.value(QStringLiteral("_timestamp")).toString(), Qt::ISODateWithMs).isValid());
    }

    void setParameterValuesAppliesTheValue()
    {
        QVERIFY(m_f.waitForIdleDevice());
        const QByteArray body = R"({"name": "setParameterValues", "parameterValues": )"
                                R"([["Device.ManagementServer.PeriodicInformInterval", "1800", "xsd:unsignedInt"]]})";
        const http::Result r = request("POST", m_f.tasksPath() + "?connection_request&timeout=20000", body);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY2(r.response.status == 200, r.response.body.constData());
        QCOMPARE(object(r).value(QStringLiteral("state")).toString(), QStringLiteral("done"));

        // Numbers are numbers in the document, as in GenieACS: the query matches 1800.
        const http::Result list = request("GET", "/devices/?query=" + encoded(R"({"Device.ManagementServer.PeriodicInformInterval": 1800})"));
        QCOMPARE(array(list).size(), 1);
    }

    void setParameterValuesOnAReadOnlyParameterIsAFault()
    {
        QVERIFY(m_f.waitForIdleDevice());
        const QByteArray body = R"({"name": "setParameterValues", "parameterValues": )"
                                R"([["Device.DeviceInfo.SoftwareVersion", "9.9.9", "xsd:string"]]})";
        const http::Result r = request("POST", m_f.tasksPath() + "?connection_request&timeout=20000", body);
        QCOMPARE(r.response.status, 200);
        const QJsonObject task = object(r);
        QCOMPARE(task.value(QStringLiteral("state")).toString(), QStringLiteral("fault"));
        const QString taskId = task.value(QStringLiteral("_id")).toString();

        const http::Result faults = request("GET", "/faults/");
        QCOMPARE(faults.response.status, 200);
        QCOMPARE(array(faults).size(), 1);
        const QJsonObject fault = array(faults).at(0).toObject();
        QCOMPARE(fault.value(QStringLiteral("_id")).toString(), id() + QStringLiteral(":task_") + taskId);
        QCOMPARE(fault.value(QStringLiteral("device")).toString(), id());
        QCOMPARE(fault.value(QStringLiteral("channel")).toString(), QStringLiteral("task_") + taskId);
        // TR-069 A.3.2.1: the whole request fails with 9003, each parameter with its reason.
        QCOMPARE(fault.value(QStringLiteral("code")).toString(), QStringLiteral("cwmp.9003"));
        QVERIFY(!fault.value(QStringLiteral("message")).toString().isEmpty());
        const QJsonObject detail = fault.value(QStringLiteral("detail")).toObject();
        QCOMPARE(detail.value(QStringLiteral("faultCode")).toString(), QStringLiteral("9003"));
        const QJsonObject parameter = detail.value(QStringLiteral("setParameterValuesFault")).toArray().at(0).toObject();
        QCOMPARE(parameter.value(QStringLiteral("parameterName")).toString(), QStringLiteral("Device.DeviceInfo.SoftwareVersion"));
        QCOMPARE(parameter.value(QStringLiteral("faultCode")).toString(), QStringLiteral("9008"));
        QVERIFY(QDateTime::fromString(fault.value(QStringLiteral("timestamp")).toString(), Qt::ISODateWithMs).isValid());
        QCOMPARE(fault.value(QStringLiteral("retries")).toInt(), 0);
        m_faultId = fault.value(QStringLiteral("_id")).toString().toUtf8();
    }

    void faultQueryFindsOnlyMatchingFaults_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("count");
        QTest::newRow("all") << QString() << 1;
        QTest::newRow("by device") << QStringLiteral(R"({"device": "%ID%"})") << 1;
        QTest::newRow("other device") << QStringLiteral(R"({"device": "nope"})") << 0;
        QTest::newRow("by code") << QStringLiteral(R"({"code": "cwmp.9003"})") << 1;
        QTest::newRow("other code") << QStringLiteral(R"({"code": "cwmp.9005"})") << 0;
        QTest::newRow("by _id") << QStringLiteral(R"({"_id": "%FAULT%"})") << 1;
        QTest::newRow("channel regex") << QStringLiteral(R"({"channel": {"$regex": "^task_"}})") << 1;
        QTest::newRow("parameter in detail") << QStringLiteral(R"({"detail.faultCode": "9003"})") << 1;
    }

    void faultQueryFindsOnlyMatchingFaults()
    {
        QFETCH(QString, query);
        QFETCH(int, count);
        QVERIFY(!m_faultId.isEmpty());
        query.replace(QLatin1String("%ID%"), id()).replace(QLatin1String("%FAULT%"), QString::fromUtf8(m_faultId));
        const http::Result r = request("GET", "/faults/?query=" + encoded(query.toUtf8()));
        QCOMPARE(r.response.status, 200);
        QCOMPARE(array(r).size(), count);
    }

    void deletingAFaultRemovesItAndItsTask()
    {
        QVERIFY(!m_faultId.isEmpty());
        const QByteArray taskId = m_faultId.mid(m_faultId.lastIndexOf(":task_") + 6);
        QCOMPARE(request("DELETE", "/faults/" + encoded(m_faultId)).response.status, 200);
        QCOMPARE(array(request("GET", "/faults/")).size(), 0);
        QCOMPARE(array(request("GET", "/tasks/?query=" + encoded(R"({"_id": ")" + taskId + R"("})"))).size(), 0);
        QCOMPARE(request("DELETE", "/faults/" + encoded(m_faultId)).response.status, 404);
    }

    void logListsTheDevicesExchangesNewestLast()
    {
        // The store writes in batches: the last session's messages arrive shortly after.
        QJsonArray log;
        QTRY_VERIFY_WITH_TIMEOUT((log = array(request("GET", m_f.devicePath() + "/log?limit=1000"))).size() >= 8, 10000);
        const QJsonObject first = log.first().toObject();
        QCOMPARE(first.value(QStringLiteral("rpc")).toString(), QStringLiteral("Inform"));
        QCOMPARE(first.value(QStringLiteral("direction")).toString(), QStringLiteral("in"));
        QCOMPARE(first.value(QStringLiteral("method")).toString(), QStringLiteral("POST"));
        QVERIFY(first.value(QStringLiteral("body")).toString().contains(QLatin1String("Inform")));
        QVERIFY(first.value(QStringLiteral("headers")).toString().contains(QLatin1String("Content-Type"), Qt::CaseInsensitive));
        QVERIFY(!first.value(QStringLiteral("session")).toString().isEmpty());
        qint64 previous = 0;
        QStringList rpcs;
        for (const QJsonValue &v : std::as_const(log)) {
            const qint64 exchangeId = v.toObject().value(QStringLiteral("_id")).toString().toLongLong();
            QVERIFY(exchangeId > previous);
            previous = exchangeId;
            rpcs << v.toObject().value(QStringLiteral("rpc")).toString();
        }
        QVERIFY2(rpcs.contains(QStringLiteral("SetParameterValues")), qPrintable(rpcs.join(u' ')));
        bool answered = false;
        for (const QJsonValue &v : std::as_const(log))
            answered = answered || v.toObject().value(QStringLiteral("status")).toInt() == 200;
        QVERIFY(answered);

        // limit keeps the newest; session keeps one session, in order.
        const QJsonArray lastTwo = array(request("GET", m_f.devicePath() + "/log?limit=2"));
        QCOMPARE(lastTwo.size(), 2);
        QCOMPARE(lastTwo.at(1), log.last());
        QCOMPARE(lastTwo.at(0), log.at(log.size() - 2));
        const QString session = first.value(QStringLiteral("session")).toString();
        const QJsonArray one = array(request("GET", m_f.devicePath() + "/log?session=" + encoded(session.toUtf8())));
        QVERIFY(one.size() >= 2);
        QVERIFY(one.size() < log.size());
        for (const QJsonValue &v : one)
            QCOMPARE(v.toObject().value(QStringLiteral("session")).toString(), session);
        QCOMPARE(one.first(), first);
        QCOMPARE(array(request("GET", m_f.devicePath() + "/log?session=nope")).size(), 0);
        // Without bodies: the sizes only.
        const QJsonObject bare = array(request("GET", m_f.devicePath() + "/log?limit=1&body=false")).at(0).toObject();
        QVERIFY(!bare.contains(QStringLiteral("body")) || bare.value(QStringLiteral("size")).toInt() == 0);
    }

    void refusesBadRequests_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("allow"); // the Allow header of a 405

        const QByteArray none;
        QTest::newRow("device query not json") << QByteArray("GET") << QByteArray("/devices/?query=" + encoded("{_id: ")) << none << 400 << none;
        QTest::newRow("task query operator") << QByteArray("GET") << QByteArray("/tasks/?query=" + encoded(R"({"_id": {"$where": "1"}})"))
                                             << none << 400 << none;
        QTest::newRow("fault query not json") << QByteArray("GET") << QByteArray("/faults/?query=" + encoded("[")) << none << 400 << none;
        QTest::newRow("file query not json") << QByteArray("GET") << QByteArray("/files/?query=" + encoded("{")) << none << 400 << none;
        QTest::newRow("task unknown name") << QByteArray("POST") << QByteArray("%TASKS%") << QByteArray(R"({"name": "launchRockets"})") << 400 << none;
        QTest::newRow("task without name") << QByteArray("POST") << QByteArray("%TASKS%") << QByteArray(R"({"parameterNames": ["Device."]})") << 400 << none;
        QTest::newRow("task missing arguments") << QByteArray("POST") << QByteArray("%TASKS%") << QByteArray(R"({"name": "getParameterValues"})") << 400 << none;
        QTest::newRow("task not json") << QByteArray("POST") << QByteArray("%TASKS%") << QByteArray("name=reboot") << 400 << none;
        QTest::newRow("task timeout not a number") << QByteArray("POST") << QByteArray("%TASKS%?timeout=soon") << QByteArray(R"({"name": "reboot"})") << 400 << none;
        QTest::newRow("log limit zero") << QByteArray("GET") << QByteArray("%DEVICE%/log?limit=0") << none << 400 << none;
        QTest::newRow("log limit not a number") << QByteArray("GET") << QByteArray("%DEVICE%/log?limit=all") << none << 400 << none;
        QTest::newRow("task for unknown device") << QByteArray("POST") << QByteArray("/devices/NOPE-Gateway-0000/tasks?connection_request")
                                                 << QByteArray(R"({"name": "reboot"})") << 404 << none;
        QTest::newRow("delete unknown device") << QByteArray("DELETE") << QByteArray("/devices/NOPE-Gateway-0000") << none << 404 << none;
        QTest::newRow("log of unknown device") << QByteArray("GET") << QByteArray("/devices/NOPE-Gateway-0000/log") << none << 404 << none;
        QTest::newRow("events of unknown device") << QByteArray("GET") << QByteArray("/events?device=NOPE-Gateway-0000") << none << 404 << none;
        QTest::newRow("fault id without channel") << QByteArray("DELETE") << QByteArray("/faults/nope") << none << 404 << none;
        QTest::newRow("fault of unknown task") << QByteArray("DELETE") << QByteArray("/faults/%ENCODED_ID%:task_999999") << none << 404 << none;
        QTest::newRow("fault of another channel") << QByteArray("DELETE") << QByteArray("/faults/%ENCODED_ID%:default") << none << 404 << none;
        QTest::newRow("unknown task") << QByteArray("DELETE") << QByteArray("/tasks/999999") << none << 404 << none;
        QTest::newRow("unknown collection") << QByteArray("GET") << QByteArray("/presets/") << none << 404 << none;
        QTest::newRow("patch devices") << QByteArray("PATCH") << QByteArray("/devices/") << none << 405 << QByteArray("GET");
        QTest::newRow("post faults") << QByteArray("POST") << QByteArray("/faults/") << none << 405 << QByteArray("GET");
        QTest::newRow("put a fault") << QByteArray("PUT") << QByteArray("/faults/x:task_1") << none << 405 << QByteArray("DELETE");
        QTest::newRow("post the log") << QByteArray("POST") << QByteArray("%DEVICE%/log") << none << 405 << QByteArray("GET");
        QTest::newRow("post events") << QByteArray("POST") << QByteArray("/events") << none << 405 << QByteArray("GET");
        QTest::newRow("get a file") << QByteArray("GET") << QByteArray("/files/x.bin") << none << 405 << QByteArray("PUT, DELETE");
        QTest::newRow("get tasks of a device") << QByteArray("GET") << QByteArray("%TASKS%") << none << 405 << QByteArray("POST");
    }

    void refusesBadRequests()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, target);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QByteArray, allow);
        target.replace("%TASKS%", m_f.tasksPath()).replace("%DEVICE%", m_f.devicePath()).replace("%ENCODED_ID%", encoded(id().toUtf8()));
        const int tasksBefore = int(m_f.engine().tasks().all().size());
        const http::Result r = request(method, target, body);
        QCOMPARE(r.response.status, status);
        QVERIFY(r.response.headers.value("Content-Type").value_or(QByteArray()).startsWith("application/json"));
        QVERIFY2(!object(r).value(QStringLiteral("error")).toString().isEmpty(), r.response.body.constData());
        QCOMPARE(r.response.headers.value("Allow").value_or(QByteArray()), allow);
        QCOMPARE(int(m_f.engine().tasks().all().size()), tasksBefore);
    }

    void tasksAreListedByDevice()
    {
        const http::Result r = request("GET", "/tasks/?query=" + encoded(R"({"device": ")" + id().toUtf8() + R"("})"));
        QCOMPARE(r.response.status, 200);
        const QJsonArray tasks = array(r);
        QVERIFY(tasks.size() >= 2);
        for (const QJsonValue &t : tasks)
            QCOMPARE(t.toObject().value(QStringLiteral("device")).toString(), id());
        const http::Result sets = request("GET", "/tasks/?query=" + encoded(R"({"name": "setParameterValues", "state": "done"})"));
        QCOMPARE(array(sets).size(), 1);
        QCOMPARE(request("GET", "/tasks/?query=" + encoded(R"({"device": "nope"})")).response.body, QByteArray("[]"));
    }

    void taskNotFinishedInTimeIsAcceptedThenCancelledAndRetried()
    {
        QVERIFY(m_f.waitForIdleDevice());
        const QByteArray body = R"({"name": "getParameterValues", "parameterNames": ["Device.DeviceInfo.UpTime"]})";
        const http::Result r = request("POST", m_f.tasksPath() + "?timeout=200", body);
        QCOMPARE(r.response.status, 202);
        const QByteArray taskId = object(r).value(QStringLiteral("_id")).toString().toUtf8();
        QCOMPARE(object(r).value(QStringLiteral("state")).toString(), QStringLiteral("queued"));

        const http::Result cancelled = request("DELETE", "/tasks/" + taskId);
        QCOMPARE(cancelled.response.status, 200);
        QCOMPARE(object(cancelled).value(QStringLiteral("state")).toString(), QStringLiteral("cancelled"));
        QCOMPARE(request("DELETE", "/tasks/" + taskId).response.status, 409);
        QCOMPARE(request("POST", "/tasks/999999/retry").response.status, 404);

        const http::Result retried = request("POST", "/tasks/" + taskId + "/retry");
        QCOMPARE(retried.response.status, 200);
        QCOMPARE(object(retried).value(QStringLiteral("state")).toString(), QStringLiteral("queued"));
        QCOMPARE(request("POST", "/tasks/" + taskId + "/retry").response.status, 409);
        QCOMPARE(request("DELETE", "/tasks/" + taskId).response.status, 200);
    }

    void listsAndStoresFiles()
    {
        const QByteArray content = "CWMP-SIM-FIRMWARE version=3.0.0\n" + QByteArray(4096, 'F');
        http::Headers headers;
        headers.set("Content-Type", "application/octet-stream");
        headers.set("fileType", "1 Firmware Upgrade Image");
        headers.set("oui", device().deviceId.oui.toUtf8());
        headers.set("version", "3.0.0");
        QCOMPARE(request("PUT", "/files/gw-3.0.0.bin", content, headers).response.status, 201);
        QCOMPARE(request("PUT", "/files/..", content, headers).response.status, 400);
        QCOMPARE(request("PUT", "/files/.hidden", content, headers).response.status, 400);

        const http::Result list = request("GET", "/files/");
        QCOMPARE(list.response.status, 200);
        const QJsonArray files = array(list);
        QCOMPARE(files.size(), 1);
        const QJsonObject f = files.at(0).toObject();
        QCOMPARE(f.value(QStringLiteral("_id")).toString(), QStringLiteral("gw-3.0.0.bin"));
        QCOMPARE(f.value(QStringLiteral("length")).toInteger(), content.size());
        QCOMPARE(f.value(QStringLiteral("sha256")).toString().toLatin1(), QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
        const QJsonObject metadata = f.value(QStringLiteral("metadata")).toObject();
        QCOMPARE(metadata.value(QStringLiteral("fileType")).toString(), QStringLiteral("1 Firmware Upgrade Image"));
        QCOMPARE(metadata.value(QStringLiteral("version")).toString(), QStringLiteral("3.0.0"));
        QVERIFY(m_f.files().file(QStringLiteral("gw-3.0.0.bin")).has_value());
        QCOMPARE(array(request("GET", "/files/?query=" + encoded(R"({"metadata.version": "3.0.0"})"))).size(), 1);
        QCOMPARE(array(request("GET", "/files/?query=" + encoded(R"({"filename": "other.bin"})"))).size(), 0);

        QCOMPARE(request("DELETE", "/files/gw-3.0.0.bin").response.status, 200);
        QCOMPARE(request("DELETE", "/files/gw-3.0.0.bin").response.status, 404);
        QCOMPARE(array(request("GET", "/files/")).size(), 0);
        QCOMPARE(filesOnDisk(), QStringList());
    }

    void largeFileIsStreamedToDiskWithItsHash()
    {
        // Larger than the buffered-body limit: only a streamed PUT can take it.
        QByteArray content(int(api::ApiServer::kMaxBodyBytes + 1024 * 1024), Qt::Uninitialized);
        for (qsizetype i = 0; i < content.size(); ++i)
            content[i] = char((i * 7919) >> 3);
        const http::Result put = request("PUT", "/files/big.img", content);
        QVERIFY2(put.ok, qPrintable(put.error));
        QCOMPARE(put.response.status, 201);
        const QByteArray sha = QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex();
        QCOMPARE(object(put).value(QStringLiteral("sha256")).toString().toLatin1(), sha);
        const std::optional<acs::ServedFile> stored = m_f.files().file(QStringLiteral("big.img"));
        QVERIFY(stored.has_value());
        QCOMPARE(stored->sha256, sha);
        QCOMPARE(stored->size, content.size());
        QFile file(stored->path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll() == content);
        QCOMPARE(filesOnDisk(), QStringList{QStringLiteral("big.img")}); // no temporary file left
        QCOMPARE(request("DELETE", "/files/big.img").response.status, 200);
    }

    void fileOverTheLimitIsRefusedAndLeavesNothing_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QByteArray>("body");
        const QByteArray big(3000, 'x');
        QTest::newRow("declared length") << QByteArray("Content-Length: 3000\r\n") << big;
        QTest::newRow("chunked") << QByteArray("Transfer-Encoding: chunked\r\n")
                                 << QByteArray("400\r\n" + QByteArray(1024, 'x') + "\r\n" + "400\r\n" + QByteArray(1024, 'x') + "\r\n"
                                               + "400\r\n" + QByteArray(1024, 'x') + "\r\n0\r\n\r\n");
    }

    void fileOverTheLimitIsRefusedAndLeavesNothing()
    {
        QFETCH(QByteArray, head);
        QFETCH(QByteArray, body);
        m_f.api().setMaxFileBytes(2048); // for the new connection below
        const QByteArray answer = rawExchange("PUT /files/too-big.bin HTTP/1.1\r\nHost: api\r\n" + head + "\r\n" + body);
        m_f.api().setMaxFileBytes(api::ApiServer::kDefaultMaxFileBytes);
        QVERIFY2(answer.startsWith("HTTP/1.1 413 "), answer.constData());
        QTRY_COMPARE(filesOnDisk(), QStringList());
        QVERIFY(!m_f.files().file(QStringLiteral("too-big.bin")).has_value());
    }

    void jsonBodyOverTheLimitIsRefused()
    {
        const QByteArray answer = rawExchange("POST " + m_f.tasksPath() + " HTTP/1.1\r\nHost: api\r\nContent-Type: application/json\r\n"
                                              "Content-Length: " + QByteArray::number(api::ApiServer::kMaxBodyBytes + 1) + "\r\n\r\n{");
        QVERIFY2(answer.startsWith("HTTP/1.1 413 "), answer.constData());
    }

    void interruptedUploadLeavesNothing()
    {
        if (!QFileInfo::exists(QStringLiteral("/proc/self/fd")))
            QSKIP("needs /proc/self/fd to see the file being written");
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_f.api().serverPort());
        QVERIFY(socket.waitForConnected(5000));
        socket.write("PUT /files/half.bin HTTP/1.1\r\nHost: api\r\nContent-Length: 100000\r\n\r\n" + QByteArray(50000, 'h'));
        // Half of it is being written, beside its final name (or, where the kernel offers
        // O_TMPFILE, nameless until it is complete)...
        QTRY_VERIFY(openFilesBelow(m_f.workspace().filesDirectory()) > 0);
        QVERIFY(!filesOnDisk().contains(QStringLiteral("half.bin")));
        // ...and goes when the client does.
        socket.abort();
        QTRY_COMPARE(openFilesBelow(m_f.workspace().filesDirectory()), 0);
        QCOMPARE(filesOnDisk(), QStringList());
        QVERIFY(!m_f.files().file(QStringLiteral("half.bin")).has_value());
        QCOMPARE(array(request("GET", "/files/")).size(), 0);
    }

    void configuredTokenIsRequired()
    {
        api::ApiServer guarded(&m_f.engine(), &m_f.files());
        guarded.setToken(QStringLiteral("s3cret-token"));
        QVERIFY(guarded.listen(QHostAddress::LocalHost, 0));
        http::HttpClient client(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(guarded.serverPort())));
        http::Request r;
        r.method = "GET";
        r.target = "/faults/";
        QCOMPARE(acstest::sendAndWait(client, r).response.status, 401);
        r.headers.set("Authorization", "Bearer wrong-token!");
        QCOMPARE(acstest::sendAndWait(client, r).response.status, 401);
        r.headers.set("Authorization", "Bearer s3cret-token");
        r.target = "/devices/";
        const http::Result ok = acstest::sendAndWait(client, r);
        QCOMPARE(ok.response.status, 200);
        QCOMPARE(QJsonDocument::fromJson(ok.response.body).array().size(), 1);
    }

    void refusesToListenBeyondLoopbackWithoutAToken()
    {
        api::ApiServer open(&m_f.engine(), &m_f.files());
        QVERIFY(!open.listen(QHostAddress::AnyIPv4, 0));
        QVERIFY(open.errorString().contains(QLatin1String("token")));
        QVERIFY(!open.isListening());
    }

    void deletingTheDeviceForgetsIt()
    {
        QVERIFY(m_f.waitForIdleDevice());
        QCOMPARE(request("DELETE", m_f.devicePath()).response.status, 200);
        QCOMPARE(request("DELETE", m_f.devicePath()).response.status, 404);
        QCOMPARE(array(request("GET", "/devices/?query=" + idQuery())).size(), 0);
        QCOMPARE(request("GET", m_f.devicePath() + "/log").response.status, 404);
    }
};

QTEST_GUILESS_MAIN(ApiServerTest)
#include "tst_apiserver.moc"
