// The composition the GUI and the headless mode share, over a real workspace in a
// temporary folder and real sockets on 127.0.0.1: what apply() does to the listeners
// while the program runs, and what it refuses in plain words.

#include <service/acsservice.h>

#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <optional>

using service::AcsService;
using service::ServiceSettings;
using service::TlsMode;

namespace {

constexpr int kWaitMs = 20000;

// Opens dir into the service and waits for the outcome; the error, or empty.
QString openService(AcsService &service, const QString &dir)
{
    std::optional<QString> outcome;
    service.open(dir, [&](bool ok, const QString &error) { outcome = ok ? QString() : error; });
    if (!QTest::qWaitFor([&] { return outcome.has_value(); }, kWaitMs))
        return QStringLiteral("the workspace did not open in time");
    return *outcome;
}

ServiceSettings localSettings(quint16 port = 0)
{
    ServiceSettings s;
    s.acs.address = QHostAddress::LocalHost;
    s.acs.port = port;
    return s;
}

// Whether something accepts TCP connections on 127.0.0.1:port (the kernel completes the
// handshake for a listening socket without this thread's event loop).
bool accepts(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    return socket.waitForConnected(5000);
}

// A port nobody listens on right now.
quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

} // namespace

class tst_AcsService : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_tempDir; // a fresh workspace for every test
    std::unique_ptr<AcsService> m_service;

