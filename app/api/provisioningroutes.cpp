#include "provisioningroutes.h"

#include "devicedocument.h"
#include "jsonreply.h"

#include <acs/acsengine.h>
#include <acs/provisioning.h>
#include <store/profileformat.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace api {

namespace {

QString writableName(int writable)
{
    return writable < 0 ? QString() : writable ? QStringLiteral("true") : QStringLiteral("false");
}

QJsonObject snapshotJson(const store::Snapshot &s, bool withEntries)
{
    QJsonObject o{{QStringLiteral("id"), s.id},
                  {QStringLiteral("deviceId"), s.deviceId},
                  {QStringLiteral("name"), s.name},
                  {QStringLiteral("reason"), s.reason},
                  {QStringLiteral("created"), DeviceDocument::isoDate(s.createdMs)},
                  {QStringLiteral("entryCount"), s.entryCount}};
    if (withEntries) {
        QJsonArray entries;
        for (const store::SnapshotEntry &e : s.entries) {
            QJsonObject row{{QStringLiteral("path"), e.path}, {QStringLiteral("value"), e.value}};
            if (!e.type.isEmpty())
                row.insert(QStringLiteral("type"), e.type);
            if (e.writable >= 0)
                row.insert(QStringLiteral("writable"), e.writable == 1);
            entries.append(row);
        }
        o.insert(QStringLiteral("entries"), entries);
    }
    return o;
}

QJsonObject diffJson(const acs::DiffEntry &e)
{
    QJsonObject o{{QStringLiteral("kind"), acs::diffKindName(e.kind)}, {QStringLiteral("path"), e.path}};
    if (e.kind == acs::DiffKind::ObjectAdded || e.kind == acs::DiffKind::ObjectRemoved) {
        o.insert(QStringLiteral("entries"), e.foldedEntries);
        return o;
    }
    o.insert(QStringLiteral("old"), e.oldValue);
    o.insert(QStringLiteral("new"), e.newValue);
    o.insert(QStringLiteral("type"), e.type);
    o.insert(QStringLiteral("oldWritable"), writableName(e.oldWritable));
    o.insert(QStringLiteral("newWritable"), writableName(e.newWritable));
    return o;
}

QJsonObject stepJson(const acs::PlanStep &s)
{
    QJsonObject o{{QStringLiteral("task"), s.taskKind()},
                  {QStringLiteral("args"), s.taskArgs()},
                  {QStringLiteral("description"), acs::PlanRunner::describe(s)}};
    if (!s.addedInstance.isEmpty())
        o.insert(QStringLiteral("instance"), s.addedInstance);
    return o;
}

QJsonObject planJson(const acs::ProvisioningPlan &plan)
{
    QJsonArray steps;
    for (const acs::PlanStep &s : plan.steps)
        steps.append(stepJson(s));
    QJsonArray skipped;
    for (const acs::SkippedChange &s : plan.skipped)
        skipped.append(QJsonObject{{QStringLiteral("path"), s.path}, {QStringLiteral("reason"), s.reason}});
    return {{QStringLiteral("steps"), steps}, {QStringLiteral("skipped"), skipped}, {QStringLiteral("values"), plan.valueCount()}};
}

QJsonObject runJson(const acs::Provisioning::Run &run)
{
    QJsonArray steps;
    for (const acs::PlanRunner::StepStatus &s : run.runner->steps()) {
        QJsonObject o = stepJson(s.state == acs::PlanRunner::StepState::Pending ? s.step : s.sent);
        o.insert(QStringLiteral("state"), acs::PlanRunner::stepStateName(s.state));
        if (s.taskId > 0)
            o.insert(QStringLiteral("taskId"), s.taskId);
        if (s.state == acs::PlanRunner::StepState::Fault) {
            o.insert(QStringLiteral("faultCode"), s.faultCode);
            o.insert(QStringLiteral("faultString"), s.faultString);
        }
        if (!s.detail.isEmpty())
            o.insert(QStringLiteral("detail"), s.detail);
        steps.append(o);
    }
    const QString state = !run.runner->isFinished() ? QStringLiteral("running")
        : run.runner->succeeded()                  ? QStringLiteral("done")
                                                   : QStringLiteral("fault");
    return {{QStringLiteral("id"), run.id},
            {QStringLiteral("deviceId"), run.deviceId},
            {QStringLiteral("label"), run.label},
            {QStringLiteral("started"), DeviceDocument::isoDate(run.startedMs)},
            {QStringLiteral("state"), state},
            {QStringLiteral("steps"), steps}};
}

int statusFor(const store::Error &e)
{
    switch (e.code) {
    case store::Error::Code::NotFound: return 404;
    case store::Error::Code::InvalidArgument: return 400;
    case store::Error::Code::Conflict: return 409;
    default: return 500;
    }
}

bool truthy(const QString &text)
{
    return text == QLatin1String("1") || text.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

std::optional<QJsonObject> bodyObject(const http::Request &request, http::Responder &responder)
{
    if (request.body.trimmed().isEmpty())
        return QJsonObject{};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        responder.send(errorReply(400, ProvisioningRoutes::tr("the body must be a JSON object")));
        return std::nullopt;
    }
    return doc.object();
}

} // namespace

