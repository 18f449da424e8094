#include "transfertracker.h"

#include "acsengine.h"
#include "fileserver.h"
#include "task.h"
#include "uploadreceiver.h"

#include <cwmp/cwmpvalue.h>
#include <cwmp/eventcodes.h>
#include <cwmp/faultcodes.h>
#include <cwmp/cpemethods.h>
#include <store/snapshotrepository.h>
#include <store/transferrepository.h>

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>
#include <QSet>
#include <QRandomGenerator>
#include <QFuture>

namespace acs {

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// CommandKey is string(32) (TR-069 A.3.2.8); ours are unique so TransferComplete finds its
// timeline even when several transfers of one device are in flight.
QString newCommandKey(QLatin1String kind)
{
    return QStringLiteral("wb-%1-%2").arg(kind).arg(QRandomGenerator::global()->generate64() % 100000000000ULL);
}

bool isTransferKind(const QString &kind)
{
    return kind == u"download" || kind == u"upload" || kind == u"scheduleDownload";
}

quint32 lastWindowEnd(const QList<TimeWindow> &windows)
{
    quint32 end = 0;
    for (const TimeWindow &w : windows)
        end = std::max(end, w.end);
    return end;
}

QString sizeText(qint64 bytes)
{
    return QLocale::system().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

TransferTracker::TransferTracker(AcsEngine *engine, FileServer *files, UploadReceiver *uploads,
                                 store::TransferRepository *repository, store::SnapshotRepository *snapshots,
                                 QObject *parent)
    : QObject(parent), m_engine(engine), m_files(files), m_uploads(uploads), m_repository(repository),
      m_snapshots(snapshots)
{
    connect(&m_engine->tasks(), &TaskQueue::taskChanged, this, &TransferTracker::onTaskChanged);
    connect(m_engine, &AcsEngine::transferCompleted, this, &TransferTracker::onTransferCompleted);
    connect(m_engine, &AcsEngine::sessionStarted, this,
            [this](const QString &deviceId, const QString &, const QStringList &events) { onSessionStarted(deviceId, events); });
    if (m_files) {
        connect(m_files, &FileServer::fileRequested, this, &TransferTracker::onFileRequested);
        connect(m_files, &FileServer::fileProgress, this, &TransferTracker::onFileProgress);
    }
    if (m_uploads) {
        connect(m_uploads, &UploadReceiver::uploadReceived, this, &TransferTracker::onUploadReceived);
        connect(m_uploads, &UploadReceiver::uploadFailed, this, &TransferTracker::onUploadFailed);
    }
    m_checkTimer.setInterval(kCheckIntervalMs);
    connect(&m_checkTimer, &QTimer::timeout, this, &TransferTracker::checkTimeouts);
}

TransferTracker::~TransferTracker() = default;

void TransferTracker::setTimeouts(qint64 transferMs, qint64 rebootMs)
{
    m_timeoutMs = transferMs;
    m_rebootTimeoutMs = rebootMs;
}

QStringList TransferTracker::warningsFor(const ServedFile &file, const DeviceRecord &device)
{
    QStringList out;
    if (!file.fileType.isEmpty() && file.fileType != u"1 Firmware Upgrade Image")
        out << tr("The file is registered as \"%1\", not as a firmware upgrade image.").arg(file.fileType);
    if (!file.oui.isEmpty() && file.oui.compare(device.deviceId.oui, Qt::CaseInsensitive) != 0)
        out << tr("The image is meant for OUI %1; this device has OUI %2.").arg(file.oui, device.deviceId.oui);
    if (!file.productClass.isEmpty() && file.productClass != device.deviceId.productClass)
        out << tr("The image is meant for product class %1; this device is a %2.")
                   .arg(file.productClass, device.deviceId.productClass);
    if (!file.version.isEmpty() && file.version == device.softwareVersion)
        out << tr("The device already runs version %1: the upgrade would change nothing.").arg(file.version);
    return out;
}

QString TransferTracker::describeFault(int faultCode, const QString &faultString)
{
    // TR-069 Table 64 (A.5.1): the transfer faults a CPE reports in TransferComplete.
    QString what;
    switch (faultCode) {
    case cwmp::DownloadFailure:
        what = tr("Download failure (9010): the device could not complete the transfer.");
        break;
    case cwmp::UploadFailure:
        what = tr("Upload failure (9011): the device could not send the file.");
        break;
    case cwmp::FileTransferServerAuthenticationFailure:
        what = tr("The file server refused the device's credentials (9012).");
        break;
    case cwmp::UnsupportedTransferProtocol:
        what = tr("The device does not support the URL's protocol (9013).");
        break;
    case cwmp::FileServerUnreachable:
        what = tr("The device could not reach the file server (9015).");
        break;
    case cwmp::FileAccessFailure:
        what = tr("File not found at the URL (9016): the file server did not give the device the file.");
        break;
    case cwmp::DownloadIncomplete:
        what = tr("The download broke off before the end (9017).");
        break;
    case cwmp::FileCorrupted:
        what = tr("File corrupted (9018): the device received the file but cannot use it.");
        break;
    case cwmp::FileAuthenticationFailure:
        what = tr("The file failed the device's authentication check (9019).");
        break;
    case cwmp::DownloadWindowMissed:
        what = tr("The device could not complete the download within the time windows (9020): "
                  "no window let it start, or the download did not finish before the windows closed.");
        break;
    default:
        what = tr("The transfer failed with fault %1.").arg(faultCode);
        break;
    }
    if (faultString.isEmpty())
        return what;
    return tr("%1 The device says: \"%2\"").arg(what, faultString);
}

std::optional<TransferTimeline> TransferTracker::upgradeFirmware(const QString &deviceId, const QString &fileName,
                                                                 quint32 delaySeconds, QString *why)
{
    const auto file = m_files ? m_files->file(fileName) : std::nullopt;
    if (!file) {
        if (why)
            *why = tr("No registered file \"%1\".").arg(fileName);
        return std::nullopt;
    }
    TransferTimeline t;
    t.kind = TransferTimeline::kFirmware;
    t.deviceId = deviceId;
    t.fileName = fileName;
    t.fileType = file->fileType.isEmpty() ? QStringLiteral("1 Firmware Upgrade Image") : file->fileType;
    t.fileSize = file->size;
    t.expectedVersion = file->version;
    QJsonObject args{{QStringLiteral("fileName"), fileName},
                     {QStringLiteral("fileType"), t.fileType},
                     {QStringLiteral("delaySeconds"), qint64(delaySeconds)}};
    return startDownload(t, args, why);
}

std::optional<TransferTimeline> TransferTracker::scheduleFirmware(const QString &deviceId, const QString &fileName,
                                                                  const QList<TimeWindow> &windows, QString *why)
{
    const auto file = m_files ? m_files->file(fileName) : std::nullopt;
    if (!file) {
        if (why)
            *why = tr("No registered file \"%1\".").arg(fileName);
        return std::nullopt;
    }
    if (windows.isEmpty() || windows.size() > 2) {
        if (why)
            *why = tr("A scheduled download needs one or two time windows.");
        return std::nullopt;
    }
    TransferTimeline t;
    t.kind = TransferTimeline::kFirmware;
    t.deviceId = deviceId;
    t.fileName = fileName;
    t.fileType = file->fileType.isEmpty() ? QStringLiteral("1 Firmware Upgrade Image") : file->fileType;
    t.fileSize = file->size;
    t.expectedVersion = file->version;
    QJsonArray list;
    for (const TimeWindow &w : windows) {
        list.append(QJsonObject{{QStringLiteral("windowStart"), qint64(w.start)},
                                {QStringLiteral("windowEnd"), qint64(w.end)},
                                {QStringLiteral("windowMode"), w.mode},
                                {QStringLiteral("userMessage"), w.userMessage},
                                {QStringLiteral("maxRetries"), w.maxRetries}});
    }
    QJsonObject args{{QStringLiteral("fileName"), fileName},
                     {QStringLiteral("fileType"), t.fileType},
                     {QStringLiteral("timeWindows"), list}};
    return startDownload(t, args, why, windows);
}

std::optional<TransferTimeline> TransferTracker::restore(const TransferTimeline &backup, QString *why)
{
    if (backup.kind != TransferTimeline::kBackup || backup.state != TransferTimeline::kSucceeded || backup.path.isEmpty()) {
        if (why)
            *why = tr("Only a completed configuration backup can be restored.");
        return std::nullopt;
    }
    const QFileInfo info(backup.path);
    if (!info.isFile()) {
        if (why)
            *why = tr("The backup file %1 is gone.").arg(backup.path);
        return std::nullopt;
    }
    if (!m_files) {
        if (why)
            *why = tr("No file server is running to hand the backup to the device.");
        return std::nullopt;
    }
    // A random name: the backup is reachable only while this restore runs.
    ServedFile served;
    served.name = QStringLiteral("restore-%1-%2.cfg").arg(backup.id).arg(QRandomGenerator::global()->generate64(), 0, 36);
    served.path = info.absoluteFilePath();
    served.size = info.size();
    served.fileType = QStringLiteral("3 Vendor Configuration File");
    served.addedMs = nowMs();
    m_files->addFile(served);
    TransferTimeline t;
    t.kind = TransferTimeline::kRestore;
    t.deviceId = backup.deviceId;
    t.fileName = served.name;
    t.fileType = served.fileType;
    t.fileSize = served.size;
    t.backupId = backup.id;
    QJsonObject args{{QStringLiteral("fileName"), served.name}, {QStringLiteral("fileType"), served.fileType}};
    auto started = startDownload(t, args, why);
    if (!started)
        m_files->removeFile(served.name);
    return started;
}

std::optional<TransferTimeline> TransferTracker::startDownload(TransferTimeline t, const QJsonObject &givenArgs, QString *why,
                                                               const QList<TimeWindow> &windows)
{
    const DeviceRecord *device = m_engine->devices().find(t.deviceId);
    if (!device) {
        if (why)
            *why = tr("No device \"%1\".").arg(t.deviceId);
        return std::nullopt;
    }
    t.commandKey = newCommandKey(QLatin1String(t.kind == TransferTimeline::kFirmware ? "fw" : "rs"));
    t.previousVersion = device->softwareVersion;
    QJsonObject args = givenArgs;
    args.insert(QStringLiteral("commandKey"), t.commandKey);
    QString error;
    const bool scheduled = !windows.isEmpty();
    const auto task = m_engine->queueTask(t.deviceId, scheduled ? QStringLiteral("scheduleDownload") : QStringLiteral("download"),
                                          args, &error);
    if (!task) {
        if (why)
            *why = error;
        return std::nullopt;
    }
    t.id = task->id;
    t.startedMs = nowMs();
    if (scheduled) {
        m_windows.insert(t.id, windows);
        // Until the device has the request, the windows cannot end before queueing + WindowEnd.
        m_timeoutFromMs.insert(t.id, t.startedMs + qint64(lastWindowEnd(windows)) * 1000);
        addStage(t, TransferTimeline::kQueuedStage,
                 tr("ScheduleDownload of %1 (%2) queued as task %3.").arg(t.fileName, sizeText(t.fileSize)).arg(t.id));
    } else {
        addStage(t, TransferTimeline::kQueuedStage,
                 tr("Download of %1 (%2) queued as task %3.").arg(t.fileName, sizeText(t.fileSize)).arg(t.id));
    }
    takeSnapshot(t, *device,
                 t.kind == TransferTimeline::kFirmware ? QStringLiteral("before firmware upgrade")
                                                       : QStringLiteral("before restore"));
    m_timelines.insert(t.id, t);
    m_checkTimer.start();
    changed(t);
    wake(t);
    return t;
}

std::optional<TransferTimeline> TransferTracker::backUpConfiguration(const QString &deviceId, QString *why)
{
    return startUpload(deviceId, TransferTimeline::kBackup, QStringLiteral("1 Vendor Configuration File"), why);
}

std::optional<TransferTimeline> TransferTracker::fetchLog(const QString &deviceId, QString *why)
{
    return startUpload(deviceId, TransferTimeline::kLog, QStringLiteral("2 Vendor Log File"), why);
}

std::optional<TransferTimeline> TransferTracker::startUpload(const QString &deviceId, QLatin1String kind,
                                                             const QString &fileType, QString *why)
{
    TransferTimeline t;
    t.kind = kind;
    t.deviceId = deviceId;
    t.fileType = fileType;
    t.commandKey = newCommandKey(QLatin1String(kind == TransferTimeline::kBackup ? "bk" : "lg"));
    QString error;
    const auto task = m_engine->queueTask(deviceId, QStringLiteral("upload"),
                                          QJsonObject{{QStringLiteral("fileType"), fileType},
                                                      {QStringLiteral("commandKey"), t.commandKey}},
                                          &error);
    if (!task) {
        if (why)
            *why = error;
        return std::nullopt;
    }
    t.id = task->id;
    t.startedMs = nowMs();
    addStage(t, TransferTimeline::kQueuedStage, tr("Upload of the %1 queued as task %2.").arg(fileType).arg(t.id));
    m_timelines.insert(t.id, t);
    m_checkTimer.start();
    changed(t);
    wake(t);
    return t;
}

void TransferTracker::takeSnapshot(TransferTimeline &t, const DeviceRecord &device, const QString &reason)
{
    if (!m_snapshots)
        return;
    store::Snapshot snapshot;
    snapshot.deviceId = device.id;
    snapshot.reason = reason;
    snapshot.name = tr("Before %1 (task %2)")
                        .arg(t.kind == TransferTimeline::kFirmware ? tr("firmware upgrade") : tr("restore"))
                        .arg(t.id);
    const ParameterCache::Map &entries = device.parameters.entries();
    snapshot.entries.reserve(entries.size());
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
        if (it.key().endsWith(u'.'))
            continue; // objects carry no value
        store::SnapshotEntry e;
        e.path = it.key();
        e.value = it->value;
        if (it->type != cwmp::ValueType::Unspecified)
            e.type = cwmp::xsdName(it->type);
        e.writable = it->writable ? (*it->writable ? 1 : 0) : -1;
        snapshot.entries.append(e);
    }
    snapshot.entryCount = snapshot.entries.size();
    const qint64 id = t.id;
    m_snapshots->save(snapshot).then(this, [this, id](const store::Result<store::Snapshot> &saved) {
        auto it = m_timelines.find(id);
        if (it == m_timelines.end())
            return;
        if (saved.ok()) {
            it->snapshotId = saved.value().id;
            addStage(*it, TransferTimeline::kSnapshotStage,
                     tr("Snapshot %1 of %2 parameters taken first.").arg(saved.value().id).arg(saved.value().entryCount));
        } else {
            addStage(*it, TransferTimeline::kSnapshotStage,
                     tr("No snapshot could be taken first: %1").arg(saved.error().message));
        }
        changed(*it);
    });
}

TransferTimeline *TransferTracker::runningFor(const QString &deviceId,
                                              const std::function<bool(const TransferTimeline &)> &match)
{
    // Oldest first: a device works through its transfers in order (TR-069 A.3.2.8).
    TransferTimeline *best = nullptr;
    for (auto it = m_timelines.begin(); it != m_timelines.end(); ++it) {
        if (it->isRunning() && (deviceId.isEmpty() || it->deviceId == deviceId) && match(*it)
            && (!best || it->id < best->id))
            best = &*it;
    }
    return best;
}

void TransferTracker::onTaskChanged(const Task &task)
{
    if (!isTransferKind(task.kind))
        return;
    auto it = m_timelines.find(task.id);
    if (it == m_timelines.end() || !it->isRunning())
        return;
    TransferTimeline &t = *it;
    const bool download = task.kind != u"upload";
    const bool scheduled = task.kind == u"scheduleDownload";
    switch (task.state) {
    case TaskState::Queued:
        return;
    case TaskState::Sent:
        if (scheduled && !task.awaitedEvent.isEmpty() && !t.hasStage(TransferTimeline::kAcceptedStage)) {
            // A.4.1.6: the windows count from the device's receipt of the request, so the
            // timeout does too, from the last window's end.
            const QList<TimeWindow> windows = m_windows.value(t.id);
            const qint64 now = nowMs();
            m_timeoutFromMs.insert(t.id, now + qint64(lastWindowEnd(windows)) * 1000);
            addStage(t, TransferTimeline::kAcceptedStage,
                     tr("The device accepted the ScheduleDownload: it will fetch the file in the window %1 and report.")
                         .arg(TimeWindow::describe(windows, now)));
            changed(t);
            return;
        }
        if (!task.awaitedEvent.isEmpty() && !t.hasStage(TransferTimeline::kAcceptedStage)) {
            // A.3.2.8: Status 1 means "not yet completed", TransferComplete follows.
            addStage(t, TransferTimeline::kAcceptedStage,
                     download ? tr("The device accepted the Download (Status 1): it will fetch the file and report.")
                              : tr("The device accepted the Upload (Status 1): it will send the file and report."));
            changed(t);
        }
        return;
    case TaskState::Done:
        if (task.result.contains(QStringLiteral("transferFaultCode")))
            return; // completed by TransferComplete, handled there
        if (!t.hasStage(TransferTimeline::kAcceptedStage)) {
            // Status 0: done already, and no TransferComplete will follow.
            addStage(t, TransferTimeline::kAcceptedStage,
                     tr("The device reports the transfer already complete (Status 0)."));
            addStage(t, TransferTimeline::kTransferCompleteStage, tr("Completed within the RPC."));
            if (const DeviceRecord *device = m_engine->devices().find(t.deviceId); device && t.kind == TransferTimeline::kFirmware) {
                m_transferCompleteAtMs.insert(t.id, nowMs());
                changed(t);
                return;
            }
            if (t.kind == TransferTimeline::kRestore)
                succeed(t, tr("The configuration was handed to the device."));
            changed(t);
        }
        return;
    case TaskState::Fault:
        if (task.result.contains(QStringLiteral("transferFaultCode")))
            return;
        t.faultCode = task.faultCode;
        t.faultString = task.faultString;
        if (scheduled && task.faultCode == cwmp::InvalidArguments) {
            fail(t, tr("The device refused the time windows as invalid (fault 9003): %1").arg(task.faultString));
            return;
        }
        if (scheduled) {
            fail(t, tr("The device refused the ScheduleDownload request: %1 (fault %2).")
                        .arg(task.faultString)
                        .arg(task.faultCode));
            return;
        }
        fail(t, tr("The device refused the %1 request: %2 (fault %3).")
                    .arg(download ? QStringLiteral("Download") : QStringLiteral("Upload"), task.faultString)
                    .arg(task.faultCode));
        return;
    case TaskState::Expired:
        fail(t, tr("The task expired before the device took it."));
        return;
    case TaskState::Cancelled:
        fail(t, tr("The task was cancelled."));
        return;
    }
}

void TransferTracker::onFileRequested(const QString &name, const QString &peer, qint64 offset, qint64 bytes)
{
    TransferTimeline *t = runningFor({}, [&](const TransferTimeline &x) {
        return x.fileName == name && !x.hasStage(TransferTimeline::kTransferCompleteStage);
    });
    if (!t)
        return;
    t->bytesSent = 0;
    t->bytesTotal = bytes;
    addStage(*t, TransferTimeline::kFetchingStage,
             offset > 0 ? tr("The device (%1) fetches %2 from byte %3.").arg(peer, sizeText(bytes)).arg(offset)
                        : tr("The device (%1) fetches %2.").arg(peer, sizeText(bytes)));
    if (bytes == 0)
        addStage(*t, TransferTimeline::kFetchedStage, tr("The file is empty."));
    changed(*t);
}

void TransferTracker::onFileProgress(const QString &name, const QString &, qint64 sent, qint64 bytes)
{
    TransferTimeline *t = runningFor({}, [&](const TransferTimeline &x) {
        return x.fileName == name && x.hasStage(TransferTimeline::kFetchingStage)
               && !x.hasStage(TransferTimeline::kTransferCompleteStage);
    });
    if (!t)
        return;
    t->bytesSent = sent;
    t->bytesTotal = bytes;
    if (sent >= bytes && !t->hasStage(TransferTimeline::kFetchedStage))
        addStage(*t, TransferTimeline::kFetchedStage, tr("The file server sent all %1.").arg(sizeText(bytes)));
    changed(*t);
}

void TransferTracker::onUploadReceived(const QString &deviceId, const QString &, const QString &path, qint64 size)
{
    TransferTimeline *t = runningFor(deviceId, [](const TransferTimeline &x) {
        return (x.kind == TransferTimeline::kBackup || x.kind == TransferTimeline::kLog) && x.path.isEmpty();
    });
    if (!t)
        return;
    t->path = path;
    t->fileName = QFileInfo(path).fileName();
    t->fileSize = size;
    addStage(*t, TransferTimeline::kUploadedStage, tr("Received %1 from the device.").arg(sizeText(size)));
    changed(*t);
}

void TransferTracker::onUploadFailed(const QString &deviceId, const QString &reason)
{
    TransferTimeline *t = runningFor(deviceId, [](const TransferTimeline &x) {
        return (x.kind == TransferTimeline::kBackup || x.kind == TransferTimeline::kLog) && x.path.isEmpty();
    });
    if (!t)
        return;
    addStage(*t, TransferTimeline::kUploadedStage, tr("The upload broke off: %1").arg(reason));
    changed(*t);
}

void TransferTracker::onTransferCompleted(const QString &deviceId, const cwmp::TransferComplete &message)
{
    const DeviceRecord *device = m_engine->devices().find(deviceId);
    TransferTimeline *found = message.commandKey.isEmpty()
        ? nullptr
        : runningFor(deviceId, [&](const TransferTimeline &x) { return x.commandKey == message.commandKey; });
    if (!found) {
        // AutonomousTransferComplete (A.3.3.3) arrives without a CommandKey; a TransferComplete
        // for a transfer someone else started is recorded the same way.
        const bool autonomous = device && device->lastEvents.contains(cwmp::EventCodes::kAutonomousTransferComplete);
        if (!autonomous && !message.commandKey.isEmpty())
            return;
        TransferTimeline t;
        t.id = -(nowMs() * 10) + (m_nextAutonomousId--); // never a task id
        t.kind = TransferTimeline::kAutonomous;
        t.deviceId = deviceId;
        t.commandKey = message.commandKey;
        t.startedMs = nowMs();
        t.faultCode = int(message.fault.faultCode);
        t.faultString = message.fault.faultString;
        t.transferStart = cwmp::formatDateTime(message.startTime);
        t.transferComplete = cwmp::formatDateTime(message.completeTime);
        addStage(t, TransferTimeline::kTransferCompleteStage, tr("The device reported a transfer it started by itself."));
        m_timelines.insert(t.id, t);
        if (t.faultCode != 0)
            fail(m_timelines[t.id], describeFault(t.faultCode, t.faultString));
        else
            succeed(m_timelines[t.id], tr("Autonomous transfer completed."));
        return;
    }
    TransferTimeline &t = *found;
    t.faultCode = int(message.fault.faultCode);
    t.faultString = message.fault.faultString;
    t.transferStart = cwmp::formatDateTime(message.startTime);
    t.transferComplete = cwmp::formatDateTime(message.completeTime);
    addStage(t, TransferTimeline::kTransferCompleteStage,
             t.faultCode == 0 ? tr("TransferComplete: success (started %1, completed %2).").arg(t.transferStart, t.transferComplete)
                              : tr("TransferComplete: fault %1 (started %2, completed %3).")
                                    .arg(t.faultCode)
                                    .arg(t.transferStart, t.transferComplete));
    if (t.faultCode != 0) {
        fail(t, describeFault(t.faultCode, t.faultString));
        return;
    }
    const bool booted = device && device->lastEvents.contains(cwmp::EventCodes::kBoot);
    if (t.kind == TransferTimeline::kFirmware) {
        m_transferCompleteAtMs.insert(t.id, nowMs());
        if (booted)
            checkFirmwareVersion(t, *device);
        else
            changed(t);
        return;
    }
    if (t.kind == TransferTimeline::kRestore) {
        if (booted)
            addStage(t, TransferTimeline::kRebootedStage, tr("The device rebooted (1 BOOT, M Download)."));
        succeed(t, tr("The configuration was restored."));
        return;
    }
    if (t.path.isEmpty()) {
        fail(t, tr("The device reported success, but no file arrived at the upload URL."));
        return;
    }
    succeed(t, tr("Stored %1 as %2.").arg(sizeText(t.fileSize), t.path));
}

void TransferTracker::onSessionStarted(const QString &deviceId, const QStringList &events)
{
    if (!events.contains(cwmp::EventCodes::kBoot))
        return;
    const DeviceRecord *device = m_engine->devices().find(deviceId);
    if (!device)
        return;
    for (auto it = m_timelines.begin(); it != m_timelines.end(); ++it) {
        if (it->isRunning() && it->deviceId == deviceId && m_transferCompleteAtMs.contains(it->id))
            checkFirmwareVersion(*it, *device);
    }
}

void TransferTracker::checkFirmwareVersion(TransferTimeline &t, const DeviceRecord &device)
{
    m_transferCompleteAtMs.remove(t.id);
    addStage(t, TransferTimeline::kRebootedStage, m_windows.contains(t.id)
                                                      ? tr("The device rebooted (1 BOOT, M ScheduleDownload).")
                                                      : tr("The device rebooted (1 BOOT, M Download)."));
    t.newVersion = device.softwareVersion;
    if (t.newVersion == t.previousVersion) {
        fail(t, tr("Version unchanged after the reboot: the device still runs %1. The upgrade did nothing.")
                    .arg(t.newVersion));
        return;
    }
    addStage(t, TransferTimeline::kVersionStage, tr("The Inform reports SoftwareVersion %1 (was %2).").arg(t.newVersion, t.previousVersion));
    if (!t.expectedVersion.isEmpty() && t.expectedVersion != t.newVersion) {
        fail(t, tr("The device now runs %1, but the image is version %2.").arg(t.newVersion, t.expectedVersion));
        return;
    }
    succeed(t, tr("Upgraded from %1 to %2.").arg(t.previousVersion, t.newVersion));
}

void TransferTracker::wake(const TransferTimeline &t)
{
    if (!m_wake || m_engine->isInSession(t.deviceId))
        return;
    m_wokenAtMs.insert(t.id, nowMs());
    m_engine->connectionRequest(t.deviceId);
}

void TransferTracker::checkTimeouts()
{
    const qint64 now = nowMs();
    bool running = false;
    for (auto it = m_timelines.begin(); it != m_timelines.end(); ++it) {
        if (!it->isRunning())
            continue;
        if (const auto at = m_transferCompleteAtMs.constFind(it->id); at != m_transferCompleteAtMs.cend()) {
            if (now - *at > m_rebootTimeoutMs) {
                m_transferCompleteAtMs.remove(it->id);
                fail(*it, tr("Timeout: the device did not come back with \"1 BOOT\" within %1 s after the transfer.")
                              .arg(m_rebootTimeoutMs / 1000));
                continue;
            }
        } else if (now - m_timeoutFromMs.value(it->id, it->startedMs) > m_timeoutMs) {
            fail(*it, tr("Timeout: no TransferComplete within %1 s.").arg(m_timeoutMs / 1000));
            continue;
        }
        running = true;
        const auto task = m_engine->tasks().find(it->id);
        if (task && task->state == TaskState::Queued && now - m_wokenAtMs.value(it->id, 0) > kRewakeMs)
            wake(*it);
    }
    if (!running)
        m_checkTimer.stop();
}

void TransferTracker::addStage(TransferTimeline &t, QLatin1String stage, const QString &text)
{
    t.stages.append({stage, nowMs(), text});
}

void TransferTracker::succeed(TransferTimeline &t, const QString &text)
{
    addStage(t, TransferTimeline::kSucceededStage, text);
    t.state = TransferTimeline::kSucceeded;
    t.finishedMs = nowMs();
    m_windows.remove(t.id);
    m_timeoutFromMs.remove(t.id);
    if (t.kind == TransferTimeline::kRestore && m_files)
        m_files->removeFile(t.fileName);
    changed(t);
    Q_EMIT timelineFinished(t);
}

void TransferTracker::fail(TransferTimeline &t, const QString &failure)
{
    addStage(t, TransferTimeline::kFailedStage, failure);
    t.failure = failure;
    t.state = TransferTimeline::kFailed;
    t.finishedMs = nowMs();
    m_transferCompleteAtMs.remove(t.id);
    m_windows.remove(t.id);
    m_timeoutFromMs.remove(t.id);
    if (t.kind == TransferTimeline::kRestore && m_files)
        m_files->removeFile(t.fileName);
    changed(t);
    Q_EMIT timelineFinished(t);
}

void TransferTracker::changed(const TransferTimeline &t)
{
    if (m_repository)
        m_repository->save(t.toRecord());
    Q_EMIT timelineChanged(t);
}

QList<TransferTimeline> TransferTracker::current(const QString &deviceId) const
{
    QList<TransferTimeline> out;
    for (const TransferTimeline &t : m_timelines) {
        if (t.deviceId == deviceId)
            out.append(t);
    }
    std::sort(out.begin(), out.end(), [](const TransferTimeline &a, const TransferTimeline &b) {
        return a.startedMs != b.startedMs ? a.startedMs > b.startedMs : a.id > b.id;
    });
    return out;
}

std::optional<TransferTimeline> TransferTracker::find(qint64 id) const
{
    const auto it = m_timelines.constFind(id);
    if (it == m_timelines.cend())
        return std::nullopt;
    return *it;
}

QFuture<QList<TransferTimeline>> TransferTracker::history(const QString &deviceId, const QString &kind)
{
    QList<TransferTimeline> mine;
    for (const TransferTimeline &t : current(deviceId)) {
        if (kind.isEmpty() || t.kind == kind)
            mine.append(t);
    }
    if (!m_repository)
        return QtFuture::makeReadyFuture(mine);
    return m_repository->list(deviceId, kind).then(this, [mine](const store::Result<QList<store::TransferRecord>> &stored) {
        QList<TransferTimeline> out = mine;
        QSet<qint64> seen;
        for (const TransferTimeline &t : mine)
            seen.insert(t.id);
        if (stored.ok()) {
            for (const store::TransferRecord &r : stored.value()) {
                if (!seen.contains(r.id))
                    out.append(TransferTimeline::fromRecord(r));
            }
        }
        std::sort(out.begin(), out.end(), [](const TransferTimeline &a, const TransferTimeline &b) {
            return a.startedMs != b.startedMs ? a.startedMs > b.startedMs : a.id > b.id;
        });
        return out;
    });
}

QFuture<std::optional<TransferTimeline>> TransferTracker::get(qint64 id)
{
    if (const auto t = find(id); t || !m_repository)
        return QtFuture::makeReadyFuture(t);
    return m_repository->get(id).then(this, [](const store::Result<store::TransferRecord> &r) -> std::optional<TransferTimeline> {
        if (!r.ok())
            return std::nullopt;
        return TransferTimeline::fromRecord(r.value());
    });
}

} // namespace acs
