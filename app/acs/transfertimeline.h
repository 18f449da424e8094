#pragma once

// One followed file transfer (issue 7): a firmware upgrade, a configuration backup or
// restore, a log fetch, or an AutonomousTransferComplete the device reported by itself. The
// stages are what was seen, in order, with their times; a finished timeline either
// succeeded or names its failure in plain words.

#include <store/transferrecord.h>

#include <QJsonObject>
#include <QList>
#include <QString>

namespace acs {

struct TransferStage {
    QString name;   // one of TransferTimeline::k*Stage
    qint64 atMs = 0;
    QString text;   // what happened, in plain words
};

struct TransferTimeline {
    // Kinds.
    static constexpr QLatin1String kFirmware{"firmware"};
    static constexpr QLatin1String kRestore{"restore"};
    static constexpr QLatin1String kBackup{"backup"};
    static constexpr QLatin1String kLog{"log"};
    static constexpr QLatin1String kAutonomous{"autonomous"};
    // States.
    static constexpr QLatin1String kRunning{"running"};
    static constexpr QLatin1String kSucceeded{"succeeded"};
    static constexpr QLatin1String kFailed{"failed"};
    // Stages, in the order they normally come.
    static constexpr QLatin1String kQueuedStage{"queued"};
    static constexpr QLatin1String kSnapshotStage{"snapshot"};
    static constexpr QLatin1String kAcceptedStage{"accepted"};
    static constexpr QLatin1String kFetchingStage{"fetching"};
    static constexpr QLatin1String kFetchedStage{"fetched"};
    static constexpr QLatin1String kUploadedStage{"uploaded"};
    static constexpr QLatin1String kTransferCompleteStage{"transferComplete"};
    static constexpr QLatin1String kRebootedStage{"rebooted"};
    static constexpr QLatin1String kVersionStage{"version"};
    static constexpr QLatin1String kSucceededStage{"succeeded"};
    static constexpr QLatin1String kFailedStage{"failed"};

    qint64 id = 0; // the id of the task that started it; negative for autonomous ones
    QString deviceId;
    QString kind;
    QString state = kRunning;
    qint64 startedMs = 0;
    qint64 finishedMs = 0;

    QString commandKey;
    QString fileName;  // firmware/restore: the served file; backup/log: the stored upload
    QString fileType;  // TR-069 FileType
    qint64 fileSize = 0;
    QString path;      // backup/log: where the uploaded file lies
    qint64 bytesSent = 0;  // download: what the file server handed the device so far
    qint64 bytesTotal = 0;
    QString previousVersion;
    QString expectedVersion;
    QString newVersion;
    qint64 snapshotId = 0;
    qint64 backupId = 0; // restore: the backup it puts back
    int faultCode = 0;   // TransferComplete FaultCode, or the Download RPC's fault
    QString faultString;
    QString transferStart;    // TransferComplete StartTime / CompleteTime, as sent
    QString transferComplete;
    QString failure;          // plain words; empty unless failed
    QList<TransferStage> stages;

    bool isRunning() const { return state == kRunning; }
    bool hasStage(QLatin1String name) const;
    // Stage ratio of the download 0..1, or -1 when nothing was fetched yet.
    double progress() const { return bytesTotal > 0 ? double(bytesSent) / double(bytesTotal) : -1.0; }

    QJsonObject toJson() const;
    static TransferTimeline fromJson(const QJsonObject &json);
    store::TransferRecord toRecord() const;
    static TransferTimeline fromRecord(const store::TransferRecord &record);
};

} // namespace acs
