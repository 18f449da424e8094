#pragma once

#include <QByteArray>
#include <QString>

namespace cpesim {

class SimDevice;

// What the simulated device PUTs for an Upload RPC (TR-069 A.4.1.5, cwmp-facts §9):
// "1 Vendor Configuration File" (and "3 … <i>") is the device's parameter values as
// `path=value` lines; "2 Vendor Log File" (and "4 … <i>") a short syslog-like text.
namespace UploadContent {

QByteArray forFileType(const SimDevice &device, const QString &fileType);
QByteArray configurationFile(const SimDevice &device);
QByteArray logFile(const SimDevice &device);

} // namespace UploadContent

} // namespace cpesim
