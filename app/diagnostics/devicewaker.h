#pragma once

// Queues a task with the engine and makes sure the device comes to take it: a connection
// request when it has no session (TR-069 §3.2.2), asked again while the task still waits
// and the device is not in a session (it may have answered 503 "busy", or the session that
// was open ended before it took the task). models::TaskDispatcher does the same for the
// console; this layer may not use models.

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

namespace acs {
class AcsEngine;
}

namespace diagnostics {

class DeviceWaker : public QObject
{
    Q_OBJECT

public:
    static constexpr int kRecheckMs = 2000;
    static constexpr int kMaxWakes = 5;

    explicit DeviceWaker(acs::AcsEngine &engine, QObject *parent = nullptr);

    // The task id, or 0 with *why.
    qint64 submit(const QString &deviceId, const QString &kind, const QJsonObject &args, QString *why = nullptr);

private:
    void check();

    acs::AcsEngine &m_engine;
    QHash<qint64, int> m_watched; // task id -> connection requests sent for it
    QTimer m_timer;
};

} // namespace diagnostics
