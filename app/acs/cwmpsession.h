#pragma once

// One CWMP session with one device (TR-069 §3.7, A.3): Inform, the CPE's own requests,
// the empty POST, then the ACS's requests one per HTTP response, and 204 to end it.

#include "sessioncontext.h"

#include <cwmp/envelopecodec.h>

#include <http/responder.h>

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>


namespace acs {

class CwmpSession : public QObject
{
    Q_OBJECT

public:
    enum class State { AwaitingInform, CpeRequests, AcsRequests, Ended };

    CwmpSession(const QString &id, SessionContext &context, QObject *parent = nullptr);
    ~CwmpSession() override;

    const QString &id() const { return m_id; }
    State state() const { return m_state; }
    QString deviceId() const { return m_device ? m_device->id : QString(); }
    QString cwmpNamespace() const { return m_namespace; }
    bool isHolding() const { return m_held.has_value(); }
    bool cookieSent() const { return m_cookieSent; }
    void markCookieSent() { m_cookieSent = true; }

    // One HTTP request of this session; decoded is null for an empty POST.
    void handle(const http::Request &request, const cwmp::DecodeResult *decoded, http::Responder responder);
    // A task was queued for this device: a held response goes out now.
    void wake();
    // The TCP connection or the device went away.
    void abandon(const QString &why);

private:
    void handleInform(const cwmp::Envelope &envelope, const http::Request &request, http::Responder &responder);
    void handleCpeRequest(const cwmp::Envelope &envelope, http::Responder &responder);
    void handleCpeResponse(const cwmp::Envelope &envelope, http::Responder &responder);
    void sendNextOrHold(http::Responder responder);
    void finishRun();
    void sendEnvelope(http::Responder &responder, cwmp::Body body, const std::optional<QString> &id,
                      const std::optional<QString> &useVersion = std::nullopt);
    void sendFault(http::Responder &responder, int code, const QString &text, const std::optional<QString> &id);
    void sendNoContent(http::Responder &responder);
    void end(const QString &outcome);
    void restartTimeout();

    QString m_id;
    SessionContext &m_context;
    State m_state = State::AwaitingInform;
    DeviceRecord *m_device = nullptr;
    QString m_namespace;
    bool m_cookieSent = false;

    std::unique_ptr<TaskRun> m_run;
    qint64 m_runTaskId = 0;
    bool m_requestOutstanding = false;
    // A diagnostic, reboot or transfer was started in this session: end it as soon as the
    // queue is empty, even for a live device, since the CPE acts only after the session.
    bool m_endRequested = false;
    QString m_outstandingRpc;
    quint64 m_nextRequestId = 1;

    std::optional<http::Responder> m_held;
    QTimer m_holdTimer;
    QTimer m_timeout;
    QElapsedTimer m_age;
};

} // namespace acs
