#include "devicesessionhistory.h"

#include <acs/acsengine.h>
#include <cwmp/envelopecodec.h>
#include <store/soaplogrepository.h>

#include <QDateTime>
#include <QFuture>

namespace models {

DeviceSessionHistory::DeviceSessionHistory(acs::AcsEngine &engine, QObject *parent)
    : QObject(parent)
{
    connect(&engine, &acs::AcsEngine::sessionStarted, this, &DeviceSessionHistory::onSessionStarted);
    connect(&engine, &acs::AcsEngine::sessionFinished, this, &DeviceSessionHistory::onSessionFinished);
    connect(&engine.devices(), &acs::DeviceDirectory::deviceRemoved, this, [this](const QString &id) {
        m_sessions.remove(id);
        m_logRequested.remove(id);
        Q_EMIT changed(id);
    });
}

DeviceSessionHistory::~DeviceSessionHistory() = default;

QList<DeviceSession> DeviceSessionHistory::sessionsOf(const QString &deviceId) const
{
    return m_sessions.value(deviceId);
}

void DeviceSessionHistory::onSessionStarted(const QString &deviceId, const QString &sessionId, const QStringList &events)
{
    QList<DeviceSession> &list = m_sessions[deviceId];
    DeviceSession s;
    s.sessionId = sessionId;
    s.startedMs = QDateTime::currentMSecsSinceEpoch();
    s.events = events;
    list.prepend(s);
    if (list.size() > kKeptPerDevice)
        list.resize(kKeptPerDevice);
    Q_EMIT changed(deviceId);
}

void DeviceSessionHistory::onSessionFinished(const QString &deviceId, const QString &sessionId, const QString &outcome)
{
    const auto it = m_sessions.find(deviceId);
    if (it == m_sessions.end())
        return; // a session that never got past its Inform
    for (DeviceSession &s : *it) {
        if (s.sessionId == sessionId) {
            s.finishedMs = QDateTime::currentMSecsSinceEpoch();
            s.outcome = outcome;
            Q_EMIT changed(deviceId);
            return;
        }
    }
}

void DeviceSessionHistory::loadFromLog(store::Database *database, const QString &deviceId)
{
    if (!database || deviceId.isEmpty() || m_logRequested.contains(deviceId))
        return;
    if (database != m_database) {
        m_database = database;
        // Reads only: the retention given here applies to appends, which we never make.
        m_log = std::make_unique<store::SoapLogRepository>(*database);
    }
    m_logRequested.insert(deviceId);
    readLogPage(deviceId, 0, {});
}

void DeviceSessionHistory::readLogPage(const QString &deviceId, int offset, QList<DeviceSession> found)
{
    // The log lists a device's exchanges oldest first, so the newest sessions are on the
    // last page; we page through, keeping the last kKeptPerDevice sessions seen.
    m_log->listForDevice(deviceId, std::nullopt, kLogPageSize, offset)
        .then(this, [this, deviceId, offset, found = std::move(found)](const store::Result<QList<store::SoapExchange>> &result) mutable {
            if (!result.ok() || !m_logRequested.contains(deviceId))
                return; // no log (or the device was forgotten meanwhile): only live sessions
            const QList<store::SoapExchange> &page = result.value();
            for (const store::SoapExchange &x : page) {
                if (found.isEmpty() || found.constLast().sessionId != x.sessionId) {
                    DeviceSession s;
                    s.sessionId = x.sessionId;
                    s.startedMs = x.startedMs;
                    s.fromLog = true;
                    found.append(s);
                    if (found.size() > kKeptPerDevice)
                        found.removeFirst();
                }
                DeviceSession &s = found.last();
                s.finishedMs = qMax(s.finishedMs, x.endedMs);
                if (!x.rpcName.isEmpty() && !x.rpcName.endsWith(QLatin1String("Response")))
                    s.rpcs.append(x.rpcName);
                if (x.rpcName == QLatin1String("Inform") && x.direction == store::SoapExchange::Direction::In)
                    s.informExchangeId = x.id;
            }
            if (page.size() == kLogPageSize) {
                readLogPage(deviceId, offset + kLogPageSize, std::move(found));
                return;
            }
            merge(deviceId, found);
            for (const DeviceSession &s : std::as_const(m_sessions[deviceId])) {
                if (s.fromLog && s.informExchangeId > 0)
                    readInformEvents(deviceId, s.sessionId, s.informExchangeId);
            }
        });
}

void DeviceSessionHistory::readInformEvents(const QString &deviceId, const QString &sessionId, qint64 exchangeId)
{
    m_log->get(exchangeId).then(this, [this, deviceId, sessionId](const store::Result<std::optional<store::SoapExchange>> &result) {
        if (!result.ok() || !result.value())
            return;
        const cwmp::DecodeResult decoded = cwmp::decodeEnvelope(result.value()->body);
        const auto *inform = decoded.ok() ? std::get_if<cwmp::Inform>(&decoded.envelope.body) : nullptr;
        if (!inform)
            return;
        for (DeviceSession &s : m_sessions[deviceId]) {
            if (s.sessionId == sessionId && s.fromLog) {
                for (const auto &e : inform->events)
                    s.events.append(e.eventCode);
                Q_EMIT changed(deviceId);
                return;
            }
        }
    });
}

void DeviceSessionHistory::merge(const QString &deviceId, const QList<DeviceSession> &older)
{
    QList<DeviceSession> &list = m_sessions[deviceId];
    QSet<QString> known;
    for (const DeviceSession &s : std::as_const(list))
        known.insert(s.sessionId);
    // `older` is oldest first; sessions of this run (already listed) win.
    for (auto it = older.crbegin(); it != older.crend() && list.size() < kKeptPerDevice; ++it) {
        if (!known.contains(it->sessionId))
            list.append(*it);
    }
    std::sort(list.begin(), list.end(), [](const DeviceSession &a, const DeviceSession &b) { return a.startedMs > b.startedMs; });
    Q_EMIT changed(deviceId);
}

} // namespace models