ProvisioningRoutes::ProvisioningRoutes(acs::Provisioning &provisioning, QObject *parent)
    : QObject(parent), m_provisioning(provisioning)
{
}

bool ProvisioningRoutes::handle(const http::Request &request, const QList<QString> &seg, http::Responder &responder)
{
    const qsizetype n = seg.size();
    const QByteArray &method = request.method;
    const auto allow = [&responder](const QByteArray &methods) {
        responder.send(methodNotAllowed(methods));
        return true;
    };
    if (n >= 3 && seg.at(0) == u"devices") {
        const QString &id = seg.at(1);
        const QString &what = seg.at(2);
        const bool ours = what == u"snapshots" || what == u"diff" || what == u"plan" || (what == u"profiles" && n == 5);
        if (!ours)
            return false;
        if (!m_provisioning.engine().devices().find(id)) {
            responder.send(errorReply(404, tr("no device '%1'").arg(id)));
            return true;
        }
        if (what == u"snapshots" && n == 3) {
            if (method != "GET" && method != "POST")
                return allow("GET, POST");
            snapshots(request, id, responder);
            return true;
        }
        if (what == u"snapshots" && n == 4) {
            if (method != "GET" && method != "DELETE")
                return allow("GET, DELETE");
            snapshot(request, id, seg.at(3), responder);
            return true;
        }
        if (what == u"diff" && n == 3) {
            if (method != "GET")
                return allow("GET");
            diff(request, id, responder);
            return true;
        }
        if (what == u"plan" && (n == 3 || (n == 4 && seg.at(3) == u"apply"))) {
            if (method != "POST")
                return allow("POST");
            plan(request, id, n == 4, responder);
            return true;
        }
        if (what == u"profiles" && n == 5 && seg.at(4) == u"apply") {
            if (method != "POST")
                return allow("POST");
            applyProfile(id, seg.at(3), responder);
            return true;
        }
        return false;
    }
    if (n >= 1 && seg.at(0) == u"profiles") {
        if (n == 1) {
            if (method != "GET" && method != "POST")
                return allow("GET, POST");
            if (method == "GET")
                profiles(request, responder);
            else
                importProfile(request, false, responder);
            return true;
        }
        if (n == 2 && seg.at(1) == u"import") {
            if (method != "POST")
                return allow("POST");
            importProfile(request, true, responder);
            return true;
        }
        if (n == 2) {
            if (method != "GET" && method != "DELETE")
                return allow("GET, DELETE");
            profile(request, seg.at(1), responder);
            return true;
        }
        return false;
    }
    if (n >= 2 && n <= 3 && seg.at(0) == u"provisioning" && seg.at(1) == u"runs") {
        if (method != "GET")
            return allow("GET");
        runs(n == 3 ? seg.at(2) : QString(), responder);
        return true;
    }
    return false;
}

