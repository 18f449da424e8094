// cwmp-cpe-sim: simulated TR-069 devices on the network (see commandline.cpp for options).

#include "commandline.h"
#include "fleet.h"
#include "profile.h"
#include "runtimelog.h"
#include "signalwatcher.h"

#include <http/openfilelimit.h>

#include <QCoreApplication>

#include <csignal>
#include <cstdio>

namespace {

constexpr int kExitRuntimeError = 1;
constexpr int kExitUsage = 2;

void printLine(std::FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    if (!bytes.endsWith('\n'))
        std::fputc('\n', stream);
    std::fflush(stream);
}

} // namespace

int main(int argc, char *argv[])
{
    http::raiseOpenFileLimit(); // each device holds a session connection and a listener
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cwmp-cpe-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1"));

    const cpesim::CommandLine commandLine = cpesim::CommandLine::parse(QCoreApplication::arguments());
    if (commandLine.help) {
        printLine(stdout, commandLine.helpText);
        return 0;
    }
    if (!commandLine.error.isEmpty()) {
        printLine(stderr, QStringLiteral("cwmp-cpe-sim: %1 (see --help)").arg(commandLine.error));
        return kExitUsage;
    }
    cpesim::RuntimeLog::setLevel(commandLine.logLevel);

    const cpesim::ProfileLoadResult loaded = cpesim::Profile::load(commandLine.profile);
    if (!loaded.profile) {
        printLine(stderr, QStringLiteral("cwmp-cpe-sim: profile \"%1\": %2").arg(commandLine.profile, loaded.error));
        return kExitUsage;
    }
    QString serialBase = commandLine.serialBase;
    if (serialBase.isEmpty())
        serialBase = loaded.profile->variables().value(QStringLiteral("SerialNumber"), QStringLiteral("SIM0000000001"));

    cpesim::SignalWatcher signalWatcher({SIGINT, SIGTERM});
    cpesim::Fleet fleet(commandLine.options);
    const QString error = fleet.start(loaded.profile, commandLine.count, serialBase);
    if (!error.isEmpty()) {
        printLine(stderr, QStringLiteral("cwmp-cpe-sim: %1").arg(error));
        return kExitRuntimeError;
    }
    cpesim::RuntimeLog::info(QStringLiteral("cwmp-cpe-sim: %1 device(s) of profile %2 for %3, first serial %4")
                                 .arg(commandLine.count)
                                 .arg(loaded.profile->name(), commandLine.options.acsUrl.toString(),
                                      cpesim::Fleet::serialFor(serialBase, 0)));
    QObject::connect(&signalWatcher, &cpesim::SignalWatcher::received, &app, [&fleet](int signalNumber) {
        cpesim::RuntimeLog::info(QStringLiteral("cwmp-cpe-sim: signal %1, saving state and exiting").arg(signalNumber));
        fleet.stop();
        QCoreApplication::exit(0);
    });
    return app.exec();
}
