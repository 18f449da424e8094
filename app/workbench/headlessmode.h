#pragma once

#include "headlessoptions.h"

namespace workbench {

// Runs the engine, the file server and the upload receiver with no window until SIGINT or
// SIGTERM; one line per session and per task on stderr. Returns the exit code.
int runHeadless(const HeadlessOptions &options);

} // namespace workbench
