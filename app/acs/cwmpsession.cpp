#include "cwmpsession.h"

#include <cwmp/cwmpversion.h>
#include <cwmp/faultcodes.h>

#include <QDateTime>

namespace acs {

namespace {

const QList<cwmp::CwmpVersion> kAcsVersions = {cwmp::CwmpVersion::V1_0, cwmp::CwmpVersion::V1_1,
                                               cwmp::CwmpVersion::V1_2, cwmp::CwmpVersion::V1_3,
                                               cwmp::CwmpVersion::V1_4};

// The methods this ACS implements for CPEs (answer to a CPE's GetRPCMethods, A.3.1.1).
const QStringList kAcsMethods = {
    QStringLiteral("Inform"), QStringLiteral("GetRPCMethods"), QStringLiteral("TransferComplete"),
    QStringLiteral("AutonomousTransferComplete"), QStringLiteral("DUStateChangeComplete"),
    QStringLiteral("AutonomousDUStateChangeComplete"), QStringLiteral("RequestDownload"), QStringLiteral("Kicked"),
};

bool isResponseToAcs(const cwmp::Body &body)
{
    return std::visit(
        [](const auto &m) {
            using T = std::decay_t<decltype(m)>;
            if constexpr (std::is_same_v<T, cwmp::SoapFault>)
                return true;
            else
                return QByteArrayView(T::kMethod).endsWith("Response") && !std::is_same_v<T, cwmp::InformResponse>
                       && !std::is_same_v<T, cwmp::TransferCompleteResponse>
                       && !std::is_same_v<T, cwmp::AutonomousTransferCompleteResponse>
                       && !std::is_same_v<T, cwmp::DUStateChangeCompleteResponse>
                       && !std::is_same_v<T, cwmp::AutonomousDUStateChangeCompleteResponse>
                       && !std::is_same_v<T, cwmp::RequestDownloadResponse>
                       && !std::is_same_v<T, cwmp::KickedResponse>;
        },
        body);
}

} // namespace

CwmpSession::CwmpSession(const QString &id, SessionContext &context, QObject *parent)
    : QObject(parent), m_id(id), m_context(context)
{
    m_holdTimer.setSingleShot(true);
    connect(&m_holdTimer, &QTimer::timeout, this, [this] {
        // Nothing arrived while we held the answer: end the session (A.3.3.3: 204).
        if (m_held) {
            http::Responder responder = *m_held;
            m_held.reset();
            sendNoContent(responder);
        }
    });
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        abandon(QStringLiteral("no request from the device for %1 s").arg(m_context.sessionSettings().sessionTimeoutMs / 1000));
    });
    m_age.start();
    restartTimeout();
}

CwmpSession::~CwmpSession() = default;

void CwmpSession::restartTimeout()
{
    m_timeout.start(m_context.sessionSettings().sessionTimeoutMs);
}

void CwmpSession::handle(const http::Request &request, const cwmp::DecodeResult *decoded, http::Responder responder)
{
    restartTimeout();
    if (m_state == State::Ended) {
        sendNoContent(responder);
        return;
    }
    const std::optional<QString> id = decoded ? decoded->envelope.header.id : std::nullopt;
    if (decoded && !decoded->ok()) {
        // A message we cannot read: the fault names why (A.5.2), the session goes on.
        if (!decoded->envelope.cwmpNamespace.isEmpty() && m_namespace.isEmpty())
            m_namespace = decoded->envelope.cwmpNamespace;
        sendFault(responder, decoded->error.acsFaultCode(), decoded->error.reason, id);
        if (m_state == State::AwaitingInform)
            end(QStringLiteral("unreadable first message: %1").arg(decoded->error.reason));
        return;
    }

    switch (m_state) {
    case State::AwaitingInform:
        if (!decoded) {
            // TR-069 §3.7.1: every session starts with an Inform.
            http::Response r;
            r.status = 400;
            r.body = "A CWMP session starts with an Inform.\n";
            r.closeConnection = true;
            m_context.reply(this, responder, r, QString());
            end(QStringLiteral("empty POST without a session"));
        } else if (std::holds_alternative<cwmp::Inform>(decoded->envelope.body)) {
            handleInform(decoded->envelope, request, responder);
        } else {
            sendFault(responder, cwmp::AcsInvalidArguments,
                      QStringLiteral("%1 before Inform: a session starts with an Inform").arg(cwmp::methodName(decoded->envelope.body)), id);
            end(QStringLiteral("no Inform"));
        }
        return;
    case State::CpeRequests:
        if (!decoded) {
            // A.3.3.3: an empty POST means the CPE has no more requests.
            m_state = State::AcsRequests;
            sendNextOrHold(responder);
        } else if (isResponseToAcs(decoded->envelope.body)) {
            sendFault(responder, cwmp::AcsInvalidArguments, QStringLiteral("a response before the empty POST"), id);
        } else {
            handleCpeRequest(decoded->envelope, responder);
        }
        return;
    case State::AcsRequests:
        if (!decoded) {
            if (m_requestOutstanding && m_run) {
                // netcwmp answers Get/SetParameterAttributes with an empty POST.
                m_requestOutstanding = false;
                cwmp::SoapFault f = cwmp::makeFault(cwmp::AcsInternalError,
                                                    QStringLiteral("the device answered %1 with an empty message").arg(m_outstandingRpc));
                m_run->handleResponse(f, QDateTime::currentMSecsSinceEpoch());
                m_context.taskUpdated(*m_device, m_runTaskId, *m_run);
                finishRun();
            }
            sendNextOrHold(responder);
        } else if (isResponseToAcs(decoded->envelope.body)) {
            handleCpeResponse(decoded->envelope, responder);
        } else {
            handleCpeRequest(decoded->envelope, responder);
        }
        return;
    case State::Ended:
        return;
    }
}

