// The console's main window over a real AcsService (temporary workspace, 127.0.0.1, port 0):
// menus and their accelerators, the welcome page before any device, "Start simulated
// device" bringing a real simulator in and the device page following it, and the German
// translation of everything the window shows.

#include "devicelistview.h"
#include "devicepage.h"
#include "mainwindow.h"
#include "welcomepage.h"

#include <consolesettings.h>
#include <simulatorlauncher.h>
#include <service/acsservice.h>
#include <support/testpaths.h>

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>

#include <memory>
#include <optional>

namespace {

QMenu *menu(const ui::MainWindow &window, const QString &objectName)
{
    return window.findChild<QMenu *>(objectName);
}

QAction *action(const ui::MainWindow &window, const QString &objectName)
{
    return window.findChild<QAction *>(objectName);
}

QStringList actionTexts(const QMenu *menu)
{
    QStringList texts;
    for (const QAction *a : menu->actions()) {
        if (!a->isSeparator())
            texts << a->text();
    }
    return texts;
}

// The menus, their actions and status tips, and the tab titles.
QStringList shownTexts(const ui::MainWindow &window)
{
    QStringList texts;
    for (const QAction *menuAction : window.menuBar()->actions()) {
        texts << menuAction->text();
        for (const QAction *a : menuAction->menu()->actions()) {
            if (!a->isSeparator())
                texts << a->text() << a->statusTip();
        }
    }
    const auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("deviceTabs"));
    for (int i = 0; tabs && i < tabs->count(); ++i)
        texts << tabs->tabText(i);
    return texts;
}

bool loadGerman(QTranslator &translator)
{
    return translator.load(QLocale(QLocale::German, QLocale::Germany), QStringLiteral("cwmp-workbench"),
                           QStringLiteral("_"), QStringLiteral(":/i18n"));
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void hasProductNameAsTitle();
    void hasFileDeviceToolsAndHelpMenus();
    void everyMenuTitleAndActionHasAnAccelerator();
    void noTwoShortcutsOrAcceleratorsCollide();
    void devicePageHasEveryFeatureTab();
    void showsTheWelcomePageWithoutDevices();
    void startSimulatedDeviceBringsTheDeviceOntoItsPage();
    void quitClosesTheWindow();
    void aboutShowsTheProjectVersion();
    void retranslatesWhenTheLanguageChanges();
    void translatesEveryShownTextToGerman();

private:
    std::unique_ptr<ui::MainWindow> makeWindow();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<models::ConsoleSettings> m_settings;
    std::unique_ptr<service::AcsService> m_service;
};

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<models::ConsoleSettings>(m_dir->filePath(QStringLiteral("settings.ini")));
    m_service = std::make_unique<service::AcsService>();
    std::optional<QString> opened;
    m_service->open(m_dir->filePath(QStringLiteral("workspace")),
                    [&](bool ok, const QString &error) { opened = ok ? QString() : error; });
    QTRY_VERIFY_WITH_TIMEOUT(opened.has_value(), 20000);
    QCOMPARE(*opened, QString());
    service::ServiceSettings settings;
    settings.acs.address = QHostAddress::LocalHost;
    settings.acs.port = 0;
    QString why;
    QVERIFY2(m_service->apply(settings, &why), qPrintable(why));
}

void TestMainWindow::cleanup()
{
    m_service.reset();
    m_settings.reset();
    m_dir.reset();
}

std::unique_ptr<ui::MainWindow> TestMainWindow::makeWindow()
{
    return std::make_unique<ui::MainWindow>(*m_service, *m_settings);
}

void TestMainWindow::hasProductNameAsTitle()
{
    QCOMPARE(makeWindow()->windowTitle(), QStringLiteral("CWMP Workbench"));
}

