#include "diagnosticsroutes.h"

#include "devicedocument.h"
#include "diagnosticdocument.h"
#include "jsonreply.h"

#include <acs/acsengine.h>
#include <diagnostics/diagnosticdefaults.h>
#include <diagnostics/diagnosticsmanager.h>
#include <diagnostics/testserverurls.h>
#include <diagnostics/tr143server.h>
#include <diagnostics/udpechoserver.h>
#include <store/diagnosticsrepository.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <cmath>

namespace api {

namespace {

// A JSON input value as the text a SetParameterValues carries; nullopt for objects,
// arrays and null.
std::optional<QString> inputText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (std::floor(d) == d && std::abs(d) < 9.0e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
    return std::nullopt;
}

// A whole non-negative number from JSON, or nullopt.
std::optional<qint64> wholeNumber(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (std::floor(d) != d || d < 0 || d > 9.0e15)
        return std::nullopt;
    return qint64(d);
}

QJsonValue isoOrNull(qint64 ms)
{
    return ms > 0 ? QJsonValue(DeviceDocument::isoDate(ms)) : QJsonValue(QJsonValue::Null);
}

} // namespace

DiagnosticsRoutes::DiagnosticsRoutes(acs::AcsEngine *engine, diagnostics::DiagnosticsManager *manager,
                                     store::Database *database, DefaultsProvider defaults, QObject *parent)
    : QObject(parent), m_engine(engine), m_manager(manager), m_defaults(std::move(defaults))
{
    if (database)
        m_repository = std::make_unique<store::DiagnosticsRepository>(*database);
    connect(m_manager, &diagnostics::DiagnosticsManager::runChanged, this, &DiagnosticsRoutes::onRunChanged);
}

DiagnosticsRoutes::~DiagnosticsRoutes() = default;

void DiagnosticsRoutes::setTestServers(diagnostics::Tr143Server *tr143, diagnostics::UdpEchoServer *udpEcho)
{
    m_tr143 = tr143;
    m_udpEcho = udpEcho;
}

std::function<bool(const http::Request &, const QList<QString> &, http::Responder &)> DiagnosticsRoutes::routeGroup()
{
    return [this](const http::Request &request, const QList<QString> &segments, http::Responder &responder) {
        return handle(request, segments, responder);
    };
}

bool DiagnosticsRoutes::handle(const http::Request &request, const QList<QString> &segments, http::Responder &responder)
{
    const qsizetype n = segments.size();
    const QByteArray &method = request.method;
    if (n == 2 && segments.at(0) == u"diagnostics" && segments.at(1) == u"servers") {
        if (method == "GET")
            servers(request, responder);
        else
            responder.send(methodNotAllowed("GET"));
        return true;
    }
    if ((n != 3 && n != 4) || segments.at(0) != u"devices" || segments.at(2) != u"diagnostics")
        return false;
    const QString &deviceId = segments.at(1);
    if (n == 3) {
        if (method == "GET")
            list(request, deviceId, responder);
        else
            responder.send(methodNotAllowed("GET"));
        return true;
    }
    if (method == "POST")
        start(request, deviceId, segments.at(3), responder);
    else if (method == "GET")
        get(deviceId, segments.at(3), responder);
    else if (method == "DELETE")
        cancel(deviceId, segments.at(3), responder);
    else
        responder.send(methodNotAllowed("GET, POST, DELETE"));
    return true;
}

void DiagnosticsRoutes::start(const http::Request &request, const QString &deviceId, const QString &kindName,
                              http::Responder &responder)
{
    const std::optional<diagnostics::DiagnosticKind> kind = diagnostics::DiagnosticSpec::fromName(kindName);
    if (!kind) {
        QStringList names;
        for (const diagnostics::DiagnosticKind k : diagnostics::DiagnosticSpec::all())
            names.append(diagnostics::DiagnosticSpec::name(k));
        responder.send(errorReply(400, tr("'%1' is not a diagnostic; one of: %2").arg(kindName, names.join(QStringLiteral(", ")))));
        return;
    }
    if (!m_engine->devices().find(deviceId)) {
        responder.send(errorReply(404, tr("no device %1").arg(deviceId)));
        return;
    }
    QJsonObject body;
    if (!request.body.trimmed().isEmpty()) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            responder.send(errorReply(400, tr("the body is not a JSON object")));
            return;
        }
        body = doc.object();
    }
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key() != u"inputs" && it.key() != u"repeat") {
            responder.send(errorReply(400, tr("unknown field '%1' (only \"inputs\" and \"repeat\")").arg(it.key())));
            return;
        }
    }
    if (body.contains(QLatin1String("inputs")) && !body.value(QLatin1String("inputs")).isObject()) {
        responder.send(errorReply(400, tr("\"inputs\" must be an object of parameter names and values")));
        return;
    }
    // Given inputs over the proposed ones: a device needs no more than the target.
    QMap<QString, QString> inputs = m_defaults ? m_defaults(*kind, deviceId) : diagnostics::DiagnosticSpec::defaultInputs(*kind, false);
    const QJsonObject given = body.value(QLatin1String("inputs")).toObject();
    for (auto it = given.begin(); it != given.end(); ++it) {
        const std::optional<QString> text = inputText(it.value());
        if (!text) {
            responder.send(errorReply(400, tr("input %1 must be a string, a number or a boolean").arg(it.key())));
            return;
        }
        inputs.insert(it.key(), *text);
    }
    for (const QString &required : diagnostics::DiagnosticDefaults::requiredInputs(*kind)) {
        if (inputs.contains(required) && inputs.value(required).isEmpty()) {
            responder.send(errorReply(400, tr("%1 needs the input %2").arg(diagnostics::DiagnosticSpec::name(*kind), required)));
            return;
        }
    }

    PendingStart pending;
    pending.responder = responder;
    QString why;
    if (body.contains(QLatin1String("repeat"))) {
        const QJsonObject repeat = body.value(QLatin1String("repeat")).toObject();
        const std::optional<qint64> interval = wholeNumber(repeat.value(QLatin1String("intervalSeconds")));
        const std::optional<qint64> count = wholeNumber(repeat.value(QLatin1String("count")));
        if (!body.value(QLatin1String("repeat")).isObject() || !interval || !count || *count < 1 || *count > kMaxRepeatCount
            || *interval > kMaxRepeatIntervalSeconds) {
            responder.send(errorReply(400, tr("\"repeat\" needs \"intervalSeconds\" (0 to %1) and \"count\" (1 to %2)")
                                               .arg(kMaxRepeatIntervalSeconds)
                                               .arg(kMaxRepeatCount)));
            return;
        }
        pending.repeatId = m_manager->startRepeated(deviceId, *kind, inputs, int(*interval), int(*count), &why);
        pending.intervalSeconds = int(*interval);
        const QList<diagnostics::DiagnosticRun> runs = pending.repeatId ? m_manager->repeatRuns(pending.repeatId)
                                                                        : QList<diagnostics::DiagnosticRun>();
        pending.runId = runs.isEmpty() ? 0 : runs.constFirst().id;
    } else {
        pending.runId = m_manager->start(deviceId, *kind, inputs, &why);
    }
    if (pending.runId == 0) {
        responder.send(errorReply(400, why));
        return;
    }
    m_pending.push_back(pending);
    const auto it = std::prev(m_pending.end());
    if (!m_repository || m_manager->run(pending.runId)->historyId != 0) {
        answerStart(it);
        return;
    }
    it->timer = new QTimer(this);
    it->timer->setSingleShot(true);
    connect(it->timer, &QTimer::timeout, this, [this, runId = pending.runId] {
        for (auto p = m_pending.begin(); p != m_pending.end(); ++p) {
            if (p->runId == runId) {
                p->responder.send(errorReply(500, tr("the run started but the workspace did not record it")));
                p->timer->deleteLater();
                m_pending.erase(p);
                return;
            }
        }
    });
    it->timer->start(kRecordWaitMs);
}

