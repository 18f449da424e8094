// A CPE starts a requested diagnostic only after the session has ended (TR-069 A.4.1,
// cwmp-facts §11.1); so it reboots (A.3.2.3) and performs a transfer it accepted with
// Status 1 (A.3.2.8). The engine holds the sessions of a live device open for the engineer;
// after such a request it must let go at once instead, or every test, reboot and upgrade
// would start holdMs late. Driven by a scripted CPE over 127.0.0.1.

#include "acstestclient.h"

#include <acs/acsengine.h>

#include <cwmp/envelopecodec.h>
#include <cwmp/soapfault.h>
#include <http/httpclient.h>

#include <QElapsedTimer>
#include <QJsonArray>
#include <QtTest>

using namespace acs;

namespace {

constexpr int kHoldMs = 3000;

QByteArray informBody(const QString &serial)
{
    cwmp::Inform inform;
    inform.deviceId = {QStringLiteral("Workbench"), QStringLiteral("00D09E"), QStringLiteral("TestGW"), serial};
    inform.events = {{QStringLiteral("1 BOOT"), QString()}};
    inform.currentTime = QDateTime::currentDateTimeUtc();
    inform.parameterList = {
        {QStringLiteral("Device.DeviceInfo.SoftwareVersion"), QStringLiteral("1.0.0"), cwmp::ValueType::String},
        {QStringLiteral("Device.ManagementServer.ConnectionRequestURL"), QStringLiteral("http://127.0.0.1:1/cr"), cwmp::ValueType::String},
    };
    cwmp::Envelope e;
    e.cwmpNamespace = QStringLiteral("urn:dslforum-org:cwmp-1-2");
    e.header.id = QStringLiteral("inform-%1").arg(serial);
    e.body = inform;
    return cwmp::encodeEnvelope(e);
}

QByteArray responseBody(const cwmp::Body &body, const std::optional<QString> &id)
{
    cwmp::Envelope e;
    e.cwmpNamespace = QStringLiteral("urn:dslforum-org:cwmp-1-2");
    e.header.id = id;
    e.body = body;
    return cwmp::encodeEnvelope(e);
}

cwmp::Envelope decoded(const http::Result &r)
{
    return cwmp::decodeEnvelope(r.response.body).envelope;
}

QJsonObject setValues(const QList<QPair<QString, QString>> &values)
{
    QJsonArray rows;
    for (const auto &[name, value] : values)
        rows.append(QJsonArray{name, value, QStringLiteral("xsd:string")});
    return QJsonObject{{QStringLiteral("parameterValues"), rows}};
}

} // namespace

class SessionReleaseTest : public QObject
{
    Q_OBJECT

private:
    AcsEngine *m_engine = nullptr;
    std::unique_ptr<http::HttpClient> m_cpe;
    QString m_id;

    // A fresh engine and a live device in its session, past the empty POST's first answer:
    // the device is ready to take the queued tasks.
    void startLiveDevice(const QString &serial)
    {
        delete m_engine;
        m_engine = new AcsEngine;
        AcsSettings s;
        s.address = QHostAddress::LocalHost;
        s.port = 0;
        s.authMode = CpeAuthMode::None;
        s.session.holdMs = kHoldMs;
        s.session.sessionTimeoutMs = 20000;
        QVERIFY2(m_engine->start(s), qPrintable(m_engine->errorString()));
        m_cpe = std::make_unique<http::HttpClient>(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_engine->port())));
        QVERIFY(acstest::postCwmp(*m_cpe, informBody(serial)).ok);
        m_id = m_engine->devices().ids().constFirst();
        m_engine->setLive(m_id, true);
    }

    // Answers the SetParameterValues in r with status 0 and returns the engine's next
    // answer with the time it took.
    http::Result acceptSet(const http::Result &r)
    {
        const cwmp::Envelope e = decoded(r);
        if (!std::holds_alternative<cwmp::SetParameterValues>(e.body))
            return {};
        return acstest::postCwmp(*m_cpe, responseBody(cwmp::SetParameterValuesResponse{0}, e.header.id));
    }

