// HttpClient and UrlFetcher against scripted HTTP peers on 127.0.0.1 (port 0): the peer
// writes exactly the bytes a row asks for, so framing, auth and failure paths are exercised
// on real sockets.

#include "http/digest.h"
#include "http/httpclient.h"
#include "http/urlfetcher.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QEventLoop>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <zlib.h>

#include <optional>

using namespace http;

namespace {

struct PeerRequest {
    QByteArray method;
    QByteArray target;
    QMap<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    int connection = 0;
    QByteArray header(const char *name) const { return headers.value(QByteArray(name)); }
};

struct Reply {
    QByteArray raw;           // written as is
    bool close = false;       // close after writing
    bool silent = false;      // never answer
    qint64 streamBytes = 0;   // after raw, this many generated body bytes, paced by the socket
};

// A tiny HTTP/1.1 server whose answers come from a function of the request.
class ScriptedPeer : public QObject
{
public:
    std::function<Reply(const PeerRequest &)> handler;
    QList<PeerRequest> requests;
    int connections = 0;
    QTcpServer server;

    ScriptedPeer()
    {
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        connect(&server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = server.nextPendingConnection()) {
                const int id = ++connections;
                auto buffer = std::make_shared<QByteArray>();
                connect(s, &QTcpSocket::readyRead, this, [this, s, id, buffer] {
                    buffer->append(s->readAll());
                    serve(s, id, *buffer);
                });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }
    quint16 port() const { return server.serverPort(); }
    QUrl url(const char *path = "/") const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(QLatin1String(path)));
    }

private:
    void serve(QTcpSocket *s, int id, QByteArray &buffer)
    {
        for (;;) {
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            PeerRequest rq;
            const QList<QByteArray> lines = buffer.left(end).split('\n');
            const QList<QByteArray> first = lines.first().trimmed().split(' ');
            rq.method = first.value(0);
            rq.target = first.value(1);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                rq.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
            }
            const qint64 length = rq.header("content-length").toLongLong();
            if (buffer.size() < end + 4 + length)
                return;
            rq.body = buffer.mid(end + 4, length);
            buffer.remove(0, end + 4 + length);
            rq.connection = id;
            requests.append(rq);
            const Reply reply = handler(rq);
            if (reply.silent)
                continue;
            s->write(reply.raw);
            if (reply.streamBytes > 0) {
                auto left = std::make_shared<qint64>(reply.streamBytes);
                auto pump = [s, left] {
                    while (*left > 0 && s->bytesToWrite() < 512 * 1024) {
                        const qint64 n = qMin<qint64>(*left, 64 * 1024);
                        s->write(QByteArray(n, 'x'));
                        *left -= n;
                    }
                };
                connect(s, &QTcpSocket::bytesWritten, s, pump);
                pump();
            }
            if (reply.close)
                s->disconnectFromHost();
        }
    }
};