void TestMainWindow::hasFileDeviceToolsAndHelpMenus()
{
    const auto window = makeWindow();
    const QList<QAction *> menus = window->menuBar()->actions();
    QCOMPARE(menus.size(), 4);
    QCOMPARE(menus.at(0), menu(*window, QStringLiteral("fileMenu"))->menuAction());
    QCOMPARE(menus.at(1), menu(*window, QStringLiteral("deviceMenu"))->menuAction());
    QCOMPARE(menus.at(2), menu(*window, QStringLiteral("toolsMenu"))->menuAction());
    QCOMPARE(menus.at(3), menu(*window, QStringLiteral("helpMenu"))->menuAction());
    QCOMPARE(actionTexts(menu(*window, QStringLiteral("fileMenu"))),
             (QStringList{QStringLiteral("&Import data model…"), QStringLiteral("&Settings…"), QStringLiteral("&Quit")}));
    QCOMPARE(action(*window, QStringLiteral("quitAction"))->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Q));
    QCOMPARE(action(*window, QStringLiteral("findAction"))->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_F));
    QCOMPARE(action(*window, QStringLiteral("refreshAction"))->shortcut(), QKeySequence(Qt::Key_F5));
    QCOMPARE(action(*window, QStringLiteral("importDataModelAction"))->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    QCOMPARE(action(*window, QStringLiteral("snapshotAction"))->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QCOMPARE(action(*window, QStringLiteral("diagnosticAction"))->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    QCOMPARE(action(*window, QStringLiteral("conformanceAction"))->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    QCOMPARE(action(*window, QStringLiteral("profilesAction"))->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    const QStringList device = actionTexts(menu(*window, QStringLiteral("deviceMenu")));
    for (const char *text : {"Start &simulated device", "Take s&napshot…", "Run &diagnostic…", "Check conf&ormance…",
                             "&Upgrade firmware…", "B&ack up configuration", "Fetch lo&g"})
        QVERIFY2(device.contains(QString::fromUtf8(text)), text);
    QCOMPARE(actionTexts(menu(*window, QStringLiteral("toolsMenu"))),
             (QStringList{QStringLiteral("File &library…"), QStringLiteral("&Profiles…")}));
    QCOMPARE(action(*window, QStringLiteral("upgradeFirmwareAction"))->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    QCOMPARE(action(*window, QStringLiteral("fileLibraryAction"))->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    // Without a device the device's actions are off.
    QVERIFY(!action(*window, QStringLiteral("snapshotAction"))->isEnabled());
    QVERIFY(!action(*window, QStringLiteral("conformanceAction"))->isEnabled());
}

void TestMainWindow::noTwoShortcutsOrAcceleratorsCollide()
{
    // Two actions on one key sequence make Qt fire neither ("ambiguous shortcut"); two
    // equal Alt accelerators among the menu titles and the device tabs only cycle focus.
    const auto window = makeWindow();
    // (A page's own shortcuts, WidgetWithChildrenShortcut, win where the page has focus.)
    QHash<QKeySequence, QString> owners;
    for (const QAction *a : window->findChildren<QAction *>()) {
        if (a->shortcutContext() == Qt::WidgetShortcut || a->shortcutContext() == Qt::WidgetWithChildrenShortcut)
            continue;
        for (const QKeySequence &key : a->shortcuts()) {
            QVERIFY2(!owners.contains(key), qPrintable(QStringLiteral("%1: %2 and %3").arg(key.toString(), owners.value(key), a->objectName())));
            owners.insert(key, a->objectName());
        }
    }
    const auto accelerator = [](QString text) {
        text.replace(QLatin1String("&&"), QLatin1String("  ")); // a literal ampersand
        const qsizetype at = text.indexOf(QLatin1Char('&'));
        return at < 0 || at + 1 == text.size() ? QChar() : text.at(at + 1).toLower();
    };
    QHash<QChar, QString> letters;
    QStringList titles;
    for (const QAction *menuAction : window->menuBar()->actions())
        titles << menuAction->text();
    const auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("deviceTabs"));
    for (int i = 0; i < tabs->count(); ++i)
        titles << tabs->tabText(i);
    for (const QString &title : std::as_const(titles)) {
        const QChar letter = accelerator(title);
        QVERIFY2(!letters.contains(letter), qPrintable(QStringLiteral("%1 and %2").arg(letters.value(letter), title)));
        letters.insert(letter, title);
    }
}

void TestMainWindow::devicePageHasEveryFeatureTab()
{
    const auto window = makeWindow();
    const auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("deviceTabs"));
    QStringList titles;
    for (int i = 0; i < tabs->count(); ++i)
        titles << tabs->tabText(i).replace(QLatin1String("&&"), QLatin1String("\x01")).remove(QLatin1Char('&')).replace(QLatin1Char('\x01'), QLatin1Char('&'));
    QCOMPARE(titles, (QStringList{QStringLiteral("Summary"), QStringLiteral("Parameters"), QStringLiteral("Tasks"),
                                  QStringLiteral("Session log"), QStringLiteral("Diagnostics"), QStringLiteral("Monitor"),
                                  QStringLiteral("Snapshots"), QStringLiteral("Files & backups")}));
    QVERIFY(window->devicePage()->diagnostics());
    QVERIFY(window->devicePage()->monitor());
    QVERIFY(window->devicePage()->snapshots());
    QVERIFY(window->devicePage()->backups());
}

void TestMainWindow::everyMenuTitleAndActionHasAnAccelerator()
{
    const auto window = makeWindow();
    for (const QAction *menuAction : window->menuBar()->actions()) {
        QVERIFY2(menuAction->text().contains(QLatin1Char('&')), qPrintable(menuAction->text()));
        for (const QString &text : actionTexts(menuAction->menu()))
            QVERIFY2(text.contains(QLatin1Char('&')), qPrintable(text));
    }
    const auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("deviceTabs"));
    QVERIFY(tabs);
    for (int i = 0; i < tabs->count(); ++i)
        QVERIFY2(tabs->tabText(i).contains(QLatin1Char('&')), qPrintable(tabs->tabText(i)));
}

void TestMainWindow::showsTheWelcomePageWithoutDevices()
{
    const auto window = makeWindow();
    const auto *centre = window->findChild<QStackedWidget *>(QStringLiteral("centre"));
    QVERIFY(centre);
    QCOMPARE(centre->currentWidget(), window->welcomePage());
    // The welcome page names this ACS's URL, so a device can be pointed at it.
    QVERIFY(window->welcomePage()->shownUrls().contains(m_service->localUrl()));
    QVERIFY(!action(*window, QStringLiteral("rebootAction"))->isEnabled());
}

void TestMainWindow::startSimulatedDeviceBringsTheDeviceOntoItsPage()
{
    const QString simulator = testsupport::simulatorPath();
    if (!QFileInfo::exists(simulator))
        QSKIP("cwmp-cpe-sim is not built next to the tests");
    const auto window = makeWindow();
    window->simulators()->setProgram(simulator);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));

    window->startSimulatedDevice();
    QTRY_COMPARE_WITH_TIMEOUT(m_service->engine().devices().ids().size(), 1, 30000);
    const QString id = m_service->engine().devices().ids().first();
    // The first device to arrive is selected and its page replaces the welcome page.
    QTRY_COMPARE(window->deviceList()->currentDevice(), id);
    const auto *centre = window->findChild<QStackedWidget *>(QStringLiteral("centre"));
    QCOMPARE(centre->currentWidget(), window->devicePage());
    QCOMPARE(window->devicePage()->device(), id);
    QVERIFY(action(*window, QStringLiteral("rebootAction"))->isEnabled());
    // While the engineer looks at it, the device's sessions are held open.
    QTRY_VERIFY_WITH_TIMEOUT(m_service->engine().isInSession(id), 20000);

    // F5 is the refresh of the Parameters tab.
    action(*window, QStringLiteral("refreshAction"))->trigger();
    QCOMPARE(window->devicePage()->currentTab(), ui::DevicePage::ParametersTab);
    window->simulators()->stop();
    QTRY_COMPARE_WITH_TIMEOUT(window->simulators()->runningCount(), 0, 20000);
}

void TestMainWindow::quitClosesTheWindow()
{
    const auto window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    action(*window, QStringLiteral("quitAction"))->trigger();
    QVERIFY(!window->isVisible());
}

void TestMainWindow::aboutShowsTheProjectVersion()
{
    const auto window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));

    // The about box is modal: read and close it from inside its event loop.
    QString aboutText;
    QTimer poll;
    connect(&poll, &QTimer::timeout, this, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            aboutText = box->text();
            box->accept();
        }
    });
    poll.start(10);
    action(*window, QStringLiteral("aboutAction"))->trigger();
    poll.stop();
    QVERIFY2(aboutText.contains(QStringLiteral(CWMP_WORKBENCH_VERSION)), qPrintable(aboutText));
}

void TestMainWindow::retranslatesWhenTheLanguageChanges()
{
    const auto window = makeWindow();
    QMenu *file = menu(*window, QStringLiteral("fileMenu"));
    QCOMPARE(file->title(), QStringLiteral("&File"));

    QTranslator translator;
    QVERIFY(loadGerman(translator));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QTRY_COMPARE(file->title(), QStringLiteral("&Datei"));
    QTRY_COMPARE(action(*window, QStringLiteral("quitAction"))->text(), QStringLiteral("&Beenden"));

    QCoreApplication::removeTranslator(&translator);
    QTRY_COMPARE(file->title(), QStringLiteral("&File"));
}

void TestMainWindow::translatesEveryShownTextToGerman()
{
    const QStringList english = shownTexts(*makeWindow());

    QTranslator translator;
    QVERIFY(loadGerman(translator));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const QStringList german = shownTexts(*makeWindow());
    QCoreApplication::removeTranslator(&translator);

    QCOMPARE(german.size(), english.size());
    for (qsizetype i = 0; i < english.size(); ++i) {
        QVERIFY2(!english.at(i).isEmpty(), "a shown text is empty");
        QVERIFY2(german.at(i) != english.at(i), qPrintable(english.at(i)));
    }
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