private Q_SLOTS:
    void cleanup()
    {
        m_cpe.reset();
        delete m_engine;
        m_engine = nullptr;
    }

    void requestedDiagnosticEndsALiveSessionAtOnce()
    {
        startLiveDevice(QStringLiteral("DREL1"));
        const auto task = m_engine->queueTask(
            m_id, QStringLiteral("setParameterValues"),
            setValues({{QStringLiteral("Device.IP.Diagnostics.IPPing.Host"), QStringLiteral("127.0.0.1")},
                       {QStringLiteral("Device.IP.Diagnostics.IPPing.DiagnosticsState"), QStringLiteral("Requested")}}));
        QVERIFY(task);
        const http::Result spv = acstest::postCwmp(*m_cpe, QByteArray());
        QVERIFY(std::holds_alternative<cwmp::SetParameterValues>(decoded(spv).body));
        const http::Result end = acceptSet(spv);
        QVERIFY2(end.responded, qPrintable(end.error));
        QCOMPARE(end.response.status, 204);
        QVERIFY2(end.elapsedMs < kHoldMs / 2, qPrintable(QStringLiteral("the session ended after %1 ms").arg(end.elapsedMs)));
        QCOMPARE(m_engine->tasks().find(task->id)->state, TaskState::Done);
        QTRY_VERIFY(!m_engine->isInSession(m_id));
    }

    void ordinarySetOnALiveDeviceStillHoldsTheSession()
    {
        startLiveDevice(QStringLiteral("DREL2"));
        QVERIFY(m_engine->queueTask(m_id, QStringLiteral("setParameterValues"),
                                    setValues({{QStringLiteral("Device.DeviceInfo.ProvisioningCode"), QStringLiteral("lab")}})));
        const http::Result spv = acstest::postCwmp(*m_cpe, QByteArray());
        const cwmp::Envelope e = decoded(spv);
        QVERIFY(std::holds_alternative<cwmp::SetParameterValues>(e.body));
        QElapsedTimer clock;
        clock.start();
        http::Result end;
        bool done = false;
        http::Request r;
        r.method = "POST";
        r.target = "/";
        r.body = responseBody(cwmp::SetParameterValuesResponse{0}, e.header.id);
        r.headers.set("Content-Type", "text/xml; charset=\"utf-8\"");
        m_cpe->send(r, [&](const http::Result &result) {
            end = result;
            done = true;
        });
        QTest::qWait(kHoldMs / 2);
        QVERIFY2(!done, "a live device's session is held for the next task");
        QTRY_VERIFY_WITH_TIMEOUT(done, kHoldMs * 2);
        QCOMPARE(end.response.status, 204);
        QVERIFY(clock.elapsed() >= kHoldMs - 200);
    }

    void requestedDiagnosticLetsTheRestOfTheQueueGoFirst()
    {
        startLiveDevice(QStringLiteral("DREL3"));
        QVERIFY(m_engine->queueTask(
            m_id, QStringLiteral("setParameterValues"),
            setValues({{QStringLiteral("Device.IP.Diagnostics.TraceRoute.DiagnosticsState"), QStringLiteral("Requested")}})));
        const auto read = m_engine->queueTask(
            m_id, QStringLiteral("getParameterValues"),
            QJsonObject{{QStringLiteral("parameterNames"), QJsonArray{QStringLiteral("Device.DeviceInfo.SoftwareVersion")}}});
        QVERIFY(read);
        const http::Result gpv = acceptSet(acstest::postCwmp(*m_cpe, QByteArray()));
        const cwmp::Envelope e = decoded(gpv);
        QVERIFY(std::holds_alternative<cwmp::GetParameterValues>(e.body));
        cwmp::GetParameterValuesResponse values;
        values.parameterList = {{QStringLiteral("Device.DeviceInfo.SoftwareVersion"), QStringLiteral("1.0.0"), cwmp::ValueType::String}};
        const http::Result end = acstest::postCwmp(*m_cpe, responseBody(values, e.header.id));
        QCOMPARE(end.response.status, 204);
        QVERIFY2(end.elapsedMs < kHoldMs / 2, qPrintable(QStringLiteral("the session ended after %1 ms").arg(end.elapsedMs)));
        QCOMPARE(m_engine->tasks().find(read->id)->state, TaskState::Done);
    }

    void acceptedRebootOrTransferEndsALiveSession_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QJsonObject>("args");
        QTest::addColumn<int>("transferStatus"); // -1: a Reboot
        QTest::addColumn<bool>("released");
        const QJsonObject upload{{QStringLiteral("fileType"), QStringLiteral("1 Vendor Configuration File")},
                                 {QStringLiteral("url"), QStringLiteral("http://127.0.0.1:1/up")}};
        QTest::newRow("reboot") << QStringLiteral("reboot") << QJsonObject{} << -1 << true;
        QTest::newRow("upload accepted, done later (Status 1)") << QStringLiteral("upload") << upload << 1 << true;
        QTest::newRow("upload done in the session (Status 0)") << QStringLiteral("upload") << upload << 0 << false;
    }

    void acceptedRebootOrTransferEndsALiveSession()
    {
        QFETCH(QString, kind);
        QFETCH(QJsonObject, args);
        QFETCH(int, transferStatus);
        QFETCH(bool, released);
        startLiveDevice(QStringLiteral("DREL5"));
        QVERIFY(m_engine->queueTask(m_id, kind, args));
        const cwmp::Envelope e = decoded(acstest::postCwmp(*m_cpe, QByteArray()));
        cwmp::Body answer;
        if (transferStatus < 0) {
            QVERIFY(std::holds_alternative<cwmp::Reboot>(e.body));
            answer = cwmp::RebootResponse{};
        } else {
            QVERIFY(std::holds_alternative<cwmp::Upload>(e.body));
            cwmp::UploadResponse r;
            r.status = transferStatus;
            r.startTime = r.completeTime = QDateTime::currentDateTimeUtc();
            answer = r;
        }
        const http::Result end = acstest::postCwmp(*m_cpe, responseBody(answer, e.header.id));
        QCOMPARE(end.response.status, 204);
        if (released)
            QVERIFY2(end.elapsedMs < kHoldMs / 2, qPrintable(QStringLiteral("the session ended after %1 ms").arg(end.elapsedMs)));
        else
            QVERIFY2(end.elapsedMs >= kHoldMs - 200, qPrintable(QStringLiteral("the session ended after %1 ms").arg(end.elapsedMs)));
    }

    void refusedDiagnosticKeepsHoldingTheSession()
    {
        startLiveDevice(QStringLiteral("DREL4"));
        QVERIFY(m_engine->queueTask(
            m_id, QStringLiteral("setParameterValues"),
            setValues({{QStringLiteral("Device.IP.Diagnostics.IPPing.DiagnosticsState"), QStringLiteral("Requested")}})));
        const cwmp::Envelope e = decoded(acstest::postCwmp(*m_cpe, QByteArray()));
        QVERIFY(std::holds_alternative<cwmp::SetParameterValues>(e.body));
        // 9003 Invalid arguments: the device starts nothing, the engineer keeps the session.
        const http::Result end = acstest::postCwmp(*m_cpe, responseBody(cwmp::makeFault(9003, QStringLiteral("Invalid arguments")), e.header.id));
        QCOMPARE(end.response.status, 204);
        QVERIFY2(end.elapsedMs >= kHoldMs - 200, qPrintable(QStringLiteral("the session ended after %1 ms").arg(end.elapsedMs)));
    }
};

QTEST_GUILESS_MAIN(SessionReleaseTest)
#include "tst_sessionrelease.moc"
