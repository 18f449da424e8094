// The HTTP server over real sockets on 127.0.0.1 (port 0): keep-alive, held responses,
// body framing and encodings, limits, timeouts, streaming both ways, TLS and mutual TLS.

#include "httptestclient.h"

#include <http/server.h>

#include <QBuffer>
#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <zlib.h>

using namespace http;

namespace {

constexpr int kWait = 10000;

QByteArray compress(const QByteArray &data, int windowBits)
{
    z_stream z{};
    deflateInit2(&z, Z_BEST_COMPRESSION, Z_DEFLATED, windowBits, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(qsizetype(deflateBound(&z, uLong(data.size()))) + 64, Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.data()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    deflate(&z, Z_FINISH);
    out.truncate(out.size() - qsizetype(z.avail_out));
    deflateEnd(&z);
    return out;
}

QByteArray post(const QByteArray &path, const QByteArray &body, const QByteArray &extra = {})
{
    return "POST " + path + " HTTP/1.1\r\nHost: test\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n" + extra + "\r\n" + body;
}

// Produces length bytes on demand and remembers how far reads ran ahead of the client.
class GeneratingDevice : public QIODevice
{
public:
    explicit GeneratingDevice(qint64 length) : m_length(length) { open(QIODevice::ReadOnly); }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override
    {
        return m_length - m_produced + QIODevice::bytesAvailable();
    }
    bool atEnd() const override { return m_produced >= m_length; }
    qint64 produced() const { return m_produced; }
    const HttpTestClient *client = nullptr;
    qint64 maxLead = 0;

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = qMin(maxSize, m_length - m_produced);
        if (n <= 0)
            return m_produced >= m_length ? -1 : 0;
        for (qint64 i = 0; i < n; ++i)
            data[i] = char('a' + (m_produced + i) % 26);
        m_produced += n;
        if (client)
            maxLead = qMax(maxLead, m_produced - client->received());
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    qint64 m_length;
    qint64 m_produced = 0;
};

class CountingSink : public BodySink
{
public:
    struct State {
        qint64 bytes = 0;
        bool finished = false;
        bool aborted = false;
        bool refuse = false;
    };
    explicit CountingSink(std::shared_ptr<State> state) : m_state(std::move(state)) {}
    bool write(QByteArrayView chunk) override
    {
        m_state->bytes += chunk.size();
        return !m_state->refuse;
    }
    void finish() override { m_state->finished = true; }
    void abort() override { m_state->aborted = true; }

private:
    std::shared_ptr<State> m_state;
};

class TestHandler : public RequestHandler
{
public:
    enum class Mode { Echo, Hold };
    Mode mode = Mode::Echo;
    QList<Request> requests;
    QList<Responder> held;
    QList<quint64> closed;
    std::function<BodySink *(const Request &)> sinkFactory;
    std::function<void(const Request &, Responder)> custom;

    void handleRequest(const Request &request, Responder responder) override
    {
        requests.append(request);
        if (custom) {
            custom(request, responder);
            return;
        }
        if (mode == Mode::Hold) {
            held.append(responder);
            return;
        }
        responder.send(echo(request));
    }
    BodySink *bodySinkFor(const Request &head) override
    {
        return sinkFactory ? sinkFactory(head) : nullptr;
    }
    void connectionClosed(quint64 id) override { closed.append(id); }

    static Response echo(const Request &request)
    {
        Response r;
        r.headers.set("Content-Type", "text/plain");
        r.body = request.method + ' ' + request.target + ' ' + request.body;
        return r;
    }
};

struct Certificates {
    QSslCertificate serverCert;
    QSslKey serverKey;
    QSslCertificate caCert;
    QSslCertificate clientCert;
    QSslKey clientKey;
};

bool runOpenssl(const QString &dir, const QStringList &args)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(QStringLiteral("openssl"), args);
    return p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class tst_Server : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void servesThreeRequestsOnOneKeptAliveConnection();
    void answersPipelinedRequestsInOrder();
    void sendsHeldResponseLater();
    void heldResponseDoesNotTimeOut();
    void clientDisconnectWhileHeldClosesResponder();
    void secondSendIsIgnored();
    void honoursConnectionClose_data();
    void honoursConnectionClose();
    void acceptsChunkedUpload();
    void decodesCompressedBodies_data();
    void decodesCompressedBodies();
    void rejectsZipBomb();
    void rejectsUnknownContentEncoding();
    void answersExpectContinue();
    void refusesOversizedExpectContinueAtOnce();
    void rejectsMalformedRequestAndCloses();
    void refusesTooManyConnections();
    void timesOutSlowHead();
    void closesIdleKeepAliveConnection();
    void streamsLargeResponseWithBoundedMemory();
    void streamsUnknownLengthResponseChunked();
    void answersHeadWithoutBody();
    void streamsRequestBodyToSink();
    void answers500WhenSinkRefuses();
    void reportsPortInUseInPlainWords();
    void servesHttps();
    void mutualTlsRefusesClientWithoutCertificate();
    void mutualTlsAcceptsClientWithCaSignedCertificate();

private:
    void startServer(const std::optional<TlsSettings> &tls = {});
    HttpTestClient *connectClient();
    HttpTestClient *connectTlsClient(const QSslCertificate &cert = QSslCertificate(),
                                     const QSslKey &key = QSslKey());

    std::unique_ptr<TestHandler> m_handler;
    std::unique_ptr<Server> m_server;
    QList<HttpTestClient *> m_clients;
    ServerLimits m_limits;
    QTemporaryDir m_certDir;
    std::optional<Certificates> m_certs;
};

void tst_Server::initTestCase()
{
    QVERIFY(m_certDir.isValid());
    const QString dir = m_certDir.path();
    const QString days = QStringLiteral("2");
    const bool ok =
        runOpenssl(dir, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                         QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                         QStringLiteral("-keyout"), QStringLiteral("server.key"),
                         QStringLiteral("-out"), QStringLiteral("server.crt"),
                         QStringLiteral("-days"), days, QStringLiteral("-subj"),
                         QStringLiteral("/CN=127.0.0.1")})
        && runOpenssl(dir, {QStringLiteral("req"), QStringLiteral("-x509"),
                            QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                            QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                            QStringLiteral("ca.key"), QStringLiteral("-out"),
                            QStringLiteral("ca.crt"), QStringLiteral("-days"), days,
                            QStringLiteral("-subj"), QStringLiteral("/CN=Test CPE CA")})
        && runOpenssl(dir, {QStringLiteral("req"), QStringLiteral("-newkey"),
                            QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                            QStringLiteral("-keyout"), QStringLiteral("client.key"),
                            QStringLiteral("-out"), QStringLiteral("client.csr"),
                            QStringLiteral("-subj"), QStringLiteral("/CN=cpe-0001")})
        && runOpenssl(dir, {QStringLiteral("x509"), QStringLiteral("-req"),
                            QStringLiteral("-in"), QStringLiteral("client.csr"),
                            QStringLiteral("-CA"), QStringLiteral("ca.crt"),
                            QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
                            QStringLiteral("-CAcreateserial"), QStringLiteral("-out"),
                            QStringLiteral("client.crt"), QStringLiteral("-days"), days});
    if (!ok)
        return; // the TLS tests skip
    Certificates c;
    c.serverCert = QSslCertificate(readFile(dir + QStringLiteral("/server.crt")));
    c.serverKey = QSslKey(readFile(dir + QStringLiteral("/server.key")), QSsl::Rsa);
    c.caCert = QSslCertificate(readFile(dir + QStringLiteral("/ca.crt")));
    c.clientCert = QSslCertificate(readFile(dir + QStringLiteral("/client.crt")));
    c.clientKey = QSslKey(readFile(dir + QStringLiteral("/client.key")), QSsl::Rsa);
    if (!c.serverCert.isNull() && !c.serverKey.isNull() && !c.clientCert.isNull()
        && !c.clientKey.isNull())
        m_certs = c;
}

void tst_Server::init()
{
    m_handler = std::make_unique<TestHandler>();
    m_limits = ServerLimits();
}

void tst_Server::cleanup()
{
    qDeleteAll(m_clients);
    m_clients.clear();
    m_server.reset();
    m_handler.reset();
}

void tst_Server::startServer(const std::optional<TlsSettings> &tls)
{
    m_server = std::make_unique<Server>(m_handler.get());
    m_server->setLimits(m_limits);
    QVERIFY2(m_server->listen(QHostAddress::LocalHost, 0, tls),
             qPrintable(m_server->errorString()));
    QVERIFY(m_server->serverPort() != 0);
}

HttpTestClient *tst_Server::connectClient()
{
    auto *client = new HttpTestClient;
    m_clients.append(client);
    client->connectTo(m_server->serverPort());
    return client;
}

HttpTestClient *tst_Server::connectTlsClient(const QSslCertificate &cert, const QSslKey &key)
{
    auto *socket = new QSslSocket;
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setPeerVerifyMode(QSslSocket::VerifyNone); // the server's checks are under test
    if (!cert.isNull()) {
        config.setLocalCertificate(cert);
        config.setPrivateKey(key);
    }
    socket->setSslConfiguration(config);
    auto *client = new HttpTestClient(socket);
    m_clients.append(client);
    socket->connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_server->serverPort());
    return client;
}