void CwmpSession::handleInform(const cwmp::Envelope &envelope, const http::Request &request, http::Responder &responder)
{
    const auto &inform = std::get<cwmp::Inform>(envelope.body);
    const auto negotiated = cwmp::negotiateVersion(envelope.cwmpNamespace, envelope.header.supportedCwmpVersions,
                                                   envelope.header.sessionTimeout.has_value(), kAcsVersions);
    m_namespace = envelope.cwmpNamespace;
    if (!negotiated) {
        // TR-069 Amd 6 §3.5: no common version.
        sendFault(responder, cwmp::AcsVersionIncompatible, QString(), envelope.header.id);
        end(QStringLiteral("no common CWMP version"));
        return;
    }
    m_namespace = negotiated->answerNamespace;
    if (inform.deviceId.oui.isEmpty() || inform.deviceId.serialNumber.isEmpty()) {
        sendFault(responder, cwmp::AcsInvalidArguments, QStringLiteral("Inform without DeviceId OUI and SerialNumber"),
                  envelope.header.id);
        end(QStringLiteral("Inform without identity"));
        return;
    }
    m_device = &m_context.registerInform(inform, request, cwmp::versionString(negotiated->version), this);
    m_state = State::CpeRequests;
    // A.3.3.1: MaxEnvelopes is always 1.
    sendEnvelope(responder, cwmp::InformResponse{1}, envelope.header.id, negotiated->useCwmpVersion);
}

void CwmpSession::handleCpeRequest(const cwmp::Envelope &envelope, http::Responder &responder)
{
    const auto &id = envelope.header.id;
    const cwmp::Body &body = envelope.body;
    if (std::holds_alternative<cwmp::Inform>(body)) {
        sendFault(responder, cwmp::AcsInvalidArguments, QStringLiteral("a second Inform in one session"), id);
    } else if (const auto *tc = std::get_if<cwmp::TransferComplete>(&body)) {
        m_context.transferComplete(*m_device, *tc);
        sendEnvelope(responder, cwmp::TransferCompleteResponse{}, id);
    } else if (const auto *atc = std::get_if<cwmp::AutonomousTransferComplete>(&body)) {
        m_context.autonomousTransferComplete(*m_device, *atc);
        sendEnvelope(responder, cwmp::AutonomousTransferCompleteResponse{}, id);
    } else if (std::holds_alternative<cwmp::GetRPCMethods>(body)) {
        sendEnvelope(responder, cwmp::GetRPCMethodsResponse{kAcsMethods}, id);
    } else if (std::holds_alternative<cwmp::DUStateChangeComplete>(body)) {
        sendEnvelope(responder, cwmp::DUStateChangeCompleteResponse{}, id);
    } else if (std::holds_alternative<cwmp::AutonomousDUStateChangeComplete>(body)) {
        sendEnvelope(responder, cwmp::AutonomousDUStateChangeCompleteResponse{}, id);
    } else if (std::holds_alternative<cwmp::RequestDownload>(body)) {
        sendEnvelope(responder, cwmp::RequestDownloadResponse{}, id);
    } else if (const auto *kicked = std::get_if<cwmp::Kicked>(&body)) {
        sendEnvelope(responder, cwmp::KickedResponse{kicked->next}, id);
    } else {
        // A.5.2: a method the ACS does not implement (or one only a CPE implements).
        sendFault(responder, cwmp::AcsMethodNotSupported,
                  QStringLiteral("%1 is not a method the ACS implements").arg(cwmp::methodName(body)), id);
    }
}

