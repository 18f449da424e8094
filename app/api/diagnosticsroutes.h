#pragma once

// The diagnostics routes of the API (issue 8), registered with ApiServer::addRoutes:
//   POST   /devices/<id>/diagnostics/<kind>   start a run (or a repeat); 201
//          body (all optional): {"inputs": {name: value}, "repeat": {"intervalSeconds": N, "count": M}}
//          missing inputs come from the defaults provider (the built-in test servers).
//   GET    /devices/<id>/diagnostics           the history, newest first (?kind=, ?limit=, ?repeat=)
//   GET    /devices/<id>/diagnostics/<run>     one run with its series, tables and raw results
//   DELETE /devices/<id>/diagnostics/<run>     cancels a run still in progress (and its repeat)
//   GET    /diagnostics/servers                the built-in TR-143 and UDP echo servers, with
//                                              their own record of each transfer
// With a database a run is named by its row in the history (stable across restarts; POST
// answers once the row exists); without one by the manager's id in this process.
// The JSON of a run: see DiagnosticDocument.

#include <diagnostics/diagnosticspec.h>
#include <http/httpmessage.h>
#include <http/responder.h>

#include <QList>
#include <QMap>
#include <QObject>

#include <functional>
#include <list>
#include <memory>
#include <optional>

class QTimer;

namespace acs {
class AcsEngine;
}

namespace diagnostics {
class DiagnosticsManager;
class Tr143Server;
class UdpEchoServer;
struct DiagnosticRun;
}

namespace store {
class Database;
class DiagnosticsRepository;
}

namespace api {

class DiagnosticsRoutes : public QObject
{
    Q_OBJECT

public:
    // The inputs proposed for a kind on a device (diagnostics::DiagnosticDefaults over the
    // running test servers' ports).
    using DefaultsProvider = std::function<QMap<QString, QString>(diagnostics::DiagnosticKind, const QString &deviceId)>;

    static constexpr int kDefaultHistoryLimit = 100;
    static constexpr int kMaxHistoryLimit = 500;
    static constexpr int kMaxRepeatCount = 10'000;
    static constexpr int kMaxRepeatIntervalSeconds = 7 * 24 * 3600;
    // How long a POST waits for the store to give the new run its history id.
    static constexpr int kRecordWaitMs = 10'000;

    // engine and manager must outlive the routes; database may be null (then the history is
    // the manager's runs of this process) and must be the manager's own.
    DiagnosticsRoutes(acs::AcsEngine *engine, diagnostics::DiagnosticsManager *manager, store::Database *database,
                      DefaultsProvider defaults, QObject *parent = nullptr);
    ~DiagnosticsRoutes() override;

    // The servers GET /diagnostics/servers reports; null: not running here.
    void setTestServers(diagnostics::Tr143Server *tr143, diagnostics::UdpEchoServer *udpEcho);

    // For ApiServer::addRoutes; the routes must outlive the server's use of it.
    std::function<bool(const http::Request &, const QList<QString> &, http::Responder &)> routeGroup();
    bool handle(const http::Request &request, const QList<QString> &segments, http::Responder &responder);

private:
    // A POST that answers once the run has its history id.
    struct PendingStart {
        qint64 runId = 0;    // the manager's id of the (first) run
        qint64 repeatId = 0; // 0: a single run
        int intervalSeconds = 0;
        http::Responder responder;
        QTimer *timer = nullptr;
    };

    void start(const http::Request &request, const QString &deviceId, const QString &kindName, http::Responder &responder);
    void list(const http::Request &request, const QString &deviceId, http::Responder &responder);
    void get(const QString &deviceId, const QString &runText, http::Responder &responder);
    void cancel(const QString &deviceId, const QString &runText, http::Responder &responder);
    void servers(const http::Request &request, http::Responder &responder);

    // The run the API names `id` for this device, when the manager still holds it.
    std::optional<diagnostics::DiagnosticRun> liveRun(const QString &deviceId, qint64 id) const;
    qint64 apiId(const diagnostics::DiagnosticRun &run) const;
    void onRunChanged(const diagnostics::DiagnosticRun &run);
    void answerStart(std::list<PendingStart>::iterator it);

    acs::AcsEngine *m_engine;
    diagnostics::DiagnosticsManager *m_manager;
    std::unique_ptr<store::DiagnosticsRepository> m_repository;
    DefaultsProvider m_defaults;
    diagnostics::Tr143Server *m_tr143 = nullptr;
    diagnostics::UdpEchoServer *m_udpEcho = nullptr;
    std::list<PendingStart> m_pending;
};

} // namespace api
