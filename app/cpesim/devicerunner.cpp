#include "devicerunner.h"

#include "connectionrequestserver.h"
#include "diagnosticrunner.h"
#include "retrypolicy.h"
#include "runtimelog.h"
#include "sessionclient.h"
#include "simdevice.h"
#include "statefile.h"
#include "transferrunner.h"
#include "uploadcontent.h"

#include <cwmp/cwmpvalue.h>
#include <cwmp/faultcodes.h>

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <algorithm>
#include <climits>

namespace cpesim {

namespace {

int clampMs(qint64 ms)
{
    return int(std::clamp<qint64>(ms, 0, INT_MAX));
}

} // namespace

DeviceRunner::DeviceRunner(std::shared_ptr<const Profile> profile, const QString &serialNumber,
                           quint32 index, const RuntimeOptions &options, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_serial(serialNumber)
    , m_index(index)
    , m_options(options)
{
    m_startTimer.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    m_rebootTimer.setSingleShot(true);
    connect(&m_startTimer, &QTimer::timeout, this, &DeviceRunner::startSession);
    connect(&m_retryTimer, &QTimer::timeout, this, &DeviceRunner::startSession);
    connect(&m_periodicTimer, &QTimer::timeout, this, [this] {
        // TR-069 §3.2.1: "2 PERIODIC" every PeriodicInformInterval.
        raise([this] { m_device->periodicInformDue(); }, QStringLiteral("periodic"));
    });
    connect(&m_tickTimer, &QTimer::timeout, this, &DeviceRunner::onTick);
    m_scheduled = new QObject(this);
}

DeviceRunner::~DeviceRunner()
{
    stop();
}

QString DeviceRunner::path(const QString &relative) const
{
    return m_device->rootPath() + relative;
}

std::optional<QString> DeviceRunner::value(const QString &relative) const
{
    return m_device->state().value(path(relative));
}

quint16 DeviceRunner::connectionRequestPort() const
{
    return m_crPort;
}

bool DeviceRunner::isSessionRunning() const
{
    return m_session && m_session->isRunning();
}

QString DeviceRunner::stateFilePath() const
{
    if (m_options.stateDir.isEmpty())
        return {};
    static const QRegularExpression kUnsafe(QStringLiteral("[^A-Za-z0-9._-]"));
    QString name = m_serial;
    name.replace(kUnsafe, QStringLiteral("_"));
    return QDir(m_options.stateDir).filePath(name + QStringLiteral(".json"));
}

QString DeviceRunner::prepare()
{
    if (m_prepared)
        return QStringLiteral("%1: prepared twice").arg(m_serial);
    m_crServer = new ConnectionRequestServer(this);
    m_crServer->setMinimumIntervalMs(m_options.connectionRequestIntervalMs);
    m_crServer->setSessionRunning([this] { return isSessionRunning(); });
    m_crServer->setCredentials([this] {
        return std::pair(value(QStringLiteral("ManagementServer.ConnectionRequestUsername")).value_or(QString()),
                         value(QStringLiteral("ManagementServer.ConnectionRequestPassword")).value_or(QString()));
    });
    connect(m_crServer, &ConnectionRequestServer::accepted, this, [this](bool duringSession) {
        RuntimeLog::debug(QStringLiteral("%1: connection request accepted%2")
                              .arg(m_serial, duringSession ? QStringLiteral(" (503, after the session)") : QString()));
        Q_EMIT connectionRequestAccepted();
        raise([this] { m_device->connectionRequestAccepted(); }, QStringLiteral("connection request"));
    });
    connect(m_crServer, &ConnectionRequestServer::refused, this, [this](int status, const QString &reason) {
        RuntimeLog::debug(QStringLiteral("%1: connection request refused with %2: %3").arg(m_serial).arg(status).arg(reason));
    });

    if (m_options.crPort != 0 && quint32(m_options.crPort) + m_index > 65535)
        return QStringLiteral("%1: connection-request port %2 + %3 is above 65535").arg(m_serial).arg(m_options.crPort).arg(m_index);
    m_crPort = m_options.crPort == 0 ? 0 : quint16(m_options.crPort + m_index);
    if (!listenForConnectionRequests())
        return QStringLiteral("%1: cannot listen for connection requests on %2:%3: %4")
            .arg(m_serial, m_options.crAddress.toString())
            .arg(m_crPort)
            .arg(m_crServer->errorString());
    m_crPort = m_crServer->port();
    QString host = m_options.crAdvertisedHost.isEmpty() ? m_options.crAddress.toString() : m_options.crAdvertisedHost;
    if (host.contains(u':'))
        host = u'[' + host + u']';
    m_crUrl = QUrl(QStringLiteral("http://%1:%2/").arg(host).arg(m_crPort));

    DeviceIdentity identity;
    identity.serialNumber = m_serial;
    identity.acsUrl = m_options.acsUrl.toString();
    identity.connectionRequestUrl = m_crUrl.toString();
    identity.index = m_index;
    m_device = std::make_unique<SimDevice>(m_profile, identity);

    if (!m_options.stateDir.isEmpty()) {
        const QString file = stateFilePath();
        const StateLoadResult loaded = StateFile::load(*m_device, file);
        m_restored = loaded.loaded;
        if (!loaded.loaded && QFile::exists(file))
            RuntimeLog::warn(QStringLiteral("%1: saved state not used: %2").arg(m_serial, loaded.warning));
    }
    // TR-069 §3.2.1 / cwmp-facts §8.1: BOOTSTRAP on first contact; a restart with saved
    // state is a plain BOOT.
    m_firstContact = !m_restored;
    applyOverrides(true);

    m_session = new SessionClient(*m_device, m_options, this);
    connect(m_session, &SessionClient::finished, this, &DeviceRunner::onSessionFinished);
    m_transfer = new TransferRunner(m_options, this);
    connect(m_transfer, &TransferRunner::finished, this, &DeviceRunner::onTransferFinished);
    m_diagnostics = new DiagnosticRunner(*m_device, m_options.wanProfile, this);
    connect(m_diagnostics, &DiagnosticRunner::finished, this, &DeviceRunner::onDiagnosticFinished);
    m_prepared = true;
    return {};
}

void DeviceRunner::applyOverrides(bool acsUrlFromOptions)
{
    DeviceState &state = m_device->state();
    // The URL the device advertises is the one it really listens on (port 0 picks one).
    state.setValue(path(QStringLiteral("ManagementServer.ConnectionRequestURL")), m_crUrl.toString());
    if (m_options.username)
        state.setValue(path(QStringLiteral("ManagementServer.Username")), *m_options.username);
    if (m_options.password)
        state.setValue(path(QStringLiteral("ManagementServer.Password")), *m_options.password);
    if (m_options.crUsername)
        state.setValue(path(QStringLiteral("ManagementServer.ConnectionRequestUsername")), *m_options.crUsername);
    if (m_options.crPassword)
        state.setValue(path(QStringLiteral("ManagementServer.ConnectionRequestPassword")), *m_options.crPassword);
    if (m_options.periodicIntervalSeconds) {
        state.setValue(path(QStringLiteral("ManagementServer.PeriodicInformInterval")),
                       QString::number(*m_options.periodicIntervalSeconds));
        state.setValue(path(QStringLiteral("ManagementServer.PeriodicInformEnable")), QStringLiteral("true"));
    }
    if (acsUrlFromOptions) {
        // --acs wins over a URL kept in the state directory; a different ACS means the
        // device is new to it: "0 BOOTSTRAP" (cwmp-facts §8.1).
        const QString url = m_options.acsUrl.toString();
        const QString urlPath = path(QStringLiteral("ManagementServer.URL"));
        if (state.value(urlPath).value_or(QString()) != url) {
            state.setValue(urlPath, url);
            m_firstContact = true;
        }
    }
}

bool DeviceRunner::listenForConnectionRequests()
{
    return m_crServer->listen(m_options.crAddress, m_crPort);
}

void DeviceRunner::start(int delayMs)
{
    if (!m_prepared || m_started)
        return;
    m_started = true;
    m_offline = false;
    m_device->boot(QDateTime::currentDateTimeUtc(), m_firstContact);
    armPeriodic();
    m_tickTimer.start(kTickIntervalMs);
    resumeTransfers();
    Q_EMIT booted();
    m_startTimer.start(std::max(0, delayMs));
}

void DeviceRunner::stop()
{
    if (!m_prepared || m_stopping)
        return;
    m_stopping = true;
    m_startTimer.stop();
    m_retryTimer.stop();
    m_periodicTimer.stop();
    m_tickTimer.stop();
    m_rebootTimer.stop();
    cancelScheduled();
    m_transfer->abort();
    m_diagnostics->cancelAll();
    if (isSessionRunning())
        m_session->abort(QStringLiteral("the simulator is shutting down"));
    m_crServer->close();
    m_offline = true;
    saveState();
}

void DeviceRunner::raise(const std::function<void()> &addEvent, const QString &reason)
{
    if (m_stopping || !m_started)
        return;
    // An event raised while a session runs would be swept away by that session's
    // InformResponse although its Inform did not carry it: it waits for the session end.
    if (isSessionRunning()) {
        m_deferredEvents.push_back(addEvent);
        m_sessionWanted = true;
        return;
    }
    addEvent();
    requestSession(reason);
}

void DeviceRunner::requestSession(const QString &reason)
{
    if (!m_started || m_stopping)
        return;
    RuntimeLog::debug(QStringLiteral("%1: session wanted (%2)").arg(m_serial, reason));
    if (m_offline || isSessionRunning()) {
        // TR-069 §3.2.2: triggers during a session cause at most one more session.
        m_sessionWanted = true;
        return;
    }
    if (!m_startTimer.isActive())
        m_startTimer.start(0);
}

void DeviceRunner::startSession()
{
    if (m_offline || m_stopping || isSessionRunning())
        return;
    m_startTimer.stop();
    m_retryTimer.stop();
    m_sessionWanted = false;
    if (m_device->events().isEmpty() && m_device->pendingValueChanges().isEmpty()) {
        // An Inform must carry at least one event (cwmp-facts §8).
        RuntimeLog::debug(QStringLiteral("%1: nothing to report, no session").arg(m_serial));
        return;
    }
    SessionClient::Settings settings;
    const QUrl url(value(QStringLiteral("ManagementServer.URL")).value_or(QString()));
    settings.acsUrl = url.isValid() && !url.host().isEmpty() ? url : m_options.acsUrl;
    settings.username = value(QStringLiteral("ManagementServer.Username")).value_or(QString());
    settings.password = value(QStringLiteral("ManagementServer.Password")).value_or(QString());
    settings.retryCount = m_retryCount;
    settings.dropAfterInform = m_options.faults.dropMidSession && !m_dropUsed;
    settings.malformFirstAnswer = m_options.faults.malformedXml && !m_malformedUsed;
    m_session->start(settings);
}

void DeviceRunner::onSessionFinished(const SessionReport &report)
{
    if (report.droppedByFault)
        m_dropUsed = true;
    if (report.malformedSent)
        m_malformedUsed = true;
    if (report.ok) {
        m_retryCount = 0;
        m_lastRetryWaitMs = 0;
        ++m_sessionsOk;
    } else {
        ++m_sessionsFailed;
        // TR-069 §3.2.1.1: undelivered events stay (but "6 CONNECTION REQUEST") and the
        // next attempt waits for the back-off.
        m_device->sessionFailed();
        if (!m_stopping) {
            ++m_retryCount;
            scheduleRetry();
        }
    }
    logSession(report);
    ++m_sessionNumber;
    m_sinceLastSession.start();
    for (const auto &addEvent : m_deferredEvents)
        addEvent();
    m_deferredEvents.clear();
    if (!m_stopping)
        processActions();
    saveState();
    Q_EMIT sessionFinished(report);
    if (m_stopping || m_offline)
        return;
    if (m_rebootAfterSession) {
        m_rebootAfterSession = false;
        beginReboot(false, false);
        return;
    }
    if (m_sessionWanted && report.ok) {
        m_sessionWanted = false;
        requestSession(QStringLiteral("trigger during the session"));
    }
}

void DeviceRunner::logSession(const SessionReport &report) const
{
    const QString events = report.events.join(u',');
    if (report.ok) {
        RuntimeLog::info(QStringLiteral("%1: session %2 %3 → %4 RPCs, %5 in %6 ms")
                             .arg(m_serial)
                             .arg(m_sessionNumber)
                             .arg(events)
                             .arg(report.rpcs)
                             .arg(report.finalStatus)
                             .arg(report.elapsedMs));
    } else {
        RuntimeLog::warn(QStringLiteral("%1: session %2 %3 failed after %4 ms (retry %5 in %6 s): %7")
                             .arg(m_serial)
                             .arg(m_sessionNumber)
                             .arg(events)
                             .arg(report.elapsedMs)
                             .arg(m_retryCount)
                             .arg(double(m_lastRetryWaitMs) / 1000.0, 0, 'f', 1)
                             .arg(report.error));
    }
}

void DeviceRunner::scheduleRetry()
{
    const quint32 minimum = value(QStringLiteral("ManagementServer.CWMPRetryMinimumWaitInterval"))
                                .value_or(QString())
                                .toUInt();
    const quint32 multiplier = value(QStringLiteral("ManagementServer.CWMPRetryIntervalMultiplier"))
                                   .value_or(QString())
                                   .toUInt();
    const RetryPolicy policy(minimum ? minimum : RetryPolicy::kDefaultMinimumWaitSeconds,
                             multiplier ? multiplier : RetryPolicy::kDefaultMultiplier);
    const qint64 wait = policy.waitMs(m_retryCount, QRandomGenerator::global()->generateDouble());
    m_lastRetryWaitMs = qint64(double(wait) * m_options.retryTimeScale);
    m_retryTimer.start(clampMs(m_lastRetryWaitMs));
}

void DeviceRunner::processActions()
{
    const DeviceActions actions = m_device->takeActions();
    if (actions.periodicInformChanged)
        armPeriodic();
    for (const DeviceActions::ScheduledInform &inform : actions.scheduledInforms) {
        // TR-069 A.4.1.4: "3 SCHEDULED" + "M ScheduleInform" after DelaySeconds.
        const QString key = inform.commandKey;
        QTimer::singleShot(clampMs(qint64(inform.delaySeconds) * 1000), m_scheduled, [this, key] {
            raise([this, key] { m_device->scheduledInformDue(key); }, QStringLiteral("scheduled inform"));
        });
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const TransferEntry &entry : actions.transfersQueued) {
        // DelaySeconds counts from the receipt of the request (cwmp-facts §7.1).
        const QDateTime due = entry.requestedAt.isValid() ? entry.requestedAt.addSecs(entry.delaySeconds)
                                                          : now.addSecs(entry.delaySeconds);
        enqueueTransfer(entry.commandKey, now.msecsTo(due));
    }
    for (const QString &object : actions.diagnosticsCanceled)
        m_diagnostics->cancel(object);
    // cwmp-facts §11.1: the test starts after the session.
    for (const QString &object : actions.diagnosticsRequested)
        m_diagnostics->start(object);
    if (actions.acsUrlChanged || actions.startSession)
        requestSession(actions.acsUrlChanged ? QStringLiteral("new ACS URL") : QStringLiteral("active notification"));
    if (actions.factoryReset)
        beginReboot(true, false);
    else if (actions.reboot)
        beginReboot(false, true);
}

void DeviceRunner::armPeriodic()
{
    m_periodicTimer.stop();
    const bool enabled = cwmp::parseBoolean(value(QStringLiteral("ManagementServer.PeriodicInformEnable"))
                                                .value_or(QString()))
                             .value_or(false);
    const quint32 interval = value(QStringLiteral("ManagementServer.PeriodicInformInterval")).value_or(QString()).toUInt();
    if (!enabled || interval == 0)
        return;
    // PeriodicInformTime (the phase) is not modelled: the interval counts from now.
    m_periodicTimer.start(clampMs(qint64(interval) * 1000));
}

void DeviceRunner::onTick()
{
    if (m_offline || m_stopping)
        return;
    if (!m_device->tick(QDateTime::currentDateTimeUtc()))
        return;
    // DefaultActiveNotificationThrottle: a session whose only purpose is a VALUE CHANGE
    // waits that long after the previous one (cwmp-facts §4.4); a later tick retries.
    const quint32 throttle = value(QStringLiteral("ManagementServer.DefaultActiveNotificationThrottle"))
                                 .value_or(QString())
                                 .toUInt();
    if (throttle > 0 && m_sinceLastSession.isValid() && m_sinceLastSession.elapsed() < qint64(throttle) * 1000)
        return;
    requestSession(QStringLiteral("active notification"));
}

void DeviceRunner::enqueueTransfer(const QString &commandKey, qint64 delayMs)
{
    QTimer::singleShot(clampMs(delayMs), m_scheduled, [this, commandKey] {
        m_transferQueue.push_back(commandKey);
        pumpTransfers();
    });
}

void DeviceRunner::resumeTransfers()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<QPair<QString, QDateTime>> pending;
    for (const TransferEntry &entry : m_device->transfers().entries()) {
        if (entry.state != TransferEntry::Completed)
            pending.append({entry.commandKey, entry.requestedAt.isValid() ? entry.requestedAt.addSecs(entry.delaySeconds) : now});
    }
    for (const auto &[key, due] : pending) {
        // A transfer cut off by a reboot or a restart starts again from the beginning.
        m_device->transfers().setState(key, TransferEntry::NotStarted);
        enqueueTransfer(key, now.msecsTo(due));
    }
}

bool DeviceRunner::windowMissed(const TransferEntry &entry)
{
    if (!entry.runnableWindow())
        return true;
    // Seconds since receipt, as WindowStart/WindowEnd count them.
    const qint64 elapsed = entry.requestedAt.isValid() ? entry.requestedAt.secsTo(QDateTime::currentDateTimeUtc()) : 0;
    for (const cwmp::TimeWindowStruct &w : entry.timeWindows) {
        if (!w.windowMode.startsWith(u'4') && elapsed <= qint64(w.windowEnd))
            return false;
    }
    return true;
}

void DeviceRunner::pumpTransfers()
{
    if (m_offline || m_stopping || m_transfer->isBusy())
        return;
    while (!m_transferQueue.empty()) {
        const QString key = m_transferQueue.front();
        m_transferQueue.pop_front();
        TransferEntry *entry = m_device->transfers().findActive(key);
        if (!entry || entry->state != TransferEntry::NotStarted)
            continue; // cancelled (CancelTransfer) or already running
        entry->state = TransferEntry::InProgress;
        if (entry->method == u"ScheduleDownload" && windowMissed(*entry)) {
            // TR-069 A.4.1.6: a ScheduleDownload that cannot run inside its windows ends
            // with TransferComplete 9020. This simulator has no user to ask, so windows with
            // "4 Confirmation Needed" always end this way, at their end; a device that was
            // off (rebooting, stopped) for the whole of its windows likewise.
            TransferOutcome outcome;
            outcome.commandKey = key;
            outcome.fault = {quint32(cwmp::DownloadWindowMissed),
                             entry->runnableWindow() ? QStringLiteral("the time windows passed while the device was off")
                                                     : QStringLiteral("no user confirmed the download within the time windows")};
            outcome.startTime = outcome.completeTime = QDateTime::currentDateTimeUtc();
            onTransferFinished(outcome);
            return;
        }
        if (entry->isDownload && m_options.faults.downloadFail) {
            TransferOutcome outcome;
            outcome.commandKey = key;
            outcome.fault = {quint32(cwmp::DownloadFailure),
                             QStringLiteral("file transfer failure (--fault download-fail)")};
            outcome.startTime = outcome.completeTime = QDateTime::currentDateTimeUtc();
            onTransferFinished(outcome);
            return;
        }
        const TransferEntry copy = *entry;
        const QByteArray content = copy.isDownload ? QByteArray() : UploadContent::forFileType(*m_device, copy.fileType);
        RuntimeLog::debug(QStringLiteral("%1: %2 %3 starts").arg(m_serial, copy.method, copy.url));
        m_transfer->start(copy, content);
        return;
    }
}

void DeviceRunner::onTransferFinished(const TransferOutcome &outcome)
{
    RuntimeLog::info(QStringLiteral("%1: transfer %2 ended: fault %3 %4 (%5 bytes)")
                         .arg(m_serial, outcome.commandKey)
                         .arg(outcome.fault.faultCode)
                         .arg(outcome.fault.faultString)
                         .arg(outcome.bytes));
    // "7 TRANSFER COMPLETE" + "M Download"/"M Upload" survive an InformResponse, so the
    // completion is recorded at once, even during a session.
    m_device->completeTransfer(outcome.commandKey, outcome.fault, outcome.startTime, outcome.completeTime);
    Q_EMIT transferFinished(outcome);
    if (outcome.firmwareVersion || outcome.configuration) {
        // A firmware image is applied by the "upgrade reboot" after the session; the
        // Inform after it says "1 BOOT" as well (cwmp-facts §7.1 Download).
        m_pendingFirmware = outcome.firmwareVersion;
        // A vendor configuration file is applied by the same reboot, as real CPEs do.
        m_pendingConfiguration = outcome.configuration;
        if (isSessionRunning())
            m_rebootAfterSession = true;
        else
            beginReboot(false, false);
        return;
    }
    requestSession(QStringLiteral("transfer complete"));
    pumpTransfers();
}

void DeviceRunner::onDiagnosticFinished(const QString &objectPath, const QString &state)
{
    const QString statePath = objectPath + QStringLiteral("DiagnosticsState");
    if (m_device->state().value(statePath).value_or(QString()) != u"Requested")
        return; // cancelled or reset meanwhile
    RuntimeLog::info(QStringLiteral("%1: %2 %3").arg(m_serial, objectPath, state));
    raise([this, objectPath, state] { m_device->completeDiagnostics(objectPath, state); },
          QStringLiteral("diagnostics complete"));
}

void DeviceRunner::cancelScheduled()
{
    delete m_scheduled;
    m_scheduled = new QObject(this);
}

void DeviceRunner::beginReboot(bool factoryReset, bool byRebootRpc)
{
    // The device is "off": no sessions, no timers, no listener (TR-069 A.3.2.9).
    m_offline = true;
    m_startTimer.stop();
    m_retryTimer.stop();
    m_periodicTimer.stop();
    m_tickTimer.stop();
    cancelScheduled();
    m_transfer->abort();
    m_diagnostics->cancelAll();
    m_transferQueue.clear();
    m_crServer->close();
    Q_EMIT wentOffline();
    if (byRebootRpc && m_options.faults.silentAfterReboot) {
        RuntimeLog::warn(QStringLiteral("%1: rebooting and staying silent (--fault silent-after-reboot)").arg(m_serial));
        saveState();
        return;
    }
    RuntimeLog::info(QStringLiteral("%1: %2").arg(m_serial, factoryReset ? QStringLiteral("factory reset")
                                                                         : QStringLiteral("rebooting")));
    m_rebootTimer.disconnect();
    connect(&m_rebootTimer, &QTimer::timeout, this, [this, factoryReset] { finishReboot(factoryReset); });
    m_rebootTimer.start(std::max(0, m_options.rebootDelayMs));
}

void DeviceRunner::finishReboot(bool factoryReset)
{
    if (m_stopping)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (factoryReset) {
        m_device->performFactoryReset(now);
        applyOverrides(false);
    } else {
        if (m_pendingFirmware) {
            DeviceState &state = m_device->state();
            state.setValue(path(QStringLiteral("DeviceInfo.SoftwareVersion")), *m_pendingFirmware);
            // The active image slot reports the new version too, where the profile has one.
            const QString active = value(QStringLiteral("DeviceInfo.ActiveFirmwareImage")).value_or(QString());
            if (!active.isEmpty())
                state.setValue(active + QStringLiteral(".Version"), *m_pendingFirmware);
        }
        if (m_pendingConfiguration) {
            // Only writable parameters take the file's values: a backup also lists read-only
            // ones (counters, SoftwareVersion) that a restore must not turn back.
            DeviceState &state = m_device->state();
            for (const auto &[name, text] : std::as_const(*m_pendingConfiguration)) {
                const NodeRef node = state.resolve(name);
                if (node.kind == NodeRef::Parameter && state.meta(node).writable && !state.meta(node).hidden)
                    state.setValue(node, text);
            }
        }
        m_device->reboot(now);
    }
    m_pendingFirmware.reset();
    m_pendingConfiguration.reset();
    if (!listenForConnectionRequests())
        RuntimeLog::warn(QStringLiteral("%1: connection-request listener did not come back: %2")
                             .arg(m_serial, m_crServer->errorString()));
    m_offline = false;
    armPeriodic();
    m_tickTimer.start(kTickIntervalMs);
    resumeTransfers();
    saveState();
    Q_EMIT booted();
    m_sessionWanted = false;
    requestSession(QStringLiteral("boot"));
}

void DeviceRunner::saveState()
{
    if (m_options.stateDir.isEmpty() || !m_device)
        return;
    QDir().mkpath(m_options.stateDir);
    const QString error = StateFile::save(*m_device, stateFilePath());
    if (!error.isEmpty())
        RuntimeLog::warn(QStringLiteral("%1: state not saved: %2").arg(m_serial, error));
}

} // namespace cpesim
