// The file server and the upload receiver on the engine's port: GET, HEAD, byte ranges,
// ETag = SHA-256, optional authentication, no path traversal, one-time upload slots with
// a size limit.

#include "acstestclient.h"

#include <acs/acsengine.h>
#include <acs/fileserver.h>
#include <acs/uploadreceiver.h>

#include <http/httpclient.h>

#include <QCryptographicHash>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace acs;

class FileServerTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    AcsEngine *m_engine = nullptr;
    FileServer *m_files = nullptr;
    UploadReceiver *m_uploads = nullptr;
    QByteArray m_content;

    http::Result fetch(const QByteArray &method, const QByteArray &target, const http::Headers &headers = {},
                       const QByteArray &body = {}, const QString &user = {}, const QString &password = {})
    {
        http::HttpClient client{QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_engine->port()))};
        if (!user.isEmpty())
            client.setCredentials(user, password);
        http::Request r;
        r.method = method;
        r.target = target;
        r.headers = headers;
        r.body = body;
        return acstest::sendAndWait(client, r);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (int i = 0; i < 100000; ++i)
            m_content += char('A' + i % 26);
        QFile f(m_dir.filePath(QStringLiteral("fw-2.0.bin")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(m_content);
        f.close();

        m_engine = new AcsEngine(nullptr, this);
        m_files = new FileServer(this);
        m_uploads = new UploadReceiver(this);
        m_uploads->setDirectory(m_dir.filePath(QStringLiteral("uploads")));
        m_uploads->setMaxBytes(4096);
        m_engine->addRoute(FileServer::kPrefix, m_files);
        m_engine->addRoute(UploadReceiver::kPrefix, m_uploads);
        ServedFile served;
        served.name = QStringLiteral("fw 2.0.bin");
        served.path = f.fileName();
        served.size = m_content.size();
        served.sha256 = QCryptographicHash::hash(m_content, QCryptographicHash::Sha256).toHex();
        served.fileType = QStringLiteral("1 Firmware Upgrade Image");
        m_files->addFile(served);
        AcsSettings settings;
        settings.address = QHostAddress::LocalHost;
        settings.port = 0;
        QVERIFY2(m_engine->start(settings), qPrintable(m_engine->errorString()));
    }

    void servesARegisteredFileWithItsChecksumAsETag()
    {
        const http::Result r = fetch("GET", FileServer::pathFor(QStringLiteral("fw 2.0.bin")));
        QCOMPARE(r.response.status, 200);
        QCOMPARE(r.response.body, m_content);
        QCOMPARE(r.response.headers.value("ETag").value_or(QByteArray()),
                 '"' + QCryptographicHash::hash(m_content, QCryptographicHash::Sha256).toHex() + '"');
    }

    void headGivesTheLengthWithoutTheBody()
    {
        const http::Result r = fetch("HEAD", FileServer::pathFor(QStringLiteral("fw 2.0.bin")));
        QCOMPARE(r.response.status, 200);
        QCOMPARE(r.response.headers.value("Content-Length").value_or(QByteArray()), QByteArray::number(m_content.size()));
        QVERIFY(r.response.body.isEmpty());
    }

    void servesByteRanges_data()
    {
        QTest::addColumn<QByteArray>("range");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("length");
        QTest::newRow("first 100 bytes") << QByteArray("bytes=0-99") << 206 << 0 << 100;
        QTest::newRow("from an offset to the end") << QByteArray("bytes=99000-") << 206 << 99000 << 1000;
        QTest::newRow("last 10 bytes") << QByteArray("bytes=-10") << 206 << 99990 << 10;
        QTest::newRow("beyond the end") << QByteArray("bytes=200000-") << 416 << 0 << 0;
    }

    void servesByteRanges()
    {
        QFETCH(QByteArray, range);
        QFETCH(int, status);
        QFETCH(int, first);
        QFETCH(int, length);
        http::Headers h;
        h.set("Range", range);
        const http::Result r = fetch("GET", FileServer::pathFor(QStringLiteral("fw 2.0.bin")), h);
        QCOMPARE(r.response.status, status);
        if (status == 206)
            QCOMPARE(r.response.body, m_content.mid(first, length));
    }

    void refusesUnknownNamesAndTraversal_data()
    {
        QTest::addColumn<QByteArray>("target");
        QTest::newRow("unknown file") << QByteArray("/files/nothing.bin");
        QTest::newRow("dot dot") << QByteArray("/files/../../etc/passwd");
        QTest::newRow("encoded dot dot") << QByteArray("/files/%2e%2e%2f%2e%2e%2fetc%2fpasswd");
        QTest::newRow("absolute path") << QByteArray("/files/%2Fetc%2Fpasswd");
        QTest::newRow("directory listing") << QByteArray("/files/");
    }

    void refusesUnknownNamesAndTraversal()
    {
        QFETCH(QByteArray, target);
        const http::Result r = fetch("GET", target);
        QCOMPARE(r.response.status, 404);
        QVERIFY(!r.response.body.contains("root:"));
    }

    void protectsFilesWithDigestWhenAsked()
    {
        m_files->setCredentials(QStringLiteral("dl"), QStringLiteral("pw"), true);
        QCOMPARE(fetch("GET", FileServer::pathFor(QStringLiteral("fw 2.0.bin"))).response.status, 401);
        QCOMPARE(fetch("GET", FileServer::pathFor(QStringLiteral("fw 2.0.bin")), {}, {}, QStringLiteral("dl"), QStringLiteral("pw")).response.status, 200);
        m_files->setCredentials(QString(), QString(), true);
    }

    void receivesAnUploadIntoItsSlotOnce()
    {
        QSignalSpy received(m_uploads, &UploadReceiver::uploadReceived);
        const QByteArray slot = m_uploads->createSlot(QStringLiteral("DEV-1"), QStringLiteral("config.xml"));
        const QByteArray config = "<config>backup</config>";
        QCOMPARE(fetch("PUT", slot, {}, config).response.status, 201);
        QCOMPARE(received.size(), 1);
        QFile stored(received.at(0).at(2).toString());
        QVERIFY(stored.open(QIODevice::ReadOnly));
        QCOMPARE(stored.readAll(), config);
        // A slot takes one upload.
        QCOMPARE(fetch("PUT", slot, {}, config).response.status, 404);
    }

    void refusesUploadsWithoutASlotOrOverTheLimit()
    {
        QCOMPARE(fetch("PUT", "/upload/00000000000000000000000000000000/x.bin", {}, "data").response.status, 404);
        QSignalSpy failed(m_uploads, &UploadReceiver::uploadFailed);
        const QByteArray slot = m_uploads->createSlot(QStringLiteral("DEV-1"), QStringLiteral("big.log"));
        const http::Result r = fetch("PUT", slot, {}, QByteArray(10000, 'x'));
        QVERIFY(!r.ok);
        QVERIFY(r.response.status == 500 || r.response.status == 413 || !r.responded);
    }
};

QTEST_GUILESS_MAIN(FileServerTest)
#include "tst_fileserver.moc"
