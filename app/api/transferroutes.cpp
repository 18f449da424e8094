#include "transferroutes.h"

#include "jsonreply.h"

#include <acs/transfertracker.h>
#include <http/httpmessage.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace api {

namespace {

http::Response started(const std::optional<acs::TransferTimeline> &timeline, const QString &why)
{
    if (!timeline)
        return errorReply(why.startsWith(QLatin1String("No device")) ? 404 : 400, why);
    return jsonReply(202, timeline->toJson());
}

// "timeWindows": [{"start": s, "end": s, "mode": "1 At Any Time", "userMessage": "", "maxRetries": -1}],
// seconds after the device receives the request. *problem says what is malformed.
QList<acs::TimeWindow> parseTimeWindows(const QJsonValue &value, QString *problem)
{
    QList<acs::TimeWindow> out;
    if (!value.isArray()) {
        *problem = QStringLiteral("\"timeWindows\" must be an array of {start, end, mode, userMessage, maxRetries}");
        return out;
    }
    for (const QJsonValue &v : value.toArray()) {
        const QJsonObject o = v.toObject();
        const QJsonValue start = o.value(QLatin1String("start"));
        const QJsonValue end = o.value(QLatin1String("end"));
        if (!v.isObject() || !start.isDouble() || !end.isDouble() || start.toDouble() < 0 || end.toDouble() < 0
            || start.toDouble() > 0xFFFFFFFFLL || end.toDouble() > 0xFFFFFFFFLL) {
            *problem = QStringLiteral("each time window needs \"start\" and \"end\": seconds (0 or more) after the device gets the request");
            return {};
        }
        acs::TimeWindow w;
        w.start = quint32(start.toInteger());
        w.end = quint32(end.toInteger());
        w.mode = o.value(QLatin1String("mode")).toString(w.mode);
        w.userMessage = o.value(QLatin1String("userMessage")).toString();
        w.maxRetries = o.value(QLatin1String("maxRetries")).toInt(-1);
        out.append(w);
    }
    return out;
}

} // namespace

TransferRoutes::TransferRoutes(acs::TransferTracker *tracker) : m_tracker(tracker) { }

std::function<bool(const http::Request &, const QList<QString> &, http::Responder &)> TransferRoutes::routeGroup()
{
    return [this](const http::Request &request, const QList<QString> &segments, http::Responder &responder) {
        return handle(request, segments, responder);
    };
}

bool TransferRoutes::handle(const http::Request &request, const QList<QString> &segments, http::Responder &responder)
{
    const qsizetype n = segments.size();
    if (n < 3 || segments.at(0) != u"devices")
        return false;
    const QString &deviceId = segments.at(1);
    const QString &what = segments.at(2);
    const bool get = request.method == "GET";
    const bool post = request.method == "POST";
    if (what == u"firmware" && n == 3) {
        if (!post)
            responder.send(methodNotAllowed("POST"));
        else
            startFirmware(request, deviceId, responder);
        return true;
    }
    if (what == u"logs" && n == 3) {
        if (!post) {
            responder.send(methodNotAllowed("POST"));
            return true;
        }
        QString why;
        responder.send(started(m_tracker->fetchLog(deviceId, &why), why));
        return true;
    }
    if (what == u"transfers" && (n == 3 || n == 4)) {
        if (!get)
            responder.send(methodNotAllowed("GET"));
        else if (n == 3)
            listTransfers(deviceId, {}, responder);
        else
            getTransfer(deviceId, segments.at(3), responder);
        return true;
    }
    if (what != u"backups" || n > 5)
        return false;
    if (n == 3) {
        if (get) {
            listTransfers(deviceId, QString(acs::TransferTimeline::kBackup), responder);
        } else if (post) {
            QString why;
            responder.send(started(m_tracker->backUpConfiguration(deviceId, &why), why));
        } else {
            responder.send(methodNotAllowed("GET, POST"));
        }
        return true;
    }
    if (n == 4) {
        if (!get)
            responder.send(methodNotAllowed("GET"));
        else
            backupContent(deviceId, segments.at(3), responder);
        return true;
    }
    if (segments.at(4) != u"restore")
        return false;
    if (!post)
        responder.send(methodNotAllowed("POST"));
    else
        restore(deviceId, segments.at(3), responder);
    return true;
}