void CwmpSession::handleCpeResponse(const cwmp::Envelope &envelope, http::Responder &responder)
{
    if (!m_run || !m_requestOutstanding) {
        // An answer to nothing we asked: note it and carry on.
        sendNextOrHold(responder);
        return;
    }
    m_requestOutstanding = false;
    m_run->handleResponse(envelope.body, QDateTime::currentMSecsSinceEpoch());
    // Progress of a multi-RPC task; a finished run is reported by sendNextOrHold.
    if (m_run->status() == TaskRun::Status::Running)
        m_context.taskUpdated(*m_device, m_runTaskId, *m_run);
    sendNextOrHold(responder);
}

void CwmpSession::finishRun()
{
    m_run.reset();
    m_runTaskId = 0;
}

void CwmpSession::sendNextOrHold(http::Responder responder)
{
    while (true) {
        if (m_run) {
            // A cancelled task (a long refresh) stops between its RPCs.
            const bool cancelled = m_context.isCancelled(m_runTaskId);
            if (!cancelled && m_run->status() == TaskRun::Status::Running) {
                if (std::optional<cwmp::Body> next = m_run->nextRequest()) {
                    m_requestOutstanding = true;
                    m_outstandingRpc = cwmp::methodName(*next);
                    sendEnvelope(responder, std::move(*next), QStringLiteral("acs-%1").arg(m_nextRequestId++));
                    return;
                }
            }
            // Finished, failed to build its next request, or cancelled: record what it did.
            m_context.taskUpdated(*m_device, m_runTaskId, *m_run);
            m_endRequested = m_endRequested || m_run->needsSessionEnd();
        }
        finishRun();
        m_run = m_context.startNextTask(*m_device, &m_runTaskId);
        if (!m_run)
            break;
    }
    // A CPE starts a requested diagnostic, a reboot or an accepted transfer only after the
    // session has ended (TaskRun::needsSessionEnd), so holding it for the engineer would
    // delay that by holdMs.
    if (!m_endRequested && m_context.holdSession(*m_device)) {
        // Keep the session open for the engineer: the next task goes out at once.
        m_held = responder;
        m_holdTimer.start(m_context.sessionSettings().holdMs);
        m_timeout.stop();
        return;
    }
    sendNoContent(responder);
}

void CwmpSession::wake()
{
    if (!m_held)
        return;
    m_holdTimer.stop();
    http::Responder responder = *m_held;
    m_held.reset();
    if (!responder.isOpen()) {
        abandon(QStringLiteral("the device closed the connection while the session was held"));
        return;
    }
    restartTimeout();
    sendNextOrHold(responder);
}

void CwmpSession::abandon(const QString &why)
{
    if (m_state == State::Ended)
        return;
    m_holdTimer.stop();
    m_held.reset();
    if (m_run && m_device) {
        if (m_requestOutstanding)
            m_run->sessionLost();
        m_context.taskInterrupted(*m_device, m_runTaskId, *m_run, why);
    }
    finishRun();
    end(why);
}

void CwmpSession::sendEnvelope(http::Responder &responder, cwmp::Body body, const std::optional<QString> &id,
                               const std::optional<QString> &useVersion)
{
    cwmp::Envelope e;
    e.cwmpNamespace = m_namespace.isEmpty() ? cwmp::namespaceForVersion(cwmp::CwmpVersion::V1_2) : m_namespace;
    e.header.id = id;
    e.header.useCwmpVersion = useVersion;
    const QString rpc = cwmp::methodName(body);
    e.body = std::move(body);
    http::Response r;
    r.status = 200;
    r.headers.set("Content-Type", "text/xml; charset=\"utf-8\"");
    r.body = cwmp::encodeEnvelope(e);
    m_context.reply(this, responder, std::move(r), rpc);
}

void CwmpSession::sendFault(http::Responder &responder, int code, const QString &text, const std::optional<QString> &id)
{
    // Sent with HTTP 200: several CPE stacks (genieacs-sim among them) treat any non-2xx
    // status as a failed session and drop what they were doing.
    sendEnvelope(responder, cwmp::makeFault(code, text), id);
}

void CwmpSession::sendNoContent(http::Responder &responder)
{
    // A.3.3.3: an empty HTTP response ends the ACS's side of the session.
    http::Response r;
    r.status = 204;
    m_context.reply(this, responder, std::move(r), QString());
    end(QStringLiteral("completed"));
}

void CwmpSession::end(const QString &outcome)
{
    if (m_state == State::Ended)
        return;
    m_state = State::Ended;
    m_timeout.stop();
    m_holdTimer.stop();
    m_context.sessionEnded(this, outcome);
}

} // namespace acs
