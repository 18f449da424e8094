#pragma once

// Snapshots, diffs, provisioning plans and profiles over the API (our routes, beside the
// GenieACS-compatible ones). Registered with ApiServer::addRoutes:
//
//   GET    /devices/<id>/snapshots                     newest first, without entries
//   POST   /devices/<id>/snapshots        {"name"}     takes one now (201)
//   GET    /devices/<id>/snapshots/<sid>               with "entries"
//   DELETE /devices/<id>/snapshots/<sid>
//   GET    /devices/<id>/diff?from=&to=&subtree=&hideVolatile=1&format=json|csv
//          from/to: "current", a snapshot id, or "device:<otherId>"; default from=current
//   POST   /devices/<id>/plan         {"target", "subtree", "hideVolatile"}  dry run: steps
//   POST   /devices/<id>/plan/apply   same body; 202 {"runId"}
//   GET    /profiles                                   all, in the export format
//   POST   /profiles                  export format    creates (409 when the name is taken)
//   POST   /profiles/import           export format    creates or replaces
//   GET    /profiles/<name>                            the export format (a file to share)
//   DELETE /profiles/<name>
//   POST   /devices/<id>/profiles/<name>/apply         202 {"runId"}
//   GET    /provisioning/runs[/<runId>]                a run's steps with state and fault

#include <http/httpmessage.h>
#include <http/responder.h>

#include <QObject>

namespace acs {
class Provisioning;
}

namespace api {

class ProvisioningRoutes : public QObject
{
    Q_OBJECT

public:
    // provisioning must outlive the routes.
    explicit ProvisioningRoutes(acs::Provisioning &provisioning, QObject *parent = nullptr);

    // The RouteGroup: false when the path is not one of ours.
    bool handle(const http::Request &request, const QList<QString> &segments, http::Responder &responder);

private:
    void snapshots(const http::Request &request, const QString &deviceId, http::Responder responder);
    void snapshot(const http::Request &request, const QString &deviceId, const QString &sid, http::Responder responder);
    void diff(const http::Request &request, const QString &deviceId, http::Responder responder);
    void plan(const http::Request &request, const QString &deviceId, bool apply, http::Responder responder);
    void profiles(const http::Request &request, http::Responder responder);
    void importProfile(const http::Request &request, bool replace, http::Responder responder);
    void profile(const http::Request &request, const QString &name, http::Responder responder);
    void applyProfile(const QString &deviceId, const QString &name, http::Responder responder);
    void runs(const QString &runId, http::Responder responder);

    acs::Provisioning &m_provisioning;
};

} // namespace api
