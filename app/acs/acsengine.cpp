#include "acsengine.h"

#include "connectionrequester.h"
#include "cwmpsession.h"
#include "fileserver.h"
#include "rpcbuilder.h"
#include "secrets.h"
#include "uploadreceiver.h"

#include <cwmp/envelopecodec.h>
#include <cwmp/eventcodes.h>
#include <cwmp/faultcodes.h>

#include <http/authenticator.h>
#include <http/server.h>

#include <QDateTime>
#include <QJsonArray>
#include <QRandomGenerator>

namespace acs {

namespace {

const QByteArray kCookieName = "cwmpsession";

// The session cookie, from a Cookie header. Some CPEs (genieacs-sim) echo the whole
// Set-Cookie value including its attributes, so only the name=value pair is taken.
QString sessionCookie(const http::Request &request)
{
    for (const QByteArray &header : request.headers.values("Cookie")) {
        for (const QByteArray &part : header.split(';')) {
            const QByteArray pair = part.trimmed();
            if (pair.startsWith(kCookieName + '='))
                return QString::fromLatin1(pair.mid(kCookieName.size() + 1));
        }
    }
    return {};
}

QString newSessionId()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(words), sizeof(words)).toHex());
}

QByteArray headerText(const http::Headers &headers)
{
    QByteArray out;
    for (const auto &f : headers.fields())
        out += f.first + ": " + f.second + '\n';
    return out;
}

// The SOAP log's view of one HTTP message.
LoggedMessage incomingMessage(const http::Request &request)
{
    LoggedMessage in;
    in.incoming = true;
    in.connectionId = request.connectionId;
    in.method = QString::fromLatin1(request.method);
    in.url = QString::fromUtf8(request.target);
    in.headers = headerText(request.headers);
    in.body = request.body;
    in.startedMs = request.receivedAtMs;
    in.endedMs = QDateTime::currentMSecsSinceEpoch();
    return in;
}

LoggedMessage outgoingMessage(const http::Response &response, quint64 connectionId)
{
    LoggedMessage out;
    out.incoming = false;
    out.connectionId = connectionId;
    out.status = response.status;
    out.headers = headerText(response.headers);
    out.body = response.body;
    out.startedMs = out.endedMs = QDateTime::currentMSecsSinceEpoch();
    return out;
}

http::AuthMode toHttp(CpeAuthMode mode)
{
    switch (mode) {
    case CpeAuthMode::None: return http::AuthMode::None;
    case CpeAuthMode::Basic: return http::AuthMode::Basic;
    case CpeAuthMode::Digest: return http::AuthMode::Digest;
    }
    return http::AuthMode::Digest;
}

} // namespace

AcsEngine::AcsEngine(EnginePersistence *persistence, QObject *parent)
    : QObject(parent),
      m_persistence(persistence),
      m_devices(persistence),
      m_tasks(persistence),
      m_auth(std::make_unique<http::Authenticator>()),
      m_requester(std::make_unique<ConnectionRequester>())
{
    connect(&m_tasks, &TaskQueue::taskQueued, this, [this](const QString &deviceId) {
        m_lastQueuedMs.insert(deviceId, QDateTime::currentMSecsSinceEpoch());
        // A device in a held session gets the task at once.
        if (CwmpSession *session = m_sessionByDevice.value(deviceId))
            session->wake();
    });
    connect(m_requester.get(), &ConnectionRequester::finished, this, &AcsEngine::connectionRequestFinished);
    m_auth->setCredentialLookup([this](const QByteArray &user) { return passwordFor(user); });
}

AcsEngine::~AcsEngine()
{
    stop();
}

bool AcsEngine::start(const AcsSettings &settings)
{
    m_settings = settings;
    m_error.clear();
    m_auth->setMode(toHttp(settings.authMode));
    m_auth->setRealm(settings.realm.toUtf8());
    m_auth->setAllowBasicWithoutTls(settings.allowBasicWithoutTls);
    m_requester->setDefaults(settings.crUsername, settings.crPassword, settings.crTimeoutMs, settings.crMinIntervalMs);

    auto server = std::make_unique<http::Server>(this);
    server->setLimits(settings.limits);
    if (!server->listen(settings.address, settings.port, settings.tls)) {
        m_error = server->errorString();
        return false; // the previous server, if any, keeps running
    }
    m_server = std::move(server);
    return true;
}

