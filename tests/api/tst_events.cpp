// GET /events end to end: server-sent events read by raw sockets from the API, while the
// real simulator's devices inform and run tasks through the engine; and what happens to a
// client that stops reading.

#include "apitestfixture.h"

#include <QTcpSocket>

using namespace apitest;

namespace {

struct Event {
    QByteArray type;
    QJsonObject data;
};

// A text/event-stream reader over a plain socket: the response head, the chunked framing
// (RFC 9112 §7.1), then events and comments (WHATWG HTML §9.2.6).
class SseClient
{
public:
    // A stalled client reads nothing until told to, and then at most readBufferSize bytes
    // into its socket's buffer: the rest stays with the kernel and the server.
    enum class Mode { Reading, Stalled };
    explicit SseClient(Mode mode = Mode::Reading)
    {
        if (mode == Mode::Stalled) {
            m_socket.setReadBufferSize(4096);
            return;
        }
        QObject::connect(&m_socket, &QIODevice::readyRead, [this] { poll(); });
    }

    void resume()
    {
        m_socket.setReadBufferSize(0);
        QObject::connect(&m_socket, &QIODevice::readyRead, [this] { poll(); });
        poll();
    }

    // Sends the request and waits for the head; for a 200, also for the first comment, after
    // which no event is missed.
    bool open(quint16 port, const QByteArray &target)
    {
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        if (!m_socket.waitForConnected(5000))
            return false;
        m_socket.write("GET " + target + " HTTP/1.1\r\nHost: api\r\nAccept: text/event-stream\r\n\r\n");
        return QTest::qWaitFor([this] { poll(); return status != 0 && (status != 200 || !comments.isEmpty()); }, 10000);
    }

    void poll()
    {
        m_raw += m_socket.readAll();
        if (status == 0) {
            const qsizetype end = m_raw.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            head = m_raw.left(end);
            m_raw.remove(0, end + 4);
            status = head.mid(9, 3).toInt();
            chunked = head.toLower().contains("transfer-encoding: chunked");
        }
        while (chunked && !ended) {
            const qsizetype eol = m_raw.indexOf("\r\n");
            if (eol < 0)
                break;
            bool ok = false;
            const qsizetype size = m_raw.left(eol).toLongLong(&ok, 16);
            if (!ok || m_raw.size() < eol + 2 + size + 2)
                break;
            m_body += m_raw.mid(eol + 2, size);
            m_raw.remove(0, eol + 2 + size + 2);
            ended = size == 0;
        }
        qsizetype blockEnd;
        while ((blockEnd = m_body.indexOf("\n\n")) >= 0) {
            const QByteArray block = m_body.left(blockEnd);
            m_body.remove(0, blockEnd + 2);
            Event event;
            for (const QByteArray &line : block.split('\n')) {
                if (line.startsWith(':'))
                    comments.append(QString::fromUtf8(line.mid(1).trimmed()));
                else if (line.startsWith("event: "))
                    event.type = line.mid(7);
                else if (line.startsWith("data: "))
                    event.data = QJsonDocument::fromJson(line.mid(6)).object();
            }
            if (!event.type.isEmpty())
                events.append(event);
        }
    }

    QList<Event> ofType(const QByteArray &type) const
    {
        QList<Event> out;
        for (const Event &e : events) {
            if (e.type == type)
                out.append(e);
        }
        return out;
    }

    // The states the stream reported for one task, in order.
    QStringList statesOf(const QString &taskId) const
    {
        QStringList out;
        for (const Event &e : ofType("task")) {
            if (e.data.value(QStringLiteral("_id")).toString() == taskId)
                out << e.data.value(QStringLiteral("state")).toString();
        }
        return out;
    }

    QTcpSocket &socket() { return m_socket; }

    int status = 0;
    QByteArray head;
    bool chunked = false;
    bool ended = false;
    QList<Event> events;
    QStringList comments;

private:
    QTcpSocket m_socket;
    QByteArray m_raw;
    QByteArray m_body;
};

} // namespace