void tst_Server::servesThreeRequestsOnOneKeptAliveConnection()
{
    startServer();
    HttpTestClient *client = connectClient();
    std::optional<RawResponse> r;
    for (int i = 0; i < 3; ++i) {
        const QByteArray body = "request " + QByteArray::number(i);
        client->send(post("/acs", body));
                QTRY_VERIFY_WITH_TIMEOUT(client->hasResponse(), kWait);
    r = client->take();
        QCOMPARE(r->status, 200);
        QCOMPARE(r->body, "POST /acs " + body);
        QVERIFY(r->headers.contains("date"));
        QCOMPARE(r->headers.value("server").value_or(QByteArray()), QByteArray("cwmp-workbench"));
    }
    QCOMPARE(m_handler->requests.size(), 3);
    QCOMPARE(m_handler->requests.at(0).connectionId, m_handler->requests.at(2).connectionId);
    QCOMPARE(m_handler->requests.at(0).peerAddress, QHostAddress(QHostAddress::LocalHost));
    QVERIFY(m_handler->requests.at(0).peerPort != 0);
    QVERIFY(!m_handler->requests.at(0).secure);
    QCOMPARE(m_server->connectionCount(), 1);
    QVERIFY(!client->isClosed());
}

void tst_Server::answersPipelinedRequestsInOrder()
{
    startServer();
    m_handler->mode = TestHandler::Mode::Hold;
    HttpTestClient *client = connectClient();
    client->send(post("/first", "1") + post("/second", "2"));
    QTRY_COMPARE_WITH_TIMEOUT(m_handler->held.size(), 2, kWait);
    // Answer the second first: it must still wait for the first.
    m_handler->held.at(1).send(TestHandler::echo(m_handler->requests.at(1)));
    QTest::qWait(100);
    QVERIFY(!client->hasResponse());
    m_handler->held.at(0).send(TestHandler::echo(m_handler->requests.at(0)));
    std::optional<RawResponse> r;
    QTRY_VERIFY_WITH_TIMEOUT(client->hasResponse(), kWait);
    r = client->take();
    QCOMPARE(r->body, QByteArray("POST /first 1"));
    QTRY_VERIFY_WITH_TIMEOUT(client->hasResponse(), kWait);
    r = client->take();
    QCOMPARE(r->body, QByteArray("POST /second 2"));
}

