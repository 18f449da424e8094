#pragma once

// The embedded ACS: the HTTP(S) endpoint devices talk to, their sessions, the device
// directory and the task queue. The GUI, the headless mode and the tests drive it through
// this class; it never blocks its thread (the store works on its own thread).

#include "acssettings.h"
#include "devicedirectory.h"
#include "enginepersistence.h"
#include "sessioncontext.h"
#include "taskqueue.h"

#include <http/requesthandler.h>

#include <QHash>
#include <QObject>
#include <QSet>

#include <memory>

namespace http {
class Authenticator;
class Server;
}

namespace acs {

class CwmpSession;
class ConnectionRequester;
class FileServer;
class UploadReceiver;

class AcsEngine : public QObject, public SessionContext, public http::RequestHandler
{
    Q_OBJECT

public:
    explicit AcsEngine(EnginePersistence *persistence = nullptr, QObject *parent = nullptr);
    ~AcsEngine() override;

    // (Re)starts listening with these settings; false with errorString() in plain words
    // ("port 7547 is already in use"). A running engine moves to the new port at once.
    bool start(const AcsSettings &settings);
    void stop();
    bool isListening() const;
    quint16 port() const;
    QString errorString() const { return m_error; }
    const AcsSettings &settings() const { return m_settings; }

    DeviceDirectory &devices() { return m_devices; }
    TaskQueue &tasks() { return m_tasks; }

    // Queues a task for the device; nullopt with *why when the arguments are wrong.
    std::optional<Task> queueTask(const QString &deviceId, const QString &kind, const QJsonObject &givenArgs,
                                  QString *why = nullptr);
    // Keeps the device's sessions open while the engineer works on it (TR-069 allows the
    // ACS to hold its answer; the next task then goes out without a connection request).
    void setLive(const QString &deviceId, bool live);
    bool isInSession(const QString &deviceId) const;
    bool forgetDevice(const QString &deviceId);

    // Wakes the device with a connection request (TR-069 §3.2.2). The outcome arrives in
    // connectionRequestFinished.
    void connectionRequest(const QString &deviceId);

    // Routes requests below a path prefix ("/files/") to another handler on the same port.
    void addRoute(const QByteArray &pathPrefix, http::RequestHandler *handler);
    // The file server and upload receiver on this port; with them a download task may name
    // a registered file ("fileName") and an upload task may leave out its URL.
    void setFileServer(FileServer *files);
    void setUploadReceiver(UploadReceiver *uploads);

    // SessionContext
    const SessionSettings &sessionSettings() const override { return m_settings.session; }
    DeviceRecord &registerInform(const cwmp::Inform &inform, const http::Request &request,
                                 const QString &cwmpVersion, CwmpSession *session) override;
    std::unique_ptr<TaskRun> startNextTask(DeviceRecord &device, qint64 *taskId) override;
    bool isCancelled(qint64 taskId) const override;
    void taskUpdated(DeviceRecord &device, qint64 taskId, TaskRun &run) override;
    void taskInterrupted(DeviceRecord &device, qint64 taskId, TaskRun &run, const QString &why) override;
    void transferComplete(DeviceRecord &device, const cwmp::TransferComplete &message) override;
    void autonomousTransferComplete(DeviceRecord &device, const cwmp::AutonomousTransferComplete &message) override;
    bool holdSession(const DeviceRecord &device) const override;
    void sessionEnded(CwmpSession *session, const QString &outcome) override;
    void reply(CwmpSession *session, http::Responder &responder, http::Response response, const QString &rpc) override;

    // http::RequestHandler
    void handleRequest(const http::Request &request, http::Responder responder) override;
    http::BodySink *bodySinkFor(const http::Request &head) override;
    void connectionClosed(quint64 connectionId) override;

Q_SIGNALS:
    void sessionStarted(const QString &deviceId, const QString &sessionId, const QStringList &events);
    void sessionFinished(const QString &deviceId, const QString &sessionId, const QString &outcome);
    void transferCompleted(const QString &deviceId, const cwmp::TransferComplete &message);
    void connectionRequestFinished(const QString &deviceId, bool accepted, const QString &outcome);
    void authenticationFailed(const QString &address, const QString &reason);
    void messageLogged(const acs::LoggedMessage &message);

private:
    void handleCwmp(const http::Request &request, http::Responder responder);
    void log(LoggedMessage message);
    http::RequestHandler *routeFor(const QByteArray &path) const;
    std::optional<QByteArray> passwordFor(const QByteArray &username) const;
    void completeTask(Task task, TaskState state, int faultCode = 0, const QString &faultString = {});
    // Persists what a task run changed in the cache and learnt about the device model.
    void recordRunEffects(DeviceRecord &device, TaskRun &run);
    void queueConnectionRequestCredentials(const DeviceRecord &device, const cwmp::Inform &inform);
    std::optional<QString> resolveTransferArgs(const DeviceRecord &device, const QString &kind, QJsonObject &args);

    AcsSettings m_settings;
    EnginePersistence *m_persistence;
    DeviceDirectory m_devices;
    TaskQueue m_tasks;
    std::unique_ptr<http::Server> m_server;
    std::unique_ptr<http::Authenticator> m_auth;
    std::unique_ptr<ConnectionRequester> m_requester;
    QString m_error;

    QHash<QString, CwmpSession *> m_sessions;           // by session id (the cookie)
    QHash<quint64, CwmpSession *> m_sessionByConnection; // fallback for CPEs without cookies
    QHash<QString, CwmpSession *> m_sessionByDevice;
    QSet<QString> m_live;
    QHash<QString, qint64> m_lastQueuedMs;
    QList<QPair<QByteArray, http::RequestHandler *>> m_routes;
    FileServer *m_files = nullptr;
    UploadReceiver *m_uploads = nullptr;
};

} // namespace acs
