#pragma once

#include "runtimelog.h"
#include "runtimeoptions.h"

#include <QString>
#include <QStringList>

namespace cpesim {

// The options of the `cwmp-cpe-sim` executable, parsed and checked. Errors are values: a bad
// option gives one line in `error` (the program prints it and exits with 2).
struct CommandLine {
    RuntimeOptions options;
    int count = 1;
    QString serialBase; // empty: the profile's SerialNumber variable
    QString profile;    // built-in name or file
    RuntimeLog::Level logLevel = RuntimeLog::Level::Info;
    bool help = false;
    QString helpText;
    QString error;

    static CommandLine parse(const QStringList &arguments);
};

} // namespace cpesim
