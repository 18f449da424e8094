// The incremental request parser on byte chunks: every row is parsed byte by byte, in
// small pieces and in one go, and must give the same result.

#include <http/requestparser.h>

#include <QTest>

using namespace http;

namespace {

struct Outcome {
    QList<Request> requests;
    int errorStatus = 0;
    bool expectContinue = false;
    bool keepAlive = true;
};

Outcome runParser(const QByteArray &input, qsizetype piece, const ParserLimits &limits)
{
    Outcome out;
    RequestParser parser(limits);
    Request current;
    bool inMessage = false;
    qsizetype offset = 0;
    // Feed the input in pieces; after the last piece keep calling with nothing so a
    // body-less message can complete.
    while (true) {
        const qsizetype n = qMin(piece, input.size() - offset);
        QByteArrayView chunk = QByteArrayView(input).sliced(offset, n);
        offset += n;
        while (true) {
            const auto step = parser.parse(chunk);
            chunk = chunk.sliced(step.consumed);
            if (step.status == RequestParser::Status::NeedMoreData)
                break;
            if (step.status == RequestParser::Status::Error) {
                out.errorStatus = parser.errorStatus();
                return out;
            }
            if (step.status == RequestParser::Status::HeadComplete) {
                current = parser.head();
                inMessage = true;
                out.expectContinue = parser.expectsContinue();
                out.keepAlive = parser.keepAlive();
            } else if (step.status == RequestParser::Status::BodyData) {
                current.body.append(step.body);
            } else if (step.status == RequestParser::Status::MessageComplete) {
                current.rawBodySize = parser.bodyBytesSoFar();
                out.requests.append(current);
                inMessage = false;
            }
        }
        if (offset >= input.size())
            break;
    }
    Q_UNUSED(inMessage);
    return out;
}

} // namespace

class tst_RequestParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesRequests_data();
    void parsesRequests();
    void rejectsBadInput_data();
    void rejectsBadInput();
    void reportsConnectionSemantics_data();
    void reportsConnectionSemantics();
    void reportsExpectContinueBeforeBody();
    void connectionMayRaiseBodyLimitAfterHead();
};

void tst_RequestParser::parsesRequests_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("count");
    QTest::addColumn<QByteArray>("lastMethod");
    QTest::addColumn<QByteArray>("lastTarget");
    QTest::addColumn<QByteArray>("lastBody");

    QTest::newRow("get without body")
        << QByteArray("GET /x?y=1 HTTP/1.1\r\nHost: a\r\n\r\n") << 1 << QByteArray("GET")
        << QByteArray("/x?y=1") << QByteArray();
    QTest::newRow("content-length body")
        << QByteArray("POST /acs HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n\r\nhello") << 1
        << QByteArray("POST") << QByteArray("/acs") << QByteArray("hello");
    QTest::newRow("empty post (CWMP no more requests)")
        << QByteArray("POST /acs HTTP/1.1\r\nHost: a\r\nContent-Length: 0\r\n\r\n") << 1
        << QByteArray("POST") << QByteArray("/acs") << QByteArray();
    QTest::newRow("chunked body")
        << QByteArray("POST /u HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n"
                      "5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n")
        << 1 << QByteArray("POST") << QByteArray("/u") << QByteArray("hello world");
    QTest::newRow("chunk extensions ignored")
        << QByteArray("POST /u HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n"
                      "A;name=value\r\n0123456789\r\n0;last\r\n\r\n")
        << 1 << QByteArray("POST") << QByteArray("/u") << QByteArray("0123456789");
    QTest::newRow("chunked with trailers")
        << QByteArray("POST /u HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n"
                      "3\r\nabc\r\n0\r\nX-Checksum: 1\r\nX-Other: 2\r\n\r\n")
        << 1 << QByteArray("POST") << QByteArray("/u") << QByteArray("abc");
    QTest::newRow("two pipelined requests")
        << QByteArray("POST /a HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\n\r\none"
                      "POST /b HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\n\r\ntwo")
        << 2 << QByteArray("POST") << QByteArray("/b") << QByteArray("two");
    QTest::newRow("pipelined chunked then get")
        << QByteArray("POST /a HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n"
                      "1\r\nx\r\n0\r\n\r\nGET /b HTTP/1.1\r\nHost: a\r\n\r\n")
        << 2 << QByteArray("GET") << QByteArray("/b") << QByteArray();
    QTest::newRow("leading empty lines ignored")
        << QByteArray("\r\n\r\nGET / HTTP/1.1\r\nHost: a\r\n\r\n") << 1 << QByteArray("GET")
        << QByteArray("/") << QByteArray();
    QTest::newRow("bare LF line endings")
        << QByteArray("POST /lf HTTP/1.1\nHost: a\nContent-Length: 2\n\nok") << 1
        << QByteArray("POST") << QByteArray("/lf") << QByteArray("ok");
    QTest::newRow("absolute-form target")
        << QByteArray("GET http://acs.example:7547/acs?q HTTP/1.1\r\nHost: acs.example\r\n\r\n")
        << 1 << QByteArray("GET") << QByteArray("/acs?q") << QByteArray();
    QTest::newRow("http/1.0 without host")
        << QByteArray("GET /old HTTP/1.0\r\n\r\n") << 1 << QByteArray("GET")
        << QByteArray("/old") << QByteArray();
    QTest::newRow("identical content-length list")
        << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 2, 2\r\n\r\nhi") << 1
        << QByteArray("POST") << QByteArray("/") << QByteArray("hi");
}

