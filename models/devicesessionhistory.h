#pragma once

// The last sessions of each device: collected from the engine's sessionStarted /
// sessionFinished while the console runs, and, on request, the older ones read back from
// the SOAP log in the store (asynchronously, on the store's worker thread).

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <memory>

namespace acs {
class AcsEngine;
}

namespace store {
class Database;
class SoapLogRepository;
}

namespace models {

struct DeviceSession {
    QString sessionId;
    qint64 startedMs = 0;
    qint64 finishedMs = 0; // 0: still running
    QStringList events;    // the Inform's event codes ("0 BOOTSTRAP", "6 CONNECTION REQUEST")
    QString outcome;       // the engine's words ("completed", "the device closed the connection")
    bool fromLog = false;  // read back from the SOAP log of an earlier run
    QStringList rpcs;      // for sessions from the log: the methods exchanged, in order
    qint64 informExchangeId = 0; // for sessions from the log: where their events are read
};

class DeviceSessionHistory : public QObject
{
    Q_OBJECT

public:
    static constexpr int kKeptPerDevice = 10;
    // The SOAP log is read in pages of this many exchanges (bodies are not loaded).
    static constexpr int kLogPageSize = 2000;

    explicit DeviceSessionHistory(acs::AcsEngine &engine, QObject *parent = nullptr);
    ~DeviceSessionHistory() override;

    // Newest first, at most kKeptPerDevice.
    QList<DeviceSession> sessionsOf(const QString &deviceId) const;
    // Reads the device's earlier sessions from the SOAP log once per device; a null
    // database does nothing. The result arrives in changed().
    void loadFromLog(store::Database *database, const QString &deviceId);

Q_SIGNALS:
    void changed(const QString &deviceId);

private:
    void onSessionStarted(const QString &deviceId, const QString &sessionId, const QStringList &events);
    void onSessionFinished(const QString &deviceId, const QString &sessionId, const QString &outcome);
    void readLogPage(const QString &deviceId, int offset, QList<DeviceSession> found);
    void readInformEvents(const QString &deviceId, const QString &sessionId, qint64 exchangeId);
    void merge(const QString &deviceId, const QList<DeviceSession> &older);

    QHash<QString, QList<DeviceSession>> m_sessions; // newest first
    QSet<QString> m_logRequested;
    store::Database *m_database = nullptr;
    std::unique_ptr<store::SoapLogRepository> m_log;
};

} // namespace models
