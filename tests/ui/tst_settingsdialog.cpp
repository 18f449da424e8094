// The settings dialog over a real AcsService on 127.0.0.1 and an INI file in a temporary
// folder: the fields show what is kept, OK applies a new port at once and keeps it, and a
// port in use is said in plain words with the dialog still open and nothing kept.

#include <settingsdialog.h>

#include <consolesettings.h>
#include <service/acsservice.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <optional>

using models::ConsoleSettings;
using service::AcsService;
using service::ServiceSettings;

namespace {

QString openService(AcsService &service, const QString &dir)
{
    std::optional<QString> outcome;
    service.open(dir, [&](bool ok, const QString &error) { outcome = ok ? QString() : error; });
    if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 20000))
        return QStringLiteral("the workspace did not open in time");
    return *outcome;
}

quint16 freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

bool accepts(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    return socket.waitForConnected(5000);
}

template<typename T>
T *field(const QWidget &dialog, const char *name)
{
    return dialog.findChild<T *>(QString::fromLatin1(name));
}

void clickOk(ui::SettingsDialog &dialog)
{
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

} // namespace

class tst_SettingsDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_tempDir;
    std::unique_ptr<AcsService> m_service;
    std::unique_ptr<ConsoleSettings> m_settings;

    ServiceSettings kept() const { return m_settings->serviceSettings(); }

