// Basic (RFC 7617) and Digest (RFC 7616) authentication of peers, the pure digest helpers
// shared with the HTTP client, and a nonce reused on a new TCP connection.

#include "httptestclient.h"

#include <http/authenticator.h>
#include <http/server.h>

#include <QTest>

using namespace http;

namespace {

constexpr int kWait = 10000;

std::optional<QByteArray> lookup(const QByteArray &user)
{
    if (user == "cpe-0001")
        return QByteArray("s3cret");
    if (user == "old-cpe")
        return QByteArray("legacy");
    return std::nullopt;
}

Request makeRequest(bool secure, const QByteArray &authorization = {},
                    const QByteArray &method = "POST", const QByteArray &target = "/acs")
{
    Request r;
    r.method = method;
    r.target = target;
    r.secure = secure;
    r.headers.add("Host", "acs");
    if (!authorization.isEmpty())
        r.headers.add("Authorization", authorization);
    return r;
}

QByteArray basic(const QByteArray &user, const QByteArray &password)
{
    return "Basic " + (user + ':' + password).toBase64();
}

QList<DigestChallenge> challengesOf(const Response &response)
{
    QList<DigestChallenge> all;
    for (const QByteArray &value : response.headers.values("www-authenticate"))
        all += parseDigestChallenges(value);
    return all;
}

DigestChallenge challengeFor(const Response &response, DigestAlgorithm algorithm)
{
    for (const DigestChallenge &c : challengesOf(response)) {
        if (c.algorithm == algorithm)
            return c;
    }
    return {};
}

} // namespace

class tst_Authenticator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void computesRfcExampleResponses_data();
    void computesRfcExampleResponses();
    void parsesSeveralChallengesInOneHeader();
    void comparesInConstantTimeCorrectly();

    void acceptsBasicOverTls();
    void refusesBadBasicCredentials_data();
    void refusesBadBasicCredentials();
    void refusesBasicOverPlainHttpByDefault();
    void acceptsBasicOverPlainHttpWhenAllowed();

    void challengesWithSha256BeforeMd5();
    void acceptsDigest_data();
    void acceptsDigest();
    void refusesWrongDigestPassword();
    void refusesUnknownUser();
    void refusesReplayedNonceCount();
    void acceptsIncreasingNonceCount();
    void answersExpiredNonceWithStale();
    void refusesDigestForOtherUriOrRealm();
    void usesNoQopNonceOnlyOnce();
    void refusesSha256WithoutQop();
    void boundsNonceTable();
    void acceptsNonceOnNewConnection();
};

void tst_Authenticator::computesRfcExampleResponses_data()
{
    QTest::addColumn<int>("algorithm");
    QTest::addColumn<QByteArray>("realm");
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<QByteArray>("nonce");
    QTest::addColumn<QByteArray>("cnonce");
    QTest::addColumn<QByteArray>("expected");
    // RFC 7616 §3.9.1
    QTest::newRow("rfc 7616 md5")
        << int(DigestAlgorithm::Md5) << QByteArray("http-auth@example.org")
        << QByteArray("Circle of Life")
        << QByteArray("7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v")
        << QByteArray("f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ")
        << QByteArray("8ca523f5e9506fed4657c9700eebdbec");
    QTest::newRow("rfc 7616 sha-256")
        << int(DigestAlgorithm::Sha256) << QByteArray("http-auth@example.org")
        << QByteArray("Circle of Life")
        << QByteArray("7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v")
        << QByteArray("f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ")
        << QByteArray("753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1");
    // RFC 2617 §3.5
    QTest::newRow("rfc 2617 md5")
        << int(DigestAlgorithm::Md5) << QByteArray("testrealm@host.com")
        << QByteArray("Circle Of Life") << QByteArray("dcd98b7102dd2f0e8b11d0f600bfb0c093")
        << QByteArray("0a4f113b") << QByteArray("6629fae49393a05397450978507c4ef1");
}

