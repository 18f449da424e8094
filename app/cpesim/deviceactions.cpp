#include "deviceactions.h"

namespace cpesim {

void DeviceActions::merge(const DeviceActions &other)
{
    if (other.reboot)
        reboot = other.reboot;
    factoryReset = factoryReset || other.factoryReset;
    transfersQueued += other.transfersQueued;
    transfersCancelled += other.transfersCancelled;
    scheduledInforms += other.scheduledInforms;
    diagnosticsRequested += other.diagnosticsRequested;
    diagnosticsCanceled += other.diagnosticsCanceled;
    acsUrlChanged = acsUrlChanged || other.acsUrlChanged;
    periodicInformChanged = periodicInformChanged || other.periodicInformChanged;
    connectionRequestChanged = connectionRequestChanged || other.connectionRequestChanged;
    startSession = startSession || other.startSession;
}

} // namespace cpesim