class EventsTest : public QObject
{
    Q_OBJECT

private:
    Fixture m_f;
    QString m_other; // the second device

    quint16 port() { return m_f.api().serverPort(); }

private Q_SLOTS:
    void initTestCase()
    {
        const QString failed = m_f.start(QStringLiteral("EVT0001"), 2);
        if (failed.contains(QLatin1String("not built")))
            QSKIP("cwmp-cpe-sim is not built next to the test");
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        for (const QString &id : m_f.engine().devices().ids()) {
            if (id != m_f.id())
                m_other = id;
        }
        QVERIFY(!m_other.isEmpty());
    }

    void streamsInformsAndTaskChangesOfTheDevicesAsked()
    {
        SseClient all;
        QVERIFY(all.open(port(), "/events"));
        QCOMPARE(all.status, 200);
        QVERIFY2(all.head.toLower().contains("content-type: text/event-stream"), all.head.constData());
        QVERIFY(all.chunked);
        SseClient mine;
        QVERIFY(mine.open(port(), "/events?device=" + encoded(m_f.id().toUtf8())));
        SseClient other;
        QVERIFY(other.open(port(), "/events?device=" + encoded(m_other.toUtf8())));
        QCOMPARE(m_f.api().events().clientCount(), 3);

        QVERIFY(m_f.waitForIdleDevice());
        const http::Result r = m_f.request("POST", m_f.tasksPath() + "?connection_request&timeout=20000",
                                           R"({"name": "getParameterValues", "parameterNames": ["Device.DeviceInfo.UpTime"]})");
        QCOMPARE(r.response.status, 200);
        const QString taskId = object(r).value(QStringLiteral("_id")).toString();

        for (SseClient *client : {&all, &mine}) {
            QTRY_COMPARE(client->statesOf(taskId), QStringList({QStringLiteral("queued"), QStringLiteral("sent"), QStringLiteral("done")}));
            const QList<Event> informs = client->ofType("inform");
            QVERIFY(!informs.isEmpty());
            const QJsonObject inform = informs.last().data;
            QCOMPARE(inform.value(QStringLiteral("device")).toString(), m_f.id());
            QVERIFY(inform.value(QStringLiteral("events")).toArray().contains(QStringLiteral("6 CONNECTION REQUEST")));
            QVERIFY(!inform.value(QStringLiteral("session")).toString().isEmpty());
            // The state, not the (possibly huge) result.
            for (const Event &e : client->ofType("task"))
                QVERIFY(!e.data.contains(QStringLiteral("result")));
        }
        for (const Event &e : std::as_const(other.events))
            QCOMPARE(e.data.value(QStringLiteral("device")).toString(), m_other);
        QVERIFY(other.statesOf(taskId).isEmpty());
    }

    void streamsAFaultWithItsTask()
    {
        SseClient client;
        QVERIFY(client.open(port(), "/events"));
        QVERIFY(m_f.waitForIdleDevice());
        const http::Result r = m_f.request("POST", m_f.tasksPath() + "?connection_request&timeout=20000",
                                           R"({"name": "setParameterValues", "parameterValues": [["Device.DeviceInfo.SoftwareVersion", "0", "xsd:string"]]})");
        QCOMPARE(object(r).value(QStringLiteral("state")).toString(), QStringLiteral("fault"));
        const QString taskId = object(r).value(QStringLiteral("_id")).toString();
        QTRY_VERIFY(!client.ofType("fault").isEmpty());
        const QJsonObject fault = client.ofType("fault").constFirst().data;
        QCOMPARE(fault.value(QStringLiteral("_id")).toString(), m_f.id() + QStringLiteral(":task_") + taskId);
        QCOMPARE(fault.value(QStringLiteral("code")).toString(), QStringLiteral("cwmp.9003"));
        QCOMPARE(client.statesOf(taskId).last(), QStringLiteral("fault"));
        QCOMPARE(m_f.request("DELETE", "/faults/" + encoded(fault.value(QStringLiteral("_id")).toString().toUtf8())).response.status, 200);
    }

