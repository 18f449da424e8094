#pragma once

#include "noderef.h"

#include <cwmp/envelope.h>

#include <QList>
#include <QString>

namespace cpesim {

class SimDevice;

// The CPE side of the ACS-initiated RPCs (TR-069 A.3.2, A.4.1) over one SimDevice.
// Stateless apart from the device: every call answers with a response or a SoapFault and
// records side effects in the device's DeviceActions.
class RpcHandler
{
public:
    explicit RpcHandler(SimDevice &device) : m_device(device) {}

    cwmp::Body handle(const cwmp::Body &request);
    static QStringList supportedMethods();

private:
    cwmp::Body getParameterNames(const cwmp::GetParameterNames &request);
    cwmp::Body getParameterValues(const cwmp::GetParameterValues &request);
    cwmp::Body setParameterValues(const cwmp::SetParameterValues &request);
    cwmp::Body getParameterAttributes(const cwmp::GetParameterAttributes &request);
    cwmp::Body setParameterAttributes(const cwmp::SetParameterAttributes &request);
    cwmp::Body addObject(const cwmp::AddObject &request);
    cwmp::Body deleteObject(const cwmp::DeleteObject &request);
    cwmp::Body download(const cwmp::Download &request);
    cwmp::Body upload(const cwmp::Upload &request);
    cwmp::Body scheduleInform(const cwmp::ScheduleInform &request);
    cwmp::Body cancelTransfer(const cwmp::CancelTransfer &request);
    cwmp::Body scheduleDownload(const cwmp::ScheduleDownload &request);

    // Names in GPV/GPN/GPA: "" is the whole tree; "*" instance wildcards when
    // ManagementServer.InstanceWildcardsSupported is true. Empty on an unknown name.
    QList<NodeRef> resolveNames(const QString &name) const;
    bool wildcardsSupported() const;
    void storeParameterKey(const QString &key);
    void applyDiagnosticsRules(const QList<NodeRef> &written);

    SimDevice &m_device;
};

} // namespace cpesim
