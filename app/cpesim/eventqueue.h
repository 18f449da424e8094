#pragma once

#include <cwmp/datastructs.h>

#include <QList>
#include <QString>

namespace cpesim {

// Inform events waiting to be delivered, with the cumulation and retention rules of
// TR-069 §3.7.1.5 (cwmp-facts §8.1): single events are kept at most once, "M …" events
// once per CommandKey; each leaves the queue when the message that completes its delivery
// has been answered.
class EventQueue
{
public:
    // Inform carries at most 64 EventStructs (cwmp-1-2.xsd EventList).
    static constexpr qsizetype kMaxEvents = 64;

    void add(const QString &code, const QString &commandKey = QString());
    bool contains(const QString &code) const;
    bool isEmpty() const { return m_events.isEmpty(); }
    qsizetype size() const { return m_events.size(); }
    const QList<cwmp::EventStruct> &events() const { return m_events; }
    // The events for the next Inform (at most kMaxEvents, oldest first).
    QList<cwmp::EventStruct> forInform() const { return m_events.mid(0, kMaxEvents); }

    // InformResponse received: everything except the events whose delivery needs a
    // TransferCompleteResponse (7, M Download, M Upload, M ScheduleDownload) or another
    // follow-up RPC response (5, 9, 10, 11, 12, M ChangeDUState).
    // Removes the events the delivered Inform carried, except those completed by a later
    // RPC; events raised after that Inform was built stay pending.
    void informDelivered(const QList<cwmp::EventStruct> &carried);
    // TransferCompleteResponse for this CommandKey: its M event goes; "7 TRANSFER
    // COMPLETE" goes once no transfer M event is left.
    void transferCompleteDelivered(const QString &commandKey);
    // A follow-up RPC answered (RequestDownload, AutonomousTransferComplete, …).
    void remove(const QString &code);
    // Session failed: every event is retried except "6 CONNECTION REQUEST".
    void sessionFailed();
    // Reboot: BOOT is raised anew, VALUE CHANGE, CONNECTION REQUEST and DIAGNOSTICS
    // COMPLETE are not carried over (icwmp policy, cwmp-facts §8.1).
    void rebooted();
    void clear() { m_events.clear(); }
    void restore(QList<cwmp::EventStruct> events) { m_events = std::move(events); }

private:
    QList<cwmp::EventStruct> m_events;
};

} // namespace cpesim