void tst_Authenticator::computesRfcExampleResponses()
{
    QFETCH(int, algorithm);
    QFETCH(QByteArray, realm);
    QFETCH(QByteArray, password);
    QFETCH(QByteArray, nonce);
    QFETCH(QByteArray, cnonce);
    QFETCH(QByteArray, expected);
    QCOMPARE(computeDigestResponse(DigestAlgorithm(algorithm), "Mufasa", realm, password, "GET",
                                   "/dir/index.html", nonce, formatNonceCount(1), cnonce, "auth"),
             expected);
}

void tst_Authenticator::parsesSeveralChallengesInOneHeader()
{
    const QList<AuthScheme> schemes = parseAuthChallenges(
        "Digest realm=\"a \\\"quoted\\\" realm\", nonce=\"n1\", qop=\"auth,auth-int\", "
        "algorithm=SHA-256, Basic realm=\"b\", Bearer abc==");
    QCOMPARE(schemes.size(), 3);
    QVERIFY(schemes.at(0).isScheme("digest"));
    QCOMPARE(schemes.at(0).param("realm").value_or(QByteArray()), QByteArray("a \"quoted\" realm"));
    QCOMPARE(schemes.at(1).param("realm").value_or(QByteArray()), QByteArray("b"));
    QCOMPARE(schemes.at(2).token68, QByteArray("abc=="));
    const QList<DigestChallenge> digest = parseDigestChallenges(
        "Digest realm=\"a\", nonce=\"n1\", qop=\"auth,auth-int\", algorithm=SHA-256, stale=TRUE");
    QCOMPARE(digest.size(), 1);
    QCOMPARE(digest.first().algorithm, DigestAlgorithm::Sha256);
    QCOMPARE(digest.first().qop, (QList<QByteArray>{"auth", "auth-int"}));
    QVERIFY(digest.first().stale);
    // Unsupported algorithms are skipped, malformed input gives nothing, not a crash.
    QVERIFY(parseDigestChallenges("Digest realm=\"a\", nonce=\"n\", algorithm=SHA-512-256").isEmpty());
    QVERIFY(parseDigestChallenges("Digest realm=\"unterminated").isEmpty());
    QVERIFY(!parseDigestCredentials("Digest username=\"x\"").has_value());
}

void tst_Authenticator::comparesInConstantTimeCorrectly()
{
    QVERIFY(constantTimeEquals("abc", "abc"));
    QVERIFY(!constantTimeEquals("abc", "abd"));
    QVERIFY(!constantTimeEquals("abc", "abcd"));
    QVERIFY(constantTimeEquals("", ""));
}

void tst_Authenticator::acceptsBasicOverTls()
{
    Authenticator auth(AuthMode::Basic, "cwmp", lookup);
    const AuthResult result = auth.check(makeRequest(true, basic("cpe-0001", "s3cret")));
    QVERIFY2(result.ok, qPrintable(result.failureReason));
    QCOMPARE(result.username, QByteArray("cpe-0001"));
}

void tst_Authenticator::refusesBadBasicCredentials_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::newRow("no credentials") << QByteArray();
    QTest::newRow("wrong password") << basic("cpe-0001", "guess");
    QTest::newRow("unknown user") << basic("nobody", "s3cret");
    QTest::newRow("not base64") << QByteArray("Basic !!!");
    QTest::newRow("no colon") << QByteArray("Basic " + QByteArray("cpe-0001").toBase64());
    QTest::newRow("other scheme") << QByteArray("Bearer abc");
}

void tst_Authenticator::refusesBadBasicCredentials()
{
    QFETCH(QByteArray, authorization);
    Authenticator auth(AuthMode::Basic, "cwmp", lookup);
    const AuthResult result = auth.check(makeRequest(true, authorization));
    QVERIFY(!result.ok);
    QCOMPARE(result.challenge.status, 401);
    QVERIFY(!result.failureReason.isEmpty());
    QVERIFY(result.challenge.headers.value("www-authenticate").value_or(QByteArray())
                .startsWith("Basic realm=\"cwmp\""));
}