QByteArray response(int status, const QByteArray &body, const QByteArray &extraHeaders = {})
{
    return "HTTP/1.1 " + QByteArray::number(status) + " X\r\n" + extraHeaders
        + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

QByteArray compress(const QByteArray &data, int windowBits)
{
    z_stream z{};
    deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, windowBits, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(int(deflateBound(&z, uLong(data.size())) + 32), Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    deflate(&z, Z_FINISH);
    out.resize(qsizetype(z.total_out));
    deflateEnd(&z);
    return out;
}

QByteArray chunked(const QByteArray &data, int piece)
{
    QByteArray out;
    for (qsizetype i = 0; i < data.size(); i += piece) {
        const QByteArray part = data.mid(i, piece);
        out += QByteArray::number(part.size(), 16) + ";ext=1\r\n" + part + "\r\n";
    }
    return out + "0\r\nX-Trailer: 1\r\n\r\n";
}

Request get(const QByteArray &target = "/")
{
    Request r;
    r.method = "GET";
    r.target = target;
    return r;
}

Request post(const QByteArray &body, const QByteArray &target = "/acs")
{
    Request r;
    r.method = "POST";
    r.target = target;
    r.body = body;
    r.headers.add("Content-Type", "text/xml; charset=\"utf-8\"");
    return r;
}

Result await(HttpClient &client, Request request, Transfer transfer = {}, int ms = 15000)
{
    std::optional<Result> out;
    QEventLoop loop;
    client.send(std::move(request), std::move(transfer), [&](const Result &r) {
        out = r;
        loop.quit();
    });
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    if (!out)
        loop.exec();
    return out.value_or(Result{false, false, {}, QStringLiteral("test: no result"), 0, {}, 0, 0, 0, {}, 0, false});
}

// A Digest-checking handler: challenges, verifies with the pure digest functions, and can
// declare a nonce stale.
struct DigestPeer {
    QByteArray algorithm = "MD5";
    QByteArray user = "cpe";
    QByteArray password = "secret";
    QByteArray nonce = "n1";
    bool offerBasic = false;
    bool basicOnly = false;
    int challenges = 0;
    QList<QByteArray> nonceCounts;
    int staleAfter = 0; // the nth authorised request finds its nonce stale
    int authorised = 0;

    Reply operator()(const PeerRequest &rq)
    {
        const QByteArray auth = rq.header("authorization");
        bool good = false;
        if (auth.startsWith("Basic ")) {
            good = QByteArray::fromBase64(auth.mid(6)) == user + ':' + password;
        } else if (const auto c = parseDigestCredentials(auth)) {
            const auto alg = digestAlgorithmFromName(c->algorithmName.isEmpty() ? QByteArray("MD5") : c->algorithmName);
            good = alg && c->username == user && c->nonce == nonce
                && c->response == computeDigestResponse(*alg, c->username, c->realm, password, rq.method,
                                                        c->uri, c->nonce, c->nc, c->cnonce, c->qop);
            if (good)
                nonceCounts.append(c->nc);
            if (good && staleAfter && ++authorised == staleAfter) {
                nonce = "n2";
                ++challenges;
                return {response(401, "stale", "WWW-Authenticate: Digest realm=\"lab\", nonce=\"n2\", qop=\"auth\", stale=true, algorithm="
                                                   + algorithm + "\r\n")};
            }
        }
        if (good)
            return {response(200, "welcome " + rq.target)};
        ++challenges;
        QByteArray headers;
        if (!basicOnly)
            headers += "WWW-Authenticate: Digest realm=\"lab\", nonce=\"" + nonce + "\", qop=\"auth,auth-int\", opaque=\"op\", algorithm="
                + algorithm + "\r\n";
        if (offerBasic || basicOnly)
            headers += "WWW-Authenticate: Basic realm=\"lab\"\r\n";
        return {response(401, "denied", headers)};
    }
};

} // namespace

class tst_HttpClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsOneConnectionForThreeRequests()
    {
        ScriptedPeer peer;
        peer.handler = [](const PeerRequest &rq) { return Reply{response(200, "ok " + rq.body)}; };
        HttpClient client(peer.url());
        for (int i = 0; i < 3; ++i) {
            const Result r = await(client, post("inform " + QByteArray::number(i)));
            QVERIFY2(r.ok, qPrintable(r.error));
            QCOMPARE(r.response.body, "ok inform " + QByteArray::number(i));
            QCOMPARE(r.reusedConnection, i > 0);
        }
        QCOMPARE(peer.connections, 1);
        QCOMPARE(peer.requests.size(), 3);
        QCOMPARE(peer.requests.first().header("host"), "127.0.0.1:" + QByteArray::number(peer.port()));
        QCOMPARE(peer.requests.first().header("content-length"), QByteArray("8"));
    }

    void sendsQueuedRequestsOneAtATime()
    {
        ScriptedPeer peer;
        peer.handler = [](const PeerRequest &rq) { return Reply{response(200, rq.target)}; };
        HttpClient client(peer.url());
        QList<QByteArray> answers;
        for (const char *path : {"/a", "/b", "/c"})
            client.send(get(path), [&](const Result &r) { answers.append(r.response.body); });
        QTRY_COMPARE(answers.size(), 3);
        QCOMPARE(answers, (QList<QByteArray>{"/a", "/b", "/c"}));
        QCOMPARE(peer.connections, 1);
    }

    void reconnectsAfterServerClosedIdleConnection_data()
    {
        QTest::addColumn<bool>("waitForClose");
        QTest::addColumn<QByteArray>("method");
        QTest::newRow("close noticed, POST") << true << QByteArray("POST");
        QTest::newRow("close racing the next GET") << false << QByteArray("GET");
    }
    void reconnectsAfterServerClosedIdleConnection()
    {
        QFETCH(bool, waitForClose);
        QFETCH(QByteArray, method);
        ScriptedPeer peer;
        // The server keeps nothing alive: it closes after each answer without saying so.
        peer.handler = [](const PeerRequest &) { return Reply{response(200, "ok"), true}; };
        HttpClient client(peer.url());
        QSignalSpy closed(&client, &HttpClient::disconnected);
        Request first = get();
        first.method = method;
        QVERIFY(await(client, first).ok);
        if (waitForClose)
            QTRY_COMPARE(closed.size(), 1);
        const Result second = await(client, first);
        QVERIFY2(second.ok, qPrintable(second.error));
        QCOMPARE(peer.connections, 2);
    }

    void decodesResponseBodies_data()
    {
        const QByteArray text = QByteArray("<soap:Envelope>payload</soap:Envelope>").repeated(200);
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<bool>("closeAfter");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("content-length") << response(200, text) << false << QByteArray("GET") << text;
        QTest::newRow("chunked") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + chunked(text, 1000))
                                 << false << QByteArray("GET") << text;
        QTest::newRow("gzip") << response(200, compress(text, 15 + 16), "Content-Encoding: gzip\r\n") << false
                              << QByteArray("GET") << text;
        QTest::newRow("deflate zlib") << response(200, compress(text, 15), "Content-Encoding: deflate\r\n") << false
                                      << QByteArray("GET") << text;
        QTest::newRow("deflate raw") << response(200, compress(text, -15), "Content-Encoding: deflate\r\n") << false
                                     << QByteArray("GET") << text;
        QTest::newRow("chunked gzip")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n"
                          + chunked(compress(text, 15 + 16), 300))
            << false << QByteArray("GET") << text;
        QTest::newRow("until close") << QByteArray("HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n" + text) << true
                                     << QByteArray("GET") << text;
        QTest::newRow("100 continue first") << QByteArray("HTTP/1.1 100 Continue\r\n\r\n" + response(200, "x")) << false
                                            << QByteArray("POST") << QByteArray("x");
        QTest::newRow("204 without body") << QByteArray("HTTP/1.1 204 No Content\r\n\r\n") << false
                                          << QByteArray("POST") << QByteArray();
        QTest::newRow("HEAD without body") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 500\r\n\r\n") << false
                                           << QByteArray("HEAD") << QByteArray();
    }
    void decodesResponseBodies()
    {
        QFETCH(QByteArray, raw);
        QFETCH(bool, closeAfter);
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, expected);
        ScriptedPeer peer;
        peer.handler = [&](const PeerRequest &) { return Reply{raw, closeAfter}; };
        HttpClient client(peer.url());
        Request rq = get();
        rq.method = method;
        for (int i = 0; i < 2; ++i) { // twice: the framing must leave the connection usable
            const Result r = await(client, rq);
            QVERIFY2(r.ok, qPrintable(r.error));
            QCOMPARE(r.response.body, expected);
        }
        QCOMPARE(peer.connections, closeAfter ? 2 : 1);
    }

    void sendsCookiesBackUntilCleared()
    {
        ScriptedPeer peer;
        peer.handler = [](const PeerRequest &rq) {
            if (rq.target == "/login")
                return Reply{response(200, "hi",
                                      "Set-Cookie: session=abc123; Path=/\r\n"
                                      "Set-Cookie: acsonly=1; Path=/acs\r\n"
                                      "Set-Cookie: secure=1; Secure\r\n"
                                      "Set-Cookie: gone=1; Max-Age=0\r\n")};
            return Reply{response(200, rq.header("cookie"))};
        };
        HttpClient client(peer.url());
        QVERIFY(await(client, get("/login")).ok);
        QCOMPARE(await(client, post("x", "/acs")).response.body, QByteArray("acsonly=1; session=abc123"));
        QCOMPARE(await(client, get("/other")).response.body, QByteArray("session=abc123"));
        client.clearCookies();
        QCOMPARE(await(client, post("x", "/acs")).response.body, QByteArray());
        QVERIFY(!peer.requests.last().headers.contains("cookie"));
    }

    void authenticates_data()
    {
        QTest::addColumn<QByteArray>("algorithm");
        QTest::addColumn<bool>("offerBasic");
        QTest::addColumn<bool>("basicOnly");
        QTest::addColumn<QByteArray>("expectedScheme");
        QTest::newRow("digest MD5") << QByteArray("MD5") << false << false << QByteArray("Digest");
        QTest::newRow("digest SHA-256") << QByteArray("SHA-256") << false << false << QByteArray("Digest");
        QTest::newRow("digest preferred over basic") << QByteArray("MD5") << true << false << QByteArray("Digest");
        QTest::newRow("basic when only basic is offered") << QByteArray("MD5") << false << true << QByteArray("Basic");
    }
    void authenticates()
    {
        QFETCH(QByteArray, algorithm);
        QFETCH(bool, offerBasic);
        QFETCH(bool, basicOnly);
        QFETCH(QByteArray, expectedScheme);
        ScriptedPeer peer;
        auto digest = std::make_shared<DigestPeer>();
        digest->algorithm = algorithm;
        digest->offerBasic = offerBasic;
        digest->basicOnly = basicOnly;
        peer.handler = [digest](const PeerRequest &rq) { return (*digest)(rq); };
        HttpClient client(peer.url());
        client.setCredentials(QStringLiteral("cpe"), QStringLiteral("secret"));
        for (int i = 0; i < 3; ++i) {
            const Result r = await(client, post("inform"));
            QVERIFY2(r.ok, qPrintable(r.error));
        }
        // One challenge, then the nonce is reused with an incrementing count (RFC 7616 §3.4).
        QCOMPARE(digest->challenges, 1);
        QCOMPARE(peer.requests.size(), 4);
        QVERIFY(peer.requests.last().header("authorization").startsWith(expectedScheme));
        if (expectedScheme == "Digest") {
            QCOMPARE(digest->nonceCounts, (QList<QByteArray>{"00000001", "00000002", "00000003"}));
            QVERIFY(peer.requests.last().header("authorization").contains("algorithm=" + algorithm));
        }
        QCOMPARE(peer.requests.at(1).body, QByteArray("inform")); // the same request re-sent
    }

    void reauthenticatesOnStaleNonce()
    {
        ScriptedPeer peer;
        auto digest = std::make_shared<DigestPeer>();
        digest->staleAfter = 2;
        peer.handler = [digest](const PeerRequest &rq) { return (*digest)(rq); };
        HttpClient client(peer.url());
        client.setCredentials(QStringLiteral("cpe"), QStringLiteral("secret"));
        for (int i = 0; i < 3; ++i) {
            const Result r = await(client, post("rpc"));
            QVERIFY2(r.ok, qPrintable(r.error));
        }
        QCOMPARE(digest->challenges, 2);
        QCOMPARE(digest->nonceCounts.last(), QByteArray("00000002")); // n2: 1 on retry, 2 next
    }

    void reportsRefusedCredentials_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("expected");
        QTest::newRow("wrong password") << QStringLiteral("wrong") << QStringLiteral("refused the credentials (401)");
        QTest::newRow("no credentials") << QString() << QStringLiteral("asks for credentials but none are set (401)");
    }
    void reportsRefusedCredentials()
    {
        QFETCH(QString, password);
        QFETCH(QString, expected);
        ScriptedPeer peer;
        auto digest = std::make_shared<DigestPeer>();
        peer.handler = [digest](const PeerRequest &rq) { return (*digest)(rq); };
        HttpClient client(peer.url());
        if (!password.isEmpty())
            client.setCredentials(QStringLiteral("cpe"), password);
        const Result r = await(client, get("/cr"));
        QVERIFY(!r.ok);
        QVERIFY(r.responded);
        QCOMPARE(r.response.status, 401);
        QCOMPARE(r.error, QStringLiteral("127.0.0.1:%1 ").arg(peer.port()) + expected);
        QVERIFY(peer.requests.size() <= 2);
    }

    void timesOutInPlainWords()
    {
        ScriptedPeer peer;
        peer.handler = [](const PeerRequest &) { return Reply{{}, false, true}; };
        HttpClient client(peer.url());
        client.setTimeoutMs(300);
        const Result r = await(client, get("/cr"));
        QVERIFY(!r.ok);
        QCOMPARE(r.error, QStringLiteral("no answer from 127.0.0.1:%1 in 0.3 s").arg(peer.port()));
        QVERIFY2(r.elapsedMs >= 250 && r.elapsedMs < 3000, qPrintable(QString::number(r.elapsedMs)));
    }

    void reportsConnectionRefused()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        HttpClient client(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        const Result r = await(client, get());
        QVERIFY(!r.ok);
        QVERIFY(!r.responded);
        QCOMPARE(r.error, QStringLiteral("connection refused by 127.0.0.1:%1").arg(port));
    }

    void followsRedirects_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("otherServer");
        QTest::newRow("301 same server") << 301 << false;
        QTest::newRow("302 other server") << 302 << true;
        QTest::newRow("307 same server") << 307 << false;
        QTest::newRow("308 other server") << 308 << true;
    }
    void followsRedirects()
    {
        QFETCH(int, status);
        QFETCH(bool, otherServer);
        ScriptedPeer target;
        target.handler = [](const PeerRequest &rq) { return Reply{response(200, "target " + rq.method + ' ' + rq.body)}; };
        ScriptedPeer first;
        first.handler = [&](const PeerRequest &rq) {
            if (rq.target == "/moved")
                return Reply{response(200, "moved " + rq.method + ' ' + rq.body)};
            const QByteArray location = otherServer ? target.url("/acs2").toEncoded() : QByteArray("/moved");
            return Reply{response(status, {}, "Location: " + location + "\r\n")};
        };
        HttpClient client(first.url());
        client.setFollowRedirects(true);
        const Result r = await(client, post("inform"));
        QVERIFY2(r.ok, qPrintable(r.error));
        // TR-069 §3.4.5: the CPE re-sends its Inform to the new location.
        QCOMPARE(r.response.body, QByteArray(otherServer ? "target POST inform" : "moved POST inform"));
        QCOMPARE(r.redirects, 1);
        QCOMPARE(client.origin().port(), int(otherServer ? target.port() : first.port()));
    }

    void stopsAfterFiveRedirects()
    {
        ScriptedPeer peer;
        peer.handler = [](const PeerRequest &rq) {
            return Reply{response(302, {}, "Location: " + rq.target + "x\r\n")};
        };
        HttpClient client(peer.url());
        client.setFollowRedirects(true);
        const Result r = await(client, get("/loop"));
        QVERIFY(!r.ok);
        QCOMPARE(r.error, QStringLiteral("too many redirects (more than 5)"));
        QCOMPARE(peer.requests.size(), 6);
    }

    void refusesOversizedResponse_data()
    {
        const QByteArray big(5000, 'b');
        QTest::addColumn<QByteArray>("raw");
        QTest::newRow("content-length") << response(200, big);
        QTest::newRow("chunked") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + chunked(big, 700));
        QTest::newRow("gzip bomb") << response(200, compress(QByteArray(1'000'000, 0), 15 + 16), "Content-Encoding: gzip\r\n");
    }
    void refusesOversizedResponse()
    {
        QFETCH(QByteArray, raw);
        ScriptedPeer peer;
        peer.handler = [&](const PeerRequest &) { return Reply{raw}; };
        HttpClient client(peer.url());
        client.setMaxResponseBytes(4096);
        const Result r = await(client, get());
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("exceeds the 4 kB limit")), qPrintable(r.error));
    }

    void abortFailsPendingRequests()
    {
        ScriptedPeer peer;
        peer.handler = [](const PeerRequest &) { return Reply{{}, false, true}; };
        HttpClient client(peer.url());
        QStringList errors;
        client.send(get(), [&](const Result &r) { errors << r.error; });
        client.send(get(), [&](const Result &r) { errors << r.error; });
        QTRY_COMPARE(peer.requests.size(), 1);
        client.abort();
        QCOMPARE(errors, (QStringList{QStringLiteral("aborted"), QStringLiteral("aborted")}));
    }

    void fetcherStreamsTwentyMegabytesIntoSink()
    {
        constexpr qint64 size = 20 * 1024 * 1024;
        ScriptedPeer peer;
        peer.handler = [](const PeerRequest &) {
            return Reply{"HTTP/1.1 200 OK\r\nContent-Length: " + QByteArray::number(size) + "\r\n\r\n", false, false, size};
        };
        // A sink that counts instead of storing, so the test itself stays small.
        class CountingSink : public QIODevice
        {
        public:
            qint64 count = 0;
            qint64 readData(char *, qint64) override { return -1; }
            qint64 writeData(const char *, qint64 n) override { count += n; return n; }
        } sink;
        sink.open(QIODevice::WriteOnly);
        UrlFetcher fetcher;
        fetcher.setExpectedSize(size);
        QSignalSpy progress(&fetcher, &UrlFetcher::downloadProgress);
        std::optional<Result> out;
        fetcher.get(peer.url("/firmware.bin"), &sink, [&](const Result &r) { out = r; });
        QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 60000);
        QVERIFY2(out->ok, qPrintable(out->error));
        QCOMPARE(sink.count, size);
        QCOMPARE(out->bodyBytes, size);
        QVERIFY(out->response.body.isEmpty());
        QVERIFY(progress.size() > 10);
        QCOMPARE(progress.last().at(0).toLongLong(), size);
        QCOMPARE(progress.last().at(1).toLongLong(), size);
        QVERIFY(out->timings.responseFirstByteMs <= out->timings.responseLastByteMs);
    }

    void fetcherRejectsUnexpectedSize()
    {
        ScriptedPeer peer;
        peer.handler = [](const PeerRequest &) { return Reply{response(200, "short")}; };
        QBuffer sink;
        sink.open(QIODevice::WriteOnly);
        UrlFetcher fetcher;
        fetcher.setExpectedSize(10);
        std::optional<Result> out;
        fetcher.get(peer.url("/f"), &sink, [&](const Result &r) { out = r; });
        QTRY_VERIFY(out.has_value());
        QVERIFY(!out->ok);
        QCOMPARE(out->error, QStringLiteral("received 5 bytes but expected 10"));
    }

    void fetcherUploadsWithTimings()
    {
        const QByteArray payload(1024 * 1024, 'u');
        ScriptedPeer peer;
        auto digest = std::make_shared<DigestPeer>();
        peer.handler = [digest](const PeerRequest &rq) {
            Reply reply = (*digest)(rq);
            if (reply.raw.startsWith("HTTP/1.1 200"))
                reply.raw = response(201, QByteArray::number(rq.body.size()));
            return reply;
        };
        QBuffer source;
        source.setData(payload);
        source.open(QIODevice::ReadOnly);
        UrlFetcher fetcher;
        QSignalSpy progress(&fetcher, &UrlFetcher::uploadProgress);
        std::optional<Result> out;
        QUrl url = peer.url("/upload/log.txt");
        url.setUserName(QStringLiteral("cpe"));
        url.setPassword(QStringLiteral("secret"));
        fetcher.upload("PUT", url, &source, -1, "text/plain", [&](const Result &r) { out = r; });
        QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 30000);
        QVERIFY2(out->ok, qPrintable(out->error));
        QCOMPARE(out->response.status, 201);
        QCOMPARE(out->response.body, QByteArray::number(payload.size()));
        QCOMPARE(peer.requests.last().method, QByteArray("PUT"));
        QCOMPARE(peer.requests.last().body, payload);
        QCOMPARE(progress.last().at(0).toLongLong(), payload.size());
        const Timings &t = out->timings;
        QVERIFY(t.tcpOpenRequestMs > 0);
        QVERIFY(t.tcpOpenRequestMs <= t.tcpOpenResponseMs);
        QVERIFY(t.tcpOpenResponseMs <= t.requestStartMs);
        QVERIFY(t.requestStartMs <= t.requestEndMs);
        QVERIFY(t.requestEndMs <= t.responseFirstByteMs);
        QVERIFY(t.responseFirstByteMs <= t.responseLastByteMs);
        QVERIFY(out->bytesSent > payload.size());
    }
};

QTEST_GUILESS_MAIN(tst_HttpClient)
#include "tst_httpclient.moc"