void TransferRoutes::startFirmware(const http::Request &request, const QString &deviceId, http::Responder &responder)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        responder.send(errorReply(400, QStringLiteral("expected a JSON object {\"file\": name, \"delaySeconds\": n}")));
        return;
    }
    const QJsonObject o = doc.object();
    const QString file = o.value(QLatin1String("file")).toString();
    const qint64 delay = o.value(QLatin1String("delaySeconds")).toInteger(0);
    if (file.isEmpty() || delay < 0 || delay > 0xFFFFFFFFLL) {
        responder.send(errorReply(400, QStringLiteral("\"file\" names a registered file; \"delaySeconds\" is 0 or more")));
        return;
    }
    QString why;
    if (o.contains(QLatin1String("timeWindows"))) {
        // ScheduleDownload (TR-069 A.4.1.6) instead of Download.
        QString problem;
        const QList<acs::TimeWindow> windows = parseTimeWindows(o.value(QLatin1String("timeWindows")), &problem);
        if (problem.isEmpty())
            problem = acs::TimeWindow::problem(windows);
        if (!problem.isEmpty()) {
            responder.send(errorReply(400, problem));
            return;
        }
        responder.send(started(m_tracker->scheduleFirmware(deviceId, file, windows, &why), why));
        return;
    }
    responder.send(started(m_tracker->upgradeFirmware(deviceId, file, quint32(delay), &why), why));
}

void TransferRoutes::listTransfers(const QString &deviceId, const QString &kind, http::Responder &responder)
{
    const bool backups = kind == acs::TransferTimeline::kBackup;
    m_tracker->history(deviceId, kind).then([responder, backups](const QList<acs::TransferTimeline> &list) {
        QJsonArray out;
        for (const acs::TransferTimeline &t : list) {
            if (!backups || t.state == acs::TransferTimeline::kSucceeded)
                out.append(t.toJson());
        }
        responder.send(jsonReply(200, out));
    });
}

void TransferRoutes::getTransfer(const QString &deviceId, const QString &id, http::Responder &responder)
{
    bool ok = false;
    const qint64 tid = id.toLongLong(&ok);
    if (!ok) {
        responder.send(errorReply(404, QStringLiteral("no transfer '%1'").arg(id)));
        return;
    }
    m_tracker->get(tid).then([responder, deviceId, id](const std::optional<acs::TransferTimeline> &t) {
        if (!t || t->deviceId != deviceId)
            responder.send(errorReply(404, QStringLiteral("no transfer '%1' of device '%2'").arg(id, deviceId)));
        else
            responder.send(jsonReply(200, t->toJson()));
    });
}

void TransferRoutes::backupContent(const QString &deviceId, const QString &id, http::Responder &responder)
{
    const qint64 bid = id.toLongLong();
    m_tracker->get(bid).then([responder, deviceId, id](const std::optional<acs::TransferTimeline> &t) {
        if (!t || t->deviceId != deviceId || t->kind != acs::TransferTimeline::kBackup || t->path.isEmpty()) {
            responder.send(errorReply(404, QStringLiteral("no backup '%1' of device '%2'").arg(id, deviceId)));
            return;
        }
        // A backup is small text (the device's parameter values); streamed like a served file.
        auto file = std::make_shared<QFile>(t->path);
        if (!file->open(QIODevice::ReadOnly)) {
            responder.send(errorReply(410, QStringLiteral("the backup file %1 is gone").arg(t->path)));
            return;
        }
        http::Response r;
        r.headers.set("Content-Type", "text/plain; charset=utf-8");
        r.bodyStream = file;
        r.bodyStreamLength = file->size();
        responder.send(r);
    });
}

void TransferRoutes::restore(const QString &deviceId, const QString &id, http::Responder &responder)
{
    const qint64 bid = id.toLongLong();
    acs::TransferTracker *tracker = m_tracker;
    m_tracker->get(bid).then([tracker, responder, deviceId, id](const std::optional<acs::TransferTimeline> &t) {
        if (!t || t->deviceId != deviceId) {
            responder.send(errorReply(404, QStringLiteral("no backup '%1' of device '%2'").arg(id, deviceId)));
            return;
        }
        QString why;
        responder.send(started(tracker->restore(*t, &why), why));
    });
}

} // namespace api