void tst_Server::sendsHeldResponseLater()
{
    startServer();
    m_handler->custom = [](const Request &request, Responder responder) {
        // TR-069 A.3.2.1: the ACS may think before answering the CPE's empty POST.
        QTimer::singleShot(500, [request, responder] {
            Response r;
            r.status = 204;
            responder.send(r);
        });
        Q_UNUSED(request);
    };
    HttpTestClient *client = connectClient();
    QElapsedTimer timer;
    timer.start();
    client->send(post("/acs", {}));
    std::optional<RawResponse> r;
    QTRY_VERIFY_WITH_TIMEOUT(client->hasResponse(), kWait);
    r = client->take();
    QVERIFY(timer.elapsed() >= 450);
    QCOMPARE(r->status, 204);
    QVERIFY(!r->headers.contains("content-length"));
}

void tst_Server::heldResponseDoesNotTimeOut()
{
    m_limits.idleTimeoutMs = 200;
    m_limits.headerTimeoutMs = 200;
    startServer();
    m_handler->mode = TestHandler::Mode::Hold;
    HttpTestClient *client = connectClient();
    client->send(post("/acs", {}));
    QTRY_COMPARE_WITH_TIMEOUT(m_handler->held.size(), 1, kWait);
    QTest::qWait(800); // four idle timeouts
    QVERIFY(!client->isClosed());
    QVERIFY(m_handler->held.first().isOpen());
    m_handler->held.first().send(TestHandler::echo(m_handler->requests.first()));
    std::optional<RawResponse> r;
    QTRY_VERIFY_WITH_TIMEOUT(client->hasResponse(), kWait);
    r = client->take();
    QCOMPARE(r->status, 200);
}