void ProvisioningRoutes::snapshots(const http::Request &request, const QString &deviceId, http::Responder responder)
{
    if (request.method == "GET") {
        m_provisioning.snapshots().list(deviceId).then(this, [responder](const store::Result<QList<store::Snapshot>> &r) {
            if (!r)
                return responder.send(errorReply(statusFor(r.error()), r.error().message));
            QJsonArray out;
            for (const store::Snapshot &s : r.value())
                out.append(snapshotJson(s, false));
            responder.send(jsonReply(200, out));
        });
        return;
    }
    const auto body = bodyObject(request, responder);
    if (!body)
        return;
    m_provisioning.takeSnapshot(deviceId, body->value(QStringLiteral("name")).toString())
        .then(this, [responder](const store::Result<store::Snapshot> &r) {
            if (!r)
                return responder.send(errorReply(statusFor(r.error()), r.error().message));
            responder.send(jsonReply(201, snapshotJson(r.value(), false)));
        });
}

void ProvisioningRoutes::snapshot(const http::Request &request, const QString &deviceId, const QString &sid, http::Responder responder)
{
    bool ok = false;
    const qint64 id = sid.toLongLong(&ok);
    if (!ok || id <= 0) {
        responder.send(errorReply(404, tr("no snapshot '%1'").arg(sid)));
        return;
    }
    const bool remove = request.method == "DELETE";
    m_provisioning.snapshots().get(id).then(this, [this, responder, deviceId, id, remove](const store::Result<store::Snapshot> &r) {
        if (!r)
            return responder.send(errorReply(statusFor(r.error()), r.error().message));
        if (r.value().deviceId != deviceId)
            return responder.send(errorReply(404, tr("no snapshot %1 of device '%2'").arg(id).arg(deviceId)));
        if (!remove)
            return responder.send(jsonReply(200, snapshotJson(r.value(), true)));
        m_provisioning.snapshots().remove(id).then(this, [this, responder, deviceId](const store::Result<void> &removed) {
            if (!removed)
                return responder.send(errorReply(statusFor(removed.error()), removed.error().message));
            Q_EMIT m_provisioning.snapshotsChanged(deviceId);
            responder.send(jsonReply(200, QJsonObject{}));
        });
    });
}

void ProvisioningRoutes::diff(const http::Request &request, const QString &deviceId, http::Responder responder)
{
    const QUrlQuery query = formQuery(request);
    QString from = formValue(query, QStringLiteral("from"));
    QString to = formValue(query, QStringLiteral("to"));
    const QString format = formValue(query, QStringLiteral("format"));
    if (from.isEmpty())
        from = QStringLiteral("current");
    if (to.isEmpty())
        to = QStringLiteral("current");
    if (!format.isEmpty() && format != u"json" && format != u"csv") {
        responder.send(errorReply(400, tr("format is json or csv")));
        return;
    }
    acs::DiffOptions options;
    options.subtree = formValue(query, QStringLiteral("subtree"));
    options.hideVolatile = truthy(formValue(query, QStringLiteral("hideVolatile")));
    const bool csv = format == u"csv";
    m_provisioning.diff(deviceId, from, to, options, this,
                        [responder, csv](std::optional<QList<acs::DiffEntry>> diff, const QString &error) {
                            if (!diff)
                                return responder.send(errorReply(400, error));
                            if (csv) {
                                http::Response r;
                                r.headers.set("Content-Type", "text/csv; charset=utf-8");
                                r.headers.set("Content-Disposition", "attachment; filename=\"diff.csv\"");
                                r.body = acs::diffToCsv(*diff);
                                return responder.send(r);
                            }
                            QJsonArray out;
                            for (const acs::DiffEntry &e : std::as_const(*diff))
                                out.append(diffJson(e));
                            responder.send(jsonReply(200, out));
                        });
}

