#pragma once

#include "deviceactions.h"
#include "devicestate.h"
#include "eventqueue.h"
#include "transferlist.h"

#include <cwmp/cpemethods.h>
#include <cwmp/envelope.h>

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace cpesim {

// Who the device is: per-device values the profile's ${…} variables read.
struct DeviceIdentity {
    QString serialNumber;
    QString acsUrl;               // ${AcsUrl}: factory ManagementServer.URL
    QString connectionRequestUrl; // ${ConnectionRequestURL}
    quint32 index = 0;            // ${DeviceIndex}: position in a fleet, for addresses
    QHash<QString, QString> extra; // further variables
};

// One simulated CPE without networking: data model, RPC semantics, events, transfers and
// notifications. The runtime drives it:
//   boot(now, firstContact) -> events "0 BOOTSTRAP"/"1 BOOT"
//   tick(now)               -> volatile values move; returns true if an active
//                              notification wants a session now
//   buildInform(retry, now) -> the Inform to send; informDelivered() after InformResponse
//   handle(request)         -> response or fault for each ACS request
//   nextTransferComplete()  -> TransferComplete to send; transferCompleteDelivered(key)
//   takeActions()           -> reboot, factory reset, transfers, schedule inform, …
class SimDevice
{
public:
    SimDevice(std::shared_ptr<const Profile> profile, const DeviceIdentity &identity = {});

    DeviceState &state() { return m_state; }
    const DeviceState &state() const { return m_state; }
    EventQueue &events() { return m_events; }
    const EventQueue &events() const { return m_events; }
    TransferList &transfers() { return m_transfers; }
    const TransferList &transfers() const { return m_transfers; }
    QString rootPath() const { return m_state.rootPath(); }

    // Answers one ACS request (TR-069 A.3.2 / A.4.1). Unknown methods and bodies that are
    // not ACS requests get fault 9000.
    cwmp::Body handle(const cwmp::Body &request);
    DeviceActions takeActions();
    DeviceActions &pendingActions() { return m_actions; }

    // Power-up: boot time = now; "1 BOOT", plus "0 BOOTSTRAP" on first contact.
    void boot(const QDateTime &now, bool firstContact);
    // Reboot requested earlier (DeviceActions::reboot): events per §8.1 retention, boot.
    void reboot(const QDateTime &now);
    // FactoryReset after the session: profile values, attributes, rows; ParameterKey "";
    // transfers and events dropped; then "0 BOOTSTRAP" + "1 BOOT".
    void performFactoryReset(const QDateTime &now);
    // Moves the clock; generated values change and are checked for notification.
    bool tick(const QDateTime &now);
    QDateTime now() const { return m_state.now(); }

    // A change made by the device itself (LAN side, firmware, diagnostics): recorded for
    // notification. Returns false for an unknown parameter.
    bool setLocalValue(const QString &path, const QString &value);
    QStringList pendingValueChanges() const { return m_changed; }
    bool activeNotificationPending() const { return m_activePending; }

    // Inform (TR-069 A.3.3.1, cwmp-facts §8): events, forced parameters (§8.2) and the
    // changed parameters with notification on.
    cwmp::Inform buildInform(quint32 retryCount, const QDateTime &now);
    cwmp::DeviceIdStruct deviceId() const;
    void informDelivered();
    void sessionFailed();

    // Event helpers for the runtime.
    void periodicInformDue() { m_events.add(QStringLiteral("2 PERIODIC")); }
    void connectionRequestAccepted() { m_events.add(QStringLiteral("6 CONNECTION REQUEST")); }
    void scheduledInformDue(const QString &commandKey);
    // Ends a transfer: Completed, times, fault; raises "7 TRANSFER COMPLETE" + "M <method>".
    bool completeTransfer(const QString &commandKey, const cwmp::FaultStruct &fault,
                          const QDateTime &start, const QDateTime &complete);
    std::optional<cwmp::TransferComplete> nextTransferComplete() const;
    void transferCompleteDelivered(const QString &commandKey);
    // Ends a diagnostic: DiagnosticsState = `state` ("Complete", "Error_…"), plus
    // "8 DIAGNOSTICS COMPLETE". Results are written with setLocalValue beforehand.
    bool completeDiagnostics(const QString &objectPath, const QString &state);

    // For the RPC handler.
    void forgetValueChange(const QString &path);
    void restoreNotifications(QStringList changed, bool activePending);

private:
    void recordChange(const NodeRef &node);

    DeviceState m_state;
    EventQueue m_events;
    TransferList m_transfers;
    DeviceActions m_actions;
    QStringList m_changed;       // paths changed locally since the last delivered Inform
    QStringList m_reported;      // the changes the last built Inform carried
    QList<cwmp::EventStruct> m_reportedEvents; // the events it carried
    bool m_activePending = false;
};

} // namespace cpesim
