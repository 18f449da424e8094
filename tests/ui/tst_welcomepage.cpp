// The page shown before any device came, over a real AcsService on 127.0.0.1 (temporary
// workspace): the URLs and credentials a device needs, each with a working Copy button,
// kept current when the listener changes, and the button that asks for a simulated device.

#include <copyfield.h>
#include <welcomepage.h>

#include <service/acsservice.h>

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
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

ServiceSettings localSettings(quint16 port = 0)
{
    ServiceSettings s;
    s.acs.address = QHostAddress::LocalHost;
    s.acs.port = port;
    return s;
}

// Every value the page offers to copy.
QStringList copyableValues(const QWidget &page)
{
    QStringList values;
    for (const ui::CopyField *field : page.findChildren<ui::CopyField *>())
        values << field->text();
    return values;
}

ui::CopyField *fieldWithText(const QWidget &page, const QString &text)
{
    for (ui::CopyField *field : page.findChildren<ui::CopyField *>()) {
        if (field->text() == text)
            return field;
    }
    return nullptr;
}

} // namespace

class tst_WelcomePage : public QObject
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

    void showsTheUrlsAndCredentialsADeviceNeeds()
    {
        ui::WelcomePage page(*m_service);
        page.show();
        const QString url = QStringLiteral("http://127.0.0.1:%1/").arg(m_service->engine().port());
        QCOMPARE(page.shownUrls(), QStringList{url});
        const acs::AcsSettings &acs = m_service->settings().acs;
        const QStringList values = copyableValues(page);
        for (const QString &expected : {url, acs.cpeUsername, acs.cpePassword, acs.crUsername, acs.crPassword})
            QVERIFY2(values.contains(expected), qPrintable(expected + QStringLiteral(" is not shown in ") + values.join(u", ")));
    }

    void copyButtonPutsTheUrlOnTheClipboard()
    {
        ui::WelcomePage page(*m_service);
        page.show();
        const QString url = m_service->acsUrls().constFirst();
        ui::CopyField *field = fieldWithText(page, url);
        QVERIFY(field);
        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(field->copyButton(), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), url);
    }

    void followsAListenerChange()
    {
        ui::WelcomePage page(*m_service);
        page.show();
        ServiceSettings s = localSettings();
        s.acs.authMode = acs::CpeAuthMode::None;
        s.tlsMode = service::TlsMode::Generate;
        QString error;
        QVERIFY2(m_service->apply(s, &error), qPrintable(error));
        QCOMPARE(page.shownUrls(), QStringList{QStringLiteral("https://127.0.0.1:%1/").arg(m_service->engine().port())});
        const QStringList values = copyableValues(page);
        QVERIFY(!values.contains(m_service->generatedCredentials().cpePassword)); // no authentication: none to type
        QVERIFY(values.contains(QDir::toNativeSeparators(m_service->caCertificatePath())));
    }

    void notListeningSaysSoAndOffersNoSimulator()
    {
        m_service->stop();
        ui::WelcomePage page(*m_service);
        page.show();
        QVERIFY(page.shownUrls().isEmpty());
        auto *button = page.findChild<QPushButton *>(QStringLiteral("startSimulator"));
        QVERIFY(button);
        QVERIFY(!button->isEnabled());
    }

    void startButtonAsksForASimulatedDeviceAndShowsItsState()
    {
        ui::WelcomePage page(*m_service);
        page.show();
        QSignalSpy requested(&page, &ui::WelcomePage::startSimulatorRequested);
        auto *button = page.findChild<QPushButton *>(QStringLiteral("startSimulator"));
        QVERIFY(button);
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(requested.count(), 1);

        page.setSimulatorState(QStringLiteral("Starting…"));
        auto *state = page.findChild<QLabel *>(QStringLiteral("simulatorState"));
        QVERIFY(state);
        QCOMPARE(state->text(), QStringLiteral("Starting…"));
    }
};

QTEST_MAIN(tst_WelcomePage)
#include "tst_welcomepage.moc"