void tst_Authenticator::refusesBasicOverPlainHttpByDefault()
{
    // TR-069 §3.4.4: without TLS the password must not travel in the clear; the CPE is
    // offered Digest instead.
    Authenticator auth(AuthMode::Basic, "cwmp", lookup);
    const AuthResult result = auth.check(makeRequest(false, basic("cpe-0001", "s3cret")));
    QVERIFY(!result.ok);
    QCOMPARE(result.challenge.status, 401);
    const QList<QByteArray> challenges = result.challenge.headers.values("www-authenticate");
    QVERIFY(!challenges.isEmpty());
    for (const QByteArray &c : challenges)
        QVERIFY(c.startsWith("Digest "));
    QVERIFY(result.failureReason.contains(QStringLiteral("plain HTTP")));
}

void tst_Authenticator::acceptsBasicOverPlainHttpWhenAllowed()
{
    Authenticator auth(AuthMode::Basic, "cwmp", lookup);
    auth.setAllowBasicWithoutTls(true);
    QVERIFY(auth.check(makeRequest(false, basic("cpe-0001", "s3cret"))).ok);
}

void tst_Authenticator::challengesWithSha256BeforeMd5()
{
    Authenticator auth(AuthMode::Digest, "cwmp", lookup);
    const AuthResult result = auth.check(makeRequest(false));
    QVERIFY(!result.ok);
    const QList<DigestChallenge> challenges = challengesOf(result.challenge);
    QCOMPARE(challenges.size(), 2);
    QCOMPARE(challenges.at(0).algorithm, DigestAlgorithm::Sha256);
    QCOMPARE(challenges.at(1).algorithm, DigestAlgorithm::Md5);
    QCOMPARE(challenges.at(0).realm, QByteArray("cwmp"));
    QCOMPARE(challenges.at(0).qop, QList<QByteArray>{"auth"});
    QVERIFY(!challenges.at(0).stale);
}

void tst_Authenticator::acceptsDigest_data()
{
    QTest::addColumn<int>("algorithm");
    QTest::addColumn<bool>("withQop");
    QTest::newRow("md5 qop=auth") << int(DigestAlgorithm::Md5) << true;
    QTest::newRow("sha-256 qop=auth") << int(DigestAlgorithm::Sha256) << true;
    QTest::newRow("md5 without qop (RFC 2069 CPE)") << int(DigestAlgorithm::Md5) << false;
}

void tst_Authenticator::acceptsDigest()
{
    QFETCH(int, algorithm);
    QFETCH(bool, withQop);
    Authenticator auth(AuthMode::Digest, "cwmp", lookup);
    DigestChallenge c = challengeFor(auth.check(makeRequest(false)).challenge,
                                     DigestAlgorithm(algorithm));
    QVERIFY(!c.nonce.isEmpty());
    if (!withQop)
        c.qop.clear();
    const QByteArray header =
        buildDigestAuthorization(c, "cpe-0001", "s3cret", "POST", "/acs", 1, "abcdef0123");
    const AuthResult result = auth.check(makeRequest(false, header));
    QVERIFY2(result.ok, qPrintable(result.failureReason));
    QCOMPARE(result.username, QByteArray("cpe-0001"));
}

void tst_Authenticator::refusesWrongDigestPassword()
{
    Authenticator auth(AuthMode::Digest, "cwmp", lookup);
    const DigestChallenge c =
        challengeFor(auth.check(makeRequest(false)).challenge, DigestAlgorithm::Md5);
    const AuthResult result = auth.check(makeRequest(
        false, buildDigestAuthorization(c, "cpe-0001", "wrong", "POST", "/acs", 1, "cn")));
    QVERIFY(!result.ok);
    QCOMPARE(result.challenge.status, 401);
    QVERIFY(!challengesOf(result.challenge).first().stale);
    QVERIFY(result.failureReason.contains(QStringLiteral("wrong password")));
}

