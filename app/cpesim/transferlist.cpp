#include "transferlist.h"

namespace cpesim {

const cwmp::TimeWindowStruct *TransferEntry::runnableWindow() const
{
    // TR-069 A.4.1.6 WindowMode: "1 At Any Time", "2 Immediately" and "3 When Idle" all let
    // the simulator start at WindowStart (it is always idle); "4 Confirmation Needed" waits
    // for a user who never answers.
    for (const cwmp::TimeWindowStruct &w : timeWindows) {
        if (!w.windowMode.startsWith(u'4'))
            return &w;
    }
    return nullptr;
}

quint32 TransferEntry::scheduleDueSeconds() const
{
    if (const cwmp::TimeWindowStruct *w = runnableWindow())
        return w->windowStart;
    return timeWindows.isEmpty() ? 0 : timeWindows.constLast().windowEnd;
}

qsizetype TransferList::queuedCount() const
{
    qsizetype n = 0;
    for (const TransferEntry &e : m_entries)
        n += e.state != TransferEntry::Completed ? 1 : 0;
    return n;
}

TransferEntry *TransferList::findActive(const QString &commandKey)
{
    for (TransferEntry &e : m_entries) {
        if (e.commandKey == commandKey && e.state != TransferEntry::Completed)
            return &e;
    }
    return nullptr;
}

TransferEntry *TransferList::findCompleted(const QString &commandKey)
{
    for (TransferEntry &e : m_entries) {
        if (e.commandKey == commandKey && e.state == TransferEntry::Completed)
            return &e;
    }
    return nullptr;
}

bool TransferList::setState(const QString &commandKey, int state)
{
    TransferEntry *entry = findActive(commandKey);
    if (!entry)
        return false;
    entry->state = state;
    return true;
}

bool TransferList::removeFirst(const QString &commandKey, bool completedOnly)
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const TransferEntry &e = m_entries[i];
        if (e.commandKey == commandKey && (!completedOnly || e.state == TransferEntry::Completed)) {
            m_entries.removeAt(i);
            return true;
        }
    }
    return false;
}

QList<cwmp::QueuedTransferStruct> TransferList::queuedTransfers() const
{
    // GetQueuedTransfers (deprecated) lists only what the ACS asked for.
    QList<cwmp::QueuedTransferStruct> out;
    for (const TransferEntry &e : m_entries) {
        if (!e.method.isEmpty() && e.state != TransferEntry::Completed && out.size() < kMaxQueued)
            out.append({e.commandKey, e.state});
    }
    return out;
}

QList<cwmp::AllQueuedTransferStruct> TransferList::allQueuedTransfers() const
{
    // Includes autonomous transfers, whose CommandKey is empty (TR-069 A.4.1.8).
    QList<cwmp::AllQueuedTransferStruct> out;
    for (const TransferEntry &e : m_entries) {
        if (e.state != TransferEntry::Completed && out.size() < kMaxQueued)
            out.append({e.commandKey, e.state, e.isDownload, e.fileType, e.fileSize, e.targetFileName});
    }
    return out;
}

} // namespace cpesim
