#include "mainwindow.h"

#include <QApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int main(int argc, char *argv[])
{
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
