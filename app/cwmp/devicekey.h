#pragma once

#include <QString>

namespace cwmp {

// The key that names a device everywhere (store, API, console): OUI-ProductClass-
// SerialNumber, as GenieACS builds its device ids. Each part is percent-encoded (RFC 3986
// unreserved characters stay, '-' becomes %2D) so the separator cannot occur inside a
// part; the OUI is upper-cased (TR-069 A.3.3.1: six upper-case hex digits, though some
// CPEs send lower case).
QString deviceKey(const QString &oui, const QString &productClass, const QString &serialNumber);
// OUI-ProductClass, for what is remembered per device model.
QString modelKey(const QString &oui, const QString &productClass);

} // namespace cwmp
