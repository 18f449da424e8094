// The status bar's listener panel over a real AcsService on 127.0.0.1 (temporary
// workspace): where the ACS listens with every URL to copy, TLS and authentication as
// applied, and the count of devices online following a real simulated device.

#include <listenerpanel.h>

#include <service/acsservice.h>
#include <simulatorlauncher.h>

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QMenu>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

#include <memory>
#include <optional>

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

ServiceSettings localSettings()
{
    ServiceSettings s;
    s.acs.address = QHostAddress::LocalHost;
    s.acs.port = 0;
    return s;
}

QString labelText(const QWidget &panel, const char *name)
{
    const auto *label = panel.findChild<QLabel *>(QString::fromLatin1(name));
    return label ? label->text() : QStringLiteral("(no label %1)").arg(QString::fromLatin1(name));
}

} // namespace

class tst_ListenerPanel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_tempDir;
    std::unique_ptr<AcsService> m_service;

private Q_SLOTS:
    void init()
    {
        m_tempDir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_tempDir->isValid());
        m_service = std::make_unique<AcsService>();
        QCOMPARE(openService(*m_service, m_tempDir->path()), QString());
        QString error;
        QVERIFY2(m_service->apply(localSettings(), &error), qPrintable(error));
    }

    void cleanup()
    {
        m_service.reset();
        m_tempDir.reset();
    }

    void showsWhereTheAcsListensAndCopiesIt()
    {
        ui::ListenerPanel panel(*m_service);
        panel.show();
        const QString url = QStringLiteral("http://127.0.0.1:%1/").arg(m_service->engine().port());
        auto *button = panel.findChild<QToolButton *>(QStringLiteral("listenerUrl"));
        QVERIFY(button);
        QVERIFY2(button->text().contains(url), qPrintable(button->text()));
        QCOMPARE(button->menu()->actions().size(), 1);
        QGuiApplication::clipboard()->clear();
        button->menu()->actions().constFirst()->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), url);
        QCOMPARE(labelText(panel, "tlsState"), QStringLiteral("TLS off"));
        QCOMPARE(labelText(panel, "authMode"), QStringLiteral("Digest authentication"));
        QCOMPARE(labelText(panel, "devicesOnline"), QStringLiteral("0 devices online"));
    }

    void followsAListenerChange()
    {
        ui::ListenerPanel panel(*m_service);
        panel.show();
        ServiceSettings s = localSettings();
        s.tlsMode = service::TlsMode::Generate;
        s.acs.authMode = acs::CpeAuthMode::None;
        QString error;
        QVERIFY2(m_service->apply(s, &error), qPrintable(error));
        auto *button = panel.findChild<QToolButton *>(QStringLiteral("listenerUrl"));
        QVERIFY2(button->text().contains(QStringLiteral("https://127.0.0.1:%1/").arg(m_service->engine().port())),
                 qPrintable(button->text()));
        QCOMPARE(labelText(panel, "tlsState"), QStringLiteral("TLS on"));
        QCOMPARE(labelText(panel, "authMode"), QStringLiteral("No authentication"));

        m_service->stop();
        QVERIFY(!button->isEnabled());
    }

    void countsASimulatedDeviceOnline()
    {
        ui::ListenerPanel panel(*m_service);
        panel.show();
        QCOMPARE(panel.onlineCount(), 0);
        models::SimulatorLauncher launcher(*m_service);
        QVERIFY(!launcher.start().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(panel.onlineCount(), 1, 30000);
        QCOMPARE(labelText(panel, "devicesOnline"), QStringLiteral("1 device online"));
        QSignalSpy finished(&launcher, &models::SimulatorLauncher::finished);
        launcher.stop();
        QVERIFY(finished.wait(30000));
    }
};

QTEST_MAIN(tst_ListenerPanel)
#include "tst_listenerpanel.moc"