void tst_Server::clientDisconnectWhileHeldClosesResponder()
{
    startServer();
    m_handler->mode = TestHandler::Mode::Hold;
    HttpTestClient *client = connectClient();
    client->send(post("/acs", {}));
    QTRY_COMPARE_WITH_TIMEOUT(m_handler->held.size(), 1, kWait);
    const Responder responder = m_handler->held.first();
    QVERIFY(responder.isOpen());
    client->socket()->abort();
    QTRY_VERIFY_WITH_TIMEOUT(!responder.isOpen(), kWait);
    QTRY_COMPARE_WITH_TIMEOUT(m_handler->closed.size(), 1, kWait);
    QCOMPARE(m_handler->closed.first(), m_handler->requests.first().connectionId);
    responder.send(Response()); // harmless
    QTRY_COMPARE_WITH_TIMEOUT(m_server->connectionCount(), 0, kWait);
}

void tst_Server::secondSendIsIgnored()
{
    startServer();
    m_handler->custom = [](const Request &, Responder responder) {
        Response first;
        first.body = "first";
        responder.send(first);
        Response second;
        second.body = "second";
        responder.send(second);
        QVERIFY(!responder.isOpen());
        QVERIFY(responder.isSent());
    };
    HttpTestClient *client = connectClient();
    client->send(post("/a", {}) + post("/b", {}));
    std::optional<RawResponse> r;
    QTRY_VERIFY_WITH_TIMEOUT(client->hasResponse(), kWait);
    r = client->take();
    QCOMPARE(r->body, QByteArray("first"));
    QTRY_VERIFY_WITH_TIMEOUT(client->hasResponse(), kWait);
    r = client->take();
    QCOMPARE(r->body, QByteArray("first"));
    QTest::qWait(50);
    QVERIFY(!client->hasResponse());
}

void tst_Server::honoursConnectionClose_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<bool>("closes");
    QTest::newRow("http/1.1 close")
        << QByteArray("GET / HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n") << true;
    QTest::newRow("http/1.0 default") << QByteArray("GET / HTTP/1.0\r\n\r\n") << true;
    QTest::newRow("http/1.0 keep-alive")
        << QByteArray("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n") << false;
    QTest::newRow("http/1.1 default") << QByteArray("GET / HTTP/1.1\r\nHost: t\r\n\r\n") << false;
}

