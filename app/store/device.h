#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace store {

// Per-device credentials; a null member means "use the global setting".
struct DeviceCredentials
{
    std::optional<QString> cpeUsername;
    std::optional<QString> cpePassword;
    std::optional<QString> connectionRequestUsername;
    std::optional<QString> connectionRequestPassword;

    friend bool operator==(const DeviceCredentials &, const DeviceCredentials &) = default;
};

// What an Inform tells us about a device (TR-069 A.3.3.1 DeviceId, ParameterList, Event).
struct DeviceInform
{
    QString oui;
    QString productClass;
    QString serialNumber;
    QString manufacturer;
    std::optional<QString> modelName; // TR-181 DeviceInfo.ModelName, not always sent
    QString softwareVersion;
    QString hardwareVersion;
    QString ipAddress;
    QString connectionRequestUrl;
    QString cwmpVersion;
    QStringList events; // event codes, e.g. "1 BOOT"
    qint64 informMs = 0;
};

// A device document. Times are milliseconds since the Unix epoch, UTC.
struct Device
{
    QString id; // OUI-ProductClass-SerialNumber, OUI upper-case
    QString oui;
    QString productClass;
    QString serialNumber;
    QString manufacturer;
    std::optional<QString> modelName;
    QString softwareVersion;
    QString hardwareVersion;
    QString ipAddress;
    QString connectionRequestUrl;
    QString cwmpVersion;
    std::optional<qint64> lastInformMs;
    std::optional<qint64> lastBootMs;
    std::optional<qint64> lastBootstrapMs;
    qint64 registeredMs = 0; // first seen
    QStringList lastEvents;
    DeviceCredentials credentials;
    QJsonObject properties;

    static QString makeId(const QString &oui, const QString &productClass,
                          const QString &serialNumber);
    // The key of a device model (OUI-ProductClass), for per-model settings.
    static QString modelKey(const QString &oui, const QString &productClass);
};

// The outcome of DeviceRepository::upsertOnInform.
struct DeviceUpsert
{
    Device device;
    bool firstSeen = false;
};

} // namespace store