void AcsEngine::stop()
{
    const auto sessions = m_sessions.values();
    for (CwmpSession *s : sessions)
        s->abandon(QStringLiteral("the ACS stopped"));
    if (m_server)
        m_server->close();
    m_server.reset();
}

bool AcsEngine::isListening() const
{
    return m_server != nullptr;
}

quint16 AcsEngine::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

void AcsEngine::setFileServer(FileServer *files)
{
    m_files = files;
    addRoute(FileServer::kPrefix, files);
}

void AcsEngine::setUploadReceiver(UploadReceiver *uploads)
{
    m_uploads = uploads;
    addRoute(UploadReceiver::kPrefix, uploads);
}

std::optional<QString> AcsEngine::resolveTransferArgs(const DeviceRecord &device, const QString &kind, QJsonObject &args)
{
    const QString base = device.acsBaseUrl;
    if ((kind == u"download" || kind == u"scheduleDownload") && args.contains(QStringLiteral("fileName")) && !args.contains(QStringLiteral("url"))) {
        const QString name = args.value(QStringLiteral("fileName")).toString();
        const auto file = m_files ? m_files->file(name) : std::nullopt;
        if (!file)
            return QStringLiteral("no registered file '%1'").arg(name);
        if (base.isEmpty())
            return QStringLiteral("the device has not told us how it reaches this ACS yet");
        args.insert(QStringLiteral("url"), base + QString::fromLatin1(FileServer::pathFor(name)));
        if (!args.contains(QStringLiteral("fileSize")))
            args.insert(QStringLiteral("fileSize"), file->size);
        if (!args.contains(QStringLiteral("fileType")) && !file->fileType.isEmpty())
            args.insert(QStringLiteral("fileType"), file->fileType);
    } else if (kind == u"upload" && !args.contains(QStringLiteral("url"))) {
        if (!m_uploads || base.isEmpty())
            return QStringLiteral("upload needs a url (no upload receiver is reachable for this device)");
        const QString fileType = args.value(QStringLiteral("fileType")).toString();
        const QString name = fileType.contains(QLatin1String("Log")) ? QStringLiteral("log.txt") : QStringLiteral("config.txt");
        args.insert(QStringLiteral("url"), base + QString::fromLatin1(m_uploads->createSlot(device.id, name)));
    }
    return std::nullopt;
}

std::optional<Task> AcsEngine::queueTask(const QString &deviceId, const QString &kind, const QJsonObject &givenArgs, QString *why)
{
    QJsonObject args = givenArgs;
    const DeviceRecord *device = m_devices.find(deviceId);
    if (device) {
        if (const auto error = resolveTransferArgs(*device, kind, args)) {
            if (why)
                *why = *error;
            return std::nullopt;
        }
    }
    if (!device) {
        if (why)
            *why = QStringLiteral("no device '%1'").arg(deviceId);
        return std::nullopt;
    }
    if (!isKnownKind(kind)) {
        if (why)
            *why = QStringLiteral("unknown task '%1'").arg(kind);
        return std::nullopt;
    }
    if (const auto error = validateTaskArgs(kind, args)) {
        if (why)
            *why = error->reason;
        return std::nullopt;
    }
    return m_tasks.enqueue(deviceId, kind, args);
}

void AcsEngine::setLive(const QString &deviceId, bool live)
{
    if (live)
        m_live.insert(deviceId);
    else
        m_live.remove(deviceId);
}

bool AcsEngine::isInSession(const QString &deviceId) const
{
    return m_sessionByDevice.contains(deviceId);
}

