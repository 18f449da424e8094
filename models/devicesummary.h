#pragma once

// What the Summary tab shows of one device, as plain strings taken from the engine's
// device record and parameter cache, for both data models: TR-181 ("Device.") and TR-098
// ("InternetGatewayDevice."). No widgets, so it is tested on its own.

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace acs {
struct DeviceRecord;
}

namespace models {

class DeviceSummary
{
    Q_DECLARE_TR_FUNCTIONS(models::DeviceSummary)

public:
    // Identity (the Inform's DeviceId, TR-069 A.3.3.1) and where the device was seen.
    QString deviceId;
    QString manufacturer;
    QString oui;
    QString productClass;
    QString serialNumber;
    QString modelName;
    QString address;
    QString cwmpVersion;
    QString dataModel; // "TR-181" or "TR-098"
    qint64 lastInformMs = 0;
    // DeviceInfo
    QString upTime; // "3 d 04:05:06"
    qint64 upTimeReadAtMs = 0;
    QString hardwareVersion;
    QString softwareVersion;
    // ManagementServer
    QString acsUrl;
    QString periodicInformInterval;
    QString connectionRequestUrl;
    // "100.64.0.7 (wan)", one per address; see wanAddressesText for the shown text.
    QStringList wanAddresses;
    bool wanAddressesRead = false;

    // The shown text of the WAN addresses: the list, "none", or "not read yet".
    QString wanAddressesText() const;

    static DeviceSummary fromDevice(const acs::DeviceRecord &device);
    // The data model's root object of the device: "Device." or "InternetGatewayDevice.",
    // from the first path in its cache (TR-069 §A.3.2.1 root object), "Device." if empty.
    static QString rootObject(const acs::DeviceRecord &device);
    // Seconds as "3 d 04:05:06" ("04:05:06" below a day).
    static QString formatUptime(qint64 seconds);
    // What a value not in the cache shows.
    static QString notReadYet();
};

} // namespace models