void tst_Server::honoursConnectionClose()
{
    QFETCH(QByteArray, request);
    QFETCH(bool, closes);
    startServer();
    HttpTestClient *client = connectClient();
    client->send(request);
    std::optional<RawResponse> r;
    QTRY_VERIFY_WITH_TIMEOUT(client->hasResponse(), kWait);
    r = client->take();
    QCOMPARE(r->status, 200);
    if (closes) {
        QCOMPARE(r->headers.value("connection").value_or(QByteArray()), QByteArray("close"));
        QTRY_VERIFY_WITH_TIMEOUT(client->isClosed(), kWait);
    } else {
        QTest::qWait(100);
        QVERIFY(!client->isClosed());
    }
}

void tst_Server::acceptsChunkedUpload()
{
    startServer();
    HttpTestClient *client = connectClient();
    client->send("POST /up HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n"
                 "4\r\nWiki\r\n5\r\npedia\r\n0\r\nX-Trailer: ignored\r\n\r\n");
    std::optional<RawResponse> r;
    QTRY_VERIFY_WITH_TIMEOUT(client->hasResponse(), kWait);
    r = client->take();
    QCOMPARE(r->body, QByteArray("POST /up Wikipedia"));
    QCOMPARE(m_handler->requests.first().rawBodySize, 9);
}

void tst_Server::decodesCompressedBodies_data()
{
    QTest::addColumn<QByteArray>("encoding");
    QTest::addColumn<int>("windowBits");
    QTest::newRow("gzip") << QByteArray("gzip") << 15 + 16;
    QTest::newRow("deflate (zlib format)") << QByteArray("deflate") << 15;
    QTest::newRow("deflate (raw, seen from some CPEs)") << QByteArray("deflate") << -15;
}

void tst_Server::decodesCompressedBodies()
{
    QFETCH(QByteArray, encoding);
    QFETCH(int, windowBits);
    startServer();
    QByteArray soap;
    for (int i = 0; i < 200; ++i)
        soap += "<ParameterValueStruct><Name>Device.X." + QByteArray::number(i) + "</Name>";
    const QByteArray compressed = compress(soap, windowBits);
    HttpTestClient *client = connectClient();
    client->send(post("/acs", compressed, "Content-Encoding: " + encoding + "\r\n"));
    std::optional<RawResponse> r;
    QTRY_VERIFY_WITH_TIMEOUT(client->hasResponse(), kWait);
    r = client->take();
    QCOMPARE(r->status, 200);
    QCOMPARE(m_handler->requests.first().body, soap);
    QCOMPARE(m_handler->requests.first().rawBodySize, compressed.size());
}

void tst_Server::rejectsZipBomb()
{
    m_limits.maxDecompressedBytes = 1024 * 1024;
    startServer();
    const QByteArray bomb = compress(QByteArray(20 * 1024 * 1024, '\0'), 15 + 16);
    QVERIFY(bomb.size() < 100 * 1024);
    HttpTestClient *client = connectClient();
    client->send(post("/acs", bomb, "Content-Encoding: gzip\r\n"));
    std::optional<RawResponse> r;
    QTRY_VERIFY_WITH_TIMEOUT(client->hasResponse(), kWait);
    r = client->take();
    QCOMPARE(r->status, 413);
    QTRY_VERIFY_WITH_TIMEOUT(client->isClosed(), kWait);
    QVERIFY(m_handler->requests.isEmpty());
}

void tst_Server::rejectsUnknownContentEncoding()
{
    startServer();
    HttpTestClient *client = connectClient();
    client->send(post("/acs", "xx", "Content-Encoding: br\r\n"));
    std::optional<RawResponse> r;
    QTRY_VERIFY_WITH_TIMEOUT(client->hasResponse(), kWait);
    r = client->take();
    QCOMPARE(r->status, 415);
}