void DiagnosticsRoutes::onRunChanged(const diagnostics::DiagnosticRun &run)
{
    if (run.historyId == 0)
        return;
    for (auto it = m_pending.begin(); it != m_pending.end(); ++it) {
        if (it->runId == run.id) {
            answerStart(it);
            return;
        }
    }
}

void DiagnosticsRoutes::answerStart(std::list<PendingStart>::iterator it)
{
    const std::optional<diagnostics::DiagnosticRun> run = m_manager->run(it->runId);
    if (it->timer)
        it->timer->deleteLater();
    if (run) {
        QJsonObject doc = DiagnosticDocument::summary(*run, apiId(*run));
        if (it->repeatId != 0) {
            doc = QJsonObject{{QStringLiteral("repeat"), it->repeatId},
                              {QStringLiteral("intervalSeconds"), it->intervalSeconds},
                              {QStringLiteral("count"), run->repeatCount},
                              {QStringLiteral("runs"), QJsonArray{doc}}};
        } else {
            doc.insert(QStringLiteral("run"), apiId(*run));
        }
        it->responder.send(jsonReply(201, doc));
    } else {
        it->responder.send(errorReply(500, tr("the run vanished")));
    }
    m_pending.erase(it);
}

qint64 DiagnosticsRoutes::apiId(const diagnostics::DiagnosticRun &run) const
{
    return m_repository ? run.historyId : run.id;
}

std::optional<diagnostics::DiagnosticRun> DiagnosticsRoutes::liveRun(const QString &deviceId, qint64 id) const
{
    for (const diagnostics::DiagnosticRun &run : m_manager->runs(deviceId)) {
        if (apiId(run) == id)
            return run;
    }
    return std::nullopt;
}

