#pragma once

// One followed file transfer (firmware upgrade, configuration backup or restore, log
// fetch) as the store keeps it: the columns the lists filter on, and the whole timeline
// as JSON (acs::TransferTimeline::toJson), which is read whole and never queried inside.

#include <QJsonObject>
#include <QString>

namespace store {

struct TransferRecord {
    qint64 id = 0;
    QString deviceId;
    QString kind;  // "firmware", "restore", "backup", "log", "download", "upload", "autonomous"
    QString state; // "running", "succeeded", "failed"
    qint64 startedMs = 0;
    qint64 finishedMs = 0; // 0: still running
    QJsonObject document;
};

} // namespace store
