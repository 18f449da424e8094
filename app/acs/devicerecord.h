#pragma once

// What the ACS knows of one device: its identity, what its last Informs said, and its
// parameter cache.

#include "parametercache.h"

#include <cwmp/datastructs.h>

#include <QString>
#include <QStringList>

#include <optional>

namespace acs {

struct DeviceCredentials {
    std::optional<QString> cpeUsername; // the device's ManagementServer.Username; unset: global
    std::optional<QString> cpePassword;
    std::optional<QString> crUsername;  // ConnectionRequestUsername; unset: the defaults
    std::optional<QString> crPassword;
};

struct DeviceRecord {
    QString id; // OUI-ProductClass-SerialNumber, see deviceIdFor()
    cwmp::DeviceIdStruct deviceId;
    QString softwareVersion;
    QString hardwareVersion;
    QString modelName;
    QString address;              // the IP address the last session came from
    QString connectionRequestUrl;
    // How the device reached us (scheme, host and port from its Host header): the base of
    // the file and upload URLs we hand it, since that address is known to work from its side.
    QString acsBaseUrl;
    QString cwmpVersion;          // negotiated in the last session, "1.4"
    qint64 registeredMs = 0;      // first Inform ever
    qint64 lastInformMs = 0;
    qint64 lastBootMs = 0;
    qint64 lastBootstrapMs = 0;
    QStringList lastEvents;
    DeviceCredentials credentials;
    ParameterCache parameters;
    bool inSession = false;
};

// The device's key (cwmp::deviceKey): OUI-ProductClass-SerialNumber.
QString deviceIdFor(const cwmp::DeviceIdStruct &id);
// The model key under which refresh strategies are remembered: OUI-ProductClass.
QString modelKeyFor(const cwmp::DeviceIdStruct &id);

} // namespace acs