void tst_Server::answersExpectContinue()
{
    startServer();
    HttpTestClient *client = connectClient();
    client->send("POST /acs HTTP/1.1\r\nHost: t\r\nExpect: 100-continue\r\n"
                 "Content-Length: 6\r\n\r\n");
    std::optional<RawResponse> r;
    QTRY_VERIFY_WITH_TIMEOUT(client->hasResponse(), kWait);
    r = client->take();
    QCOMPARE(r->status, 100);
    client->send("inform");
    QTRY_VERIFY_WITH_TIMEOUT(client->hasResponse(), kWait);
    r = client->take();
    QCOMPARE(r->status, 200);
    QCOMPARE(r->body, QByteArray("POST /acs inform"));
}

void tst_Server::refusesOversizedExpectContinueAtOnce()
{
    m_limits.maxBodyBytes = 1000;
    startServer();
    HttpTestClient *client = connectClient();
    client->send("POST /acs HTTP/1.1\r\nHost: t\r\nExpect: 100-continue\r\n"
                 "Content-Length: 5000\r\n\r\n");
    std::optional<RawResponse> r;
    QTRY_VERIFY_WITH_TIMEOUT(client->hasResponse(), kWait);
    r = client->take();
    QCOMPARE(r->status, 413);
    QTRY_VERIFY_WITH_TIMEOUT(client->isClosed(), kWait);
}

void tst_Server::rejectsMalformedRequestAndCloses()
{
    startServer();
    HttpTestClient *client = connectClient();
    client->send("POST /acs HTTP/1.1\r\nHost: t\r\nContent-Length: 3\r\n"
                 "Transfer-Encoding: chunked\r\n\r\n");
    std::optional<RawResponse> r;
    QTRY_VERIFY_WITH_TIMEOUT(client->hasResponse(), kWait);
    r = client->take();
    QCOMPARE(r->status, 400);
    QTRY_VERIFY_WITH_TIMEOUT(client->isClosed(), kWait);
    QVERIFY(m_handler->requests.isEmpty());
}

void tst_Server::refusesTooManyConnections()
{
    m_limits.maxConnections = 2;
    startServer();
    QSignalSpy rejected(m_server.get(), &Server::connectionRejected);
    HttpTestClient *a = connectClient();
    HttpTestClient *b = connectClient();
    QTRY_COMPARE_WITH_TIMEOUT(m_server->connectionCount(), 2, kWait);
    HttpTestClient *c = connectClient();
    std::optional<RawResponse> r;
    QTRY_VERIFY_WITH_TIMEOUT(c->hasResponse(), kWait);
    r = c->take();
    QCOMPARE(r->status, 503);
    QTRY_VERIFY_WITH_TIMEOUT(c->isClosed(), kWait);
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(m_server->connectionCount(), 2);
    // The accepted ones still work.
    a->send(post("/a", {}));
    QTRY_VERIFY_WITH_TIMEOUT(a->hasResponse(), kWait);
    r = a->take();
    QCOMPARE(r->status, 200);
    Q_UNUSED(b);
}

void tst_Server::timesOutSlowHead()
{
    m_limits.headerTimeoutMs = 300;
    startServer();
    HttpTestClient *client = connectClient();
    client->send("POST /acs HTTP/1.1\r\nHost: t\r\n"); // and nothing more
    std::optional<RawResponse> r;
    QTRY_VERIFY_WITH_TIMEOUT(client->hasResponse(), kWait);
    r = client->take();
    QCOMPARE(r->status, 408);
    QTRY_VERIFY_WITH_TIMEOUT(client->isClosed(), kWait);
}

void tst_Server::closesIdleKeepAliveConnection()
{
    m_limits.idleTimeoutMs = 300;
    startServer();
    HttpTestClient *client = connectClient();
    client->send(post("/acs", {}));
    std::optional<RawResponse> r;
    QTRY_VERIFY_WITH_TIMEOUT(client->hasResponse(), kWait);
    r = client->take();
    QTRY_VERIFY_WITH_TIMEOUT(client->isClosed(), kWait);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->connectionCount(), 0, kWait);
}

