// What the console keeps between runs, in an INI file in a temporary folder: every field
// of the listener settings comes back as it was saved; what the workspace generates is not
// copied; a hand-damaged file falls back to the defaults.

#include <consolesettings.h>

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using models::ConsoleSettings;
using service::ServiceSettings;
using service::TlsMode;

class tst_ConsoleSettings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString iniPath() const { return m_dir.filePath(QStringLiteral("console.ini")); }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(iniPath());
    }

    void emptyFileGivesTheDefaults()
    {
        const ConsoleSettings settings(iniPath());
        const ServiceSettings s = settings.serviceSettings();
        QCOMPARE(s.acs.address, QHostAddress(QHostAddress::Any));
        QCOMPARE(s.acs.port, quint16(7547));
        QCOMPARE(s.acs.authMode, acs::CpeAuthMode::Digest);
        QVERIFY(!s.cpeCredentialsGiven);
        QVERIFY(!s.crCredentialsGiven);
        QCOMPARE(s.acs.session.holdMs, acs::SessionSettings().holdMs);
        QCOMPARE(s.tlsMode, TlsMode::Off);
        QVERIFY(!s.apiEnabled);
        QCOMPARE(s.apiAddress, QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(s.apiPort, quint16(7557));
        QCOMPARE(settings.workspaceDir(), ConsoleSettings::defaultWorkspaceDir());
        QVERIFY(settings.workspaceDir().endsWith(u"/workspace"));
        QCOMPARE(settings.language(), QString());
    }

    void everyFieldComesBackAfterARestart()
    {
        ServiceSettings s;
        s.acs.address = QHostAddress(QStringLiteral("127.0.0.1"));
        s.acs.port = 17547;
        s.acs.authMode = acs::CpeAuthMode::Basic;
        s.acs.allowBasicWithoutTls = true;
        s.cpeCredentialsGiven = true;
        s.acs.cpeUsername = QStringLiteral("router");
        s.acs.cpePassword = QStringLiteral("pa ss=wörd");
        s.crCredentialsGiven = true;
        s.acs.crUsername = QStringLiteral("wake");
        s.acs.crPassword = QStringLiteral("up");
        s.acs.session.holdMs = 12000;
        s.tlsMode = TlsMode::Files;
        s.tlsCertificatePath = QStringLiteral("/etc/lab/acs.pem");
        s.tlsKeyPath = QStringLiteral("/etc/lab/acs-key.pem");
        s.apiEnabled = true;
        s.apiAddress = QHostAddress(QStringLiteral("0.0.0.0"));
        s.apiPort = 17557;
        s.apiToken = QStringLiteral("0123456789abcdef0123456789abcdef");
        {
            ConsoleSettings settings(iniPath());
            settings.setServiceSettings(s);
            settings.setWorkspaceDir(m_dir.filePath(QStringLiteral("lab")));
            settings.setLanguage(QStringLiteral("de"));
        } // written on destruction, as when the program ends

        const ConsoleSettings again(iniPath());
        const ServiceSettings r = again.serviceSettings();
        QCOMPARE(r.acs.address, s.acs.address);
        QCOMPARE(r.acs.port, s.acs.port);
        QCOMPARE(r.acs.authMode, s.acs.authMode);
        QVERIFY(r.acs.allowBasicWithoutTls);
        QVERIFY(r.cpeCredentialsGiven);
        QCOMPARE(r.acs.cpeUsername, s.acs.cpeUsername);
        QCOMPARE(r.acs.cpePassword, s.acs.cpePassword);
        QVERIFY(r.crCredentialsGiven);
        QCOMPARE(r.acs.crUsername, s.acs.crUsername);
        QCOMPARE(r.acs.crPassword, s.acs.crPassword);
        QCOMPARE(r.acs.session.holdMs, 12000);
        QCOMPARE(r.tlsMode, TlsMode::Files);
        QCOMPARE(r.tlsCertificatePath, s.tlsCertificatePath);
        QCOMPARE(r.tlsKeyPath, s.tlsKeyPath);
        QVERIFY(r.apiEnabled);
        QCOMPARE(r.apiAddress, s.apiAddress);
        QCOMPARE(r.apiPort, s.apiPort);
        QCOMPARE(r.apiToken, s.apiToken);
        QCOMPARE(again.workspaceDir(), m_dir.filePath(QStringLiteral("lab")));
        QCOMPARE(again.language(), QStringLiteral("de"));
    }

    void addressesRoundTrip_data()
    {
        QTest::addColumn<QHostAddress>("address");
        QTest::newRow("IPv4 and IPv6 wildcard") << QHostAddress(QHostAddress::Any);
        QTest::newRow("IPv4 wildcard") << QHostAddress(QHostAddress::AnyIPv4);
        QTest::newRow("IPv6 wildcard") << QHostAddress(QHostAddress::AnyIPv6);
        QTest::newRow("loopback") << QHostAddress(QHostAddress::LocalHost);
        QTest::newRow("one interface") << QHostAddress(QStringLiteral("192.0.2.10"));
    }

    void addressesRoundTrip()
    {
        QFETCH(QHostAddress, address);
        ServiceSettings s;
        s.acs.address = address;
        s.apiAddress = address;
        ConsoleSettings settings(iniPath());
        settings.setServiceSettings(s);
        const ServiceSettings r = settings.serviceSettings();
        QCOMPARE(r.acs.address.protocol(), address.protocol());
        QCOMPARE(r.acs.address, address);
        QCOMPARE(r.apiAddress.protocol(), address.protocol());
    }

    void tlsModesRoundTrip_data()
    {
        QTest::addColumn<TlsMode>("mode");
        QTest::newRow("off") << TlsMode::Off;
        QTest::newRow("generate") << TlsMode::Generate;
        QTest::newRow("files") << TlsMode::Files;
    }

    void tlsModesRoundTrip()
    {
        QFETCH(TlsMode, mode);
        ServiceSettings s;
        s.tlsMode = mode;
        ConsoleSettings settings(iniPath());
        settings.setServiceSettings(s);
        QCOMPARE(settings.serviceSettings().tlsMode, mode);
    }

    void generatedCredentialsAreNotCopied()
    {
        ConsoleSettings settings(iniPath());
        ServiceSettings given;
        given.cpeCredentialsGiven = true;
        given.acs.cpeUsername = QStringLiteral("router");
        given.acs.cpePassword = QStringLiteral("typed");
        settings.setServiceSettings(given);
        QVERIFY(settings.serviceSettings().cpeCredentialsGiven);

        // Back to the workspace's own: what was typed is forgotten, not kept as "given".
        ServiceSettings generated;
        generated.acs.cpeUsername = QStringLiteral("cpe");
        generated.acs.cpePassword = QStringLiteral("from-the-workspace");
        settings.setServiceSettings(generated);
        settings.sync();
        const ServiceSettings r = settings.serviceSettings();
        QVERIFY(!r.cpeCredentialsGiven);
        QVERIFY(r.acs.cpePassword.isEmpty());
        QFile file(iniPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("from-the-workspace"));
    }

    void damagedValuesFallBackToTheDefaults()
    {
        QFile file(iniPath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[cwmp]\naddress=not-an-address\nport=99999\nauthMode=maybe\n"
                   "[session]\nholdMs=-5\n[tls]\nmode=sometimes\n[api]\nport=abc\n[ui]\nlanguage=tlh\n");
        file.close();
        const ConsoleSettings settings(iniPath());
        const ServiceSettings s = settings.serviceSettings();
        QCOMPARE(s.acs.address, QHostAddress(QHostAddress::Any));
        QCOMPARE(s.acs.port, quint16(7547));
        QCOMPARE(s.acs.authMode, acs::CpeAuthMode::Digest);
        QCOMPARE(s.acs.session.holdMs, acs::SessionSettings().holdMs);
        QCOMPARE(s.tlsMode, TlsMode::Off);
        QCOMPARE(s.apiPort, quint16(7557));
        QCOMPARE(settings.language(), QString());
    }

    void defaultWorkspaceIsNotWrittenOut()
    {
        ConsoleSettings settings(iniPath());
        settings.setWorkspaceDir(ConsoleSettings::defaultWorkspaceDir());
        settings.sync();
        QFile file(iniPath());
        QVERIFY(!file.open(QIODevice::ReadOnly) || !file.readAll().contains("workspace"));
        QCOMPARE(settings.workspaceDir(), ConsoleSettings::defaultWorkspaceDir());
    }
};

QTEST_GUILESS_MAIN(tst_ConsoleSettings)
#include "tst_consolesettings.moc"