bool AcsEngine::forgetDevice(const QString &deviceId)
{
    if (CwmpSession *s = m_sessionByDevice.value(deviceId))
        s->abandon(QStringLiteral("the device was forgotten"));
    m_tasks.removeDevice(deviceId);
    return m_devices.remove(deviceId);
}

void AcsEngine::connectionRequest(const QString &deviceId)
{
    const DeviceRecord *device = m_devices.find(deviceId);
    if (!device) {
        Q_EMIT connectionRequestFinished(deviceId, false, QStringLiteral("no device '%1'").arg(deviceId));
        return;
    }
    m_requester->request(*device);
}

void AcsEngine::addRoute(const QByteArray &pathPrefix, http::RequestHandler *handler)
{
    m_routes.append({pathPrefix, handler});
}

http::RequestHandler *AcsEngine::routeFor(const QByteArray &path) const
{
    for (const auto &route : m_routes) {
        if (path.startsWith(route.first))
            return route.second;
    }
    return nullptr;
}

// --- HTTP ---------------------------------------------------------------------------

void AcsEngine::handleRequest(const http::Request &request, http::Responder responder)
{
    if (http::RequestHandler *handler = routeFor(request.path())) {
        handler->handleRequest(request, responder);
        return;
    }
    handleCwmp(request, responder);
}

http::BodySink *AcsEngine::bodySinkFor(const http::Request &head)
{
    if (http::RequestHandler *handler = routeFor(head.path()))
        return handler->bodySinkFor(head);
    return nullptr;
}

void AcsEngine::connectionClosed(quint64 connectionId)
{
    for (const auto &route : std::as_const(m_routes))
        route.second->connectionClosed(connectionId);
    CwmpSession *session = m_sessionByConnection.take(connectionId);
    // A CPE may come back on a new connection with its cookie; only a session whose held
    // answer can no longer be delivered is over.
    if (session && session->isHolding())
        session->abandon(QStringLiteral("the device closed the connection"));
}

std::optional<QByteArray> AcsEngine::passwordFor(const QByteArray &username) const
{
    const QString user = QString::fromUtf8(username);
    // Per-device credentials first (the device's ManagementServer.Username), then global.
    for (const QString &id : m_devices.ids()) {
        const DeviceRecord *d = m_devices.find(id);
        if (d->credentials.cpeUsername && *d->credentials.cpeUsername == user)
            return d->credentials.cpePassword.value_or(QString()).toUtf8();
    }
    if (!m_settings.cpeUsername.isEmpty() && user == m_settings.cpeUsername)
        return m_settings.cpePassword.toUtf8();
    return std::nullopt;
}

void AcsEngine::handleCwmp(const http::Request &request, http::Responder responder)
{
    if (request.method != "POST") {
        http::Response r;
        r.status = 405;
        r.headers.set("Allow", "POST");
        r.body = "CWMP messages are POSTed (TR-069 A.2).\n";
        responder.send(r);
        return;
    }

    CwmpSession *session = m_sessions.value(sessionCookie(request));
    if (!session)
        session = m_sessionByConnection.value(request.connectionId);
    if (session && session->state() == CwmpSession::State::Ended)
        session = nullptr;

    // A request that belongs to a live session was authenticated when it began; a new
    // session is authenticated on its first request (the Inform, possibly after a 401).
    if (!session && m_settings.authMode != CpeAuthMode::None) {
        const http::AuthResult auth = m_auth->check(request);
        if (!auth.ok) {
            // The first request of a Digest exchange carries no credentials and is simply
            // challenged; only credentials that were tried and refused are worth a warning.
            if (request.headers.contains("Authorization") && !auth.failureReason.isEmpty())
                Q_EMIT authenticationFailed(request.peerAddress.toString(), auth.failureReason);
            log(incomingMessage(request));
            log(outgoingMessage(auth.challenge, request.connectionId));
            responder.send(auth.challenge);
            return;
        }
    }

    std::optional<cwmp::DecodeResult> decoded;
    if (!request.body.trimmed().isEmpty())
        decoded = cwmp::decodeEnvelope(request.body);

    if (!session) {
        session = new CwmpSession(newSessionId(), *this, this);
        m_sessions.insert(session->id(), session);
    }
    m_sessionByConnection.insert(request.connectionId, session);

    LoggedMessage in = incomingMessage(request);
    in.sessionId = session->id();
    in.rpc = decoded && decoded->ok() ? cwmp::methodName(decoded->envelope.body) : QString();
    // Logged before the session answers, so that the log reads in order; the device is
    // known from the Inform on.
    const bool isInform = decoded && decoded->ok() && std::holds_alternative<cwmp::Inform>(decoded->envelope.body);
    if (isInform)
        in.deviceId = deviceIdFor(std::get<cwmp::Inform>(decoded->envelope.body).deviceId);
    else
        in.deviceId = session->deviceId();
    log(in);

    session->handle(request, decoded ? &*decoded : nullptr, responder);
}