void tst_RequestParser::parsesRequests()
{
    QFETCH(QByteArray, input);
    QFETCH(int, count);
    QFETCH(QByteArray, lastMethod);
    QFETCH(QByteArray, lastTarget);
    QFETCH(QByteArray, lastBody);

    for (qsizetype piece : {qsizetype(1), qsizetype(3), input.size()}) {
        const Outcome out = runParser(input, piece, ParserLimits{});
        QVERIFY2(out.errorStatus == 0, qPrintable(QString::number(out.errorStatus)));
        QCOMPARE(out.requests.size(), count);
        QCOMPARE(out.requests.last().method, lastMethod);
        QCOMPARE(out.requests.last().target, lastTarget);
        QCOMPARE(out.requests.last().body, lastBody);
        QCOMPARE(out.requests.last().rawBodySize, lastBody.size());
        QVERIFY(out.requests.last().receivedAtMs > 0);
    }
}

void tst_RequestParser::rejectsBadInput_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("status");

    ParserLimits limits;
    QByteArray bigHeader = "GET / HTTP/1.1\r\nHost: a\r\nX-Big: " + QByteArray(20000, 'x')
        + "\r\n\r\n";
    QByteArray manyHeaders = "GET / HTTP/1.1\r\nHost: a\r\n";
    for (int i = 0; i < 150; ++i)
        manyHeaders += "X-H" + QByteArray::number(i) + ": v\r\n";
    manyHeaders += "\r\n";

    QTest::newRow("oversized head") << bigHeader << 431;
    QTest::newRow("too many header fields") << manyHeaders << 431;
    QTest::newRow("request line too long")
        << QByteArray("GET /" + QByteArray(20000, 'a') + " HTTP/1.1\r\n\r\n") << 414;
    QTest::newRow("oversized content-length")
        << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 999999999999\r\n\r\nx")
        << 413;
    QTest::newRow("oversized chunked body")
        << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n"
                      "2000001\r\n")
        << 413;
    QTest::newRow("chunk size overflow")
        << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n"
                      "ffffffffffffffffffff\r\n")
        << 413;
    QTest::newRow("chunk size line too long")
        << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n1;"
                      + QByteArray(5000, 'e') + "\r\n")
        << 400;
    QTest::newRow("invalid chunk size")
        << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n"
                      "zz\r\n")
        << 400;
    QTest::newRow("chunk without CRLF")
        << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n"
                      "1\r\nxy")
        << 400;
    QTest::newRow("content-length with transfer-encoding")
        << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\n"
                      "Transfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n")
        << 400;
    QTest::newRow("conflicting content-lengths")
        << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\nContent-Length: 4"
                      "\r\n\r\nabcd")
        << 400;
    QTest::newRow("negative content-length")
        << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: -1\r\n\r\n") << 400;
    QTest::newRow("bad request line")
        << QByteArray("GARBAGE\r\nHost: a\r\n\r\n") << 400;
    QTest::newRow("extra space in request line")
        << QByteArray("GET  / HTTP/1.1\r\nHost: a\r\n\r\n") << 400;
    QTest::newRow("unsupported version")
        << QByteArray("GET / HTTP/2.0\r\nHost: a\r\n\r\n") << 505;
    QTest::newRow("header folding")
        << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nX-A: one\r\n two\r\n\r\n") << 400;
    QTest::newRow("space before colon")
        << QByteArray("GET / HTTP/1.1\r\nHost : a\r\n\r\n") << 400;
    QTest::newRow("missing host in http/1.1")
        << QByteArray("GET / HTTP/1.1\r\nAccept: */*\r\n\r\n") << 400;
    QTest::newRow("two host fields")
        << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n") << 400;
    QTest::newRow("chunked not last")
        << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked, gzip\r\n\r\n")
        << 400;
    QTest::newRow("unknown transfer coding")
        << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: gzip, chunked\r\n\r\n")
        << 501;
    QTest::newRow("transfer-encoding in http/1.0")
        << QByteArray("POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n") << 400;
    QTest::newRow("bare CR in header")
        << QByteArray("GET / HTTP/1.1\r\nHost: a\rb\r\n\r\n") << 400;
    QTest::newRow("unknown expectation")
        << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nExpect: 200-ok\r\nContent-Length: 1\r\n\r\n")
        << 417;
    QTest::newRow("too many trailers")
        << [] {
               QByteArray r = "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n"
                              "0\r\n";
               for (int i = 0; i < 150; ++i)
                   r += "T: x\r\n";
               return r + "\r\n";
           }()
        << 431;
    Q_UNUSED(limits);
}

