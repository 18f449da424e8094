#include "devicesummary.h"

#include <acs/devicerecord.h>

#include <QHostAddress>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

namespace models {

namespace {

const QString kTr181Root = QStringLiteral("Device.");
const QString kTr098Root = QStringLiteral("InternetGatewayDevice.");

// An object path as a reference parameter holds it ("Device.IP.Interface.2", TR-181
// strong references are written without the trailing dot, some CPEs add it).
QString normalizedReference(QString path)
{
    path = path.trimmed();
    if (path.endsWith(QLatin1Char('.')))
        path.chop(1);
    return path;
}

bool isTrue(const QString &value)
{
    return value == QLatin1String("true") || value == QLatin1String("1");
}

// An address worth showing as a WAN address: set, not the unspecified address, not
// loopback and not IPv6 link-local (fe80::/10 is not reachable from the ACS).
bool isShownAddress(const QString &text)
{
    const QHostAddress address(text.trimmed());
    if (address.isNull())
        return !text.trimmed().isEmpty(); // a name or a malformed value: show what the device said
    if (address.isLoopback() || address == QHostAddress::AnyIPv4 || address == QHostAddress::AnyIPv6)
        return false;
    return !address.isLinkLocal();
}

QString cachedValue(const acs::DeviceRecord &device, const QString &path)
{
    const acs::CachedParameter *p = device.parameters.find(path);
    return p && p->readAtMs > 0 ? p->value : QString();
}

bool hasSubtree(const acs::DeviceRecord &device, const QString &prefix)
{
    const auto &entries = device.parameters.entries();
    const auto it = entries.lowerBound(prefix);
    return it != entries.cend() && it.key().startsWith(prefix);
}

// TR-181 (Device:2): IP.Interface.{i}.IPv4Address.{i}.IPAddress and IPv6Address. An
// interface is left out when it is a loopback (Loopback, Type "Loopback") or a LAN, which
// we recognise by a DHCP server pool serving it or by its Name; with neither known, every
// address is listed with its interface's name.
QStringList tr181WanAddresses(const acs::DeviceRecord &device)
{
    static const QRegularExpression addressPath(
        QStringLiteral("^Device\\.IP\\.Interface\\.(\\d+)\\.IPv[46]Address\\.\\d+\\.IPAddress$"));
    QSet<QString> lanInterfaces;
    for (const QString &pool : {QStringLiteral("Device.DHCPv4.Server.Pool."), QStringLiteral("Device.DHCPv6.Server.Pool.")}) {
        for (const auto &[path, parameter] : device.parameters.subtree(pool)) {
            if (path.endsWith(QLatin1String(".Interface")) && !parameter.value.isEmpty())
                lanInterfaces.insert(normalizedReference(parameter.value));
        }
    }
    QStringList out;
    for (const auto &[path, parameter] : device.parameters.subtree(QStringLiteral("Device.IP.Interface."))) {
        const QRegularExpressionMatch m = addressPath.match(path);
        if (!m.hasMatch() || !isShownAddress(parameter.value))
            continue;
        const QString interface = QStringLiteral("Device.IP.Interface.") + m.captured(1);
        const QString name = cachedValue(device, interface + QStringLiteral(".Name"));
        const bool loopback = isTrue(cachedValue(device, interface + QStringLiteral(".Loopback")))
                              || cachedValue(device, interface + QStringLiteral(".Type")) == QLatin1String("Loopback");
        const bool lan = lanInterfaces.contains(interface) || name.startsWith(QLatin1String("lan"), Qt::CaseInsensitive);
        if (loopback || lan)
            continue;
        out.append(DeviceSummary::tr("%1 (%2)").arg(parameter.value.trimmed(),
                                                    name.isEmpty() ? interface.mid(kTr181Root.size()) : name));
    }
    return out;
}

// TR-098 (InternetGatewayDevice:1): every WANIPConnection and WANPPPConnection of every
// WANConnectionDevice, with its ExternalIPAddress.
QStringList tr098WanAddresses(const acs::DeviceRecord &device)
{
    static const QRegularExpression addressPath(QStringLiteral(
        "^(InternetGatewayDevice\\.WANDevice\\.\\d+\\.WANConnectionDevice\\.\\d+\\.(WANIPConnection|WANPPPConnection)\\.\\d+)\\.ExternalIPAddress$"));
    QStringList out;
    for (const auto &[path, parameter] : device.parameters.subtree(kTr098Root + QStringLiteral("WANDevice."))) {
        const QRegularExpressionMatch m = addressPath.match(path);
        if (!m.hasMatch() || !isShownAddress(parameter.value))
            continue;
        const QString connection = m.captured(1);
        const QString name = cachedValue(device, connection + QStringLiteral(".Name"));
        out.append(DeviceSummary::tr("%1 (%2)").arg(parameter.value.trimmed(),
                                                    name.isEmpty() ? connection.mid(kTr098Root.size()) : name));
    }
    return out;
}

} // namespace

QString DeviceSummary::notReadYet()
{
    return tr("not read yet");
}

QString DeviceSummary::rootObject(const acs::DeviceRecord &device)
{
    // A TR-098 device may also carry TR-106 "Device." service objects; its root is the IGD.
    return hasSubtree(device, kTr098Root) ? kTr098Root : kTr181Root;
}

QString DeviceSummary::formatUptime(qint64 seconds)
{
    seconds = qMax<qint64>(0, seconds);
    const qint64 days = seconds / 86400;
    const QString clock = QStringLiteral("%1:%2:%3")
                              .arg((seconds / 3600) % 24, 2, 10, QLatin1Char('0'))
                              .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
                              .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return days > 0 ? tr("%1 d %2").arg(days).arg(clock) : clock;
}

QString DeviceSummary::wanAddressesText() const
{
    if (!wanAddressesRead)
        return notReadYet();
    return wanAddresses.isEmpty() ? tr("none") : wanAddresses.join(QLatin1Char('\n'));
}

DeviceSummary DeviceSummary::fromDevice(const acs::DeviceRecord &device)
{
    const QString root = rootObject(device);
    const auto value = [&device, &root](const QString &relative) {
        const acs::CachedParameter *p = device.parameters.find(root + relative);
        return p && p->readAtMs > 0 ? p->value : notReadYet();
    };
    const auto orCached = [&value](const QString &known, const QString &relative) {
        return known.isEmpty() ? value(relative) : known;
    };

    DeviceSummary s;
    s.deviceId = device.id;
    s.manufacturer = device.deviceId.manufacturer;
    s.oui = device.deviceId.oui;
    s.productClass = device.deviceId.productClass;
    s.serialNumber = device.deviceId.serialNumber;
    s.modelName = orCached(device.modelName, QStringLiteral("DeviceInfo.ModelName"));
    s.address = device.address;
    s.cwmpVersion = device.cwmpVersion;
    s.dataModel = root == kTr098Root ? QStringLiteral("TR-098") : QStringLiteral("TR-181");
    s.lastInformMs = device.lastInformMs;

    const QString upTimePath = root + QStringLiteral("DeviceInfo.UpTime");
    if (const acs::CachedParameter *p = device.parameters.find(upTimePath); p && p->readAtMs > 0) {
        bool ok = false;
        const qint64 seconds = p->value.toLongLong(&ok);
        s.upTime = ok ? formatUptime(seconds) : p->value;
        s.upTimeReadAtMs = p->readAtMs;
    } else {
        s.upTime = notReadYet();
    }
    s.hardwareVersion = orCached(device.hardwareVersion, QStringLiteral("DeviceInfo.HardwareVersion"));
    s.softwareVersion = orCached(device.softwareVersion, QStringLiteral("DeviceInfo.SoftwareVersion"));

    s.acsUrl = value(QStringLiteral("ManagementServer.URL"));
    s.periodicInformInterval = value(QStringLiteral("ManagementServer.PeriodicInformInterval"));
    if (s.periodicInformInterval != notReadYet()) {
        bool ok = false;
        const qint64 seconds = s.periodicInformInterval.toLongLong(&ok);
        const QString enable = cachedValue(device, root + QStringLiteral("ManagementServer.PeriodicInformEnable"));
        if (ok && (enable == QLatin1String("false") || enable == QLatin1String("0")))
            s.periodicInformInterval = tr("off (interval %n s)", nullptr, int(seconds));
        else if (ok)
            s.periodicInformInterval = tr("every %n s", nullptr, int(seconds));
    }
    s.connectionRequestUrl = orCached(device.connectionRequestUrl, QStringLiteral("ManagementServer.ConnectionRequestURL"));

    if (root == kTr098Root) {
        s.wanAddresses = tr098WanAddresses(device);
        s.wanAddressesRead = hasSubtree(device, kTr098Root + QStringLiteral("WANDevice."));
    } else {
        s.wanAddresses = tr181WanAddresses(device);
        s.wanAddressesRead = hasSubtree(device, QStringLiteral("Device.IP.Interface."));
    }
    return s;
}

} // namespace models