void AcsEngine::reply(CwmpSession *session, http::Responder &responder, http::Response response, const QString &rpc)
{
    if (!session->cookieSent() && response.status != 204 && session->state() != CwmpSession::State::Ended) {
        // The cookie that ties the session's later requests together (TR-069 §3.4.1).
        response.headers.add("Set-Cookie", kCookieName + '=' + session->id().toLatin1() + "; Path=/; HttpOnly");
        session->markCookieSent();
    }
    if (m_settings.soapLog) {
        LoggedMessage out = outgoingMessage(response, responder.connectionId());
        out.sessionId = session->id();
        out.deviceId = session->deviceId();
        out.rpc = rpc;
        log(out);
    }
    responder.send(std::move(response));
}

void AcsEngine::log(LoggedMessage message)
{
    if (!m_settings.soapLog)
        return;
    if (m_persistence)
        m_persistence->logMessage(message);
    Q_EMIT messageLogged(message);
}

// --- SessionContext -------------------------------------------------------------------

DeviceRecord &AcsEngine::registerInform(const cwmp::Inform &inform, const http::Request &request,
                                        const QString &cwmpVersion, CwmpSession *session)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QString address = request.peerAddress.toString();
    if (request.peerAddress.protocol() == QAbstractSocket::IPv6Protocol) {
        bool ok = false;
        const QHostAddress v4(request.peerAddress.toIPv4Address(&ok));
        if (ok)
            address = v4.toString();
    }
    DeviceRecord &device = m_devices.applyInform(inform, address, cwmpVersion, now);
    device.inSession = true;
    if (const auto host = request.headers.value("Host"); host && !host->isEmpty())
        device.acsBaseUrl = (request.secure ? QStringLiteral("https://") : QStringLiteral("http://")) + QString::fromLatin1(*host);
    if (CwmpSession *previous = m_sessionByDevice.value(device.id); previous && previous != session)
        previous->abandon(QStringLiteral("the device started a new session"));
    m_sessionByDevice.insert(device.id, session);

    // Events that complete tasks answered in an earlier session (TR-069 §3.7.1.5):
    // "M Reboot" with the Reboot's CommandKey, "0 BOOTSTRAP" after a FactoryReset.
    QStringList events;
    for (const auto &e : inform.events)
        events.append(e.eventCode);
    for (const Task &t : m_tasks.awaiting(device.id)) {
        for (const auto &e : inform.events) {
            const bool match = e.eventCode == t.awaitedEvent
                               && (t.awaitedEvent == cwmp::EventCodes::kBootstrap || e.commandKey == t.awaitedCommandKey);
            if (match && (t.awaitedEvent == cwmp::EventCodes::kMReboot || t.awaitedEvent == cwmp::EventCodes::kBootstrap)) {
                completeTask(t, TaskState::Done);
                break;
            }
        }
    }
    if (m_settings.provisionConnectionRequestCredentials && events.contains(cwmp::EventCodes::kBootstrap))
        queueConnectionRequestCredentials(device, inform);
    Q_EMIT sessionStarted(device.id, session->id(), events);
    return device;
}