void tst_Server::streamsLargeResponseWithBoundedMemory()
{
    constexpr qint64 kSize = 50LL * 1024 * 1024;
    // Reads may run ahead of what the client has received only by the server's small write
    // buffer plus the kernel's socket buffers, never by the whole body.
    constexpr qint64 kMaxLead = 16LL * 1024 * 1024;
    startServer();
    auto device = std::make_shared<GeneratingDevice>(kSize);
    m_handler->custom = [device](const Request &, Responder responder) {
        Response r;
        r.headers.set("Content-Type", "application/octet-stream");
        r.bodyStream = device;
        r.bodyStreamLength = kSize;
        responder.send(r);
    };
    HttpTestClient *client = connectClient();
    device->client = client;
    client->setDiscard(true);
    client->send("GET /firmware.bin HTTP/1.1\r\nHost: t\r\n\r\n");
    QTRY_VERIFY_WITH_TIMEOUT(client->received() > kSize, 60000);
    QCOMPARE(device->produced(), kSize);
    qInfo("reads ran ahead of the client by at most %lld bytes", device->maxLead);
    QVERIFY2(device->maxLead < kMaxLead, qPrintable(QString::number(device->maxLead)));
    // The connection is still usable afterwards.
    m_handler->custom = nullptr;
    client->setDiscard(false);
    client->send(post("/after", {}));
    std::optional<RawResponse> r;
    QTRY_VERIFY_WITH_TIMEOUT(client->hasResponse(), kWait);
    r = client->take();
    QCOMPARE(r->body, QByteArray("POST /after "));
}

void tst_Server::streamsUnknownLengthResponseChunked()
{
    startServer();
    QByteArray content;
    for (int i = 0; i < 300000; ++i)
        content += char('A' + i % 23);
    m_handler->custom = [content](const Request &, Responder responder) {
        auto buffer = std::make_shared<QBuffer>();
        buffer->setData(content);
        Response r;
        r.bodyStream = buffer;
        responder.send(r);
    };
    HttpTestClient *client = connectClient();
    client->send("GET /log HTTP/1.1\r\nHost: t\r\n\r\n");
    std::optional<RawResponse> r;
    QTRY_VERIFY_WITH_TIMEOUT(client->hasResponse(), kWait);
    r = client->take();
    QCOMPARE(r->headers.value("transfer-encoding").value_or(QByteArray()), QByteArray("chunked"));
    QCOMPARE(r->body, content);
}

void tst_Server::answersHeadWithoutBody()
{
    startServer();
    HttpTestClient *client = connectClient();
    client->expectHeadResponse();
    client->send("HEAD /file HTTP/1.1\r\nHost: t\r\n\r\n");
    std::optional<RawResponse> r;
    QTRY_VERIFY_WITH_TIMEOUT(client->hasResponse(), kWait);
    r = client->take();
    QCOMPARE(r->headers.value("content-length").value_or(QByteArray()), QByteArray("11"));
    client->send(post("/next", {}));
    QTRY_VERIFY_WITH_TIMEOUT(client->hasResponse(), kWait);
    r = client->take();
    QCOMPARE(r->body, QByteArray("POST /next "));
}

void tst_Server::streamsRequestBodyToSink()
{
    m_limits.maxBodyBytes = 64 * 1024; // far below the upload: it must not be buffered
    startServer();
    auto state = std::make_shared<CountingSink::State>();
    m_handler->sinkFactory = [state](const Request &head) -> BodySink * {
        return head.path() == "/upload" ? new CountingSink(state) : nullptr;
    };
    const QByteArray body(5 * 1024 * 1024, 'u');
    HttpTestClient *client = connectClient();
    client->send(post("/upload", body));
    std::optional<RawResponse> r;
    QTRY_VERIFY_WITH_TIMEOUT(client->hasResponse(), kWait);
    r = client->take();
    QCOMPARE(r->status, 200);
    QCOMPARE(state->bytes, body.size());
    QVERIFY(state->finished);
    QVERIFY(!state->aborted);
    QVERIFY(m_handler->requests.first().body.isEmpty());
    QCOMPARE(m_handler->requests.first().rawBodySize, body.size());
}

