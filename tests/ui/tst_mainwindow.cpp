#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QTimer>
#include <QTranslator>

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

// Every text the window shows, apart from its title (the product name, the same in
// every language).
QStringList shownTexts(const ui::MainWindow &window)
{
    QStringList texts;
    for (const QAction *menuAction : window.menuBar()->actions()) {
        texts << menuAction->text();
        for (const QAction *a : menuAction->menu()->actions())
            texts << a->text() << a->statusTip();
    }
    for (const QLabel *label : window.findChildren<QLabel *>())
        texts << label->text();
    return texts;
}

bool loadGerman(QTranslator &translator)
{
    return translator.load(QLocale(QLocale::German, QLocale::Germany),
                           QStringLiteral("cwmp-workbench"), QStringLiteral("_"),
                           QStringLiteral(":/i18n"));
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hasProductNameAsTitle();
    void hasFileMenuWithQuit();
    void hasHelpMenuWithAbout();
    void everyMenuTitleAndActionHasAnAccelerator();
    void showsPlaceholderAndStatusLine();
    void quitClosesTheWindow();
    void aboutShowsTheProjectVersion();
    void germanTranslationLoadsFromResources();
    void retranslatesWhenTheLanguageChanges();
    void translatesEveryShownTextToGerman();
};

void TestMainWindow::hasProductNameAsTitle()
{
    ui::MainWindow window;
    QCOMPARE(window.windowTitle(), QStringLiteral("CWMP Workbench"));
}

void TestMainWindow::hasFileMenuWithQuit()
{
    ui::MainWindow window;
    QMenu *file = menu(window, QStringLiteral("fileMenu"));
    QVERIFY(file);
    QCOMPARE(window.menuBar()->actions().value(0), file->menuAction());
    QCOMPARE(file->title(), QStringLiteral("&File"));
    QCOMPARE(actionTexts(file), QStringList{QStringLiteral("&Quit")});
    QCOMPARE(action(window, QStringLiteral("quitAction"))->shortcut(),
             QKeySequence(Qt::CTRL | Qt::Key_Q));
}

void TestMainWindow::hasHelpMenuWithAbout()
{
    ui::MainWindow window;
    QMenu *help = menu(window, QStringLiteral("helpMenu"));
    QVERIFY(help);
    QCOMPARE(window.menuBar()->actions().value(1), help->menuAction());
    QCOMPARE(help->title(), QStringLiteral("&Help"));
    const QStringList expected{QStringLiteral("&About CWMP Workbench"),
                               QStringLiteral("About &Qt")};
    QCOMPARE(actionTexts(help), expected);
}

void TestMainWindow::everyMenuTitleAndActionHasAnAccelerator()
{
    ui::MainWindow window;
    for (const QAction *menuAction : window.menuBar()->actions()) {
        QVERIFY2(menuAction->text().contains(QLatin1Char('&')), qPrintable(menuAction->text()));
        for (const QString &text : actionTexts(menuAction->menu()))
            QVERIFY2(text.contains(QLatin1Char('&')), qPrintable(text));
    }
}

void TestMainWindow::showsPlaceholderAndStatusLine()
{
    ui::MainWindow window;
    QVERIFY(window.centralWidget());
    QCOMPARE(window.centralWidget()->objectName(), QStringLiteral("placeholder"));
    const auto *text = window.findChild<QLabel *>(QStringLiteral("placeholderText"));
    QVERIFY(text);
    QVERIFY(text->text().contains(QStringLiteral("ACS")));

    const auto *status = window.statusBar()->findChild<QLabel *>(QStringLiteral("statusLabel"));
    QVERIFY(status);
    QVERIFY(!status->text().isEmpty());
}

void TestMainWindow::quitClosesTheWindow()
{
    ui::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    action(window, QStringLiteral("quitAction"))->trigger();
    QVERIFY(!window.isVisible());
}

void TestMainWindow::aboutShowsTheProjectVersion()
{
    ui::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

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
    action(window, QStringLiteral("aboutAction"))->trigger();
    poll.stop();

    QVERIFY2(aboutText.contains(QStringLiteral(CWMP_WORKBENCH_VERSION)), qPrintable(aboutText));
}

void TestMainWindow::germanTranslationLoadsFromResources()
{
    QTranslator translator;
    QVERIFY(loadGerman(translator));
    QVERIFY(QCoreApplication::installTranslator(&translator));

    ui::MainWindow window;
    QCOMPARE(menu(window, QStringLiteral("fileMenu"))->title(), QStringLiteral("&Datei"));
    QCOMPARE(menu(window, QStringLiteral("helpMenu"))->title(), QStringLiteral("&Hilfe"));
    QCOMPARE(action(window, QStringLiteral("quitAction"))->text(), QStringLiteral("&Beenden"));

    QCoreApplication::removeTranslator(&translator);
}

void TestMainWindow::retranslatesWhenTheLanguageChanges()
{
    ui::MainWindow window;
    QMenu *file = menu(window, QStringLiteral("fileMenu"));
    QCOMPARE(file->title(), QStringLiteral("&File"));

    QTranslator translator;
    QVERIFY(loadGerman(translator));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QTRY_COMPARE(file->title(), QStringLiteral("&Datei"));

    QCoreApplication::removeTranslator(&translator);
    QTRY_COMPARE(file->title(), QStringLiteral("&File"));
}

void TestMainWindow::translatesEveryShownTextToGerman()
{
    const QStringList english = shownTexts(ui::MainWindow());

    QTranslator translator;
    QVERIFY(loadGerman(translator));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const QStringList german = shownTexts(ui::MainWindow());
    QCoreApplication::removeTranslator(&translator);

    QCOMPARE(german.size(), english.size());
    for (qsizetype i = 0; i < english.size(); ++i) {
        QVERIFY2(!english.at(i).isEmpty(), "a shown text is empty");
        QVERIFY2(german.at(i) != english.at(i), qPrintable(english.at(i)));
    }
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