void tst_RequestParser::rejectsBadInput()
{
    QFETCH(QByteArray, input);
    QFETCH(int, status);
    for (qsizetype piece : {qsizetype(1), qsizetype(7), input.size()}) {
        const Outcome out = runParser(input, piece, ParserLimits{});
        QCOMPARE(out.errorStatus, status);
    }
}

void tst_RequestParser::reportsConnectionSemantics_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("keepAlive");

    QTest::newRow("http/1.1 default keep-alive")
        << QByteArray("GET / HTTP/1.1\r\nHost: a\r\n\r\n") << true;
    QTest::newRow("http/1.1 connection close")
        << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nConnection: Close\r\n\r\n") << false;
    QTest::newRow("http/1.0 default close") << QByteArray("GET / HTTP/1.0\r\n\r\n") << false;
    QTest::newRow("http/1.0 keep-alive")
        << QByteArray("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n") << true;
}

void tst_RequestParser::reportsConnectionSemantics()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, keepAlive);
    const Outcome out = runParser(input, input.size(), ParserLimits{});
    QCOMPARE(out.requests.size(), 1);
    QCOMPARE(out.keepAlive, keepAlive);
}

void tst_RequestParser::reportsExpectContinueBeforeBody()
{
    // The head alone must be enough to decide on 100 Continue (RFC 9110 §10.1.1).
    RequestParser parser;
    const QByteArray head = "POST /acs HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\n"
                            "Content-Length: 4\r\n\r\n";
    auto step = parser.parse(head);
    QCOMPARE(step.status, RequestParser::Status::HeadComplete);
    QCOMPARE(step.consumed, head.size());
    QVERIFY(parser.expectsContinue());
    QCOMPARE(parser.contentLength(), 4);
    step = parser.parse({});
    QCOMPARE(step.status, RequestParser::Status::NeedMoreData);
    step = parser.parse("body");
    QCOMPARE(step.status, RequestParser::Status::BodyData);
    QCOMPARE(step.body, QByteArrayView("body"));
    step = parser.parse({});
    QCOMPARE(step.status, RequestParser::Status::MessageComplete);
}

void tst_RequestParser::connectionMayRaiseBodyLimitAfterHead()
{
    ParserLimits limits;
    limits.maxBodyBytes = 4;
    RequestParser parser(limits);
    auto step = parser.parse("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 10\r\n\r\n");
    QCOMPARE(step.status, RequestParser::Status::HeadComplete);
    parser.setBodyLimit(100); // a streamed upload
    step = parser.parse("0123456789");
    QCOMPARE(step.status, RequestParser::Status::BodyData);
    QCOMPARE(step.body.size(), 10);
}

QTEST_GUILESS_MAIN(tst_RequestParser)
#include "tst_requestparser.moc"