void DiagnosticsRoutes::list(const http::Request &request, const QString &deviceId, http::Responder &responder)
{
    const QUrlQuery query = formQuery(request);
    const QString kind = formValue(query, QStringLiteral("kind"));
    if (!kind.isEmpty() && !diagnostics::DiagnosticSpec::fromName(kind)) {
        responder.send(errorReply(400, tr("'%1' is not a diagnostic").arg(kind)));
        return;
    }
    int limit = kDefaultHistoryLimit;
    if (const QString text = formValue(query, QStringLiteral("limit")); !text.isEmpty()) {
        bool ok = false;
        limit = text.toInt(&ok);
        if (!ok || limit < 1 || limit > kMaxHistoryLimit) {
            responder.send(errorReply(400, tr("limit must be a number from 1 to %1").arg(kMaxHistoryLimit)));
            return;
        }
    }
    qint64 repeat = 0;
    if (const QString text = formValue(query, QStringLiteral("repeat")); !text.isEmpty()) {
        bool ok = false;
        repeat = text.toLongLong(&ok);
        if (!ok || repeat < 1) {
            responder.send(errorReply(400, tr("repeat must be the id of a repeat")));
            return;
        }
    }
    const QString kindName = kind.isEmpty() ? QString() : diagnostics::DiagnosticSpec::name(*diagnostics::DiagnosticSpec::fromName(kind));
    const auto matches = [kindName, repeat](const diagnostics::DiagnosticRun &run) {
        return (kindName.isEmpty() || diagnostics::DiagnosticSpec::name(run.kind) == kindName)
               && (repeat == 0 || run.repeatId == repeat);
    };
    // The manager's copy of a run is fresher than the row (its last update may be queued).
    QHash<qint64, diagnostics::DiagnosticRun> live;
    for (const diagnostics::DiagnosticRun &run : m_manager->runs(deviceId)) {
        if (apiId(run) != 0)
            live.insert(apiId(run), run);
    }
    if (!m_repository) {
        QList<diagnostics::DiagnosticRun> runs = live.values();
        std::sort(runs.begin(), runs.end(), [](const auto &a, const auto &b) { return a.id > b.id; });
        QJsonArray out;
        for (const diagnostics::DiagnosticRun &run : std::as_const(runs)) {
            if (matches(run) && out.size() < limit)
                out.append(DiagnosticDocument::summary(run, run.id));
        }
        responder.send(jsonReply(200, out));
        return;
    }
    // A repeat's runs are picked from the rows, so the store is asked for all of them.
    const int rows = repeat != 0 ? store::DiagnosticsRepository::kDefaultListLimit : limit;
    m_repository->list(deviceId, kindName, rows)
        .then(this, [responder, live, matches, limit](const store::Result<QList<store::DiagnosticRun>> &stored) {
            if (!stored) {
                responder.send(errorReply(500, stored.error().message));
                return;
            }
            QJsonArray out;
            for (const store::DiagnosticRun &row : stored.value()) {
                const diagnostics::DiagnosticRun run = live.value(row.id, diagnostics::DiagnosticRun::fromStore(row));
                if (matches(run) && out.size() < limit)
                    out.append(DiagnosticDocument::summary(run, row.id));
            }
            responder.send(jsonReply(200, out));
        });
}

void DiagnosticsRoutes::get(const QString &deviceId, const QString &runText, http::Responder &responder)
{
    bool ok = false;
    const qint64 id = runText.toLongLong(&ok);
    const QString missing = tr("no diagnostics run %1 for device %2").arg(runText, deviceId);
    if (!ok || id < 1) {
        responder.send(errorReply(404, missing));
        return;
    }
    if (const auto run = liveRun(deviceId, id)) {
        responder.send(jsonReply(200, DiagnosticDocument::full(*run, id)));
        return;
    }
    if (!m_repository) {
        responder.send(errorReply(404, missing));
        return;
    }
    m_repository->get(id).then(this, [responder, deviceId, id, missing](const store::Result<store::DiagnosticRun> &stored) {
        if (!stored || stored.value().deviceId != deviceId) {
            const bool absent = !stored && stored.error().code != store::Error::Code::NotFound;
            responder.send(absent ? errorReply(500, stored.error().message) : errorReply(404, missing));
            return;
        }
        responder.send(jsonReply(200, DiagnosticDocument::full(diagnostics::DiagnosticRun::fromStore(stored.value()), id)));
    });
}