    void quietStreamGetsKeepAliveComments()
    {
        m_f.api().events().setKeepAliveInterval(100);
        SseClient client;
        QVERIFY(client.open(port(), "/events?device=" + encoded(m_other.toUtf8())));
        QTRY_VERIFY(client.comments.contains(QStringLiteral("keep-alive")));
        m_f.api().events().setKeepAliveInterval(api::EventBroadcaster::kKeepAliveMs);
    }

    void clientThatStopsReadingIsDroppedAndOthersKeepTheirEvents()
    {
        QVERIFY(m_f.waitForIdleDevice());
        QTRY_COMPARE(m_f.api().events().clientCount(), 0); // the earlier tests' clients are gone
        const qint64 limit = 64 * 1024;
        m_f.api().events().setBufferLimit(limit);
        SseClient reader;
        QVERIFY(reader.open(port(), "/events"));
        SseClient stalled(SseClient::Mode::Stalled);
        QVERIFY(stalled.open(port(), "/events"));
        const int droppedBefore = m_f.api().events().droppedCount();

        // Task events of about 4 KiB, two per turn of the event loop, as a busy ACS makes them.
        QJsonArray names;
        for (int i = 0; i < 40; ++i)
            names.append(QStringLiteral("Device.DeviceInfo.VendorConfigFile.%1.").arg(i) + QString(64, QLatin1Char('n')));
        const QJsonObject args{{QStringLiteral("parameterNames"), names}};
        int published = 0;
        qint64 bytes = 0;
        while (m_f.api().events().droppedCount() == droppedBefore && bytes < 256LL * 1024 * 1024) {
            QString why;
            const std::optional<acs::Task> task = m_f.engine().queueTask(m_f.id(), QStringLiteral("getParameterValues"), args, &why);
            QVERIFY2(task, qPrintable(why));
            QVERIFY(m_f.engine().tasks().cancel(task->id));
            published += 2;
            bytes += 2 * 4096;
            QCoreApplication::processEvents();
        }
        QCOMPARE(m_f.api().events().droppedCount(), droppedBefore + 1);
        QCOMPARE(m_f.api().events().clientCount(), 1);
        qInfo("dropped after about %lld KiB", bytes / 1024);

        // The reader got every event; the stalled client, once it reads again, what was
        // buffered, a last comment, and the end of the stream.
        QTRY_COMPARE(int(reader.ofType("task").size()), published);
        QVERIFY(!reader.ended);
        stalled.resume();
        QTRY_VERIFY_WITH_TIMEOUT(stalled.ended, 20000);
        QVERIFY2(stalled.comments.last().startsWith(QLatin1String("dropped")), qPrintable(stalled.comments.last()));
        QVERIFY(stalled.ofType("task").size() < published);
        QTRY_COMPARE(stalled.socket().state(), QAbstractSocket::UnconnectedState);
        m_f.api().events().setBufferLimit(api::EventBroadcaster::kDefaultBufferLimit);
    }

    void streamsTheRemovalOfADevice()
    {
        SseClient client;
        QVERIFY(client.open(port(), "/events?device=" + encoded(m_other.toUtf8())));
        QTRY_VERIFY(!m_f.engine().isInSession(m_other));
        QCOMPARE(m_f.request("DELETE", "/devices/" + encoded(m_other.toUtf8())).response.status, 200);
        QTRY_VERIFY(!client.ofType("device").isEmpty());
        const QJsonObject change = client.ofType("device").constFirst().data;
        QCOMPARE(change.value(QStringLiteral("device")).toString(), m_other);
        QCOMPARE(change.value(QStringLiteral("change")).toString(), QStringLiteral("removed"));
    }

    void closingTheApiEndsEveryStream()
    {
        SseClient client;
        QVERIFY(client.open(port(), "/events"));
        QCOMPARE(m_f.api().events().clientCount(), 1);
        m_f.api().close();
        QCOMPARE(m_f.api().events().clientCount(), 0);
        QTRY_COMPARE(client.socket().state(), QAbstractSocket::UnconnectedState);
    }
};

QTEST_GUILESS_MAIN(EventsTest)
#include "tst_events.moc"
