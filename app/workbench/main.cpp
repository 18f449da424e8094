#include "headlessmode.h"
#include "mainwindow.h"

#include <http/openfilelimit.h>

#include <QApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

namespace {

// The GUI and the headless ACS share one binary; --headless must not need a display.
bool wantsHeadless(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--headless") == 0)
            return true;
    }
    return false;
}

int headlessMain(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("cwmp-workbench"));
    QCoreApplication::setApplicationName(QStringLiteral("cwmp-workbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CWMP_WORKBENCH_VERSION));
    QString error;
    bool helpShown = false;
    const auto options = workbench::parseHeadlessOptions(QCoreApplication::arguments(), &error, &helpShown);
    if (!options) {
        QTextStream(helpShown ? stdout : stderr) << (helpShown ? error : QStringLiteral("cwmp-workbench: %1\n").arg(error));
        return helpShown ? 0 : 2;
    }
    return workbench::runHeadless(*options);
}

} // namespace

int main(int argc, char *argv[])
{
    http::raiseOpenFileLimit();
    if (wantsHeadless(argc, argv))
        return headlessMain(argc, argv);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("cwmp-workbench"));
    QApplication::setApplicationName(QStringLiteral("cwmp-workbench"));
    QApplication::setApplicationVersion(QStringLiteral(CWMP_WORKBENCH_VERSION));
    // Lets Wayland compositors match the window to packaging/cwmp-workbench.desktop.
    QApplication::setDesktopFileName(QStringLiteral("cwmp-workbench"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/cwmp-workbench.svg")));

    // The system locale picks the translation; English (the source language) needs none.
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator appTranslator;
    if (appTranslator.load(QLocale(), QStringLiteral("cwmp-workbench"), QStringLiteral("_"),
                           QStringLiteral(":/i18n")))
        QApplication::installTranslator(&appTranslator);

    ui::MainWindow window;
    window.show();
    return app.exec();
}
