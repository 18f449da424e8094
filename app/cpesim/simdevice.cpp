#include "simdevice.h"

#include "rpchandler.h"
#include "valuegenerator.h"

#include <cwmp/eventcodes.h>
#include <cwmp/parameterpath.h>

namespace cpesim {

namespace {

QHash<QString, QString> variablesOf(const DeviceIdentity &identity)
{
    QHash<QString, QString> vars = identity.extra;
    if (!identity.serialNumber.isEmpty())
        vars.insert(QStringLiteral("SerialNumber"), identity.serialNumber);
    if (!identity.acsUrl.isEmpty())
        vars.insert(QStringLiteral("AcsUrl"), identity.acsUrl);
    if (!identity.connectionRequestUrl.isEmpty())
        vars.insert(QStringLiteral("ConnectionRequestURL"), identity.connectionRequestUrl);
    vars.insert(QStringLiteral("DeviceIndex"), QString::number(identity.index));
    // Octets for addresses: decimal for IPv4 text, hex for MAC addresses.
    vars.insert(QStringLiteral("DeviceIndexHi"), QString::number((identity.index >> 8) & 0xff));
    vars.insert(QStringLiteral("DeviceIndexLo"), QString::number(identity.index & 0xff));
    vars.insert(QStringLiteral("DeviceIndexHiHex"),
                QStringLiteral("%1").arg((identity.index >> 8) & 0xff, 2, 16, QChar(u'0')).toUpper());
    vars.insert(QStringLiteral("DeviceIndexLoHex"),
                QStringLiteral("%1").arg(identity.index & 0xff, 2, 16, QChar(u'0')).toUpper());
    vars.insert(QStringLiteral("DeviceIndexHex"),
                QStringLiteral("%1").arg(identity.index & 0xffff, 4, 16, QChar(u'0')).toUpper());
    return vars;
}

} // namespace

SimDevice::SimDevice(std::shared_ptr<const Profile> profile, const DeviceIdentity &identity)
    : m_state(std::move(profile), variablesOf(identity),
              ValueGenerator::mixSeed(identity.index, identity.serialNumber))
{
}

cwmp::Body SimDevice::handle(const cwmp::Body &request)
{
    RpcHandler handler(*this);
    return handler.handle(request);
}

DeviceActions SimDevice::takeActions()
{
    DeviceActions out = std::move(m_actions);
    m_actions = DeviceActions();
    return out;
}

void SimDevice::boot(const QDateTime &now, bool firstContact)
{
    m_state.setNow(now);
    m_state.setBootTime(now);
    if (firstContact)
        m_events.add(cwmp::EventCodes::kBootstrap);
    m_events.rebooted();
}

void SimDevice::reboot(const QDateTime &now)
{
    m_changed.clear();
    m_reported.clear();
    m_activePending = false;
    // In-progress transfers do not survive a reboot in this model; queued ones do.
    boot(now, false);
}

void SimDevice::performFactoryReset(const QDateTime &now)
{
    m_state.factoryReset();
    m_transfers.clear();
    m_events.clear();
    m_changed.clear();
    m_reported.clear();
    m_activePending = false;
    boot(now, true);
}

bool SimDevice::tick(const QDateTime &now)
{
    const QDateTime previous = m_state.now();
    m_state.setNow(now);
    bool active = false;
    for (const NodeRef &node : m_state.notifyingParameters()) {
        const ParameterMeta &meta = m_state.meta(node);
        if (meta.generator == Generator::None || m_state.changedValues().contains(node.path))
            continue;
        const quint64 seed = ValueGenerator::mixSeed(m_state.seed(), node.path);
        const QString before = ValueGenerator::generate(meta, previous, m_state.bootTime(), seed);
        const QString after = ValueGenerator::generate(meta, now, m_state.bootTime(), seed);
        if (before != after) {
            recordChange(node);
            active = active || m_state.notification(node) == 2;
        }
    }
    return active || m_activePending;
}

void SimDevice::recordChange(const NodeRef &node)
{
    const int notification = m_state.notification(node);
    if (notification == 0)
        return;
    if (!m_changed.contains(node.path))
        m_changed.append(node.path);
    // TR-069 §3.2.1: active notification makes the CPE open a session soon.
    if (notification == 2) {
        m_activePending = true;
        m_actions.startSession = true;
    }
}

bool SimDevice::setLocalValue(const QString &path, const QString &value)
{
    const NodeRef node = m_state.resolve(path);
    if (node.kind != NodeRef::Parameter)
        return false;
    const QString old = m_state.value(node);
    m_state.setValue(node, value);
    if (old != value)
        recordChange(node);
    return true;
}

void SimDevice::forgetValueChange(const QString &path)
{
    m_changed.removeAll(path);
}

void SimDevice::restoreNotifications(QStringList changed, bool activePending)
{
    m_changed = std::move(changed);
    m_activePending = activePending;
}

cwmp::DeviceIdStruct SimDevice::deviceId() const
{
    const QString info = rootPath() + QStringLiteral("DeviceInfo.");
    cwmp::DeviceIdStruct id;
    id.manufacturer = m_state.value(info + QStringLiteral("Manufacturer")).value_or(QString());
    id.oui = m_state.value(info + QStringLiteral("ManufacturerOUI")).value_or(QString());
    id.productClass = m_state.value(info + QStringLiteral("ProductClass")).value_or(QString());
    id.serialNumber = m_state.value(info + QStringLiteral("SerialNumber")).value_or(QString());
    return id;
}

cwmp::Inform SimDevice::buildInform(quint32 retryCount, const QDateTime &now)
{
    m_state.setNow(now);
    cwmp::Inform inform;
    inform.deviceId = deviceId();
    inform.currentTime = now;
    inform.retryCount = retryCount;
    // TR-069 §3.2.1: changed values travel with "4 VALUE CHANGE".
    if (!m_changed.isEmpty())
        m_events.add(cwmp::EventCodes::kValueChange);
    inform.events = m_events.forInform();

    QSet<QString> listed;
    const auto addParameter = [&](const NodeRef &node) {
        if (node.kind != NodeRef::Parameter || listed.contains(node.path))
            return;
        listed.insert(node.path);
        const ParameterMeta &meta = m_state.meta(node);
        inform.parameterList.append(
            {node.path, meta.hidden ? QString() : m_state.value(node), meta.wireType()});
    };
    // Forced-inform parameters (cwmp-facts §8.2); for a template inside tables only the
    // first row counts (TR-098's ExternalIPAddress of the default connection).
    for (int p : m_state.profile().forcedInformParameters()) {
        QString wildcard = m_state.profile().parameter(p).pattern;
        wildcard.replace(QStringLiteral("{i}"), QStringLiteral("*"));
        const QList<NodeRef> nodes = m_state.resolveWildcards(wildcard);
        if (!nodes.isEmpty())
            addParameter(nodes.front());
    }
    for (const QString &path : std::as_const(m_changed))
        addParameter(m_state.resolve(path));
    m_reported = m_changed;
    m_reportedEvents = inform.events;
    return inform;
}

void SimDevice::informDelivered()
{
    m_events.informDelivered(m_reportedEvents);
    m_reportedEvents.clear();
    for (const QString &path : std::as_const(m_reported))
        m_changed.removeAll(path);
    m_reported.clear();
    m_activePending = false;
}

void SimDevice::sessionFailed()
{
    m_events.sessionFailed();
    m_reported.clear();
}

void SimDevice::scheduledInformDue(const QString &commandKey)
{
    m_events.add(cwmp::EventCodes::kScheduled);
    m_events.add(cwmp::EventCodes::kMScheduleInform, commandKey);
}

bool SimDevice::completeTransfer(const QString &commandKey, const cwmp::FaultStruct &fault,
                                 const QDateTime &start, const QDateTime &complete)
{
    TransferEntry *entry = m_transfers.findActive(commandKey);
    if (!entry)
        return false;
    entry->state = TransferEntry::Completed;
    entry->fault = fault;
    entry->startTime = start;
    entry->completeTime = complete;
    if (!entry->method.isEmpty()) {
        m_events.add(cwmp::EventCodes::kTransferComplete);
        m_events.add(QStringLiteral("M ") + entry->method, commandKey);
    }
    return true;
}

std::optional<cwmp::TransferComplete> SimDevice::nextTransferComplete() const
{
    for (const TransferEntry &e : m_transfers.entries()) {
        if (e.state == TransferEntry::Completed && !e.method.isEmpty())
            return cwmp::TransferComplete{e.commandKey, e.fault, e.startTime, e.completeTime};
    }
    return std::nullopt;
}

void SimDevice::transferCompleteDelivered(const QString &commandKey)
{
    m_transfers.removeFirst(commandKey, true);
    m_events.transferCompleteDelivered(commandKey);
}

bool SimDevice::completeDiagnostics(const QString &objectPath, const QString &state)
{
    const NodeRef node = m_state.resolve(objectPath + QStringLiteral("DiagnosticsState"));
    if (node.kind != NodeRef::Parameter)
        return false;
    // The result state is a local change, but it is reported through the event, not as a
    // VALUE CHANGE (cwmp-facts §11.1).
    m_state.setValue(node, state);
    m_events.add(cwmp::EventCodes::kDiagnosticsComplete);
    return true;
}

} // namespace cpesim
