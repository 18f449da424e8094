#include "eventqueue.h"

#include <cwmp/eventcodes.h>

namespace cpesim {

namespace {

using namespace cwmp::EventCodes;

bool isTransferEvent(const QString &code)
{
    return code == kTransferComplete || code == kMDownload || code == kMUpload
           || code == kMScheduleDownload;
}

// Events whose delivery is completed by something other than the InformResponse.
bool needsFollowUp(const QString &code)
{
    return isTransferEvent(code) || code == kKicked || code == kRequestDownload
           || code == kAutonomousTransferComplete || code == kDuStateChangeComplete
           || code == kAutonomousDuStateChangeComplete || code == kMChangeDuState;
}

} // namespace

void EventQueue::add(const QString &code, const QString &commandKey)
{
    const bool multiple = isMethodEvent(code);
    for (const cwmp::EventStruct &event : std::as_const(m_events)) {
        if (event.eventCode == code && (!multiple || event.commandKey == commandKey))
            return;
    }
    // BOOTSTRAP goes first, as devices send it (0 BOOTSTRAP, 1 BOOT, …).
    cwmp::EventStruct event{code, multiple ? commandKey : QString()};
    if (code == kBootstrap)
        m_events.prepend(event);
    else
        m_events.append(event);
}

bool EventQueue::contains(const QString &code) const
{
    for (const cwmp::EventStruct &event : m_events) {
        if (event.eventCode == code)
            return true;
    }
    return false;
}

void EventQueue::informDelivered(const QList<cwmp::EventStruct> &carried)
{
    m_events.removeIf([&](const cwmp::EventStruct &e) { return !needsFollowUp(e.eventCode) && carried.contains(e); });
}

void EventQueue::transferCompleteDelivered(const QString &commandKey)
{
    bool removed = false;
    m_events.removeIf([&](const cwmp::EventStruct &e) {
        if (removed || e.commandKey != commandKey || !isTransferEvent(e.eventCode)
            || e.eventCode == kTransferComplete)
            return false;
        removed = true;
        return true;
    });
    bool transfersLeft = false;
    for (const cwmp::EventStruct &e : std::as_const(m_events))
        transfersLeft = transfersLeft || (isTransferEvent(e.eventCode) && e.eventCode != kTransferComplete);
    if (!transfersLeft)
        remove(kTransferComplete);
}

void EventQueue::remove(const QString &code)
{
    m_events.removeIf([&](const cwmp::EventStruct &e) { return e.eventCode == code; });
}

void EventQueue::sessionFailed()
{
    remove(kConnectionRequest);
}

void EventQueue::rebooted()
{
    m_events.removeIf([](const cwmp::EventStruct &e) {
        return e.eventCode == kBoot || e.eventCode == kValueChange
               || e.eventCode == kConnectionRequest || e.eventCode == kDiagnosticsComplete;
    });
    add(kBoot);
}

} // namespace cpesim
