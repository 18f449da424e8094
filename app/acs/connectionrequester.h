#pragma once

// Wakes a device with a connection request (TR-069 §3.2.2): an HTTP GET to its
// ConnectionRequestURL, answered by the device with 200/204 and then a session that
// carries "6 CONNECTION REQUEST".

#include "devicerecord.h"

#include <QHash>
#include <QObject>

namespace acs {

class ConnectionRequester : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionRequester(QObject *parent = nullptr);
    ~ConnectionRequester() override;

    void setDefaults(const QString &username, const QString &password, int timeoutMs, int minIntervalMs);
    // The outcome arrives in finished(), in plain words.
    void request(const DeviceRecord &device);

Q_SIGNALS:
    void finished(const QString &deviceId, bool accepted, const QString &outcome);

private:
    QString m_username;
    QString m_password;
    int m_timeoutMs = 5000;
    int m_minIntervalMs = 2000;
    QHash<QString, qint64> m_lastRequestMs;
    QHash<QString, QObject *> m_inFlight;
};

} // namespace acs
