#pragma once

#include <QString>

namespace acs {

// A random secret from the system's generator, without look-alike characters (engineers
// type these into a device's web page).
QString randomSecret(int length);

} // namespace acs