void AcsEngine::queueConnectionRequestCredentials(const DeviceRecord &device, const cwmp::Inform &inform)
{
    // The data model's root is the prefix of the Inform's parameters (Device. or
    // InternetGatewayDevice.); the ParameterKey the device reported is kept, since it is
    // the engineer's configuration tag (TR-069 A.3.2.1).
    QString root = QStringLiteral("Device.");
    QString parameterKey;
    for (const auto &p : inform.parameterList) {
        if (p.name.startsWith(QLatin1String("InternetGatewayDevice.")))
            root = QStringLiteral("InternetGatewayDevice.");
        if (p.name.endsWith(QLatin1String(".ManagementServer.ParameterKey")))
            parameterKey = p.value;
    }
    const QString user = QStringLiteral("acs-") + randomSecret(6).toLower();
    const QString password = randomSecret(16);
    const QJsonArray values{
        QJsonArray{root + QStringLiteral("ManagementServer.ConnectionRequestUsername"), user, QStringLiteral("xsd:string")},
        QJsonArray{root + QStringLiteral("ManagementServer.ConnectionRequestPassword"), password, QStringLiteral("xsd:string")},
    };
    m_tasks.enqueue(device.id, QStringLiteral("setParameterValues"),
                    QJsonObject{{QStringLiteral("parameterValues"), values},
                                {QStringLiteral("parameterKey"), parameterKey},
                                {QStringLiteral("provisionConnectionRequest"), true}});
}

std::unique_ptr<TaskRun> AcsEngine::startNextTask(DeviceRecord &device, qint64 *taskId)
{
    m_tasks.expire(QDateTime::currentMSecsSinceEpoch());
    std::optional<Task> task = m_tasks.take(device.id);
    if (!task)
        return nullptr;
    *taskId = task->id;
    return TaskRun::create(*task, device.parameters, m_devices.strategyFor(device));
}

bool AcsEngine::isCancelled(qint64 taskId) const
{
    const std::optional<Task> t = m_tasks.find(taskId);
    return t && t->state == TaskState::Cancelled;
}

void AcsEngine::recordRunEffects(DeviceRecord &device, TaskRun &run)
{
    m_devices.parametersChanged(device, run.takeChangedPaths(), run.takeRemovedPaths());
    if (const auto learnt = run.learntStrategy())
        m_devices.learnStrategy(device, *learnt);
}

void AcsEngine::taskUpdated(DeviceRecord &device, qint64 taskId, TaskRun &run)
{
    recordRunEffects(device, run);
    std::optional<Task> found = m_tasks.find(taskId);
    if (!found)
        return;
    Task t = *found;
    if (t.state == TaskState::Cancelled)
        return; // the engineer cancelled it while it was on the wire
    t.progress = run.progress();
    t.progressText = run.progressText();
    t.result = run.result();
    switch (run.status()) {
    case TaskRun::Status::Running:
        t.state = TaskState::Sent;
        break;
    case TaskRun::Status::Done:
        t.state = TaskState::Done;
        if (t.args.value(QStringLiteral("provisionConnectionRequest")).toBool()) {
            // The device took the credentials: connection requests use them from now on.
            const QJsonArray values = t.args.value(QStringLiteral("parameterValues")).toArray();
            DeviceCredentials c = device.credentials;
            c.crUsername = values.at(0).toArray().at(1).toString();
            c.crPassword = values.at(1).toArray().at(1).toString();
            m_devices.setCredentials(device.id, c);
        }
        break;
    case TaskRun::Status::Fault:
        t.state = TaskState::Fault;
        t.faultCode = run.faultCode();
        t.faultString = run.faultString();
        break;
    case TaskRun::Status::AwaitingEvent:
        t.state = TaskState::Sent;
        t.awaitedEvent = run.awaitedEvent();
        t.awaitedCommandKey = run.awaitedCommandKey();
        break;
    }
    m_tasks.update(t);
}

