#pragma once

// The northbound API: JSON over HTTP on its own port, compatible with the GenieACS NBI for
// devices (GET, DELETE), tasks (POST per device with connection_request and timeout, GET,
// DELETE, retry), faults (GET, DELETE) and files (GET, PUT, DELETE). Scripts written for
// GenieACS drive the embedded ACS unchanged. Our own routes: GET /devices/<id>/log (the
// SOAP log, with a database) and GET /events (server-sent events, see EventBroadcaster).
//
// Security: bound to a loopback address the token is optional (but enforced once set);
// bound anywhere else listen() refuses to start without one, since the API can reboot and
// reflash every device the ACS knows.

#include "eventbroadcaster.h"

#include <acs/servedfile.h>
#include <http/requesthandler.h>

#include <QHostAddress>
#include <QObject>

#include <functional>
#include <QSet>

#include <list>
#include <vector>
#include <memory>

class QTimer;

namespace acs {
class AcsEngine;
class FileServer;
struct Task;
}

namespace http {
class Server;
}

namespace store {
class Database;
class SoapLogRepository;
}

namespace api {

class FileRoutes;

class ApiServer : public QObject, public http::RequestHandler
{
    Q_OBJECT

public:
    static constexpr quint16 kDefaultPort = 7557; // GenieACS's NBI port
    // GenieACS answers a task POST after this long with 202 when the device has not finished.
    static constexpr int kDefaultTaskTimeoutMs = 3000;
    static constexpr int kMaxTaskTimeoutMs = 120'000;
    // A JSON request body; PUT /files/ streams to disk and has its own limit.
    static constexpr qint64 kMaxBodyBytes = 16LL * 1024 * 1024;
    static constexpr qint64 kDefaultMaxFileBytes = 2LL * 1024 * 1024 * 1024;
    // GET /devices/<id>/log answers this many exchanges unless ?limit= says otherwise.
    static constexpr int kDefaultLogLimit = 100;
    static constexpr int kMaxLogLimit = 5000;
    // A device that has just closed a session may still refuse a connection request as
    // busy (503); while a task POST waits, the request is repeated this often, this late.
    static constexpr int kConnectionRequestAttempts = 3;
    static constexpr int kConnectionRequestRetryMs = 1000;

    // engine and files must outlive the server; files may be null (no /files/ routes).
    ApiServer(acs::AcsEngine *engine, acs::FileServer *files, QObject *parent = nullptr);
    ~ApiServer() override;

    // Required as "Authorization: Bearer <token>"; empty: none (loopback only).
    void setToken(const QString &token) { m_token = token.toUtf8(); }
    QString token() const { return QString::fromUtf8(m_token); }
    // Where PUT /files/<name> stores uploads; empty: PUT is refused.
    void setFilesDirectory(const QString &directory);
    // The largest file PUT /files/ takes (413 beyond); for connections accepted afterwards.
    void setMaxFileBytes(qint64 bytes);
    qint64 maxFileBytes() const { return m_maxFileBytes; }
    // The workspace database, for GET /devices/<id>/log; null (the default): no log route.
    // It must outlive the server.
    void setDatabase(store::Database *database);
    // Routes of a feature outside this class (diagnostics, data models, provisioning): each
    // is offered every authorized request that no built-in route takes, in the order added,
    // with the path split into decoded segments; it answers through responder and returns
    // true, or returns false to let the next one (and finally the 404) have it.
    using RouteGroup = std::function<bool(const http::Request &, const QList<QString> &segments, http::Responder &)>;
    void addRoutes(RouteGroup group) { m_routeGroups.push_back(std::move(group)); }
    // The GET /events streams (buffer limit, keep-alive interval, client count).
    EventBroadcaster &events() { return *m_events; }
    // A random token of 32 hex digits, for the headless mode to print.
    static QString generateToken();
    static bool isLoopback(const QHostAddress &address);

    // Port 0 picks a free port. False with errorString() in plain words.
    bool listen(const QHostAddress &address, quint16 port);
    void close();
    bool isListening() const;
    quint16 serverPort() const;
    QHostAddress serverAddress() const;
    QString errorString() const { return m_error; }

    // http::RequestHandler
    void handleRequest(const http::Request &request, http::Responder responder) override;
    http::BodySink *bodySinkFor(const http::Request &head) override;
    void connectionClosed(quint64 connectionId) override;

Q_SIGNALS:
    // A file was stored by PUT /files/<name> or removed by DELETE: the owner of the
    // workspace persists the registration (the API itself holds no database).
    void fileStored(const acs::ServedFile &file);
    void fileRemoved(const QString &name);

private:
    // A task POST whose answer waits for the task to finish or the timeout.
    struct Waiter {
        qint64 taskId = 0;
        QString deviceId;
        http::Responder responder;
        QTimer *timer = nullptr;
        QString connectionRequestOutcome;
        int connectionRequests = 0; // 0: the POST did not ask for connection_request
    };

    bool authorized(const http::Request &request) const;
    static QList<QString> segmentsOf(const http::Request &request);
    void route(const http::Request &request, const QList<QString> &segments, http::Responder &responder);
    void listDevices(const http::Request &request, http::Responder &responder);
    void deleteDevice(const QString &id, http::Responder &responder);
    void postTask(const http::Request &request, const QString &deviceId, http::Responder &responder);
    void listTasks(const http::Request &request, http::Responder &responder);
    void deleteTask(const QString &id, http::Responder &responder);
    void retryTask(const QString &id, http::Responder &responder);
    void changeTask(const QString &id, http::Responder &responder, const std::function<bool(qint64, QString *)> &change,
                    const QString &refused);
    void listFaults(const http::Request &request, http::Responder &responder);
    void deleteFault(const QString &id, http::Responder &responder);
    void deviceLog(const http::Request &request, const QString &deviceId, http::Responder &responder);
    void subscribe(const http::Request &request, http::Responder &responder);

    void onTaskChanged(const acs::Task &task);
    void onConnectionRequestFinished(const QString &deviceId, bool accepted, const QString &outcome);
    void finishWaiter(std::list<Waiter>::iterator it, int status);
    void retryConnectionRequest(const QString &deviceId);
    int connectionRequestRetryMs() const;

    acs::AcsEngine *m_engine;
    acs::FileServer *m_files;
    std::unique_ptr<http::Server> m_server;
    FileRoutes *m_fileRoutes = nullptr;
    EventBroadcaster *m_events = nullptr;
    std::shared_ptr<store::SoapLogRepository> m_log;
    QByteArray m_token;
    qint64 m_maxFileBytes = kDefaultMaxFileBytes;
    QString m_error;
    bool m_loopback = true;
    std::list<Waiter> m_waiters;
    std::vector<RouteGroup> m_routeGroups;
    QSet<QString> m_connectionRequestRetries; // devices with a retry scheduled
};

} // namespace api
