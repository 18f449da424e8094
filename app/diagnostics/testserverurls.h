#pragma once

#include <QString>
#include <QUrl>

namespace acs {
struct DeviceRecord;
}

namespace diagnostics {

// The addresses to give a device for the built-in test servers: the laptop as the device
// sees it. That is the host the device itself used to reach the ACS (DeviceRecord::
// acsBaseUrl, from its Host header), else the first non-loopback IPv4 address of this host.
class TestServerUrls
{
public:
    static QString hostFor(const acs::DeviceRecord *device);
    static QUrl downloadUrl(const QString &host, quint16 port, qint64 bytes);
    static QUrl uploadUrl(const QString &host, quint16 port);
    static QString firstLanAddress();
};

} // namespace diagnostics
