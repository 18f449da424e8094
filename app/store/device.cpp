#include "device.h"

#include <cwmp/devicekey.h>

namespace store {

QString Device::makeId(const QString &oui, const QString &productClass,
                       const QString &serialNumber)
{
    return cwmp::deviceKey(oui, productClass, serialNumber);
}

QString Device::modelKey(const QString &oui, const QString &productClass)
{
    return cwmp::modelKey(oui, productClass);
}

} // namespace store
