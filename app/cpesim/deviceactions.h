#pragma once

#include "transferlist.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cpesim {

// What the handled RPCs ask the runtime to do after (or during) the session. The device
// model never sleeps, reboots or opens sockets itself; the runtime takes these with
// SimDevice::takeActions() and acts on them.
struct DeviceActions {
    struct ScheduledInform {
        quint32 delaySeconds = 0;
        QString commandKey;
        bool operator==(const ScheduledInform &) const = default;
    };

    std::optional<QString> reboot; // CommandKey of the Reboot RPC; reboot after the session
    bool factoryReset = false;     // call SimDevice::performFactoryReset after the session
    QList<TransferEntry> transfersQueued;   // Download/Upload accepted (Status 1)
    QStringList transfersCancelled;         // CancelTransfer CommandKeys
    QList<ScheduledInform> scheduledInforms; // ScheduleInform; then SimDevice::scheduledInformDue
    QStringList diagnosticsRequested; // objects whose DiagnosticsState became Requested
    QStringList diagnosticsCanceled;  // objects whose running test was cancelled/reset
    bool acsUrlChanged = false;       // ManagementServer.URL written (0 BOOTSTRAP queued)
    bool periodicInformChanged = false; // PeriodicInformEnable/Interval/Time written
    bool connectionRequestChanged = false; // ConnectionRequest* credentials or URL written
    bool startSession = false;        // an active notification is pending: inform soon

    bool isEmpty() const { return *this == DeviceActions(); }
    void merge(const DeviceActions &other);
    bool operator==(const DeviceActions &) const = default;
};

} // namespace cpesim
