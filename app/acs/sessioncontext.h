#pragma once

// What a CWMP session needs from the engine around it: the device registry, the task
// queue and the settings. The engine implements it; sessions never see the store or the
// HTTP server.

#include "devicerecord.h"
#include "taskrun.h"

#include <cwmp/cpemethods.h>

#include <http/httpmessage.h>
#include <http/responder.h>

#include <memory>

namespace acs {

class CwmpSession;

struct SessionSettings {
    // How long the answer to an empty POST is held back while the engineer works on the
    // device (always below the CPE's session timeout, 30 s by common default).
    int holdMs = 20000;
    // How long the ACS waits for the CPE's next request before declaring the session dead.
    int sessionTimeoutMs = 30000;
    // Our own requests that a CPE may send us (TR-069 A.3.1.1, GetRPCMethods).
    bool acceptRequestDownload = true;
};

class SessionContext
{
public:
    virtual ~SessionContext() = default;

    virtual const SessionSettings &sessionSettings() const = 0;
    // Records the Inform (identity, events, parameters) and returns the device. Completes
    // the tasks the events finish (M Reboot, 0 BOOTSTRAP after a factory reset, ...).
    virtual DeviceRecord &registerInform(const cwmp::Inform &inform, const http::Request &request,
                                         const QString &cwmpVersion, CwmpSession *session) = 0;
    // The next queued task of the device, started; nullptr when the queue is empty.
    virtual std::unique_ptr<TaskRun> startNextTask(DeviceRecord &device, qint64 *taskId) = 0;
    // The engineer cancelled the task while it ran: send nothing more for it.
    virtual bool isCancelled(qint64 taskId) const = 0;
    // A task run changed (a response arrived, it finished or faulted).
    virtual void taskUpdated(DeviceRecord &device, qint64 taskId, TaskRun &run) = 0;
    // The session broke while the task's request was unanswered.
    virtual void taskInterrupted(DeviceRecord &device, qint64 taskId, TaskRun &run, const QString &why) = 0;
    virtual void transferComplete(DeviceRecord &device, const cwmp::TransferComplete &message) = 0;
    virtual void autonomousTransferComplete(DeviceRecord &device, const cwmp::AutonomousTransferComplete &message) = 0;
    // Whether to keep the session open when the device has nothing queued: the engineer
    // has the device open, or asked for a live session.
    virtual bool holdSession(const DeviceRecord &device) const = 0;
    virtual void sessionEnded(CwmpSession *session, const QString &outcome) = 0;
    // Sends one answer of the session (and logs it).
    virtual void reply(CwmpSession *session, http::Responder &responder, http::Response response,
                       const QString &rpc) = 0;
};

} // namespace acs
