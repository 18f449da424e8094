// The data-model routes over a real AcsService: a workspace in a temporary folder, the API
// on 127.0.0.1 (port 0), the real simulator as the device; import over the API, the
// device's matched model, and its conformance report in the three formats.

#include "acs/acstestclient.h"

#include <service/acsservice.h>

#include <support/testpaths.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

using service::AcsService;

class TestDataModelRoutes : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AcsService> m_service;
    std::unique_ptr<http::HttpClient> m_client;
    std::unique_ptr<QProcess> m_sim;
    QString m_id;

    http::Result request(const QByteArray &method, const QByteArray &target, const QByteArray &body = {})
    {
        http::Request r;
        r.method = method;
        r.target = target;
        r.body = body;
        if (!body.isEmpty())
            r.headers.set("Content-Type", "application/json");
        return acstest::sendAndWait(*m_client, r, 120000);
    }
    static QJsonObject object(const http::Result &r) { return QJsonDocument::fromJson(r.response.body).object(); }
    QByteArray devicePath() const { return "/devices/" + QUrl::toPercentEncoding(m_id); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (!QFile::exists(testsupport::simulatorPath()))
            QSKIP("cwmp-cpe-sim is not built next to the test");
        m_service = std::make_unique<AcsService>();
        std::optional<QString> opened;
        m_service->open(m_dir.filePath(QStringLiteral("ws")), [&](bool ok, const QString &error) { opened = ok ? QString() : error; });
        QTRY_VERIFY_WITH_TIMEOUT(opened.has_value(), 20000);
        QVERIFY2(opened->isEmpty(), qPrintable(*opened));
        service::ServiceSettings s;
        s.acs.address = QHostAddress::LocalHost;
        s.acs.port = 0;
        s.acs.crMinIntervalMs = 0;
        s.apiEnabled = true;
        s.apiPort = 0;
        QString error;
        QVERIFY2(m_service->apply(s, &error), qPrintable(error));
        m_client = std::make_unique<http::HttpClient>(QUrl(m_service->apiUrl()));

        const acs::GeneratedCredentials c = m_service->generatedCredentials();
        m_sim = std::make_unique<QProcess>();
        m_sim->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_sim->start(testsupport::simulatorPath(),
                     {QStringLiteral("--acs"), m_service->localUrl(), QStringLiteral("--username"), c.cpeUsername,
                      QStringLiteral("--password"), c.cpePassword, QStringLiteral("--cr-port"), QStringLiteral("0"),
                      QStringLiteral("--cr-username"), c.crUsername, QStringLiteral("--cr-password"), c.crPassword,
                      QStringLiteral("--serial-base"), QStringLiteral("DMAPI001"), QStringLiteral("--state-dir"),
                      m_dir.filePath(QStringLiteral("state")), QStringLiteral("--log"), QStringLiteral("error")});
        QVERIFY(m_sim->waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(!m_service->engine().devices().ids().isEmpty(), 15000);
        m_id = m_service->engine().devices().ids().constFirst();
    }

    void cleanupTestCase()
    {
        if (m_sim) {
            m_sim->terminate();
            m_sim->waitForFinished(5000);
        }
    }

    void listsNothingBeforeAnImport()
    {
        const http::Result r = request("GET", "/datamodels");
        QCOMPARE(r.response.status, 200);
        QCOMPARE(QJsonDocument::fromJson(r.response.body).array().size(), 0);
        const http::Result m = request("GET", devicePath() + "/datamodel");
        QCOMPARE(m.response.status, 200);
        QVERIFY(object(m).value(QLatin1String("model")).isNull());
        QCOMPARE(request("GET", devicePath() + "/conformance").response.status, 409);
    }

    void refusesBadImportRequests_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::newRow("not JSON") << QByteArray("path=/tmp") << 400;
        QTest::newRow("no path") << QByteArray("{}") << 400;
        QTest::newRow("relative path") << QByteArray(R"({"path": "datamodels/tr-181.xml"})") << 400;
        QTest::newRow("missing file") << QByteArray(R"({"path": "/nonexistent/tr-181.xml"})") << 404;
    }
    void refusesBadImportRequests()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        const http::Result r = request("POST", "/datamodels/import", body);
        QCOMPARE(r.response.status, status);
        QVERIFY(!object(r).value(QLatin1String("error")).toString().isEmpty());
        QCOMPARE(request("GET", "/datamodels/import").response.status, 405);
    }

    void importsAFileAndListsIt()
    {
        REQUIRE_SHARED_DIR();
        const QString file = testsupport::sharedFile(QStringLiteral("datamodels/tr-181-2-19-1-cwmp-full.xml"));
        const QJsonObject body{{QStringLiteral("path"), file}};
        const http::Result r = request("POST", "/datamodels/import", QJsonDocument(body).toJson());
        QCOMPARE(r.response.status, 200);
        QVERIFY(object(r).value(QLatin1String("ok")).toBool());

        const QJsonArray models = QJsonDocument::fromJson(request("GET", "/datamodels").response.body).array();
        QCOMPARE(models.size(), 1);
        const QJsonObject m = models.first().toObject();
        QCOMPARE(m.value(QLatin1String("key")).toString(), QStringLiteral("Device:2.19"));
        QCOMPARE(m.value(QLatin1String("name")).toString(), QStringLiteral("Device"));
        QCOMPARE(m.value(QLatin1String("version")).toString(), QStringLiteral("2.19"));
        QVERIFY(m.value(QLatin1String("objects")).toInt() > 500);
        QVERIFY(m.value(QLatin1String("parameters")).toInt() > 5000);
        QCOMPARE(m.value(QLatin1String("sourceFiles")).toArray().first().toString(), file);

        const QJsonObject matched = object(request("GET", devicePath() + "/datamodel"));
        QCOMPARE(matched.value(QLatin1String("model")).toString(), QStringLiteral("Device:2.19"));
        QVERIFY(matched.value(QLatin1String("override")).isNull());
        QVERIFY(!matched.value(QLatin1String("reason")).toString().isEmpty());
    }

    void reportsConformanceInEveryFormat()
    {
        REQUIRE_SHARED_DIR();
        // The whole tree first: a check of a partly read tree reports what was not read.
        acs::AcsEngine &engine = m_service->engine();
        QString why;
        const std::optional<acs::Task> task = engine.queueTask(m_id, QStringLiteral("refreshObject"),
                                                               QJsonObject{{QStringLiteral("objectName"), QString()}}, &why);
        QVERIFY2(task, qPrintable(why));
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const std::optional<acs::Task> t = engine.tasks().find(task->id);
                if (t && t->state == acs::TaskState::Queued && !engine.isInSession(m_id))
                    engine.connectionRequest(m_id);
                return t && t->state == acs::TaskState::Done;
            }(),
            60000);

        const http::Result json = request("GET", devicePath() + "/conformance?format=json");
        QCOMPARE(json.response.status, 200);
        const QJsonObject report = object(json);
        QCOMPARE(report.value(QLatin1String("model")).toString(), QStringLiteral("Device:2.19"));
        QCOMPARE(report.value(QLatin1String("errors")).toInt(), 0);
        QVERIFY(report.value(QLatin1String("parameters")).toInt() > 1000);

        const http::Result html = request("GET", devicePath() + "/conformance?format=html");
        QCOMPARE(html.response.status, 200);
        QVERIFY(html.response.headers.value("Content-Type").value_or(QByteArray()).startsWith("text/html"));
        QVERIFY(html.response.body.startsWith("<!DOCTYPE html>"));

        const http::Result csv = request("GET", devicePath() + "/conformance?format=csv");
        QCOMPARE(csv.response.status, 200);
        QVERIFY(csv.response.headers.value("Content-Type").value_or(QByteArray()).startsWith("text/csv"));
        QVERIFY(csv.response.body.startsWith("path,category,severity,expected,actual,message\r\n"));

        QCOMPARE(request("GET", devicePath() + "/conformance?format=xml").response.status, 400);
        QCOMPARE(request("GET", "/devices/nobody/conformance").response.status, 404);
        QCOMPARE(request("GET", "/devices/nobody/datamodel").response.status, 404);
    }
};

QTEST_GUILESS_MAIN(TestDataModelRoutes)
#include "tst_datamodelroutes.moc"