void DiagnosticsRoutes::cancel(const QString &deviceId, const QString &runText, http::Responder &responder)
{
    bool ok = false;
    const qint64 id = runText.toLongLong(&ok);
    const QString missing = tr("no diagnostics run %1 for device %2").arg(runText, deviceId);
    const std::optional<diagnostics::DiagnosticRun> run = ok ? liveRun(deviceId, id) : std::nullopt;
    if (run && !diagnostics::isFinished(run->state)) {
        m_manager->cancel(run->id);
        responder.send(jsonReply(200, DiagnosticDocument::summary(m_manager->run(run->id).value_or(*run), id)));
        return;
    }
    if (run) {
        responder.send(errorReply(409, tr("run %1 has already ended (%2)").arg(id).arg(diagnostics::runStateName(run->state))));
        return;
    }
    if (!ok || !m_repository) {
        responder.send(errorReply(404, missing));
        return;
    }
    // A run of an earlier process: only its record is left, nothing to cancel.
    m_repository->get(id).then(this, [responder, deviceId, id, missing](const store::Result<store::DiagnosticRun> &stored) {
        if (!stored || stored.value().deviceId != deviceId)
            responder.send(errorReply(404, missing));
        else
            responder.send(errorReply(409, tr("run %1 has already ended (%2)").arg(id).arg(stored.value().state)));
    });
}

void DiagnosticsRoutes::servers(const http::Request &request, http::Responder &responder)
{
    // The URLs as a device would be given them: as the named device sees this laptop, else
    // at the laptop's first LAN address.
    const QString deviceId = formValue(formQuery(request), QStringLiteral("device"));
    const acs::DeviceRecord *device = deviceId.isEmpty() ? nullptr : m_engine->devices().find(deviceId);
    const QString host = diagnostics::TestServerUrls::hostFor(device);
    QJsonObject tr143{{QStringLiteral("listening"), m_tr143 && m_tr143->port() != 0}};
    if (m_tr143 && m_tr143->port() != 0) {
        const quint16 port = m_tr143->port();
        tr143.insert(QStringLiteral("port"), int(port));
        tr143.insert(QStringLiteral("downloadUrl"),
                     diagnostics::TestServerUrls::downloadUrl(host, port, diagnostics::DiagnosticDefaults::kDownloadBytes).toString());
        tr143.insert(QStringLiteral("uploadUrl"), diagnostics::TestServerUrls::uploadUrl(host, port).toString());
    }
    QJsonArray transfers;
    if (m_tr143) {
        for (const diagnostics::Tr143Transfer &t : m_tr143->transfers()) {
            transfers.append(QJsonObject{
                {QStringLiteral("id"), t.id},
                {QStringLiteral("direction"), t.direction == diagnostics::Tr143Transfer::Download ? QStringLiteral("download")
                                                                                                  : QStringLiteral("upload")},
                {QStringLiteral("peer"), t.peer.toString()},
                {QStringLiteral("peerPort"), int(t.peerPort)},
                {QStringLiteral("started"), isoOrNull(t.startMs)},
                {QStringLiteral("finished"), isoOrNull(t.endMs)},
                {QStringLiteral("durationMs"), t.endMs > t.startMs ? t.endMs - t.startMs : 0},
                {QStringLiteral("bytes"), t.bytes},
                {QStringLiteral("requestedBytes"), t.requestedBytes},
                {QStringLiteral("complete"), t.complete},
                {QStringLiteral("throughputBps"), t.throughputBps()},
            });
        }
    }
    tr143.insert(QStringLiteral("transfers"), transfers);

    QJsonObject echo{{QStringLiteral("listening"), m_udpEcho && m_udpEcho->port() != 0}};
    if (m_udpEcho && m_udpEcho->port() != 0) {
        echo.insert(QStringLiteral("host"), host);
        echo.insert(QStringLiteral("port"), int(m_udpEcho->port()));
    }
    if (m_udpEcho) {
        echo.insert(QStringLiteral("echoPlus"), m_udpEcho->echoPlus());
        echo.insert(QStringLiteral("packetsReceived"), qint64(m_udpEcho->packetsReceived()));
        echo.insert(QStringLiteral("packetsResponded"), qint64(m_udpEcho->packetsResponded()));
        echo.insert(QStringLiteral("bytesReceived"), qint64(m_udpEcho->bytesReceived()));
        echo.insert(QStringLiteral("bytesResponded"), qint64(m_udpEcho->bytesResponded()));
        const QDateTime first = m_udpEcho->firstPacketReceived();
        const QDateTime last = m_udpEcho->lastPacketReceived();
        echo.insert(QStringLiteral("firstPacket"), isoOrNull(first.isValid() ? first.toMSecsSinceEpoch() : 0));
        echo.insert(QStringLiteral("lastPacket"), isoOrNull(last.isValid() ? last.toMSecsSinceEpoch() : 0));
    }
    responder.send(jsonReply(200, QJsonObject{{QStringLiteral("tr143"), tr143}, {QStringLiteral("udpEcho"), echo}}));
}

} // namespace api
