// The engine's CWMP endpoint over real sockets on 127.0.0.1, driven by a scripted CPE: CPE
// authentication (none, Basic, Digest; HTTP and HTTPS; mutual TLS), sessions kept apart by
// cookie, held sessions, faults and version negotiation.

#include "acstestclient.h"

#include <acs/acsengine.h>

#include <cwmp/envelopecodec.h>
#include <http/certificateauthority.h>
#include <http/httpclient.h>

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace acs;

namespace {

QByteArray informBody(const QString &serial, const QString &ns = QStringLiteral("urn:dslforum-org:cwmp-1-2"),
                      const std::optional<QString> &supported = std::nullopt)
{
    cwmp::Inform inform;
    inform.deviceId = {QStringLiteral("Workbench"), QStringLiteral("00D09E"), QStringLiteral("TestGW"), serial};
    inform.events = {{QStringLiteral("0 BOOTSTRAP"), QString()}, {QStringLiteral("1 BOOT"), QString()}};
    inform.currentTime = QDateTime::currentDateTimeUtc();
    inform.parameterList = {
        {QStringLiteral("Device.DeviceInfo.SoftwareVersion"), QStringLiteral("1.0.0"), cwmp::ValueType::String},
        {QStringLiteral("Device.ManagementServer.ConnectionRequestURL"), QStringLiteral("http://127.0.0.1:1/cr"), cwmp::ValueType::String},
    };
    cwmp::Envelope e;
    e.cwmpNamespace = ns;
    e.header.id = QStringLiteral("inform-%1").arg(serial);
    e.header.supportedCwmpVersions = supported;
    e.body = inform;
    return cwmp::encodeEnvelope(e);
}

QByteArray responseBody(const cwmp::Body &body, const QString &id)
{
    cwmp::Envelope e;
    e.header.id = id;
    e.body = body;
    return cwmp::encodeEnvelope(e);
}

} // namespace

class EngineProtocolTest : public QObject
{
    Q_OBJECT

private:
    AcsSettings localSettings(CpeAuthMode mode = CpeAuthMode::None)
    {
        AcsSettings s;
        s.address = QHostAddress::LocalHost;
        s.port = 0;
        s.authMode = mode;
        s.cpeUsername = QStringLiteral("cpe");
        s.cpePassword = QStringLiteral("s3cret");
        s.session.holdMs = 300;
        s.session.sessionTimeoutMs = 2000;
        return s;
    }

    cwmp::Envelope decoded(const http::Result &r)
    {
        const cwmp::DecodeResult d = cwmp::decodeEnvelope(r.response.body);
        return d.envelope;
    }

    QString url(const AcsEngine &engine, bool tls = false)
    {
        return QStringLiteral("%1://127.0.0.1:%2/").arg(tls ? QStringLiteral("https") : QStringLiteral("http")).arg(engine.port());
    }

private Q_SLOTS:
    void authenticatesCpes_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<bool>("tls");
        QTest::addColumn<QString>("password");
        QTest::addColumn<int>("expectedStatus");