void tst_Authenticator::refusesUnknownUser()
{
    Authenticator auth(AuthMode::Digest, "cwmp", lookup);
    const DigestChallenge c =
        challengeFor(auth.check(makeRequest(false)).challenge, DigestAlgorithm::Sha256);
    const AuthResult result = auth.check(makeRequest(
        false, buildDigestAuthorization(c, "intruder", "s3cret", "POST", "/acs", 1, "cn")));
    QVERIFY(!result.ok);
    QCOMPARE(result.challenge.status, 401);
    QVERIFY(result.failureReason.contains(QStringLiteral("unknown user")));
}

void tst_Authenticator::refusesReplayedNonceCount()
{
    Authenticator auth(AuthMode::Digest, "cwmp", lookup);
    const DigestChallenge c =
        challengeFor(auth.check(makeRequest(false)).challenge, DigestAlgorithm::Sha256);
    const QByteArray header =
        buildDigestAuthorization(c, "cpe-0001", "s3cret", "POST", "/acs", 1, "cn");
    QVERIFY(auth.check(makeRequest(false, header)).ok);
    const AuthResult replay = auth.check(makeRequest(false, header));
    QVERIFY(!replay.ok);
    QCOMPARE(replay.challenge.status, 401);
    QVERIFY(replay.failureReason.contains(QStringLiteral("replayed")));
}

void tst_Authenticator::acceptsIncreasingNonceCount()
{
    Authenticator auth(AuthMode::Digest, "cwmp", lookup);
    const DigestChallenge c =
        challengeFor(auth.check(makeRequest(false)).challenge, DigestAlgorithm::Md5);
    for (quint32 nc : {1u, 2u, 5u}) {
        const QByteArray header =
            buildDigestAuthorization(c, "cpe-0001", "s3cret", "POST", "/acs", nc, "cn");
        QVERIFY(auth.check(makeRequest(false, header)).ok);
    }
    const QByteArray lower =
        buildDigestAuthorization(c, "cpe-0001", "s3cret", "POST", "/acs", 3, "cn");
    QVERIFY(!auth.check(makeRequest(false, lower)).ok);
}

void tst_Authenticator::answersExpiredNonceWithStale()
{
    qint64 now = 1'000'000;
    Authenticator auth(AuthMode::Digest, "cwmp", lookup);
    auth.setClock([&now] { return now; });
    const DigestChallenge c =
        challengeFor(auth.check(makeRequest(false)).challenge, DigestAlgorithm::Sha256);
    now += Authenticator::kDefaultNonceLifetimeMs + 1;
    const AuthResult result = auth.check(makeRequest(
        false, buildDigestAuthorization(c, "cpe-0001", "s3cret", "POST", "/acs", 1, "cn")));
    QVERIFY(!result.ok);
    const QList<DigestChallenge> fresh = challengesOf(result.challenge);
    QVERIFY(!fresh.isEmpty());
    QVERIFY(fresh.first().stale);
    QVERIFY(fresh.first().nonce != c.nonce);
    // The client retries with the new nonce without asking the user again.
    QVERIFY(auth.check(makeRequest(false, buildDigestAuthorization(fresh.first(), "cpe-0001",
                                                                   "s3cret", "POST", "/acs", 1,
                                                                   "cn2")))
                .ok);
}

void tst_Authenticator::refusesDigestForOtherUriOrRealm()
{
    Authenticator auth(AuthMode::Digest, "cwmp", lookup);
    DigestChallenge c =
        challengeFor(auth.check(makeRequest(false)).challenge, DigestAlgorithm::Md5);
    QVERIFY(!auth.check(makeRequest(false, buildDigestAuthorization(c, "cpe-0001", "s3cret",
                                                                    "POST", "/other", 1, "cn")))
                 .ok);
    c.realm = "elsewhere";
    QVERIFY(!auth.check(makeRequest(false, buildDigestAuthorization(c, "cpe-0001", "s3cret",
                                                                    "POST", "/acs", 2, "cn")))
                 .ok);
}

