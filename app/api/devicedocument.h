#pragma once

// A device as a GenieACS device document: identity fields with a leading underscore and
// the parameter tree as nested objects whose leaves carry _value, _type, _writable and
// _timestamp, so that NBI scripts written for GenieACS read it unchanged.

#include <QJsonObject>
#include <QStringList>

namespace acs {
struct DeviceRecord;
}

namespace api {

class DeviceDocument
{
public:
    static QJsonObject build(const acs::DeviceRecord &device);
    // Keeps _id and the given dotted paths ("Device.DeviceInfo.SoftwareVersion",
    // "_deviceId._SerialNumber", "Device.DeviceInfo"); an empty list keeps everything.
    static QJsonObject project(const QJsonObject &document, const QStringList &paths);
    // The value at a dotted path, undefined when absent.
    static QJsonValue valueAt(const QJsonObject &document, const QString &dottedPath);
    static QString isoDate(qint64 ms);
};

} // namespace api