void AcsEngine::taskInterrupted(DeviceRecord &device, qint64 taskId, TaskRun &run, const QString &why)
{
    if (run.status() != TaskRun::Status::Running) {
        taskUpdated(device, taskId, run);
        return;
    }
    recordRunEffects(device, run);
    std::optional<Task> found = m_tasks.find(taskId);
    if (!found || found->state != TaskState::Sent)
        return;
    Task t = *found;
    if (t.attempts >= TaskQueue::kMaxAttempts) {
        t.state = TaskState::Fault;
        t.faultCode = cwmp::AcsInternalError;
        t.faultString = QStringLiteral("the device did not complete the task in %1 sessions: %2").arg(t.attempts).arg(why);
    } else {
        // Sent but unanswered: queued again for the next session.
        t.state = TaskState::Queued;
        t.progressText = QStringLiteral("interrupted (%1); will be sent again").arg(why);
    }
    m_tasks.update(t);
}

void AcsEngine::completeTask(Task task, TaskState state, int faultCode, const QString &faultString)
{
    task.state = state;
    task.faultCode = faultCode;
    task.faultString = faultString;
    task.progress = 1;
    task.progressText = state == TaskState::Done ? QStringLiteral("completed") : faultString;
    task.awaitedEvent.clear();
    m_tasks.update(task);
}

void AcsEngine::transferComplete(DeviceRecord &device, const cwmp::TransferComplete &message)
{
    // A.3.3.2: the CommandKey names the Download, Upload or ScheduleDownload it completes.
    for (const Task &t : m_tasks.awaiting(device.id)) {
        const bool transfer = t.awaitedEvent == cwmp::EventCodes::kMDownload || t.awaitedEvent == cwmp::EventCodes::kMUpload
                              || t.awaitedEvent == cwmp::EventCodes::kMScheduleDownload;
        if (!transfer || t.awaitedCommandKey != message.commandKey)
            continue;
        Task done = t;
        done.result.insert(QStringLiteral("startTime"), cwmp::formatDateTime(message.startTime));
        done.result.insert(QStringLiteral("completeTime"), cwmp::formatDateTime(message.completeTime));
        done.result.insert(QStringLiteral("transferFaultCode"), qint64(message.fault.faultCode));
        done.result.insert(QStringLiteral("transferFaultString"), message.fault.faultString);
        if (message.fault.faultCode == 0)
            completeTask(done, TaskState::Done);
        else
            completeTask(done, TaskState::Fault, int(message.fault.faultCode),
                         message.fault.faultString.isEmpty() ? cwmp::faultName(int(message.fault.faultCode))
                                                             : message.fault.faultString);
        break;
    }
    Q_EMIT transferCompleted(device.id, message);
}

void AcsEngine::autonomousTransferComplete(DeviceRecord &device, const cwmp::AutonomousTransferComplete &message)
{
    cwmp::TransferComplete asTc;
    asTc.fault = message.fault;
    asTc.startTime = message.startTime;
    asTc.completeTime = message.completeTime;
    Q_EMIT transferCompleted(device.id, asTc);
}

bool AcsEngine::holdSession(const DeviceRecord &device) const
{
    if (m_live.contains(device.id))
        return true;
    // A task queued a moment ago is usually followed by another one from the same engineer.
    const qint64 last = m_lastQueuedMs.value(device.id, 0);
    return last > 0 && QDateTime::currentMSecsSinceEpoch() - last < m_settings.session.holdMs;
}

void AcsEngine::sessionEnded(CwmpSession *session, const QString &outcome)
{
    m_sessions.remove(session->id());
    for (auto it = m_sessionByConnection.begin(); it != m_sessionByConnection.end();) {
        if (it.value() == session)
            it = m_sessionByConnection.erase(it);
        else
            ++it;
    }
    const QString deviceId = session->deviceId();
    if (!deviceId.isEmpty() && m_sessionByDevice.value(deviceId) == session) {
        m_sessionByDevice.remove(deviceId);
        if (DeviceRecord *d = m_devices.find(deviceId)) {
            d->inSession = false;
            Q_EMIT m_devices.deviceChanged(deviceId);
        }
    }
    Q_EMIT sessionFinished(deviceId, session->id(), outcome);
    session->deleteLater();
}

} // namespace acs
