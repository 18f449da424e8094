#include "apiserver.h"

#include "devicedocument.h"
#include "devicelogreader.h"
#include "documentquery.h"
#include "faultdocument.h"
#include "fileroutes.h"
#include "jsonreply.h"
#include "taskdocument.h"

#include <acs/acsengine.h>
#include <acs/fileserver.h>

#include <http/server.h>
#include <store/soaplogrepository.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

namespace api {

namespace {

// Timing-independent comparison: the token guards every device the ACS manages.
bool sameSecret(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

// GenieACS spellings the engine names otherwise: a download names its file as "file", and
// object paths may come without their trailing dot (TR-069 A.2.2.3 wants it).
void genieAcsArguments(const QString &name, QJsonObject &args)
{
    if (name == u"download" && args.contains(QLatin1String("file")) && !args.contains(QLatin1String("fileName")))
        args.insert(QStringLiteral("fileName"), args.take(QLatin1String("file")));
    if (name == u"refreshObject" || name == u"addObject" || name == u"deleteObject") {
        const QString object = args.value(QLatin1String("objectName")).toString();
        if (!object.isEmpty() && !object.endsWith(QLatin1Char('.')))
            args.insert(QStringLiteral("objectName"), object + QLatin1Char('.'));
    }
}

} // namespace

ApiServer::ApiServer(acs::AcsEngine *engine, acs::FileServer *files, QObject *parent)
    : QObject(parent),
      m_engine(engine),
      m_files(files),
      m_server(std::make_unique<http::Server>(this)),
      m_events(new EventBroadcaster(engine, this))
{
    http::ServerLimits limits = m_server->limits();
    limits.maxBodyBytes = kMaxBodyBytes;
    limits.maxDecompressedBytes = kMaxBodyBytes;
    limits.maxStreamedBodyBytes = m_maxFileBytes;
    m_server->setLimits(limits);
    if (m_files) {
        m_fileRoutes = new FileRoutes(m_files, this);
        m_fileRoutes->setMaxBytes(m_maxFileBytes);
        connect(m_fileRoutes, &FileRoutes::fileStored, this, &ApiServer::fileStored);
        connect(m_fileRoutes, &FileRoutes::fileRemoved, this, &ApiServer::fileRemoved);
    }
    connect(&m_engine->tasks(), &acs::TaskQueue::taskChanged, this, &ApiServer::onTaskChanged);
    connect(m_engine, &acs::AcsEngine::connectionRequestFinished, this, &ApiServer::onConnectionRequestFinished);
}

ApiServer::~ApiServer()
{
    m_server->close();
}

QString ApiServer::generateToken()
{
    QByteArray bytes(16, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return QString::fromLatin1(bytes.toHex());
}

void ApiServer::setFilesDirectory(const QString &directory)
{
    if (m_fileRoutes)
        m_fileRoutes->setDirectory(directory);
}

void ApiServer::setMaxFileBytes(qint64 bytes)
{
    m_maxFileBytes = bytes;
    http::ServerLimits limits = m_server->limits();
    limits.maxStreamedBodyBytes = bytes;
    m_server->setLimits(limits);
    if (m_fileRoutes)
        m_fileRoutes->setMaxBytes(bytes);
}

void ApiServer::setDatabase(store::Database *database)
{
    m_log = database ? std::make_shared<store::SoapLogRepository>(*database) : nullptr;
}

bool ApiServer::isLoopback(const QHostAddress &address)
{
    return address.isLoopback();
}

bool ApiServer::listen(const QHostAddress &address, quint16 port)
{
    m_error.clear();
    if (!isLoopback(address) && m_token.isEmpty()) {
        m_error = tr("the API needs a token to listen on %1 (it is optional on 127.0.0.1 only)").arg(address.toString());
        return false;
    }
    if (!m_server->listen(address, port)) {
        m_error = m_server->errorString();
        return false;
    }
    m_loopback = isLoopback(address);
    return true;
}

void ApiServer::close()
{
    m_server->close();
}

bool ApiServer::isListening() const
{
    return m_server->isListening();
}

quint16 ApiServer::serverPort() const
{
    return m_server->serverPort();
}

QHostAddress ApiServer::serverAddress() const
{
    return m_server->serverAddress();
}

bool ApiServer::authorized(const http::Request &request) const
{
    if (m_token.isEmpty())
        return m_loopback;
    const QByteArray given = request.headers.value("Authorization").value_or(QByteArray()).trimmed();
    static const QByteArray kScheme = "bearer ";
    if (given.size() <= kScheme.size() || given.left(kScheme.size()).toLower() != kScheme)
        return false;
    return sameSecret(given.mid(kScheme.size()).trimmed(), m_token);
}

QList<QString> ApiServer::segmentsOf(const http::Request &request)
{
    QList<QString> segments;
    for (const QByteArray &raw : request.path().split('/')) {
        if (!raw.isEmpty())
            segments.append(QUrl::fromPercentEncoding(raw));
    }
    return segments;
}

void ApiServer::handleRequest(const http::Request &request, http::Responder responder)
{
    if (!authorized(request)) {
        http::Response r = errorReply(401, tr("a bearer token is required"));
        r.headers.set("WWW-Authenticate", "Bearer realm=\"cwmp-workbench\"");
        responder.send(r);
        return;
    }
    route(request, segmentsOf(request), responder);
}

// Only an authorized PUT /files/<name> reaches the disk; anything else is buffered (and
// bounded by kMaxBodyBytes) and then answered by route().
http::BodySink *ApiServer::bodySinkFor(const http::Request &head)
{
    if (head.method != "PUT" || !m_fileRoutes || !authorized(head))
        return nullptr;
    const QList<QString> segments = segmentsOf(head);
    if (segments.size() != 2 || segments.at(0) != u"files")
        return nullptr;
    return m_fileRoutes->sinkFor(head, segments.at(1));
}

void ApiServer::connectionClosed(quint64 connectionId)
{
    m_events->connectionClosed(connectionId);
    if (m_fileRoutes)
        m_fileRoutes->connectionClosed(connectionId);
}

void ApiServer::route(const http::Request &request, const QList<QString> &segments, http::Responder &responder)
{
    const QByteArray &method = request.method;
    const qsizetype n = segments.size();
    const QString first = n > 0 ? segments.at(0) : QString();
    // Each known path with its methods: another method on it is 405 with Allow.
    const auto allow = [&](const QByteArray &methods) { responder.send(methodNotAllowed(methods)); };
    if (first == u"devices") {
        if (n == 1)
            return method == "GET" ? listDevices(request, responder) : allow("GET");
        if (n == 2)
            return method == "DELETE" ? deleteDevice(segments.at(1), responder) : allow("DELETE");
        if (n == 3 && segments.at(2) == u"tasks")
            return method == "POST" ? postTask(request, segments.at(1), responder) : allow("POST");
        if (n == 3 && segments.at(2) == u"log")
            return method == "GET" ? deviceLog(request, segments.at(1), responder) : allow("GET");
    } else if (first == u"tasks") {
        if (n == 1)
            return method == "GET" ? listTasks(request, responder) : allow("GET");
        if (n == 2)
            return method == "DELETE" ? deleteTask(segments.at(1), responder) : allow("DELETE");
        if (n == 3 && segments.at(2) == u"retry")
            return method == "POST" ? retryTask(segments.at(1), responder) : allow("POST");
    } else if (first == u"faults") {
        if (n == 1)
            return method == "GET" ? listFaults(request, responder) : allow("GET");
        if (n == 2)
            return method == "DELETE" ? deleteFault(segments.at(1), responder) : allow("DELETE");
    } else if (first == u"files" && m_fileRoutes) {
        if (n == 1)
            return method == "GET" ? m_fileRoutes->list(request, responder) : allow("GET");
        if (n == 2 && method == "PUT")
            return m_fileRoutes->put(request, segments.at(1), responder);
        if (n == 2 && method == "DELETE")
            return m_fileRoutes->remove(segments.at(1), responder);
        if (n == 2)
            return allow("PUT, DELETE");
    } else if (first == u"events" && n == 1) {
        return method == "GET" ? subscribe(request, responder) : allow("GET");
    }
    for (const RouteGroup &group : m_routeGroups) {
        if (group(request, segments, responder))
            return;
    }
    responder.send(errorReply(404, tr("no such route: %1 %2").arg(QString::fromLatin1(method), QString::fromUtf8(request.path()))));
}

void ApiServer::listDevices(const http::Request &request, http::Responder &responder)
{
    const QUrlQuery q = formQuery(request);
    QString why;
    const std::optional<DocumentQuery> query = DocumentQuery::parse(formValue(q, QStringLiteral("query")).toUtf8(), &why);
    if (!query) {
        responder.send(errorReply(400, why));
        return;
    }
    QStringList projection;
    for (const QString &p : formValue(q, QStringLiteral("projection")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        projection.append(p.trimmed());
    const int skip = qMax(0, formValue(q, QStringLiteral("skip")).toInt());
    const int limit = formValue(q, QStringLiteral("limit")).toInt();

    QStringList ids = m_engine->devices().ids();
    if (const std::optional<QString> id = query->pinned(QStringLiteral("_id")))
        ids = ids.contains(*id) ? QStringList{*id} : QStringList{};
    ids.sort();
    QJsonArray out;
    int matched = 0;
    for (const QString &id : std::as_const(ids)) {
        const acs::DeviceRecord *device = m_engine->devices().find(id);
        if (!device)
            continue;
        const QJsonObject doc = DeviceDocument::build(*device);
        if (!query->matches(doc))
            continue;
        if (matched++ < skip)
            continue;
        out.append(DeviceDocument::project(doc, projection));
        if (limit > 0 && out.size() >= limit)
            break;
    }
    responder.send(jsonReply(200, out));
}

void ApiServer::deleteDevice(const QString &id, http::Responder &responder)
{
    if (!m_engine->forgetDevice(id)) {
        responder.send(errorReply(404, tr("no device %1").arg(id)));
        return;
    }
    responder.send(jsonReply(200, QJsonObject{}));
}

void ApiServer::postTask(const http::Request &request, const QString &deviceId, http::Responder &responder)
{
    if (!m_engine->devices().find(deviceId)) {
        responder.send(errorReply(404, tr("no device %1").arg(deviceId)));
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument body = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !body.isObject()) {
        responder.send(errorReply(400, tr("the task must be a JSON object")));
        return;
    }
    QJsonObject args = body.object();
    const QString name = args.value(QLatin1String("name")).toString();
    if (name.isEmpty()) {
        responder.send(errorReply(400, tr("the task has no name")));
        return;
    }
    // What GenieACS keeps itself is not an argument.
    for (const char *key : {"name", "device", "_id", "timestamp", "expiry"})
        args.remove(QLatin1String(key));
    genieAcsArguments(name, args);

    const QUrlQuery q = formQuery(request);
    int timeoutMs = kDefaultTaskTimeoutMs;
    if (q.hasQueryItem(QStringLiteral("timeout"))) {
        bool ok = false;
        timeoutMs = formValue(q, QStringLiteral("timeout")).toInt(&ok);
        if (!ok || timeoutMs < 0) {
            responder.send(errorReply(400, tr("timeout is a number of milliseconds")));
            return;
        }
        timeoutMs = qMin(timeoutMs, kMaxTaskTimeoutMs);
    }

    QString why;
    const std::optional<acs::Task> task = m_engine->queueTask(deviceId, name, args, &why);
    if (!task) {
        responder.send(errorReply(400, why.isEmpty() ? tr("the task was refused") : why));
        return;
    }
    const bool wake = q.hasQueryItem(QStringLiteral("connection_request"));
    if (wake && !m_engine->isInSession(deviceId))
        m_engine->connectionRequest(deviceId);

    const acs::Task now = m_engine->tasks().find(task->id).value_or(*task);
    if (acs::isFinished(now.state)) {
        responder.send(jsonReply(200, TaskDocument::build(now)));
        return;
    }
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    m_waiters.push_back(Waiter{task->id, deviceId, responder, timer, {}, wake ? 1 : 0});
    const auto it = std::prev(m_waiters.end());
    connect(timer, &QTimer::timeout, this, [this, it] { finishWaiter(it, 202); });
    timer->start(timeoutMs);
}

void ApiServer::finishWaiter(std::list<Waiter>::iterator it, int status)
{
    const std::optional<acs::Task> task = m_engine->tasks().find(it->taskId);
    if (!task) {
        it->responder.send(errorReply(404, tr("the task is gone")));
    } else {
        QJsonObject doc = TaskDocument::build(*task);
        // GenieACS reports a failed connection request in the 202's status text.
        if (status == 202 && !it->connectionRequestOutcome.isEmpty())
            doc.insert(QStringLiteral("connectionRequestError"), it->connectionRequestOutcome);
        it->responder.send(jsonReply(status, doc));
    }
    it->timer->deleteLater();
    m_waiters.erase(it);
}

void ApiServer::onTaskChanged(const acs::Task &task)
{
    if (!acs::isFinished(task.state))
        return;
    for (auto it = m_waiters.begin(); it != m_waiters.end();) {
        const auto next = std::next(it);
        if (it->taskId == task.id) {
            it->timer->stop();
            finishWaiter(it, 200);
        }
        it = next;
    }
}

void ApiServer::onConnectionRequestFinished(const QString &deviceId, bool accepted, const QString &outcome)
{
    bool retry = false;
    for (Waiter &w : m_waiters) {
        if (w.deviceId != deviceId)
            continue;
        w.connectionRequestOutcome = accepted ? QString() : outcome;
        const std::optional<acs::Task> task = m_engine->tasks().find(w.taskId);
        if (!accepted && w.connectionRequests > 0 && w.connectionRequests < kConnectionRequestAttempts && task
            && task->state == acs::TaskState::Queued
            && w.timer->remainingTime() > connectionRequestRetryMs()) {
            ++w.connectionRequests;
            retry = true;
        }
    }
    if (retry && !m_connectionRequestRetries.contains(deviceId)) {
        m_connectionRequestRetries.insert(deviceId);
        QTimer::singleShot(connectionRequestRetryMs(), this, [this, deviceId] { retryConnectionRequest(deviceId); });
    }
}

// Not sooner than the engine's own per-device spacing, which would refuse it.
int ApiServer::connectionRequestRetryMs() const
{
    return qMax(kConnectionRequestRetryMs, m_engine->settings().crMinIntervalMs + 100);
}

void ApiServer::retryConnectionRequest(const QString &deviceId)
{
    m_connectionRequestRetries.remove(deviceId);
    const bool stillWaiting = std::any_of(m_waiters.cbegin(), m_waiters.cend(),
                                          [&](const Waiter &w) { return w.deviceId == deviceId; });
    if (stillWaiting && m_engine->devices().find(deviceId) && !m_engine->isInSession(deviceId))
        m_engine->connectionRequest(deviceId);
}

void ApiServer::listTasks(const http::Request &request, http::Responder &responder)
{
    QString why;
    const std::optional<DocumentQuery> query
        = DocumentQuery::parse(formValue(formQuery(request), QStringLiteral("query")).toUtf8(), &why);
    if (!query) {
        responder.send(errorReply(400, why));
        return;
    }
    const std::optional<QString> device = query->pinned(QStringLiteral("device"));
    const QList<acs::Task> tasks = device ? m_engine->tasks().tasksOf(*device) : m_engine->tasks().all();
    QJsonArray out;
    for (const acs::Task &t : tasks) {
        const QJsonObject doc = TaskDocument::build(t);
        if (query->matches(doc))
            out.append(doc);
    }
    responder.send(jsonReply(200, out));
}

void ApiServer::deleteTask(const QString &id, http::Responder &responder)
{
    changeTask(id, responder, [this](qint64 taskId, QString *why) { return m_engine->tasks().cancel(taskId, why); },
               tr("the task cannot be cancelled"));
}

void ApiServer::retryTask(const QString &id, http::Responder &responder)
{
    changeTask(id, responder, [this](qint64 taskId, QString *why) { return m_engine->tasks().retry(taskId, why); },
               tr("the task cannot be retried"));
}

// 404 for an unknown task, 409 when the queue refuses the change, else the task document.
void ApiServer::changeTask(const QString &id, http::Responder &responder,
                           const std::function<bool(qint64, QString *)> &change, const QString &refused)
{
    bool ok = false;
    const qint64 taskId = id.toLongLong(&ok);
    if (!ok || !m_engine->tasks().find(taskId)) {
        responder.send(errorReply(404, tr("no task %1").arg(id)));
        return;
    }
    QString why;
    if (!change(taskId, &why)) {
        responder.send(errorReply(409, why.isEmpty() ? refused : why));
        return;
    }
    responder.send(jsonReply(200, TaskDocument::build(*m_engine->tasks().find(taskId))));
}

void ApiServer::listFaults(const http::Request &request, http::Responder &responder)
{
    const QUrlQuery q = formQuery(request);
    QString why;
    const std::optional<DocumentQuery> query = DocumentQuery::parse(formValue(q, QStringLiteral("query")).toUtf8(), &why);
    if (!query) {
        responder.send(errorReply(400, why));
        return;
    }
    const std::optional<QString> device = query->pinned(QStringLiteral("device"));
    const QList<acs::Task> tasks = device ? m_engine->tasks().tasksOf(*device) : m_engine->tasks().all();
    QJsonArray out;
    for (const acs::Task &t : tasks) {
        if (!FaultDocument::isFault(t))
            continue;
        const QJsonObject doc = FaultDocument::build(t);
        if (query->matches(doc))
            out.append(doc);
    }
    responder.send(jsonReply(200, out));
}

// GenieACS deletes a fault together with the task that caused it; so do we: the task
// leaves the queue (and the console), and the device is free for the next one.
void ApiServer::deleteFault(const QString &id, http::Responder &responder)
{
    const std::optional<FaultDocument::Key> key = FaultDocument::parseId(id);
    const std::optional<acs::Task> task = key ? m_engine->tasks().find(key->taskId) : std::nullopt;
    if (!task || task->deviceId != key->deviceId || !FaultDocument::isFault(*task)) {
        responder.send(errorReply(404, tr("no fault %1").arg(id)));
        return;
    }
    m_engine->tasks().remove(task->id);
    responder.send(jsonReply(200, QJsonObject{}));
}

void ApiServer::deviceLog(const http::Request &request, const QString &deviceId, http::Responder &responder)
{
    if (!m_log) {
        responder.send(errorReply(404, tr("the SOAP log is not available without a workspace database")));
        return;
    }
    if (!m_engine->devices().find(deviceId)) {
        responder.send(errorReply(404, tr("no device %1").arg(deviceId)));
        return;
    }
    const QUrlQuery q = formQuery(request);
    DeviceLogReader::Query query;
    query.deviceId = deviceId;
    if (q.hasQueryItem(QStringLiteral("session")))
        query.sessionId = formValue(q, QStringLiteral("session"));
    query.limit = kDefaultLogLimit;
    if (q.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        query.limit = formValue(q, QStringLiteral("limit")).toInt(&ok);
        if (!ok || query.limit < 1 || query.limit > kMaxLogLimit) {
            responder.send(errorReply(400, tr("limit is a number from 1 to %1").arg(kMaxLogLimit)));
            return;
        }
    }
    const QString bodies = formValue(q, QStringLiteral("body"));
    query.bodies = bodies != u"false" && bodies != u"0";
    DeviceLogReader::read(m_log, this, query, [responder](const store::Result<QJsonArray> &result) {
        if (!result.ok())
            responder.send(errorReply(500, result.error().message));
        else
            responder.send(jsonReply(200, result.value()));
    });
}

void ApiServer::subscribe(const http::Request &request, http::Responder &responder)
{
    const QString device = formValue(formQuery(request), QStringLiteral("device"));
    if (!device.isEmpty() && !m_engine->devices().find(device)) {
        responder.send(errorReply(404, tr("no device %1").arg(device)));
        return;
    }
    responder.send(m_events->subscribe(request.connectionId, device));
}

} // namespace api
