#pragma once

#include <cwmp/datastructs.h>

#include <QDateTime>
#include <QList>
#include <QPair>
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
    // A successful "3 Vendor Configuration File": its `path=value` lines (the format the
    // simulator uploads as "1 Vendor Configuration File"), applied by the reboot after it.
    std::optional<QList<QPair<QString, QString>>> configuration;
};

} // namespace cpesim
