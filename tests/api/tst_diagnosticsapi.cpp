// The diagnostics routes of the API end to end: the whole service as the headless mode runs
// it (a workspace in a temporary folder, the engine, the built-in TR-143 and UDP echo
// servers, the API), the real cwmp-cpe-sim as the device measuring for real on loopback,
// and an HTTP client on 127.0.0.1 that starts runs and polls them to their end.

#include "acs/acstestclient.h"

#include <service/acsservice.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

#include <support/testpaths.h>

#include <memory>
#include <optional>

namespace {

constexpr int kRunTimeoutMs = 45'000;

QJsonObject object(const http::Result &r)
{
    return QJsonDocument::fromJson(r.response.body).object();
}

QJsonArray array(const http::Result &r)
{
    return QJsonDocument::fromJson(r.response.body).array();
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bool isFinishedState(const QString &state)
{
    return state != u"setting" && state != u"waiting" && state != u"reading";
}

} // namespace

class DiagnosticsApiTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<service::AcsService> m_service;
    std::unique_ptr<http::HttpClient> m_client;
    std::unique_ptr<QProcess> m_sim;
    QString m_id;
    qint64 m_pingRun = 0;
    qint64 m_downloadRun = 0;

    http::Result request(const QByteArray &method, const QByteArray &target, const QByteArray &body = {})
    {
        http::Request r;
        r.method = method;
        r.target = target;
        r.body = body;
        if (!body.isEmpty())
            r.headers.set("Content-Type", "application/json");
        return acstest::sendAndWait(*m_client, r, 30'000);
    }

    QByteArray diagnosticsPath() const
    {
        return "/devices/" + QUrl::toPercentEncoding(m_id) + "/diagnostics";
    }

    // Polls GET .../diagnostics/<run> until the run has ended; its last document.
    QJsonObject waitForEnd(qint64 run)
    {
        QJsonObject doc;
        (void)QTest::qWaitFor([&] {
            const http::Result r = request("GET", diagnosticsPath() + '/' + QByteArray::number(run));
            doc = object(r);
            return r.response.status != 200 || isFinishedState(doc.value(QLatin1String("state")).toString());
        }, kRunTimeoutMs);
        return doc;
    }

    static QByteArray describe(const QJsonObject &doc)
    {
        return QJsonDocument(doc).toJson(QJsonDocument::Compact).left(2000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (!QFile::exists(testsupport::simulatorPath()))
            QSKIP("cwmp-cpe-sim is not built next to the test");
        m_service = std::make_unique<service::AcsService>();
        std::optional<QString> opened;
        m_service->open(m_dir.filePath(QStringLiteral("workspace")),
                        [&](bool ok, const QString &why) { opened = ok ? QString() : why; });
        QVERIFY(QTest::qWaitFor([&] { return opened.has_value(); }, 20'000));
        QVERIFY2(opened->isEmpty(), qPrintable(*opened));

        service::ServiceSettings s;
        s.acs.address = QHostAddress::LocalHost;
        s.acs.port = 0;
        s.acs.authMode = acs::CpeAuthMode::None;
        s.acs.crUsername = QStringLiteral("acs");
        s.acs.crPassword = QStringLiteral("cr-secret");
        s.acs.crMinIntervalMs = 0;
        // The default hold: a diagnostic must not wait for it (the engine ends the session
        // after the request, TR-069 A.4.1), or the runs below would each take 20 s longer.
        s.acs.session.holdMs = 20'000;
        s.crCredentialsGiven = true;
        s.apiEnabled = true;
        s.apiAddress = QHostAddress::LocalHost;
        s.apiPort = 0;
        QString error;
        QVERIFY2(m_service->apply(s, &error), qPrintable(error));
        QVERIFY(m_service->tr143().port() != 0);
        QVERIFY(m_service->udpEcho().port() != 0);
        QVERIFY(m_service->testServerError().isEmpty());
        m_client = std::make_unique<http::HttpClient>(QUrl(m_service->apiUrl()));

        m_sim = std::make_unique<QProcess>();
        m_sim->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_sim->start(testsupport::simulatorPath(),
                     {QStringLiteral("--acs"), m_service->localUrl(), QStringLiteral("--cr-port"), QStringLiteral("0"),
                      QStringLiteral("--cr-username"), QStringLiteral("acs"), QStringLiteral("--cr-password"),
                      QStringLiteral("cr-secret"), QStringLiteral("--serial-base"), QStringLiteral("DAPI01"),
                      QStringLiteral("--periodic-interval"), QStringLiteral("3600"), QStringLiteral("--state-dir"),
                      m_dir.filePath(QStringLiteral("state")), QStringLiteral("--log"), QStringLiteral("warn")});
        QVERIFY(m_sim->waitForStarted());
        QVERIFY(QTest::qWaitFor([&] { return !m_service->engine().devices().ids().isEmpty(); }, 20'000));
        m_id = m_service->engine().devices().ids().constFirst();
    }

    void cleanupTestCase()
    {
        if (m_sim) {
            m_sim->terminate();
            m_sim->waitForFinished(5000);
        }
        m_client.reset();
        m_service.reset();
    }

    void unknownDeviceIsNotFound()
    {
        const http::Result r = request("POST", "/devices/no-such-device/diagnostics/ipping", "{}");
        QCOMPARE(r.response.status, 404);
        QVERIFY(!object(r).value(QLatin1String("error")).toString().isEmpty());
        QCOMPARE(request("GET", diagnosticsPath() + "/999999").response.status, 404);
        QCOMPARE(request("DELETE", diagnosticsPath() + "/999999").response.status, 404);
    }

    void badRequestsSayWhy_data()
    {
        QTest::addColumn<QByteArray>("kind");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("reason");
        QTest::newRow("unknown kind") << QByteArray("speedtest") << QByteArray("{}") << QStringLiteral("not a diagnostic");
        QTest::newRow("not JSON") << QByteArray("ipping") << QByteArray("{inputs") << QStringLiteral("JSON");
        QTest::newRow("inputs not an object") << QByteArray("ipping") << QByteArray(R"({"inputs": [1]})") << QStringLiteral("inputs");
        QTest::newRow("input value a list") << QByteArray("ipping") << QByteArray(R"({"inputs": {"Host": ["a"]}})") << QStringLiteral("Host");
        QTest::newRow("input with a path") << QByteArray("ipping") << QByteArray(R"({"inputs": {"X.Host": "a"}})") << QStringLiteral("X.Host");
        QTest::newRow("empty target") << QByteArray("nslookup") << QByteArray(R"({"inputs": {"HostName": ""}})") << QStringLiteral("HostName");
        QTest::newRow("repeat without count") << QByteArray("ipping") << QByteArray(R"({"repeat": {"intervalSeconds": 5}})") << QStringLiteral("count");
        QTest::newRow("unknown field") << QByteArray("ipping") << QByteArray(R"({"input": {}})") << QStringLiteral("input");
    }

    void badRequestsSayWhy()
    {
        QFETCH(QByteArray, kind);
        QFETCH(QByteArray, body);
        QFETCH(QString, reason);
        const http::Result r = request("POST", diagnosticsPath() + '/' + kind, body);
        QCOMPARE(r.response.status, 400);
        const QString error = object(r).value(QLatin1String("error")).toString();
        QVERIFY2(error.contains(reason), qPrintable(error));
    }

    void pingToLoopbackReportsRoundTrips()
    {
        const http::Result posted = request(
            "POST", diagnosticsPath() + "/ipping",
            json({{QStringLiteral("inputs"), QJsonObject{{QStringLiteral("Host"), QStringLiteral("127.0.0.1")},
                                                         {QStringLiteral("NumberOfRepetitions"), 3}}}}));
        QCOMPARE(posted.response.status, 201);
        const QJsonObject started = object(posted);
        m_pingRun = started.value(QLatin1String("run")).toInteger();
        QVERIFY(m_pingRun > 0);
        QCOMPARE(started.value(QLatin1String("id")).toInteger(), m_pingRun);
        QCOMPARE(started.value(QLatin1String("kind")).toString(), QStringLiteral("ipping"));
        QVERIFY(!isFinishedState(started.value(QLatin1String("state")).toString()));
        const QJsonObject inputs = started.value(QLatin1String("inputs")).toObject();
        QCOMPARE(inputs.value(QLatin1String("NumberOfRepetitions")).toString(), QStringLiteral("3"));
        QCOMPARE(inputs.value(QLatin1String("Timeout")).toString(), QStringLiteral("1000")); // a default

        QElapsedTimer clock;
        clock.start();
        const QJsonObject doc = waitForEnd(m_pingRun);
        QVERIFY2(doc.value(QLatin1String("state")).toString() == u"complete", describe(doc));
        // The session is released right after the request, not after the 20 s hold.
        QVERIFY2(clock.elapsed() < 15'000, qPrintable(QStringLiteral("took %1 ms").arg(clock.elapsed())));
        const QJsonObject figures = doc.value(QLatin1String("figures")).toObject();
        QCOMPARE(figures.value(QLatin1String("successCount")).toDouble(), 3.0);
        QCOMPARE(figures.value(QLatin1String("lossPercent")).toDouble(), 0.0);
        QVERIFY(figures.value(QLatin1String("rttAvgMs")).toDouble() > 0);
        QVERIFY(doc.value(QLatin1String("outcome")).toString().contains(QLatin1String("3 of 3")));
        QCOMPARE(doc.value(QLatin1String("results")).toObject().value(QLatin1String("Device.IP.Diagnostics.IPPing.SuccessCount")).toString(),
                 QStringLiteral("3"));
        QVERIFY(QDateTime::fromString(doc.value(QLatin1String("started")).toString(), Qt::ISODateWithMs).isValid());
        QVERIFY(QDateTime::fromString(doc.value(QLatin1String("finished")).toString(), Qt::ISODateWithMs).isValid());
        QVERIFY(doc.value(QLatin1String("series")).isObject());
        QVERIFY(doc.value(QLatin1String("tables")).toObject().value(QLatin1String("hops")).isArray());
    }

    void downloadAgreesWithTheBuiltInServer()
    {
        // No inputs at all: the URL of the built-in server, as the device sees this laptop.
        const http::Result posted = request("POST", diagnosticsPath() + "/download");
        QCOMPARE(posted.response.status, 201);
        const QJsonObject started = object(posted);
        m_downloadRun = started.value(QLatin1String("run")).toInteger();
        const QString url = started.value(QLatin1String("inputs")).toObject().value(QLatin1String("DownloadURL")).toString();
        QCOMPARE(QUrl(url).port(), int(m_service->tr143().port()));
        QCOMPARE(QUrl(url).host(), QStringLiteral("127.0.0.1"));

        const QJsonObject doc = waitForEnd(m_downloadRun);
        QVERIFY2(doc.value(QLatin1String("state")).toString() == u"complete", describe(doc));
        const double reported = doc.value(QLatin1String("figures")).toObject().value(QLatin1String("testBytes")).toDouble();
        QVERIFY(doc.value(QLatin1String("figures")).toObject().value(QLatin1String("throughputBps")).toDouble() > 0);
        QVERIFY(!doc.value(QLatin1String("tables")).toObject().value(QLatin1String("connections")).toArray().isEmpty());

        const http::Result servers = request("GET", "/diagnostics/servers");
        QCOMPARE(servers.response.status, 200);
        const QJsonObject tr143 = object(servers).value(QLatin1String("tr143")).toObject();
        QVERIFY(tr143.value(QLatin1String("listening")).toBool());
        QCOMPARE(tr143.value(QLatin1String("port")).toInt(), int(m_service->tr143().port()));
        const QJsonArray transfers = tr143.value(QLatin1String("transfers")).toArray();
        QCOMPARE(transfers.size(), 1);
        const QJsonObject seen = transfers.at(0).toObject();
        QCOMPARE(seen.value(QLatin1String("direction")).toString(), QStringLiteral("download"));
        QVERIFY(seen.value(QLatin1String("complete")).toBool());
        const double served = seen.value(QLatin1String("bytes")).toDouble();
        QCOMPARE(served, 10'000'000.0);
        QVERIFY2(std::abs(reported - served) <= served * 0.01,
                 qPrintable(QStringLiteral("device %1 bytes, server %2").arg(reported).arg(served)));
        const QJsonObject echo = object(servers).value(QLatin1String("udpEcho")).toObject();
        QCOMPARE(echo.value(QLatin1String("port")).toInt(), int(m_service->udpEcho().port()));
    }

    void historyListsRunsNewestFirst()
    {
        QVERIFY(m_pingRun > 0 && m_downloadRun > 0);
        http::Result r = request("GET", diagnosticsPath());
        QCOMPARE(r.response.status, 200);
        QJsonArray runs = array(r);
        QVERIFY(runs.size() >= 2);
        QCOMPARE(runs.at(0).toObject().value(QLatin1String("id")).toInteger(), m_downloadRun);
        QCOMPARE(runs.at(1).toObject().value(QLatin1String("id")).toInteger(), m_pingRun);
        QCOMPARE(runs.at(1).toObject().value(QLatin1String("state")).toString(), QStringLiteral("complete"));
        QCOMPARE(runs.at(1).toObject().value(QLatin1String("figures")).toObject().value(QLatin1String("successCount")).toDouble(), 3.0);

        r = request("GET", diagnosticsPath() + "?kind=ipping");
        runs = array(r);
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.at(0).toObject().value(QLatin1String("kind")).toString(), QStringLiteral("ipping"));
        QCOMPARE(array(request("GET", diagnosticsPath() + "?limit=1")).size(), 1);
        QCOMPARE(request("GET", diagnosticsPath() + "?kind=speedtest").response.status, 400);
        QCOMPARE(request("GET", diagnosticsPath() + "?limit=0").response.status, 400);
    }

    void repeatRunsTheTestAgain()
    {
        const http::Result posted = request(
            "POST", diagnosticsPath() + "/ipping",
            json({{QStringLiteral("inputs"), QJsonObject{{QStringLiteral("NumberOfRepetitions"), 2}}},
                  {QStringLiteral("repeat"), QJsonObject{{QStringLiteral("intervalSeconds"), 0}, {QStringLiteral("count"), 2}}}}));
        QCOMPARE(posted.response.status, 201);
        const QJsonObject started = object(posted);
        const qint64 repeat = started.value(QLatin1String("repeat")).toInteger();
        QVERIFY(repeat > 0);
        QCOMPARE(started.value(QLatin1String("count")).toInt(), 2);
        const QJsonArray first = started.value(QLatin1String("runs")).toArray();
        QCOMPARE(first.size(), 1);
        // The default target: this laptop as the device reached it.
        QCOMPARE(first.at(0).toObject().value(QLatin1String("inputs")).toObject().value(QLatin1String("Host")).toString(),
                 QStringLiteral("127.0.0.1"));

        const QByteArray list = diagnosticsPath() + "?repeat=" + QByteArray::number(repeat);
        QJsonArray runs;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                runs = array(request("GET", list));
                return runs.size() == 2 && isFinishedState(runs.at(0).toObject().value(QLatin1String("state")).toString())
                       && isFinishedState(runs.at(1).toObject().value(QLatin1String("state")).toString());
            }(),
            kRunTimeoutMs * 2);
        for (const QJsonValue &run : std::as_const(runs)) {
            QCOMPARE(run.toObject().value(QLatin1String("state")).toString(), QStringLiteral("complete"));
            QCOMPARE(run.toObject().value(QLatin1String("repeat")).toObject().value(QLatin1String("id")).toInteger(), repeat);
        }
        QCOMPARE(runs.at(0).toObject().value(QLatin1String("repeat")).toObject().value(QLatin1String("index")).toInt(), 2);
    }

    // Last: the cancelled ping goes on inside the device for a while.
    void cancelStopsARunningRun()
    {
        const http::Result posted = request(
            "POST", diagnosticsPath() + "/ipping",
            json({{QStringLiteral("inputs"), QJsonObject{{QStringLiteral("Host"), QStringLiteral("127.0.0.1")},
                                                         {QStringLiteral("NumberOfRepetitions"), 300}}}}));
        QCOMPARE(posted.response.status, 201);
        const qint64 run = object(posted).value(QLatin1String("run")).toInteger();
        const QByteArray path = diagnosticsPath() + '/' + QByteArray::number(run);
        const http::Result cancelled = request("DELETE", path);
        QCOMPARE(cancelled.response.status, 200);
        QCOMPARE(object(cancelled).value(QLatin1String("state")).toString(), QStringLiteral("cancelled"));
        QCOMPARE(object(request("GET", path)).value(QLatin1String("state")).toString(), QStringLiteral("cancelled"));
        // Twice: it has ended.
        QCOMPARE(request("DELETE", path).response.status, 409);
        // And the history keeps it as cancelled.
        QTRY_COMPARE(array(request("GET", diagnosticsPath() + "?limit=1")).at(0).toObject().value(QLatin1String("state")).toString(),
                     QStringLiteral("cancelled"));
    }
};

QTEST_GUILESS_MAIN(DiagnosticsApiTest)
#include "tst_diagnosticsapi.moc"