void ProvisioningRoutes::plan(const http::Request &request, const QString &deviceId, bool apply, http::Responder responder)
{
    const auto body = bodyObject(request, responder);
    if (!body)
        return;
    const QString target = body->value(QStringLiteral("target")).toString();
    if (target.isEmpty() || target == u"current") {
        responder.send(errorReply(400, tr("\"target\" names the tree to match: a snapshot id or \"device:<id>\"")));
        return;
    }
    acs::DiffOptions options;
    options.subtree = body->value(QStringLiteral("subtree")).toString();
    options.hideVolatile = body->value(QStringLiteral("hideVolatile")).toBool(true);
    m_provisioning.plan(deviceId, target, options, this,
                        [this, responder, deviceId, target, apply](std::optional<acs::ProvisioningPlan> plan, const QString &error) {
                            if (!plan)
                                return responder.send(errorReply(400, error));
                            QJsonObject out = planJson(*plan);
                            if (apply) {
                                const auto run = m_provisioning.start(deviceId, plan->steps, tr("plan to match %1").arg(target));
                                out.insert(QStringLiteral("runId"), run.id);
                                return responder.send(jsonReply(202, out));
                            }
                            responder.send(jsonReply(200, out));
                        });
}

void ProvisioningRoutes::profiles(const http::Request &, http::Responder responder)
{
    m_provisioning.profiles().list().then(this, [responder](const store::Result<QList<store::Profile>> &r) {
        if (!r)
            return responder.send(errorReply(statusFor(r.error()), r.error().message));
        QJsonArray out;
        for (const store::Profile &p : r.value())
            out.append(store::ProfileFormat::toJson(p));
        responder.send(jsonReply(200, out));
    });
}

void ProvisioningRoutes::importProfile(const http::Request &request, bool replace, http::Responder responder)
{
    QString why;
    const std::optional<store::Profile> profile = store::ProfileFormat::fromBytes(request.body, &why);
    if (!profile) {
        responder.send(errorReply(400, why));
        return;
    }
    const auto save = [this, responder, p = *profile] {
        m_provisioning.profiles().save(p).then(this, [this, responder](const store::Result<store::Profile> &r) {
            if (!r)
                return responder.send(errorReply(statusFor(r.error()), r.error().message));
            m_provisioning.notifyProfilesChanged();
            responder.send(jsonReply(201, store::ProfileFormat::toJson(r.value())));
        });
    };
    if (replace) {
        save();
        return;
    }
    m_provisioning.profiles().get(profile->name).then(this, [responder, save, name = profile->name](const store::Result<store::Profile> &r) {
        if (r)
            return responder.send(errorReply(409, tr("a profile named '%1' exists; use /profiles/import to replace it").arg(name)));
        save();
    });
}

void ProvisioningRoutes::profile(const http::Request &request, const QString &name, http::Responder responder)
{
    if (request.method == "DELETE") {
        m_provisioning.profiles().remove(name).then(this, [this, responder](const store::Result<void> &r) {
            if (!r)
                return responder.send(errorReply(statusFor(r.error()), r.error().message));
            m_provisioning.notifyProfilesChanged();
            responder.send(jsonReply(200, QJsonObject{}));
        });
        return;
    }
    m_provisioning.profiles().get(name).then(this, [responder](const store::Result<store::Profile> &r) {
        if (!r)
            return responder.send(errorReply(statusFor(r.error()), r.error().message));
        http::Response out = jsonReply(200, store::ProfileFormat::toJson(r.value()));
        out.body = store::ProfileFormat::toBytes(r.value());
        responder.send(out);
    });
}

void ProvisioningRoutes::applyProfile(const QString &deviceId, const QString &name, http::Responder responder)
{
    m_provisioning.profiles().get(name).then(this, [this, responder, deviceId](const store::Result<store::Profile> &r) {
        if (!r)
            return responder.send(errorReply(statusFor(r.error()), r.error().message));
        const auto run = m_provisioning.applyProfile(deviceId, r.value());
        responder.send(jsonReply(202, QJsonObject{{QStringLiteral("runId"), run.id}}));
    });
}

void ProvisioningRoutes::runs(const QString &runId, http::Responder responder)
{
    if (runId.isEmpty()) {
        QJsonArray out;
        for (const auto &run : m_provisioning.runs())
            out.append(runJson(run));
        responder.send(jsonReply(200, out));
        return;
    }
    const auto run = m_provisioning.run(runId.toLongLong());
    if (!run) {
        responder.send(errorReply(404, tr("no run '%1'").arg(runId)));
        return;
    }
    responder.send(jsonReply(200, runJson(*run)));
}

} // namespace api
