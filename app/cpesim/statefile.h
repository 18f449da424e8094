#pragma once

#include <QString>

namespace cpesim {

class SimDevice;

struct StateLoadResult {
    bool loaded = false; // false: the device starts fresh
    QString warning;     // why the file was not used (missing, unreadable, corrupt, other profile)
};

// The device's overlay, events, transfers and pending notifications as JSON, for the
// runtime's --state-dir: a restart keeps what the ACS configured.
namespace StateFile {

// Writes atomically (QSaveFile). Returns an error text, empty on success.
QString save(const SimDevice &device, const QString &path);
// A missing or corrupt file leaves the device as it is and says why.
StateLoadResult load(SimDevice &device, const QString &path);

} // namespace StateFile

} // namespace cpesim
