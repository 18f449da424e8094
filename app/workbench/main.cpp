#include "headlessmode.h"
#include "mainwindow.h"

#include <consolesettings.h>
#include <http/openfilelimit.h>
#include <service/acsservice.h>

#include <QApplication>
#include <QIcon>
#include <QMessageBox>
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

    models::ConsoleSettings settings;
    // The language chosen in the settings, else the system's; English (the source
    // language) needs no translation.
    const QLocale locale = settings.language().isEmpty() ? QLocale() : QLocale(settings.language());
    QLocale::setDefault(locale);
    QTranslator qtTranslator;
    if (qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator appTranslator;
    if (appTranslator.load(locale, QStringLiteral("cwmp-workbench"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&appTranslator);

    // The service outlives the window: the window's pages hold references into the engine.
    service::AcsService service;
    ui::MainWindow window(service, settings);
    window.show();
    const QString dir = settings.workspaceDir();
    // The workspace opens on the store's thread; the window is usable (and says the ACS is
    // not listening yet) until it has.
    service.open(dir, [&](bool ok, const QString &error) {
        if (!ok) {
            QMessageBox::critical(&window, QApplication::translate("main", "Workspace"),
                                  QApplication::translate("main", "Cannot open the workspace %1: %2").arg(dir, error));
            return;
        }
        QString why;
        if (!service.apply(settings.serviceSettings(), &why))
            QMessageBox::warning(&window, QApplication::translate("main", "ACS not started"),
                                 QApplication::translate("main", "%1. Choose another port in File → Settings.").arg(why));
    });
    return app.exec();
}
