#include "uploadcontent.h"

#include "simdevice.h"

#include <cwmp/cwmpvalue.h>

namespace cpesim::UploadContent {

namespace {

bool isLogFileType(const QString &fileType)
{
    return fileType.contains(QStringLiteral("Log File"));
}

} // namespace

QByteArray forFileType(const SimDevice &device, const QString &fileType)
{
    return isLogFileType(fileType) ? logFile(device) : configurationFile(device);
}

QByteArray configurationFile(const SimDevice &device)
{
    const DeviceState &state = device.state();
    QByteArray out = "# cwmp-cpe-sim configuration of " + device.deviceId().serialNumber.toUtf8() + '\n';
    state.walk(state.root(), false, [&](const NodeRef &node) {
        // Hidden values (passwords) read back empty, as over GetParameterValues.
        const QString value = state.meta(node).hidden ? QString() : state.value(node);
        out += node.path.toUtf8() + '=' + value.toUtf8() + '\n';
        return true;
    });
    return out;
}

QByteArray logFile(const SimDevice &device)
{
    const QString serial = device.deviceId().serialNumber;
    const QString boot = cwmp::formatDateTime(device.state().bootTime());
    const QString now = cwmp::formatDateTime(device.now());
    QByteArray out;
    out += QStringLiteral("%1 %2 kernel: simulated boot\n").arg(boot, serial).toUtf8();
    out += QStringLiteral("%1 %2 cwmpd: connected to ACS\n").arg(boot, serial).toUtf8();
    out += QStringLiteral("%1 %2 cwmpd: log upload requested\n").arg(now, serial).toUtf8();
    return out;
}

} // namespace cpesim::UploadContent