private Q_SLOTS:
    void init()
    {
        m_tempDir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_tempDir->isValid());
        m_settings = std::make_unique<ConsoleSettings>(m_tempDir->filePath(QStringLiteral("console.ini")));
        ServiceSettings s;
        s.acs.address = QHostAddress::LocalHost;
        s.acs.port = 0;
        s.acs.session.holdMs = 15000;
        m_settings->setServiceSettings(s);
        m_settings->setWorkspaceDir(m_tempDir->filePath(QStringLiteral("workspace")));
        m_service = std::make_unique<AcsService>();
        QCOMPARE(openService(*m_service, m_settings->workspaceDir()), QString());
        QString error;
        QVERIFY2(m_service->apply(m_settings->serviceSettings(), &error), qPrintable(error));
    }

    void cleanup()
    {
        m_service.reset();
        m_settings.reset();
        m_tempDir.reset();
    }

    void fieldsShowWhatIsKept()
    {
        ServiceSettings s = kept();
        s.acs.authMode = acs::CpeAuthMode::Basic;
        s.cpeCredentialsGiven = true;
        s.acs.cpeUsername = QStringLiteral("router");
        s.acs.cpePassword = QStringLiteral("typed-in");
        s.tlsMode = service::TlsMode::Generate;
        s.apiEnabled = true;
        s.apiPort = 17557;
        s.apiToken = QStringLiteral("abc123");
        m_settings->setServiceSettings(s);
        m_settings->setLanguage(QStringLiteral("de"));

        ui::SettingsDialog dialog(*m_service, *m_settings);
        QCOMPARE(field<QComboBox>(dialog, "bindAddress")->currentData().toString(), QStringLiteral("127.0.0.1"));
        QCOMPARE(field<QSpinBox>(dialog, "cwmpPort")->value(), 0);
        QCOMPARE(field<QComboBox>(dialog, "authMode")->currentData().toInt(), int(acs::CpeAuthMode::Basic));
        QCOMPARE(field<QLineEdit>(dialog, "cpeUsername")->text(), QStringLiteral("router"));
        QCOMPARE(field<QLineEdit>(dialog, "cpePassword")->text(), QStringLiteral("typed-in"));
        // Not typed by anyone: the workspace's generated ones, to copy to a device.
        QCOMPARE(field<QLineEdit>(dialog, "crUsername")->text(), m_service->generatedCredentials().crUsername);
        QCOMPARE(field<QLineEdit>(dialog, "crPassword")->text(), m_service->generatedCredentials().crPassword);
        QCOMPARE(field<QSpinBox>(dialog, "holdTime")->value(), 15);
        QCOMPARE(field<QComboBox>(dialog, "tlsMode")->currentData().toInt(), int(service::TlsMode::Generate));
        QVERIFY(field<QCheckBox>(dialog, "apiEnabled")->isChecked());
        QCOMPARE(field<QSpinBox>(dialog, "apiPort")->value(), 17557);
        QCOMPARE(field<QLineEdit>(dialog, "apiToken")->text(), QStringLiteral("abc123"));
        QCOMPARE(field<QComboBox>(dialog, "language")->currentData().toString(), QStringLiteral("de"));
        QCOMPARE(QDir::fromNativeSeparators(field<QLineEdit>(dialog, "workspaceDir")->text()), m_settings->workspaceDir());
    }

    void okAppliesANewPortAtOnceAndKeepsIt()
    {
        const quint16 before = m_service->engine().port();
        const quint16 port = freePort();
        QVERIFY(port != 0 && port != before);
        ui::SettingsDialog dialog(*m_service, *m_settings);
        dialog.show();
        field<QSpinBox>(dialog, "cwmpPort")->setValue(port);
        field<QSpinBox>(dialog, "holdTime")->setValue(9);
        clickOk(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
        QCOMPARE(m_service->engine().port(), port);
        QVERIFY(accepts(port));
        QVERIFY(!accepts(before));
        QCOMPARE(m_service->engine().sessionSettings().holdMs, 9000);
        QCOMPARE(kept().acs.port, port);
        QCOMPARE(kept().acs.session.holdMs, 9000);
        // The generated credentials were shown, not typed: they stay the workspace's.
        QVERIFY(!kept().cpeCredentialsGiven);
        QVERIFY(!kept().crCredentialsGiven);
    }

    void portInUseIsSaidAndTheDialogStaysOpen()
    {
        QTcpServer occupant;
        QVERIFY(occupant.listen(QHostAddress::LocalHost, 0));
        const quint16 before = m_service->engine().port();
        ui::SettingsDialog dialog(*m_service, *m_settings);
        dialog.show();
        field<QSpinBox>(dialog, "cwmpPort")->setValue(occupant.serverPort());
        clickOk(dialog);
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.result() != int(QDialog::Accepted));
        QVERIFY2(dialog.errorText().contains(QStringLiteral("port %1 is already in use").arg(occupant.serverPort())),
                 qPrintable(dialog.errorText()));
        QCOMPARE(m_service->engine().port(), before);
        QCOMPARE(kept().acs.port, quint16(0)); // nothing kept that did not apply
    }

    void changedCredentialsAreKeptAsGiven()
    {
        ui::SettingsDialog dialog(*m_service, *m_settings);
        dialog.show();
        field<QLineEdit>(dialog, "cpePassword")->setText(QStringLiteral("my-own"));
        clickOk(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(m_service->engine().settings().cpePassword, QStringLiteral("my-own"));
        QVERIFY(kept().cpeCredentialsGiven);
        QCOMPARE(kept().acs.cpePassword, QStringLiteral("my-own"));
    }

    void apiIsSwitchedOnWithAGeneratedToken()
    {
        ui::SettingsDialog dialog(*m_service, *m_settings);
        dialog.show();
        field<QCheckBox>(dialog, "apiEnabled")->setChecked(true);
        field<QSpinBox>(dialog, "apiPort")->setValue(0);
        QTest::mouseClick(field<QPushButton>(dialog, "generateToken"), Qt::LeftButton);
        const QString token = field<QLineEdit>(dialog, "apiToken")->text();
        QCOMPARE(token.size(), 32);
        clickOk(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(m_service->apiListening());
        QCOMPARE(m_service->api().token(), token);
        QVERIFY(kept().apiEnabled);
        QCOMPARE(kept().apiToken, token);
    }

    void languageAndWorkspaceAreKeptForTheNextStart()
    {
        ui::SettingsDialog dialog(*m_service, *m_settings);
        dialog.show();
        auto *language = field<QComboBox>(dialog, "language");
        language->setCurrentIndex(language->findData(QStringLiteral("en")));
        const QString elsewhere = m_tempDir->filePath(QStringLiteral("other"));
        field<QLineEdit>(dialog, "workspaceDir")->setText(elsewhere);
        clickOk(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(m_settings->language(), QStringLiteral("en"));
        QCOMPARE(m_settings->workspaceDir(), elsewhere);
        QVERIFY(m_service->workspace().directory() != elsewhere); // not before the next start
    }
};

QTEST_MAIN(tst_SettingsDialog)
#include "tst_settingsdialog.moc"
