#pragma once

#include "runtimeoptions.h"
#include "sessionreport.h"
#include "transferlist.h"
#include "transferoutcome.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace cpesim {

class ConnectionRequestServer;
class DiagnosticRunner;
class Profile;
class SessionClient;
class SimDevice;
class TransferRunner;

// Makes one SimDevice a device on the network (TR-069 §3.2, §3.7): it opens sessions to the
// ACS when something calls for one (boot, periodic timer, connection request, scheduled
// inform, transfer complete, active notification), retries failed sessions with the
// back-off of §3.2.1.1, runs only one session at a time (triggers during a session cause
// at most one more session afterwards), carries out what the session asked for (reboot,
// factory reset, transfers, scheduled informs, diagnostics) and keeps its state on disk
// when a state directory is set.
class DeviceRunner : public QObject
{
    Q_OBJECT

public:
    static constexpr int kTickIntervalMs = 5'000;     // active-notification check

    DeviceRunner(std::shared_ptr<const Profile> profile, const QString &serialNumber, quint32 index,
                 const RuntimeOptions &options, QObject *parent = nullptr);
    ~DeviceRunner() override;

    // Opens the connection-request listener, builds the device and loads its saved state.
    // Returns an error text, empty on success. Call once, before start().
    QString prepare();
    // Powers the device up; the first session starts after delayMs.
    void start(int delayMs = 0);
    // Ends the running session, stops every timer and the listener, saves the state.
    void stop();

    SimDevice &device() { return *m_device; }
    QString serialNumber() const { return m_serial; }
    quint16 connectionRequestPort() const;
    QUrl connectionRequestUrl() const { return m_crUrl; }
    QString stateFilePath() const;
    bool restoredFromState() const { return m_restored; }
    bool isSessionRunning() const;
    bool isOffline() const { return m_offline; }
    // Consecutive failed sessions: the RetryCount of the next Inform.
    quint32 retryCount() const { return m_retryCount; }
    qint64 lastRetryWaitMs() const { return m_lastRetryWaitMs; }
    int sessionsSucceeded() const { return m_sessionsOk; }
    int sessionsFailed() const { return m_sessionsFailed; }

    // Opens a session soon (or right after the running one). `reason` is for the log.
    void requestSession(const QString &reason);

Q_SIGNALS:
    void sessionFinished(const cpesim::SessionReport &report);
    void transferFinished(const cpesim::TransferOutcome &outcome);
    void connectionRequestAccepted();
    void wentOffline(); // a reboot began (or --fault silent-after-reboot made it final)
    void booted();

private:
    void applyOverrides(bool acsUrlFromOptions);
    void startSession();
    void onSessionFinished(const SessionReport &report);
    void scheduleRetry();
    void processActions();
    void armPeriodic();
    void onTick();
    void enqueueTransfer(const QString &commandKey, qint64 delayMs);
    void resumeTransfers();
    void pumpTransfers();
    static bool windowMissed(const TransferEntry &entry);
    void onTransferFinished(const TransferOutcome &outcome);
    void onDiagnosticFinished(const QString &objectPath, const QString &state);
    void beginReboot(bool factoryReset, bool byRebootRpc);
    void raise(const std::function<void()> &addEvent, const QString &reason);
    void finishReboot(bool factoryReset);
    bool listenForConnectionRequests();
    void cancelScheduled();
    void saveState();
    QString path(const QString &relative) const;
    std::optional<QString> value(const QString &relative) const;
    void logSession(const SessionReport &report) const;

    std::shared_ptr<const Profile> m_profile;
    QString m_serial;
    quint32 m_index = 0;
    RuntimeOptions m_options;
    std::unique_ptr<SimDevice> m_device;
    ConnectionRequestServer *m_crServer = nullptr;
    SessionClient *m_session = nullptr;
    TransferRunner *m_transfer = nullptr;
    DiagnosticRunner *m_diagnostics = nullptr; // real measurements (cwmp-facts §11)
    QObject *m_scheduled = nullptr; // parent of one-shot timers that die with a reboot
    QTimer m_startTimer;
    QTimer m_retryTimer;
    QTimer m_periodicTimer;
    QTimer m_tickTimer;
    QTimer m_rebootTimer;
    QUrl m_crUrl;
    quint16 m_crPort = 0;
    bool m_prepared = false;
    bool m_restored = false;
    bool m_firstContact = true;
    bool m_started = false;
    bool m_offline = true;
    bool m_stopping = false;
    bool m_sessionWanted = false;
    bool m_rebootAfterSession = false;
    bool m_dropUsed = false;
    bool m_malformedUsed = false;
    std::optional<QString> m_pendingFirmware;
    std::optional<QList<QPair<QString, QString>>> m_pendingConfiguration;
    std::deque<QString> m_transferQueue;
    std::vector<std::function<void()>> m_deferredEvents;
    quint32 m_retryCount = 0;
    qint64 m_lastRetryWaitMs = 0;
    int m_sessionsOk = 0;
    int m_sessionsFailed = 0;
    int m_sessionNumber = 0;
    QElapsedTimer m_sinceLastSession;
};

} // namespace cpesim
