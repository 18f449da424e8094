#pragma once

namespace http {

// Raises this process's soft limit on open files to its hard limit. Every connection is a
// file descriptor: an ACS with a fleet of devices, or a simulator with a thousand of them
// (each with a session connection and a connection-request listener), needs more than
// the usual default of 1,024. Returns the limit now in force.
long raiseOpenFileLimit();

} // namespace http
