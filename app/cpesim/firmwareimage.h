#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace cpesim {

// What the simulator accepts as a "1 Firmware Upgrade Image" (TR-069 A.3.2.8, cwmp-facts §9).
// The version the device runs after the upgrade reboot comes from, in this order:
//   1. the file's first line: `CWMP-SIM-FIRMWARE version=X.Y.Z` (anything may follow it);
//   2. a version in the TargetFileName of the Download, e.g. "sg2-4.3.0.bin";
//   3. a version in the file name of the URL's path.
// A version is two or more dot-separated numbers, optionally with a -suffix ("4.3.0-rc1").
// An image without any version is unusable: TransferComplete fault 9018.
namespace FirmwareImage {

inline constexpr char kMagic[] = "CWMP-SIM-FIRMWARE";

std::optional<QString> versionFromContent(const QByteArray &head);
std::optional<QString> versionFromName(const QString &fileName);
// The first line of an image that announces `version` (for tests and demos).
QByteArray header(const QString &version);

} // namespace FirmwareImage

} // namespace cpesim