private Q_SLOTS:
    void init()
    {
        m_tempDir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_tempDir->isValid());
        m_service = std::make_unique<AcsService>();
        const QString error = openService(*m_service, m_tempDir->path());
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void cleanup()
    {
        m_service.reset();
        m_tempDir.reset();
    }

    void listensOnAFreePortAndNamesItsUrl()
    {
        QSignalSpy changed(m_service.get(), &AcsService::listenerChanged);
        QString error;
        QVERIFY2(m_service->apply(localSettings(), &error), qPrintable(error));
        QCOMPARE(changed.count(), 1);
        QVERIFY(m_service->isListening());
        const quint16 port = m_service->engine().port();
        QVERIFY(port != 0);
        QVERIFY(accepts(port));
        QCOMPARE(m_service->acsUrls(), QStringList{QStringLiteral("http://127.0.0.1:%1/").arg(port)});
        QCOMPARE(m_service->localUrl(), QStringLiteral("http://127.0.0.1:%1/").arg(port));
        QVERIFY(!m_service->tlsActive());
        QVERIFY(m_service->caCertificatePath().isEmpty());
    }

    void wildcardAddressListsLoopbackLast()
    {
        ServiceSettings s = localSettings();
        s.acs.address = QHostAddress::AnyIPv4;
        QString error;
        QVERIFY2(m_service->apply(s, &error), qPrintable(error));
        const QStringList urls = m_service->acsUrls();
        QVERIFY(!urls.isEmpty());
        QCOMPARE(urls.constLast(), QStringLiteral("http://127.0.0.1:%1/").arg(m_service->engine().port()));
        for (const QString &url : urls)
            QVERIFY2(!url.contains(u'['), qPrintable(url)); // IPv4 only
        QCOMPARE(m_service->localUrl(), urls.constLast());
    }

    void anotherPortAppliesAtOnceAndClosesTheOldOne()
    {
        QString error;
        QVERIFY2(m_service->apply(localSettings(), &error), qPrintable(error));
        const quint16 first = m_service->engine().port();
        const quint16 second = freePort();
        QVERIFY(second != 0 && second != first);

        QSignalSpy changed(m_service.get(), &AcsService::listenerChanged);
        QVERIFY2(m_service->apply(localSettings(second), &error), qPrintable(error));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_service->engine().port(), second);
        QVERIFY(accepts(second));
        QVERIFY(!accepts(first));
        QCOMPARE(m_service->acsUrls(), QStringList{QStringLiteral("http://127.0.0.1:%1/").arg(second)});
    }

    void portInUseIsReportedInPlainWordsAndTheOldListenerKeepsRunning()
    {
        QString error;
        QVERIFY2(m_service->apply(localSettings(), &error), qPrintable(error));
        const quint16 first = m_service->engine().port();
        QTcpServer occupant;
        QVERIFY(occupant.listen(QHostAddress::LocalHost, 0));

        QSignalSpy changed(m_service.get(), &AcsService::listenerChanged);
        ServiceSettings moved = localSettings(occupant.serverPort());
        moved.acs.authMode = acs::CpeAuthMode::None;
        QVERIFY(!m_service->apply(moved, &error));
        QCOMPARE(error, QStringLiteral("port %1 is already in use").arg(occupant.serverPort()));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(m_service->engine().port(), first);
        QVERIFY(accepts(first));
        // Nothing of the refused settings took hold.
        QCOMPARE(m_service->engine().settings().authMode, acs::CpeAuthMode::Digest);
        QCOMPARE(m_service->settings().acs.authMode, acs::CpeAuthMode::Digest);
    }

    void samePortWithOtherAuthenticationKeepsThePort()
    {
        QString error;
        QVERIFY2(m_service->apply(localSettings(), &error), qPrintable(error));
        const quint16 port = m_service->engine().port();
        ServiceSettings s = localSettings(port);
        s.acs.authMode = acs::CpeAuthMode::None;
        s.acs.session.holdMs = 7000;
        QVERIFY2(m_service->apply(s, &error), qPrintable(error));
        QCOMPARE(m_service->engine().port(), port);
        QCOMPARE(m_service->engine().settings().authMode, acs::CpeAuthMode::None);
        QCOMPARE(m_service->engine().sessionSettings().holdMs, 7000);
        QVERIFY(accepts(port));

        // Port 0 again means "any free port": the one we have is as good as any.
        ServiceSettings any = localSettings(0);
        QVERIFY2(m_service->apply(any, &error), qPrintable(error));
        QVERIFY(m_service->isListening());
    }

    void generatedCredentialsAreUsedAndKeptAcrossReopen()
    {
        QString error;
        QVERIFY2(m_service->apply(localSettings(), &error), qPrintable(error));
        const acs::AcsSettings first = m_service->settings().acs;
        QVERIFY(!first.cpeUsername.isEmpty());
        QVERIFY(!first.cpePassword.isEmpty());
        QVERIFY(!first.crUsername.isEmpty());
        QVERIFY(!first.crPassword.isEmpty());
        QCOMPARE(m_service->engine().settings().cpePassword, first.cpePassword);

        m_service.reset();
        AcsService again;
        QCOMPARE(openService(again, m_tempDir->path()), QString());
        QVERIFY2(again.apply(localSettings(), &error), qPrintable(error));
        QCOMPARE(again.settings().acs.cpeUsername, first.cpeUsername);
        QCOMPARE(again.settings().acs.cpePassword, first.cpePassword);
        QCOMPARE(again.settings().acs.crPassword, first.crPassword);
    }

    void givenCredentialsWin()
    {
        ServiceSettings s = localSettings();
        s.cpeCredentialsGiven = true;
        s.acs.cpeUsername = QStringLiteral("router");
        s.acs.cpePassword = QStringLiteral("s3cret");
        QString error;
        QVERIFY2(m_service->apply(s, &error), qPrintable(error));
        QCOMPARE(m_service->engine().settings().cpeUsername, QStringLiteral("router"));
        QCOMPARE(m_service->engine().settings().cpePassword, QStringLiteral("s3cret"));
        QCOMPARE(m_service->settings().acs.crUsername, m_service->generatedCredentials().crUsername);
    }

    void apiIsSwitchedOnAndOff()
    {
        ServiceSettings s = localSettings();
        s.apiEnabled = true;
        s.apiPort = 0;
        QString error;
        QVERIFY2(m_service->apply(s, &error), qPrintable(error));
        QVERIFY(m_service->apiListening());
        const quint16 port = m_service->api().serverPort();
        QCOMPARE(m_service->apiUrl(), QStringLiteral("http://127.0.0.1:%1/").arg(port));
        QVERIFY(accepts(port));
        QVERIFY(m_service->settings().apiToken.isEmpty()); // optional on loopback

        s.apiEnabled = false;
        QVERIFY2(m_service->apply(s, &error), qPrintable(error));
        QVERIFY(!m_service->apiListening());
        QVERIFY(!accepts(port));
        QVERIFY(m_service->isListening()); // the ACS is not the API's business
    }

    void apiBeyondLoopbackGetsAToken()
    {
        ServiceSettings s = localSettings();
        s.apiEnabled = true;
        s.apiAddress = QHostAddress::AnyIPv4;
        s.apiPort = 0;
        QString error;
        QVERIFY2(m_service->apply(s, &error), qPrintable(error));
        QVERIFY(m_service->apiListening());
        const QString token = m_service->settings().apiToken;
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$")).match(token).hasMatch());
        QCOMPARE(m_service->api().token(), token);
        // Kept when applied again: scripts already given it keep working.
        QVERIFY2(m_service->apply(s, &error), qPrintable(error));
        QCOMPARE(m_service->settings().apiToken, token);
    }

    void apiPortInUseIsReportedAndTheAcsStillApplies()
    {
        QTcpServer occupant;
        QVERIFY(occupant.listen(QHostAddress::LocalHost, 0));
        ServiceSettings s = localSettings();
        s.apiEnabled = true;
        s.apiPort = occupant.serverPort();
        QString error;
        QVERIFY(!m_service->apply(s, &error));
        QVERIFY2(error.contains(QStringLiteral("port %1 is already in use").arg(occupant.serverPort())), qPrintable(error));
        QCOMPARE(m_service->apiError(), QStringLiteral("port %1 is already in use").arg(occupant.serverPort()));
        QVERIFY(!m_service->apiListening());
        QVERIFY(m_service->isListening());

        s.apiPort = 0; // the engineer picks another: the API starts, the ACS stays where it is
        const quint16 acsPort = m_service->engine().port();
        QVERIFY2(m_service->apply(s, &error), qPrintable(error));
        QVERIFY(m_service->apiListening());
        QVERIFY(m_service->apiError().isEmpty());
        QCOMPARE(m_service->engine().port(), acsPort);
    }

    void generatedTlsServesHttpsAndKeepsTheCaFile()
    {
        ServiceSettings s = localSettings();
        s.tlsMode = TlsMode::Generate;
        QString error;
        QVERIFY2(m_service->apply(s, &error), qPrintable(error));
        QVERIFY(m_service->tlsActive());
        QVERIFY(m_service->acsUrls().constFirst().startsWith(u"https://127.0.0.1:"));
        const QString ca = m_service->caCertificatePath();
        QVERIFY(!ca.isEmpty());
        QFile file(ca);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("-----BEGIN CERTIFICATE-----"));

        const QString exported = m_tempDir->filePath(QStringLiteral("exported-ca.pem"));
        QCOMPARE(m_service->exportCaCertificate(exported), QString());
        QVERIFY(QFile::exists(exported));

        s.tlsMode = TlsMode::Off;
        QVERIFY2(m_service->apply(s, &error), qPrintable(error));
        QVERIFY(!m_service->tlsActive());
        QVERIFY(m_service->caCertificatePath().isEmpty());
        QVERIFY(m_service->acsUrls().constFirst().startsWith(u"http://127.0.0.1:"));
    }

    void unreadableCertificateIsRefusedAndNothingChanges()
    {
        QString error;
        QVERIFY2(m_service->apply(localSettings(), &error), qPrintable(error));
        const quint16 port = m_service->engine().port();
        ServiceSettings s = localSettings();
        s.tlsMode = TlsMode::Files;
        s.tlsCertificatePath = m_tempDir->filePath(QStringLiteral("missing.pem"));
        s.tlsKeyPath = m_tempDir->filePath(QStringLiteral("missing-key.pem"));
        QVERIFY(!m_service->apply(s, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(m_service->engine().port(), port);
        QVERIFY(!m_service->tlsActive());

        s.tlsCertificatePath.clear();
        QVERIFY(!m_service->apply(s, &error));
        QCOMPARE(error, QStringLiteral("TLS needs both a certificate file and its key file"));
    }

    void applyBeforeOpenIsRefused()
    {
        AcsService closed;
        QString error;
        QVERIFY(!closed.apply(localSettings(), &error));
        QCOMPARE(error, QStringLiteral("the workspace is not open"));
        QVERIFY(!closed.isListening());
    }

    void diagnosticsTestServersRunWithTheAcsAndKeepTheirPorts()
    {
        QString error;
        QVERIFY2(m_service->apply(localSettings(), &error), qPrintable(error));
        const quint16 http = m_service->tr143().port();
        const quint16 echo = m_service->udpEcho().port();
        QVERIFY(http != 0 && echo != 0);
        QVERIFY(accepts(http));
        QVERIFY(m_service->testServerError().isEmpty());

        // Another ACS port on the same address: a transfer in progress is not cut off.
        QVERIFY2(m_service->apply(localSettings(freePort()), &error), qPrintable(error));
        QCOMPARE(m_service->tr143().port(), http);
        QCOMPARE(m_service->udpEcho().port(), echo);

        m_service->stop();
        QCOMPARE(m_service->tr143().port(), quint16(0));
        QCOMPARE(m_service->udpEcho().port(), quint16(0));
        QVERIFY(!accepts(http));

        ServiceSettings s = localSettings();
        s.tr143Port = freePort();
        QVERIFY2(m_service->apply(s, &error), qPrintable(error));
        QCOMPARE(m_service->tr143().port(), s.tr143Port);
        QVERIFY(accepts(s.tr143Port));
    }

    void busyTestServerPortIsReportedAndTheAcsStillRuns()
    {
        QTcpServer occupant;
        QVERIFY(occupant.listen(QHostAddress::LocalHost, 0));
        ServiceSettings s = localSettings();
        s.tr143Port = occupant.serverPort();
        QString error;
        QVERIFY2(m_service->apply(s, &error), qPrintable(error));
        QVERIFY(m_service->isListening());
        QCOMPARE(m_service->tr143().port(), quint16(0));
        QVERIFY2(m_service->testServerError().contains(QStringLiteral("port %1 is already in use").arg(occupant.serverPort())),
                 qPrintable(m_service->testServerError()));
        QVERIFY(m_service->udpEcho().port() != 0);
    }

    void diagnosticDefaultsAimAtTheRunningTestServers()
    {
        QString error;
        QVERIFY2(m_service->apply(localSettings(), &error), qPrintable(error));
        const QUrl download(m_service->diagnosticDefaults(diagnostics::DiagnosticKind::Download, QStringLiteral("unknown"))
                                .value(QStringLiteral("DownloadURL")));
        QCOMPARE(download.port(), int(m_service->tr143().port()));
        QCOMPARE(download.path(), QStringLiteral("/tr143/download/10000000"));
        const QUrl upload(m_service->diagnosticDefaults(diagnostics::DiagnosticKind::Upload, QStringLiteral("unknown"))
                              .value(QStringLiteral("UploadURL")));
        QCOMPARE(upload.port(), int(m_service->tr143().port()));
        const QMap<QString, QString> echo = m_service->diagnosticDefaults(diagnostics::DiagnosticKind::UdpEcho, QStringLiteral("unknown"));
        QCOMPARE(echo.value(QStringLiteral("Port")), QString::number(m_service->udpEcho().port()));
        QVERIFY(!echo.value(QStringLiteral("Host")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_AcsService)
#include "tst_acsservice.moc"
