#pragma once

#include <cwmp/datastructs.h>

#include <QDateTime>
#include <QString>

#include <optional>

namespace cpesim {

// The end of one Download or Upload, as TransferComplete reports it (TR-069 A.3.3.2).
struct TransferOutcome {
    QString commandKey;
    bool isDownload = true;
    cwmp::FaultStruct fault; // faultCode 0: success
    QDateTime startTime;
    QDateTime completeTime;
    qint64 bytes = 0;
    // A successful "1 Firmware Upgrade Image": the version to run after the upgrade reboot.
    std::optional<QString> firmwareVersion;
};

} // namespace cpesim
