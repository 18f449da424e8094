#pragma once

// Follows firmware upgrades, configuration backups and restores and log fetches as
// timelines (issue 7): the task, the device's answer to Download/Upload (Status 0/1), the
// file server seeing the fetch, TransferComplete, the reboot and the SoftwareVersion in the
// next Inform. "A firmware upgrade that silently did nothing" ends as a failure here: a
// version unchanged after the reboot, or no TransferComplete within the timeout.

#include "servedfile.h"
#include "timewindow.h"
#include "transfertimeline.h"

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <optional>

namespace cwmp {
struct TransferComplete;
}

namespace store {
class SnapshotRepository;
class TransferRepository;
}

namespace acs {

class AcsEngine;
class FileServer;
class UploadReceiver;
struct DeviceRecord;
struct Task;

class TransferTracker : public QObject
{
    Q_OBJECT

public:
    // No TransferComplete this long after the task was queued: the transfer failed.
    static constexpr qint64 kDefaultTimeoutMs = 10 * 60 * 1000;
    // A successful firmware TransferComplete, but no Inform with "1 BOOT" this long after.
    static constexpr qint64 kDefaultRebootTimeoutMs = 5 * 60 * 1000;
    static constexpr int kCheckIntervalMs = 1000;
    // A task still queued this long after the last connection request: wake the device again
    // (the first request may have met a busy device, HTTP 503).
    static constexpr qint64 kRewakeMs = 5000;

    // repository and snapshots may be null (nothing persisted, no automatic snapshots).
    TransferTracker(AcsEngine *engine, FileServer *files, UploadReceiver *uploads,
                    store::TransferRepository *repository, store::SnapshotRepository *snapshots,
                    QObject *parent = nullptr);
    ~TransferTracker() override;

    void setTimeouts(qint64 transferMs, qint64 rebootMs);
    // Whether starting a transfer also sends a connection request to an idle device.
    void setWakeDevices(bool wake) { m_wake = wake; }

    // Each queues the task and returns the new timeline; nullopt with *why in plain words.
    std::optional<TransferTimeline> upgradeFirmware(const QString &deviceId, const QString &fileName,
                                                    quint32 delaySeconds = 0, QString *why = nullptr);
    // The same upgrade by ScheduleDownload (TR-069 A.4.1.6): the device fetches the image in
    // the first of one or two time windows. The windows are the device's to judge (an
    // invalid one ends the timeline with its 9003); the timeout counts from the last
    // window's end.
    std::optional<TransferTimeline> scheduleFirmware(const QString &deviceId, const QString &fileName,
                                                     const QList<TimeWindow> &windows, QString *why = nullptr);
    std::optional<TransferTimeline> backUpConfiguration(const QString &deviceId, QString *why = nullptr);
    std::optional<TransferTimeline> fetchLog(const QString &deviceId, QString *why = nullptr);
    // Downloads a succeeded backup back as "3 Vendor Configuration File"; it is served under
    // a random name until the timeline ends.
    std::optional<TransferTimeline> restore(const TransferTimeline &backup, QString *why = nullptr);

    // What to warn about before sending this image to this device (OUI/ProductClass
    // mismatch, the version it already runs, not a firmware image); empty when fine.
    static QStringList warningsFor(const ServedFile &file, const DeviceRecord &device);
    // A TransferComplete fault in plain words (TR-069 A.5.1: 9010, 9016, 9018, ...).
    static QString describeFault(int faultCode, const QString &faultString);

    // Timelines of this run (running or finished), newest first.
    QList<TransferTimeline> current(const QString &deviceId) const;
    std::optional<TransferTimeline> find(qint64 id) const;
    // The stored history merged with this run's timelines, newest first; kind empty: all.
    QFuture<QList<TransferTimeline>> history(const QString &deviceId, const QString &kind = {});
    QFuture<std::optional<TransferTimeline>> get(qint64 id);

Q_SIGNALS:
    void timelineChanged(const acs::TransferTimeline &timeline);
    void timelineFinished(const acs::TransferTimeline &timeline);

private:
    std::optional<TransferTimeline> startUpload(const QString &deviceId, QLatin1String kind, const QString &fileType,
                                                QString *why);
    // windows non-empty: a ScheduleDownload instead of a Download.
    std::optional<TransferTimeline> startDownload(TransferTimeline timeline, const QJsonObject &args, QString *why,
                                                  const QList<TimeWindow> &windows = {});
    void takeSnapshot(TransferTimeline &timeline, const DeviceRecord &device, const QString &reason);
    void onTaskChanged(const Task &task);
    void onFileRequested(const QString &name, const QString &peer, qint64 offset, qint64 bytes);
    void onFileProgress(const QString &name, const QString &peer, qint64 sent, qint64 bytes);
    void onUploadReceived(const QString &deviceId, const QString &fileName, const QString &path, qint64 size);
    void onUploadFailed(const QString &deviceId, const QString &reason);
    void onTransferCompleted(const QString &deviceId, const cwmp::TransferComplete &message);
    void onSessionStarted(const QString &deviceId, const QStringList &events);
    void checkFirmwareVersion(TransferTimeline &t, const DeviceRecord &device);
    void checkTimeouts();

    TransferTimeline *runningFor(const QString &deviceId, const std::function<bool(const TransferTimeline &)> &match);
    void addStage(TransferTimeline &t, QLatin1String stage, const QString &text);
    void succeed(TransferTimeline &t, const QString &text);
    void fail(TransferTimeline &t, const QString &failure);
    void changed(const TransferTimeline &t);

    AcsEngine *m_engine;
    FileServer *m_files;
    UploadReceiver *m_uploads;
    store::TransferRepository *m_repository;
    store::SnapshotRepository *m_snapshots;
    QHash<qint64, TransferTimeline> m_timelines; // this run's, by id (= task id)
    QHash<qint64, qint64> m_transferCompleteAtMs; // firmware timelines waiting for the reboot
    QHash<qint64, qint64> m_wokenAtMs;            // by timeline: the last connection request
    QHash<qint64, QList<TimeWindow>> m_windows;   // scheduled upgrades: their time windows
    QHash<qint64, qint64> m_timeoutFromMs;        // scheduled upgrades: the last window's end
    void wake(const TransferTimeline &t);
    QTimer m_checkTimer;
    qint64 m_timeoutMs = kDefaultTimeoutMs;
    qint64 m_rebootTimeoutMs = kDefaultRebootTimeoutMs;
    qint64 m_nextAutonomousId = -1;
    bool m_wake = true;
};

} // namespace acs
