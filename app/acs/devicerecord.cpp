#include "devicerecord.h"

#include <cwmp/devicekey.h>

namespace acs {

QString deviceIdFor(const cwmp::DeviceIdStruct &id)
{
    return cwmp::deviceKey(id.oui, id.productClass, id.serialNumber);
}

QString modelKeyFor(const cwmp::DeviceIdStruct &id)
{
    return cwmp::modelKey(id.oui, id.productClass);
}

} // namespace acs