void tst_Authenticator::usesNoQopNonceOnlyOnce()
{
    Authenticator auth(AuthMode::Digest, "cwmp", lookup);
    DigestChallenge c =
        challengeFor(auth.check(makeRequest(false)).challenge, DigestAlgorithm::Md5);
    c.qop.clear();
    const QByteArray header =
        buildDigestAuthorization(c, "old-cpe", "legacy", "POST", "/acs", 1, "cn");
    QVERIFY(auth.check(makeRequest(false, header)).ok);
    const AuthResult again = auth.check(makeRequest(false, header));
    QVERIFY(!again.ok);
    QVERIFY(challengesOf(again.challenge).first().stale);
}

void tst_Authenticator::refusesSha256WithoutQop()
{
    Authenticator auth(AuthMode::Digest, "cwmp", lookup);
    DigestChallenge c =
        challengeFor(auth.check(makeRequest(false)).challenge, DigestAlgorithm::Sha256);
    c.qop.clear();
    QVERIFY(!auth.check(makeRequest(false, buildDigestAuthorization(c, "cpe-0001", "s3cret",
                                                                    "POST", "/acs", 1, "cn")))
                 .ok);
}

void tst_Authenticator::boundsNonceTable()
{
    Authenticator auth(AuthMode::Digest, "cwmp", lookup);
    auth.setMaxNonces(100);
    const DigestChallenge first =
        challengeFor(auth.check(makeRequest(false)).challenge, DigestAlgorithm::Md5);
    for (int i = 0; i < 1000; ++i)
        auth.check(makeRequest(false)); // a flood of unauthenticated requests
    QCOMPARE(auth.nonceCount(), 100);
    const AuthResult evicted = auth.check(makeRequest(
        false, buildDigestAuthorization(first, "cpe-0001", "s3cret", "POST", "/acs", 1, "cn")));
    QVERIFY(!evicted.ok);
    QVERIFY(challengesOf(evicted.challenge).first().stale);
}

void tst_Authenticator::acceptsNonceOnNewConnection()
{
    // Some CPEs close the connection after a 401 and answer the challenge on a new one.
    class AuthHandler : public RequestHandler
    {
    public:
        Authenticator auth{AuthMode::Digest, "cwmp", lookup};
        QList<quint64> connections;
        void handleRequest(const Request &request, Responder responder) override
        {
            connections.append(request.connectionId);
            const AuthResult result = auth.check(request);
            if (!result.ok) {
                Response challenge = result.challenge;
                challenge.closeConnection = true;
                responder.send(challenge);
                return;
            }
            Response ok;
            ok.body = "hello " + result.username;
            responder.send(ok);
        }
    } handler;
    Server server(&handler);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));

    HttpTestClient first;
    first.connectTo(server.serverPort());
    first.send("POST /acs HTTP/1.1\r\nHost: acs\r\nContent-Length: 0\r\n\r\n");
    QTRY_VERIFY_WITH_TIMEOUT(first.hasResponse(), kWait);
    const RawResponse challenge = first.take();
    QCOMPARE(challenge.status, 401);
    QTRY_VERIFY_WITH_TIMEOUT(first.isClosed(), kWait);
    QList<DigestChallenge> offered;
    for (const QByteArray &v : challenge.headers.values("www-authenticate"))
        offered += parseDigestChallenges(v);
    QVERIFY(!offered.isEmpty());

    HttpTestClient second;
    second.connectTo(server.serverPort());
    second.send("POST /acs HTTP/1.1\r\nHost: acs\r\nContent-Length: 0\r\nAuthorization: "
                + buildDigestAuthorization(offered.first(), "cpe-0001", "s3cret", "POST",
                                           "/acs", 1, "0a4f113b")
                + "\r\n\r\n");
    QTRY_VERIFY_WITH_TIMEOUT(second.hasResponse(), kWait);
    const RawResponse accepted = second.take();
    QCOMPARE(accepted.status, 200);
    QCOMPARE(accepted.body, QByteArray("hello cpe-0001"));
    QCOMPARE(handler.connections.size(), 2);
    QVERIFY(handler.connections.at(0) != handler.connections.at(1));
}

QTEST_GUILESS_MAIN(tst_Authenticator)
#include "tst_authenticator.moc"
