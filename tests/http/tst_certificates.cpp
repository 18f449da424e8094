// CertificateAuthority: generation, reload, SANs, verification, and real TLS handshakes
// between a QSslServer with the generated certificate and HttpClient on 127.0.0.1.

#include "http/certificateauthority.h"
#include "http/httpclient.h"

#include <QEventLoop>
#include <QFile>
#include <QHostInfo>
#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <optional>

using namespace http;

namespace {

// Answers every request with 200 "hello <client CN>" over TLS.
class TlsPeer : public QObject
{
public:
    QSslServer server;
    QString lastClientName;

    TlsPeer(const Identity &identity, const QList<QSslCertificate> &clientCas = {})
    {
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        conf.setLocalCertificate(identity.certificate);
        conf.setLocalCertificateChain(QList<QSslCertificate>{identity.certificate} + identity.chain);
        conf.setPrivateKey(identity.key);
        if (!clientCas.isEmpty()) {
            conf.setCaCertificates(clientCas);
            conf.setPeerVerifyMode(QSslSocket::VerifyPeer);
        }
        server.setSslConfiguration(conf);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        connect(&server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (auto *s = static_cast<QSslSocket *>(server.nextPendingConnection())) {
                connect(s, &QSslSocket::readyRead, s, [this, s] {
                    if (!s->readAll().contains("\r\n\r\n"))
                        return;
                    lastClientName = s->peerCertificate().subjectInfo(QSslCertificate::CommonName).value(0);
                    const QByteArray body = "hello " + lastClientName.toUtf8();
                    s->write("HTTP/1.1 200 OK\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
                });
                connect(s, &QSslSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }
    QUrl url(const QString &host = QStringLiteral("127.0.0.1")) const
    {
        return QUrl(QStringLiteral("https://%1:%2/").arg(host).arg(server.serverPort()));
    }
};

Result fetch(HttpClient &client)
{
    std::optional<Result> out;
    QEventLoop loop;
    Request rq;
    rq.method = "GET";
    rq.target = "/";
    client.send(rq, [&](const Result &r) {
        out = r;
        loop.quit();
    });
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    if (!out)
        loop.exec();
    Result none;
    none.error = QStringLiteral("test: no result");
    return out.value_or(none);
}

QString writeText(const QTemporaryDir &dir, const char *name, const QByteArray &data)
{
    const QString path = dir.filePath(QString::fromLatin1(name));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(data);
    return path;
}

} // namespace

class tst_Certificates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("no TLS backend");
    }

    void generatesCaAndServerCertificate()
    {
        QTemporaryDir dir;
        CertificateAuthority authority(dir.path());
        const Identity ca = authority.ca();
        QVERIFY2(ca.ok(), qPrintable(ca.error));
        QVERIFY(ca.created);
        QCOMPARE(ca.certificate.subjectInfo(QSslCertificate::CommonName).value(0), CertificateAuthority::kCaCommonName);
        QVERIFY(ca.certificate.expiryDate() > QDateTime::currentDateTimeUtc().addYears(9));

        const Identity server = authority.serverIdentity();
        QVERIFY2(server.ok(), qPrintable(server.error));
        const auto sans = server.certificate.subjectAlternativeNames();
        QVERIFY(sans.values(QSsl::IpAddressEntry).contains(QStringLiteral("127.0.0.1")));
        QVERIFY(sans.values(QSsl::DnsEntry).contains(QHostInfo::localHostName(), Qt::CaseInsensitive));
        QVERIFY(server.certificate.expiryDate() < QDateTime::currentDateTimeUtc().addYears(3));
        QCOMPARE(server.certificate.issuerDisplayName(), CertificateAuthority::kCaCommonName);

        // Key files are private to the user.
        for (const char *name : {"ca-key.pem", "server-key.pem"}) {
            const auto perms = QFile::permissions(dir.filePath(QString::fromLatin1(name)));
            QVERIFY(!(perms & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));
        }

        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        const auto previous = conf;
        conf.addCaCertificate(ca.certificate);
        QSslConfiguration::setDefaultConfiguration(conf);
        const QList<QSslError> errors = QSslCertificate::verify({server.certificate}, QStringLiteral("127.0.0.1"));
        QSslConfiguration::setDefaultConfiguration(previous);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).errorString()));
    }

    void reloadIsStableUntilTheAddressesChange()
    {
        QTemporaryDir dir;
        const QStringList names{QStringLiteral("localhost"), QStringLiteral("lab-laptop")};
        const QList<QHostAddress> addresses{QHostAddress(QStringLiteral("127.0.0.1")), QHostAddress(QStringLiteral("::1"))};
        Identity first;
        {
            CertificateAuthority authority(dir.path());
            first = authority.serverIdentity(names, addresses);
            QVERIFY2(first.ok(), qPrintable(first.error));
        }
        CertificateAuthority again(dir.path());
        const Identity ca = again.ca();
        QVERIFY(!ca.created);
        const Identity reloaded = again.serverIdentity(names, addresses);
        QVERIFY(!reloaded.created);
        QCOMPARE(reloaded.certificate, first.certificate);
        QCOMPARE(reloaded.key.toPem(), first.key.toPem());

        const Identity moved = again.serverIdentity(names, addresses + QList<QHostAddress>{QHostAddress(QStringLiteral("192.0.2.7"))});
        QVERIFY(moved.created);
        QVERIFY(moved.certificate.subjectAlternativeNames().values(QSsl::IpAddressEntry).contains(QStringLiteral("192.0.2.7")));
        QCOMPARE(again.ca().certificate, ca.certificate); // the CA devices trust never changes
    }

    void handshakes_data()
    {
        QTest::addColumn<bool>("trustOurCa");
        QTest::addColumn<bool>("insecure");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("expectedError");
        QTest::newRow("trusted CA, IP") << true << false << QStringLiteral("127.0.0.1") << QString();
        QTest::newRow("trusted CA, localhost") << true << false << QStringLiteral("localhost") << QString();
        QTest::newRow("other CA") << false << false << QStringLiteral("127.0.0.1") << QStringLiteral("TLS: certificate not trusted");
        QTest::newRow("other CA, insecure") << false << true << QStringLiteral("127.0.0.1") << QString();
    }
    void handshakes()
    {
        QFETCH(bool, trustOurCa);
        QFETCH(bool, insecure);
        QFETCH(QString, host);
        QFETCH(QString, expectedError);
        QTemporaryDir dir;
        QTemporaryDir otherDir;
        CertificateAuthority authority(dir.path());
        CertificateAuthority other(otherDir.path());
        const Identity server = authority.serverIdentity();
        QVERIFY2(server.ok(), qPrintable(server.error));
        const QString exported = dir.filePath(QStringLiteral("export/workbench-ca.pem"));
        QDir().mkpath(dir.filePath(QStringLiteral("export")));
        QCOMPARE(authority.exportCaCertificate(exported), QString());
        const QList<QSslCertificate> trusted = trustOurCa ? QSslCertificate::fromPath(exported)
                                                          : QList<QSslCertificate>{other.ca().certificate};
        QCOMPARE(trusted.size(), 1);

        TlsPeer peer(server);
        HttpClient client(peer.url(host));
        client.setTls(trusted, insecure);
        client.setTimeoutMs(10000);
        const Result r = fetch(client);
        QCOMPARE(r.error, expectedError);
        QCOMPARE(r.ok, expectedError.isEmpty());
    }

    void mutualTlsWithIssuedClientCertificate()
    {
        QTemporaryDir dir;
        CertificateAuthority authority(dir.path());
        const Identity server = authority.serverIdentity();
        const Identity clientId = authority.issueClientCertificate(QStringLiteral("cpe-000001"));
        QVERIFY2(clientId.ok(), qPrintable(clientId.error));
        TlsPeer peer(server, {authority.ca().certificate});
        HttpClient client(peer.url());
        client.setTls({authority.ca().certificate}, false);
        client.setClientCertificate(clientId.certificate, clientId.key);
        const Result r = fetch(client);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.response.body, QByteArray("hello cpe-000001"));
    }

    void loadsUserIdentityWithClearErrors()
    {
        QTemporaryDir dir;
        QTemporaryDir otherDir;
        CertificateAuthority authority(dir.path());
        CertificateAuthority other(otherDir.path());
        const Identity server = authority.serverIdentity();
        const Identity stranger = other.issueClientCertificate(QStringLiteral("x"));
        const QString cert = writeText(dir, "user.pem", server.certificate.toPem());
        const QString key = writeText(dir, "user-key.pem", server.key.toPem());
        const QString wrongKey = writeText(dir, "wrong-key.pem", stranger.key.toPem());
        const QString garbage = writeText(dir, "garbage.pem", "not a certificate");

        const Identity good = CertificateAuthority::loadIdentity(cert, key);
        QVERIFY2(good.ok(), qPrintable(good.error));
        QCOMPARE(good.certificate, server.certificate);

        QCOMPARE(CertificateAuthority::loadIdentity(cert, wrongKey).error,
                 QStringLiteral("the key in %1 does not belong to the certificate in %2").arg(wrongKey, cert));
        QCOMPARE(CertificateAuthority::loadIdentity(garbage, key).error,
                 QStringLiteral("%1 holds no readable PEM certificate").arg(garbage));
        const Identity old = other.issueClientCertificate(QStringLiteral("old"), -2);
        const QString oldCert = writeText(dir, "old.pem", old.certificate.toPem());
        const QString oldKey = writeText(dir, "old-key.pem", old.key.toPem());
        QVERIFY(CertificateAuthority::loadIdentity(oldCert, oldKey).error.startsWith(
            QStringLiteral("the certificate in %1 expired on ").arg(oldCert)));
        const QString missing = dir.filePath(QStringLiteral("missing.pem"));
        QVERIFY(CertificateAuthority::loadIdentity(missing, key).error.startsWith(QStringLiteral("cannot read %1").arg(missing)));
    }
};

QTEST_GUILESS_MAIN(tst_Certificates)
#include "tst_certificates.moc"