        QTest::newRow("none over http") << int(CpeAuthMode::None) << false << QString() << 200;
        QTest::newRow("digest over http, right password") << int(CpeAuthMode::Digest) << false << QStringLiteral("s3cret") << 200;
        QTest::newRow("digest over http, wrong password") << int(CpeAuthMode::Digest) << false << QStringLiteral("nope") << 401;
        QTest::newRow("digest over http, no credentials") << int(CpeAuthMode::Digest) << false << QString() << 401;
        QTest::newRow("digest over https") << int(CpeAuthMode::Digest) << true << QStringLiteral("s3cret") << 200;
        QTest::newRow("basic over https, right password") << int(CpeAuthMode::Basic) << true << QStringLiteral("s3cret") << 200;
        QTest::newRow("basic over https, wrong password") << int(CpeAuthMode::Basic) << true << QStringLiteral("nope") << 401;
        // Basic is not offered without TLS: the CPE is challenged with Digest instead,
        // which every CPE must support (TR-069 §3.4.4).
        QTest::newRow("basic mode over http falls back to digest") << int(CpeAuthMode::Basic) << false << QStringLiteral("s3cret") << 200;
    }

    void authenticatesCpes()
    {
        QFETCH(int, mode);
        QFETCH(bool, tls);
        QFETCH(QString, password);
        QFETCH(int, expectedStatus);

        QTemporaryDir dir;
        AcsSettings settings = localSettings(CpeAuthMode(mode));
        http::CertificateAuthority ca(dir.path());
        if (tls) {
            const http::Identity server = ca.serverIdentity();
            QVERIFY2(server.ok(), qPrintable(server.error));
            settings.tls = http::TlsSettings{server.certificate, server.key, server.chain, false, {}};
        }
        AcsEngine engine;
        QSignalSpy refused(&engine, &AcsEngine::authenticationFailed);
        QVERIFY2(engine.start(settings), qPrintable(engine.errorString()));

        http::HttpClient client{QUrl(url(engine, tls))};
        if (tls)
            client.setTls({ca.ca().certificate}, false);
        if (!password.isEmpty())
            client.setCredentials(QStringLiteral("cpe"), password);
        const http::Result r = acstest::postCwmp(client, informBody(QStringLiteral("AUTH1")));
        QVERIFY2(r.responded, qPrintable(r.error));
        QCOMPARE(r.response.status, expectedStatus);
        if (expectedStatus == 200) {
            QVERIFY(std::holds_alternative<cwmp::InformResponse>(decoded(r).body));
            QCOMPARE(engine.devices().ids().size(), 1);
        } else {
            QCOMPARE(engine.devices().ids().size(), 0);
            if (!password.isEmpty())
                QVERIFY(!refused.isEmpty()); // a wrong password is logged, never a crash
        }
    }

    void mutualTlsRefusesClientsWithoutACertificate()
    {
        QTemporaryDir dir;
        http::CertificateAuthority ca(dir.path());
        const http::Identity server = ca.serverIdentity();
        const http::Identity client = ca.issueClientCertificate(QStringLiteral("cpe-1"));
        QVERIFY(server.ok() && client.ok());
        AcsSettings settings = localSettings();
        settings.tls = http::TlsSettings{server.certificate, server.key, server.chain, true, {ca.ca().certificate}};
        AcsEngine engine;
        QVERIFY2(engine.start(settings), qPrintable(engine.errorString()));

        http::HttpClient anonymous{QUrl(url(engine, true))};
        anonymous.setTls({ca.ca().certificate}, false);
        const http::Result refused = acstest::postCwmp(anonymous, informBody(QStringLiteral("MTLS0")));
        QVERIFY(!refused.ok);

        http::HttpClient known{QUrl(url(engine, true))};
        known.setTls({ca.ca().certificate}, false);
        known.setClientCertificate(client.certificate, client.key);
        const http::Result accepted = acstest::postCwmp(known, informBody(QStringLiteral("MTLS1")));
        QVERIFY2(accepted.ok, qPrintable(accepted.error));
        QVERIFY(std::holds_alternative<cwmp::InformResponse>(decoded(accepted).body));
    }

    void twoDevicesBehindOneAddressNeverShareASession()
    {
        AcsEngine engine;
        QVERIFY(engine.start(localSettings()));
        http::HttpClient a{QUrl(url(engine))};
        http::HttpClient b{QUrl(url(engine))};
        QVERIFY(acstest::postCwmp(a, informBody(QStringLiteral("A1"))).ok);
        QVERIFY(acstest::postCwmp(b, informBody(QStringLiteral("B1"))).ok);
        const QStringList ids = engine.devices().ids();
        QCOMPARE(ids.size(), 2);
        // A task for B must reach B, even though A asks first.
        const QString idB = *std::find_if(ids.cbegin(), ids.cend(), [](const QString &id) { return id.endsWith(u"B1"); });
        QVERIFY(engine.queueTask(idB, QStringLiteral("getParameterValues"),
                                 QJsonObject{{QStringLiteral("parameterNames"), QJsonArray{QStringLiteral("Device.DeviceInfo.")}}}));
        http::Result ra = acstest::postCwmp(a, QByteArray());
        QCOMPARE(ra.response.status, 204); // after A's hold expired, nothing for A
        http::Result rb = acstest::postCwmp(b, QByteArray());
        QVERIFY(std::holds_alternative<cwmp::GetParameterValues>(decoded(rb).body));
        QVERIFY(a.cookiesFor("/") != b.cookiesFor("/"));
    }

    void heldSessionSendsANewTaskAtOnce()
    {
        AcsEngine engine;
        AcsSettings settings = localSettings();
        settings.session.holdMs = 10000;
        QVERIFY(engine.start(settings));
        http::HttpClient cpe{QUrl(url(engine))};
        QVERIFY(acstest::postCwmp(cpe, informBody(QStringLiteral("HOLD1"))).ok);
        const QString id = engine.devices().ids().constFirst();
        engine.setLive(id, true);

        // The answer to the empty POST is held until the engineer queues something.
        http::Request empty;
        empty.method = "POST";
        empty.target = "/";
        http::Result held;
        bool done = false;
        cpe.send(empty, [&](const http::Result &r) {
            held = r;
            done = true;
        });
        QTest::qWait(300);
        QVERIFY(!done);
        QVERIFY(engine.queueTask(id, QStringLiteral("reboot"), QJsonObject{{QStringLiteral("commandKey"), QStringLiteral("rb-live")}}));
        QTRY_VERIFY_WITH_TIMEOUT(done, 2000);
        const cwmp::Envelope e = decoded(held);
        QVERIFY(std::holds_alternative<cwmp::Reboot>(e.body));
        QCOMPARE(std::get<cwmp::Reboot>(e.body).commandKey, QStringLiteral("rb-live"));
    }

    void idleDeviceGetsItsNoContentPromptly()
    {
        AcsEngine engine;
        AcsSettings settings = localSettings();
        settings.session.holdMs = 10000;
        QVERIFY(engine.start(settings));
        http::HttpClient cpe{QUrl(url(engine))};
        QVERIFY(acstest::postCwmp(cpe, informBody(QStringLiteral("IDLE1"))).ok);
        const http::Result r = acstest::postCwmp(cpe, QByteArray());
        QCOMPARE(r.response.status, 204);
        QVERIFY2(r.elapsedMs < 5000, "a device with nothing to do is not held");
    }

    void answersWhatItCannotReadWithAFaultAndKeepsTheSession()
    {
        AcsEngine engine;
        QVERIFY(engine.start(localSettings()));
        http::HttpClient cpe{QUrl(url(engine))};
        QVERIFY(acstest::postCwmp(cpe, informBody(QStringLiteral("BAD1"))).ok);

        http::Result r = acstest::postCwmp(cpe, QByteArrayLiteral("<soap-env:Envelope xmlns:soap-env=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap-env:Body><broken"));
        cwmp::Envelope e = decoded(r);
        QVERIFY(std::holds_alternative<cwmp::SoapFault>(e.body));
        QCOMPARE(std::get<cwmp::SoapFault>(e.body).faultCode, 8002u);

        // A method only a CPE implements, sent to the ACS: 8000.
        r = acstest::postCwmp(cpe, responseBody(cwmp::GetParameterNames{QStringLiteral("Device."), true}, QStringLiteral("x1")));
        e = decoded(r);
        QCOMPARE(std::get<cwmp::SoapFault>(e.body).faultCode, 8000u);
        QCOMPARE(e.header.id, std::optional<QString>(QStringLiteral("x1")));

        // The CPE's own GetRPCMethods is answered with ours.
        r = acstest::postCwmp(cpe, responseBody(cwmp::GetRPCMethods{}, QStringLiteral("x2")));
        e = decoded(r);
        QVERIFY(std::get<cwmp::GetRPCMethodsResponse>(e.body).methodList.contains(QStringLiteral("TransferComplete")));

        // A second Inform in one session: 8003.
        r = acstest::postCwmp(cpe, informBody(QStringLiteral("BAD1")));
        QCOMPARE(std::get<cwmp::SoapFault>(decoded(r).body).faultCode, 8003u);
        QCOMPARE(acstest::postCwmp(cpe, QByteArray()).response.status, 204);
    }

    void negotiatesTheVersionAndAnswersInTheCpesNamespace_data()
    {
        QTest::addColumn<QString>("ns");
        QTest::addColumn<QString>("supported");
        QTest::addColumn<QString>("useVersion");

        QTest::newRow("1.0 device") << QStringLiteral("urn:dslforum-org:cwmp-1-0") << QString() << QString();
        QTest::newRow("1.2 device") << QStringLiteral("urn:dslforum-org:cwmp-1-2") << QString() << QString();
        QTest::newRow("1.4 device") << QStringLiteral("urn:dslforum-org:cwmp-1-2") << QStringLiteral("1.0,1.2,1.4") << QStringLiteral("1.4");
    }

    void negotiatesTheVersionAndAnswersInTheCpesNamespace()
    {
        QFETCH(QString, ns);
        QFETCH(QString, supported);
        QFETCH(QString, useVersion);
        AcsEngine engine;
        QVERIFY(engine.start(localSettings()));
        http::HttpClient cpe{QUrl(url(engine))};
        const http::Result r = acstest::postCwmp(cpe, informBody(QStringLiteral("VER1"), ns,
                                                    supported.isEmpty() ? std::nullopt : std::optional<QString>(supported)));
        const cwmp::Envelope e = decoded(r);
        QCOMPARE(e.cwmpNamespace, ns);
        QCOMPARE(e.header.useCwmpVersion.value_or(QString()), useVersion);
        QCOMPARE(e.header.id, std::optional<QString>(QStringLiteral("inform-VER1")));
        QCOMPARE(std::get<cwmp::InformResponse>(e.body).maxEnvelopes, 1u);
    }

    void aTaskWhoseSessionBreaksIsQueuedAgain()
    {
        AcsEngine engine;
        AcsSettings settings = localSettings();
        settings.session.sessionTimeoutMs = 500;
        QVERIFY(engine.start(settings));
        auto cpe = std::make_unique<http::HttpClient>(QUrl(url(engine)));
        QVERIFY(acstest::postCwmp(*cpe, informBody(QStringLiteral("LOST1"))).ok);
        const QString id = engine.devices().ids().constFirst();
        const auto task = engine.queueTask(id, QStringLiteral("getParameterValues"),
                                           QJsonObject{{QStringLiteral("parameterNames"), QJsonArray{QStringLiteral("Device.")}}});
        QVERIFY(task);
        QVERIFY(std::holds_alternative<cwmp::GetParameterValues>(decoded(acstest::postCwmp(*cpe, QByteArray())).body));
        cpe.reset(); // the device vanishes mid-session
        QTRY_COMPARE_WITH_TIMEOUT(engine.tasks().find(task->id)->state, TaskState::Queued, 3000);
        QVERIFY(!engine.isInSession(id));
    }
};

QTEST_GUILESS_MAIN(EngineProtocolTest)
#include "tst_engineprotocol.moc"
