#include "devicedirectory.h"

#include <cwmp/eventcodes.h>

namespace acs {

DeviceDirectory::DeviceDirectory(EnginePersistence *persistence, QObject *parent)
    : QObject(parent), m_persistence(persistence)
{
}

DeviceDirectory::~DeviceDirectory()
{
    qDeleteAll(m_devices);
}

void DeviceDirectory::restore(std::unique_ptr<DeviceRecord> device)
{
    const QString id = device->id;
    const bool isNew = !m_devices.contains(id);
    delete m_devices.value(id);
    m_devices.insert(id, device.release());
    // Views opened before the workspace (the console's window) learn of it like of a new one.
    if (isNew)
        Q_EMIT deviceAdded(id);
    else
        Q_EMIT deviceChanged(id);
}

void DeviceDirectory::restoreStrategy(const QString &modelKey, const QString &strategy)
{
    m_strategies.insert(modelKey, RefreshStrategy::fromString(strategy));
}

DeviceRecord &DeviceDirectory::applyInform(const cwmp::Inform &inform, const QString &address,
                                           const QString &cwmpVersion, qint64 nowMs)
{
    const QString id = deviceIdFor(inform.deviceId);
    DeviceRecord *device = m_devices.value(id);
    const bool isNew = !device;
    if (isNew) {
        device = new DeviceRecord;
        device->id = id;
        device->registeredMs = nowMs;
        m_devices.insert(id, device);
    }
    device->deviceId = inform.deviceId;
    device->deviceId.oui = inform.deviceId.oui.toUpper();
    device->address = address;
    device->cwmpVersion = cwmpVersion;
    device->lastInformMs = nowMs;
    device->lastEvents.clear();
    for (const auto &e : inform.events) {
        device->lastEvents.append(e.eventCode);
        if (e.eventCode == cwmp::EventCodes::kBoot)
            device->lastBootMs = nowMs;
        else if (e.eventCode == cwmp::EventCodes::kBootstrap)
            device->lastBootstrapMs = nowMs;
    }
    // TR-069 §3.2.1 / A.3.3.1: after a BOOTSTRAP the CPE is a new device to the ACS; what
    // we had cached may no longer be true.
    QStringList removed;
    if (device->lastEvents.contains(cwmp::EventCodes::kBootstrap) && !isNew) {
        removed = device->parameters.entries().keys();
        device->parameters.clear();
    }
    QSet<QString> changed;
    for (const auto &p : inform.parameterList) {
        device->parameters.setValue(p.name, p.value, p.type, nowMs);
        changed.insert(p.name);
        // The forced-inform parameters (TR-069 §3.2.1, TR-181 forcedInform) name what the
        // device list shows.
        if (p.name.endsWith(QLatin1String(".DeviceInfo.SoftwareVersion")))
            device->softwareVersion = p.value;
        else if (p.name.endsWith(QLatin1String(".DeviceInfo.HardwareVersion")))
            device->hardwareVersion = p.value;
        else if (p.name.endsWith(QLatin1String(".DeviceInfo.ModelName")))
            device->modelName = p.value;
        else if (p.name.endsWith(QLatin1String(".ManagementServer.ConnectionRequestURL")))
            device->connectionRequestUrl = p.value;
    }
    if (m_persistence) {
        m_persistence->saveDevice(*device);
        m_persistence->saveParameters(*device, changed, removed);
    }
    Q_EMIT parametersUpdated(id, changed, removed);
    if (isNew)
        Q_EMIT deviceAdded(id);
    else
        Q_EMIT deviceChanged(id);
    return *device;
}

DeviceRecord *DeviceDirectory::find(const QString &id) const
{
    return m_devices.value(id);
}

QStringList DeviceDirectory::ids() const
{
    QStringList out = m_devices.keys();
    out.sort();
    return out;
}

bool DeviceDirectory::remove(const QString &id)
{
    DeviceRecord *device = m_devices.take(id);
    if (!device)
        return false;
    delete device;
    if (m_persistence)
        m_persistence->removeDevice(id);
    Q_EMIT deviceRemoved(id);
    return true;
}

void DeviceDirectory::setCredentials(const QString &id, const DeviceCredentials &credentials)
{
    if (DeviceRecord *device = m_devices.value(id)) {
        device->credentials = credentials;
        if (m_persistence)
            m_persistence->saveCredentials(*device);
        Q_EMIT deviceChanged(id);
    }
}

void DeviceDirectory::parametersChanged(DeviceRecord &device, const QSet<QString> &changed, const QStringList &removed)
{
    if (changed.isEmpty() && removed.isEmpty())
        return;
    if (m_persistence)
        m_persistence->saveParameters(device, changed, removed);
    Q_EMIT parametersUpdated(device.id, changed, removed);
    Q_EMIT deviceChanged(device.id);
}

RefreshStrategy DeviceDirectory::strategyFor(const DeviceRecord &device) const
{
    return m_strategies.value(modelKeyFor(device.deviceId));
}

void DeviceDirectory::learnStrategy(const DeviceRecord &device, const RefreshStrategy &strategy)
{
    const QString key = modelKeyFor(device.deviceId);
    m_strategies.insert(key, strategy);
    if (m_persistence)
        m_persistence->saveRefreshStrategy(device, strategy.toString());
}

} // namespace acs
