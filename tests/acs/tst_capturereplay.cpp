// Replays the easycwmp session of ../shared/captures/easycwmp/session/ against the engine:
// the CPE's requests exactly as captured, the ACS's requests queued as tasks. Our answers
// must be the RPCs the capture's ACS sent, and the second session's TransferComplete
// (fault 9018) and "M Reboot" must finish the Download and Reboot tasks.

#include "acstestclient.h"

#include <acs/acsengine.h>

#include <cwmp/envelopecodec.h>
#include <http/httpclient.h>

#include <support/testpaths.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QtTest>

using namespace acs;

namespace {

// A captured request: the HTTP head, then the body of Content-Length bytes at the end
// (the capture has one stray line feed between head and body).
QByteArray capturedBody(const QString &file)
{
    QFile f(testsupport::sharedFile(QStringLiteral("captures/easycwmp/session/") + file));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray all = f.readAll();
    if (all.startsWith('<'))
        return all; // a response file: the body alone
    const qsizetype at = all.indexOf("Content-Length:");
    if (at < 0)
        return {};
    const qsizetype eol = all.indexOf('\n', at);
    const int length = all.mid(at + 15, eol - at - 15).trimmed().toInt();
    return length == 0 ? QByteArray() : all.right(length);
}

// The task that makes our engine send what the capture's ACS sent.
std::pair<QString, QJsonObject> taskFor(const cwmp::Body &body)
{
    if (const auto *m = std::get_if<cwmp::GetParameterNames>(&body))
        return {QStringLiteral("getParameterNames"),
                QJsonObject{{QStringLiteral("parameterPath"), m->parameterPath}, {QStringLiteral("nextLevel"), m->nextLevel}}};
    if (const auto *m = std::get_if<cwmp::GetParameterValues>(&body))
        return {QStringLiteral("getParameterValues"), QJsonObject{{QStringLiteral("parameterNames"), QJsonArray::fromStringList(m->parameterNames)}}};
    if (const auto *m = std::get_if<cwmp::GetParameterAttributes>(&body))
        return {QStringLiteral("getParameterAttributes"), QJsonObject{{QStringLiteral("parameterNames"), QJsonArray::fromStringList(m->parameterNames)}}};
    if (const auto *m = std::get_if<cwmp::SetParameterValues>(&body)) {
        QJsonArray values;
        for (const auto &p : m->parameterList)
            values.append(QJsonArray{p.name, p.value, QLatin1String("xsd:") + cwmp::xsdName(p.type)});
        return {QStringLiteral("setParameterValues"),
                QJsonObject{{QStringLiteral("parameterValues"), values}, {QStringLiteral("parameterKey"), m->parameterKey}}};
    }
    if (const auto *m = std::get_if<cwmp::SetParameterAttributes>(&body)) {
        QJsonArray list;
        for (const auto &p : m->parameterList) {
            QJsonObject o{{QStringLiteral("name"), p.name}};
            if (p.notificationChange)
                o.insert(QStringLiteral("notification"), p.notification);
            if (p.accessListChange)
                o.insert(QStringLiteral("accessList"), QJsonArray::fromStringList(p.accessList));
            list.append(o);
        }
        return {QStringLiteral("setParameterAttributes"), QJsonObject{{QStringLiteral("parameters"), list}}};
    }
    if (const auto *m = std::get_if<cwmp::AddObject>(&body))
        return {QStringLiteral("addObject"), QJsonObject{{QStringLiteral("objectName"), m->objectName}, {QStringLiteral("parameterKey"), m->parameterKey}}};
    if (std::holds_alternative<cwmp::GetRPCMethods>(body))
        return {QStringLiteral("getRPCMethods"), {}};
    if (const auto *m = std::get_if<cwmp::Download>(&body))
        return {QStringLiteral("download"),
                QJsonObject{{QStringLiteral("commandKey"), m->commandKey}, {QStringLiteral("fileType"), m->fileType},
                            {QStringLiteral("url"), m->url}, {QStringLiteral("fileSize"), qint64(m->fileSize)},
                            {QStringLiteral("delaySeconds"), qint64(m->delaySeconds)}}};
    if (const auto *m = std::get_if<cwmp::Reboot>(&body))
        return {QStringLiteral("reboot"), QJsonObject{{QStringLiteral("commandKey"), m->commandKey}}};
    return {};
}

} // namespace

class CaptureReplayTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replayedEasycwmpSessionGetsTheCapturedRequestsAndCompletesTasks()
    {
        REQUIRE_SHARED_DIR();
        AcsEngine engine;
        AcsSettings settings;
        settings.address = QHostAddress::LocalHost;
        settings.port = 0;
        settings.authMode = CpeAuthMode::None;
        settings.session.holdMs = 200;
        QVERIFY2(engine.start(settings), qPrintable(engine.errorString()));

        http::HttpClient client(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(engine.port())));

        // Session 1: the Inform.
        http::Result r = acstest::postCwmp(client, capturedBody(QStringLiteral("001-req.txt")));
        QVERIFY2(r.ok, qPrintable(r.error));
        cwmp::DecodeResult answer = cwmp::decodeEnvelope(r.response.body);
        QVERIFY(answer.ok());
        QVERIFY(std::holds_alternative<cwmp::InformResponse>(answer.envelope.body));
        QCOMPARE(engine.devices().ids().size(), 1);
        const QString deviceId = engine.devices().ids().constFirst();

        // What the capture's ACS asked for, in order, as tasks.
        QList<cwmp::Body> expected;
        for (int i = 2; i <= 13; ++i) {
            const cwmp::DecodeResult captured = cwmp::decodeEnvelope(capturedBody(QStringLiteral("%1-resp.txt").arg(i, 3, 10, QLatin1Char('0'))));
            QVERIFY(captured.ok());
            expected.append(captured.envelope.body);
            const auto [kind, args] = taskFor(captured.envelope.body);
            QVERIFY2(!kind.isEmpty(), qPrintable(cwmp::methodName(captured.envelope.body)));
            QString why;
            QVERIFY2(engine.queueTask(deviceId, kind, args, &why), qPrintable(why));
        }

        // The empty POST and each captured response: our next request must be the capture's.
        for (int i = 2; i <= 14; ++i) {
            r = acstest::postCwmp(client, capturedBody(QStringLiteral("%1-req.txt").arg(i, 3, 10, QLatin1Char('0'))));
            QVERIFY2(r.ok, qPrintable(r.error));
            if (i == 14) {
                QCOMPARE(r.response.status, 204);
                break;
            }
            answer = cwmp::decodeEnvelope(r.response.body);
            QVERIFY2(answer.ok(), r.response.body.constData());
            QCOMPARE(cwmp::methodName(answer.envelope.body), cwmp::methodName(expected.at(i - 2)));
            QVERIFY2(answer.envelope.body == expected.at(i - 2), r.response.body.constData());
        }

        const QList<Task> tasks = engine.tasks().tasksOf(deviceId);
        QCOMPARE(tasks.size(), 12);
        // Answered and finished at once; Download and Reboot wait for the next session.
        for (const Task &t : tasks) {
            if (t.kind == u"download" || t.kind == u"reboot")
                QCOMPARE(t.state, TaskState::Sent);
            else
                QVERIFY2(t.state == TaskState::Done || t.state == TaskState::Fault, qPrintable(t.kind));
        }
        // The capture's device answered the AddObject with an instance number.
        const Task add = *std::find_if(tasks.cbegin(), tasks.cend(), [](const Task &t) { return t.kind == u"addObject"; });
        QVERIFY(add.result.value(QStringLiteral("instanceNumber")).toInt() > 0);

        // Session 2, after the reboot: "M Reboot" rb1 and TransferComplete dl1 with 9018.
        http::HttpClient second(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(engine.port())));
        r = acstest::postCwmp(second, capturedBody(QStringLiteral("016-req.txt")));
        QVERIFY2(r.ok, qPrintable(r.error));
        r = acstest::postCwmp(second, capturedBody(QStringLiteral("017-req.txt")));
        answer = cwmp::decodeEnvelope(r.response.body);
        QVERIFY(std::holds_alternative<cwmp::TransferCompleteResponse>(answer.envelope.body));
        r = acstest::postCwmp(second, QByteArray());
        QCOMPARE(r.response.status, 204);

        for (const Task &t : engine.tasks().tasksOf(deviceId)) {
            if (t.kind == u"reboot")
                QCOMPARE(t.state, TaskState::Done);
            if (t.kind == u"download") {
                QCOMPARE(t.state, TaskState::Fault);
                QCOMPARE(t.faultCode, 9018);
            }
        }
    }
};

QTEST_GUILESS_MAIN(CaptureReplayTest)
#include "tst_capturereplay.moc"
