#pragma once

#include <cwmp/datastructs.h>

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace cpesim {

// One file transfer the device knows about (TR-069 A.4.1.5 GetAllQueuedTransfers).
struct TransferEntry {
    enum State : int { NotStarted = 1, InProgress = 2, Completed = 3 };
    QString method; // "Download", "Upload", "ScheduleDownload", or "" for autonomous ones
    QString commandKey;
    bool isDownload = true;
    QString fileType;
    QString url;
    QString username;
    QString password;
    quint32 fileSize = 0;
    QString targetFileName;
    // Download/Upload: DelaySeconds. ScheduleDownload: when the transfer is due, counted from
    // requestedAt (the start of the first window it may run in, see scheduleDueSeconds).
    quint32 delaySeconds = 0;
    QDateTime requestedAt;
    QList<cwmp::TimeWindowStruct> timeWindows; // ScheduleDownload only, sorted by WindowStart
    int state = NotStarted;
    // Set by the runtime when the transfer ends; reported in TransferComplete.
    QDateTime startTime;
    QDateTime completeTime;
    cwmp::FaultStruct fault;
    bool operator==(const TransferEntry &) const = default;

    // ScheduleDownload: the window the download runs in (nullptr when every window needs a
    // user's confirmation, which this CPE cannot get: see scheduleDueSeconds).
    const cwmp::TimeWindowStruct *runnableWindow() const;
    // ScheduleDownload: seconds after receipt when the CPE acts: the start of the runnable
    // window, or else the end of the last window, where it gives up with 9020.
    quint32 scheduleDueSeconds() const;
};

// The transfers queued on the device. The RPC handler adds ACS requests; the runtime moves
// them through their states and reports completion (SimDevice::completeTransfer).
class TransferList
{
public:
    // GetAllQueuedTransfers carries at most 16 entries (cwmp-1-2.xsd TransferList).
    static constexpr qsizetype kMaxQueued = 16;

    const QList<TransferEntry> &entries() const { return m_entries; }
    qsizetype queuedCount() const;
    void add(const TransferEntry &entry) { m_entries.append(entry); }
    // The first entry with this CommandKey that is not completed (nullptr if none).
    TransferEntry *findActive(const QString &commandKey);
    TransferEntry *findCompleted(const QString &commandKey);
    bool setState(const QString &commandKey, int state);
    bool removeFirst(const QString &commandKey, bool completedOnly);
    void clear() { m_entries.clear(); }
    void restore(QList<TransferEntry> entries) { m_entries = std::move(entries); }

    QList<cwmp::QueuedTransferStruct> queuedTransfers() const;
    QList<cwmp::AllQueuedTransferStruct> allQueuedTransfers() const;

private:
    QList<TransferEntry> m_entries;
};

} // namespace cpesim
