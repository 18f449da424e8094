#include "apiserver.h"

#include "devicedocument.h"
#include "documentquery.h"
#include "taskdocument.h"

#include <acs/acsengine.h>
#include <acs/fileserver.h>

#include <http/server.h>

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

namespace api {

namespace {

http::Response json(int status, const QJsonValue &body)
{
    http::Response r;
    r.status = status;
    r.headers.set("Content-Type", "application/json; charset=utf-8");
    if (body.isArray())
        r.body = QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
    else
        r.body = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    return r;
}

http::Response error(int status, const QString &message)
{
    return json(status, QJsonObject{{QStringLiteral("error"), message}});
}

// Form encoding, as GenieACS (Node's querystring) and curl --data-urlencode read and
// write it: '+' is a space, a plus sign is %2B.
QUrlQuery urlQuery(const http::Request &request)
{
    QByteArray query = request.query();
    query.replace('+', "%20");
    return QUrlQuery(QString::fromUtf8(query));
}

QString queryValue(const QUrlQuery &query, const QString &name)
{
    return query.queryItemValue(name, QUrl::FullyDecoded);
}

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

// A file name as it appears in /files/<name>: one path segment, nothing hidden.
bool isSafeFileName(const QString &name)
{
    return !name.isEmpty() && name.size() <= 255 && !name.startsWith(QLatin1Char('.')) && !name.contains(QLatin1Char('/'))
        && !name.contains(QLatin1Char('\\')) && !name.contains(QChar(0));
}

} // namespace

ApiServer::ApiServer(acs::AcsEngine *engine, acs::FileServer *files, QObject *parent)
    : QObject(parent), m_engine(engine), m_files(files), m_server(std::make_unique<http::Server>(this))
{
    http::ServerLimits limits = m_server->limits();
    limits.maxBodyBytes = kMaxBodyBytes;
    limits.maxDecompressedBytes = kMaxBodyBytes;
    m_server->setLimits(limits);
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

void ApiServer::handleRequest(const http::Request &request, http::Responder responder)
{
    if (!authorized(request)) {
        http::Response r = error(401, tr("a bearer token is required"));
        r.headers.set("WWW-Authenticate", "Bearer realm=\"cwmp-workbench\"");
        responder.send(r);
        return;
    }
    QList<QString> segments;
    for (const QByteArray &raw : request.path().split('/')) {
        if (!raw.isEmpty())
            segments.append(QUrl::fromPercentEncoding(raw));
    }
    route(request, segments, responder);
}

void ApiServer::route(const http::Request &request, const QList<QString> &segments, http::Responder &responder)
{
    const QByteArray &method = request.method;
    const qsizetype n = segments.size();
    const QString first = n > 0 ? segments.at(0) : QString();
    if (first == u"devices") {
        if (n == 1 && method == "GET")
            return listDevices(request, responder);
        if (n == 2 && method == "DELETE")
            return deleteDevice(segments.at(1), responder);
        if (n == 3 && segments.at(2) == u"tasks" && method == "POST")
            return postTask(request, segments.at(1), responder);
    } else if (first == u"tasks") {
        if (n == 1 && method == "GET")
            return listTasks(request, responder);
        if (n == 2 && method == "DELETE")
            return deleteTask(segments.at(1), responder);
        if (n == 3 && segments.at(2) == u"retry" && method == "POST")
            return retryTask(segments.at(1), responder);
    } else if (first == u"files" && m_files) {
        if (n == 1 && method == "GET")
            return listFiles(responder);
        if (n == 2 && method == "PUT")
            return putFile(request, segments.at(1), responder);
        if (n == 2 && method == "DELETE")
            return deleteFile(segments.at(1), responder);
    }
    responder.send(error(404, tr("no such route: %1 %2").arg(QString::fromLatin1(method), QString::fromUtf8(request.path()))));
}

void ApiServer::listDevices(const http::Request &request, http::Responder &responder)
{
    const QUrlQuery q = urlQuery(request);
    QString why;
    const std::optional<DocumentQuery> query = DocumentQuery::parse(queryValue(q, QStringLiteral("query")).toUtf8(), &why);
    if (!query) {
        responder.send(error(400, why));
        return;
    }
    QStringList projection;
    for (const QString &p : queryValue(q, QStringLiteral("projection")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        projection.append(p.trimmed());
    const int skip = qMax(0, queryValue(q, QStringLiteral("skip")).toInt());
    const int limit = queryValue(q, QStringLiteral("limit")).toInt();

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
    responder.send(json(200, out));
}

void ApiServer::deleteDevice(const QString &id, http::Responder &responder)
{
    if (!m_engine->forgetDevice(id)) {
        responder.send(error(404, tr("no device %1").arg(id)));
        return;
    }
    responder.send(json(200, QJsonObject{}));
}

void ApiServer::postTask(const http::Request &request, const QString &deviceId, http::Responder &responder)
{
    if (!m_engine->devices().find(deviceId)) {
        responder.send(error(404, tr("no device %1").arg(deviceId)));
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument body = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !body.isObject()) {
        responder.send(error(400, tr("the task must be a JSON object")));
        return;
    }
    QJsonObject args = body.object();
    const QString name = args.value(QLatin1String("name")).toString();
    if (name.isEmpty()) {
        responder.send(error(400, tr("the task has no name")));
        return;
    }
    // What GenieACS keeps itself is not an argument.
    for (const char *key : {"name", "device", "_id", "timestamp", "expiry"})
        args.remove(QLatin1String(key));

    const QUrlQuery q = urlQuery(request);
    int timeoutMs = kDefaultTaskTimeoutMs;
    if (q.hasQueryItem(QStringLiteral("timeout"))) {
        bool ok = false;
        timeoutMs = queryValue(q, QStringLiteral("timeout")).toInt(&ok);
        if (!ok || timeoutMs < 0) {
            responder.send(error(400, tr("timeout is a number of milliseconds")));
            return;
        }
        timeoutMs = qMin(timeoutMs, kMaxTaskTimeoutMs);
    }

    QString why;
    const std::optional<acs::Task> task = m_engine->queueTask(deviceId, name, args, &why);
    if (!task) {
        responder.send(error(400, why.isEmpty() ? tr("the task was refused") : why));
        return;
    }
    const bool wake = q.hasQueryItem(QStringLiteral("connection_request"));
    if (wake && !m_engine->isInSession(deviceId))
        m_engine->connectionRequest(deviceId);

    const acs::Task now = m_engine->tasks().find(task->id).value_or(*task);
    if (acs::isFinished(now.state)) {
        responder.send(json(200, TaskDocument::build(now)));
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
        it->responder.send(error(404, tr("the task is gone")));
    } else {
        QJsonObject doc = TaskDocument::build(*task);
        // GenieACS reports a failed connection request in the 202's status text.
        if (status == 202 && !it->connectionRequestOutcome.isEmpty())
            doc.insert(QStringLiteral("connectionRequestError"), it->connectionRequestOutcome);
        it->responder.send(json(status, doc));
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
        = DocumentQuery::parse(queryValue(urlQuery(request), QStringLiteral("query")).toUtf8(), &why);
    if (!query) {
        responder.send(error(400, why));
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
    responder.send(json(200, out));
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
        responder.send(error(404, tr("no task %1").arg(id)));
        return;
    }
    QString why;
    if (!change(taskId, &why)) {
        responder.send(error(409, why.isEmpty() ? refused : why));
        return;
    }
    responder.send(json(200, TaskDocument::build(*m_engine->tasks().find(taskId))));
}

void ApiServer::listFiles(http::Responder &responder)
{
    QList<acs::ServedFile> files = m_files->files();
    std::sort(files.begin(), files.end(), [](const acs::ServedFile &a, const acs::ServedFile &b) { return a.name < b.name; });
    QJsonArray out;
    for (const acs::ServedFile &f : std::as_const(files)) {
        QJsonObject doc{{QStringLiteral("_id"), f.name},
                        {QStringLiteral("length"), double(f.size)},
                        {QStringLiteral("sha256"), QString::fromLatin1(f.sha256)},
                        {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("fileType"), f.fileType},
                                                                 {QStringLiteral("oui"), f.oui},
                                                                 {QStringLiteral("productClass"), f.productClass},
                                                                 {QStringLiteral("version"), f.version}}}};
        if (f.addedMs > 0)
            doc.insert(QStringLiteral("uploadDate"), DeviceDocument::isoDate(f.addedMs));
        out.append(doc);
    }
    responder.send(json(200, out));
}

void ApiServer::putFile(const http::Request &request, const QString &name, http::Responder &responder)
{
    if (m_filesDirectory.isEmpty()) {
        responder.send(error(404, tr("uploading files is not enabled")));
        return;
    }
    if (!isSafeFileName(name)) {
        responder.send(error(400, tr("'%1' is not a file name").arg(name)));
        return;
    }
    if (!QDir().mkpath(m_filesDirectory)) {
        responder.send(error(500, tr("cannot create %1").arg(m_filesDirectory)));
        return;
    }
    const QString path = QDir(m_filesDirectory).filePath(name);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(request.body) != request.body.size() || !out.commit()) {
        responder.send(error(500, tr("cannot write %1: %2").arg(path, out.errorString())));
        return;
    }
    const auto header = [&request](const char *field) {
        return QString::fromUtf8(request.headers.value(field).value_or(QByteArray()));
    };
    acs::ServedFile file;
    file.name = name;
    file.path = path;
    file.size = request.body.size();
    file.sha256 = QCryptographicHash::hash(request.body, QCryptographicHash::Sha256).toHex();
    file.fileType = header("fileType");
    file.oui = header("oui");
    file.productClass = header("productClass");
    file.version = header("version");
    file.addedMs = QDateTime::currentMSecsSinceEpoch();
    m_files->addFile(file);
    Q_EMIT fileStored(file);
    responder.send(json(201, QJsonObject{{QStringLiteral("_id"), name},
                                         {QStringLiteral("length"), double(file.size)},
                                         {QStringLiteral("sha256"), QString::fromLatin1(file.sha256)}}));
}

void ApiServer::deleteFile(const QString &name, http::Responder &responder)
{
    const std::optional<acs::ServedFile> file = m_files->file(name);
    if (!file) {
        responder.send(error(404, tr("no file %1").arg(name)));
        return;
    }
    m_files->removeFile(name);
    // Only what we stored ourselves is removed from disk; a file registered elsewhere stays.
    if (!m_filesDirectory.isEmpty() && QFileInfo(file->path).absolutePath() == QFileInfo(m_filesDirectory).absoluteFilePath())
        QFile::remove(file->path);
    Q_EMIT fileRemoved(name);
    responder.send(json(200, QJsonObject{}));
}

} // namespace api