void tst_Server::answers500WhenSinkRefuses()
{
    startServer();
    auto state = std::make_shared<CountingSink::State>();
    state->refuse = true;
    m_handler->sinkFactory = [state](const Request &) -> BodySink * {
        return new CountingSink(state);
    };
    HttpTestClient *client = connectClient();
    client->send(post("/upload", QByteArray(1000, 'x')));
    std::optional<RawResponse> r;
    QTRY_VERIFY_WITH_TIMEOUT(client->hasResponse(), kWait);
    r = client->take();
    QCOMPARE(r->status, 500);
    QVERIFY(state->aborted);
    QVERIFY(!state->finished);
}

void tst_Server::reportsPortInUseInPlainWords()
{
    startServer();
    Server second(m_handler.get());
    QVERIFY(!second.listen(QHostAddress::LocalHost, m_server->serverPort()));
    QVERIFY2(second.errorString().contains(QStringLiteral("already in use")),
             qPrintable(second.errorString()));
    QVERIFY(second.errorString().contains(QString::number(m_server->serverPort())));
}

void tst_Server::servesHttps()
{
    if (!m_certs)
        QSKIP("openssl could not create test certificates");
    TlsSettings tls;
    tls.certificate = m_certs->serverCert;
    tls.key = m_certs->serverKey;
    startServer(tls);
    HttpTestClient *client = connectTlsClient();
    client->send(post("/acs", "secure"));
    std::optional<RawResponse> r;
    QTRY_VERIFY_WITH_TIMEOUT(client->hasResponse(), kWait);
    r = client->take();
    QCOMPARE(r->body, QByteArray("POST /acs secure"));
    QVERIFY(m_handler->requests.first().secure);
    QVERIFY(m_handler->requests.first().peerCertificate.isNull());
}

void tst_Server::mutualTlsRefusesClientWithoutCertificate()
{
    if (!m_certs)
        QSKIP("openssl could not create test certificates");
    TlsSettings tls;
    tls.certificate = m_certs->serverCert;
    tls.key = m_certs->serverKey;
    tls.requireClientCertificate = true;
    tls.clientCaCertificates = {m_certs->caCert};
    startServer(tls);
    QSignalSpy tlsErrors(m_server.get(), &Server::tlsError);
    HttpTestClient *client = connectTlsClient();
    client->send(post("/acs", "x"));
    QTRY_VERIFY_WITH_TIMEOUT(client->isClosed(), kWait);
    QTRY_VERIFY_WITH_TIMEOUT(tlsErrors.size() >= 1, kWait);
    QVERIFY(m_handler->requests.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(m_server->connectionCount(), 0, kWait);
}

void tst_Server::mutualTlsAcceptsClientWithCaSignedCertificate()
{
    if (!m_certs)
        QSKIP("openssl could not create test certificates");
    TlsSettings tls;
    tls.certificate = m_certs->serverCert;
    tls.key = m_certs->serverKey;
    tls.requireClientCertificate = true;
    tls.clientCaCertificates = {m_certs->caCert};
    startServer(tls);
    HttpTestClient *client = connectTlsClient(m_certs->clientCert, m_certs->clientKey);
    client->send(post("/acs", "mutual"));
    std::optional<RawResponse> r;
    QTRY_VERIFY_WITH_TIMEOUT(client->hasResponse(), kWait);
    r = client->take();
    QCOMPARE(r->status, 200);
    QCOMPARE(m_handler->requests.first().peerCertificate, m_certs->clientCert);
}

QTEST_GUILESS_MAIN(tst_Server)
#include "tst_server.moc"
