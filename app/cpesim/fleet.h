#pragma once

#include "runtimeoptions.h"

#include <QList>
#include <QObject>

#include <memory>

namespace cpesim {

class DeviceRunner;
class Profile;

// N simulated devices in one process sharing one Profile (each with its own state, HTTP
// client and connection-request port), their first Informs spread over staggerMs.
class Fleet : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxDevices = 10000;

    explicit Fleet(const RuntimeOptions &options, QObject *parent = nullptr);
    ~Fleet() override;

    // Builds and starts `count` devices. Returns an error text (nothing started then).
    QString start(std::shared_ptr<const Profile> profile, int count, const QString &serialBase);
    // Ends sessions, closes listeners, saves every device's state.
    void stop();

    const QList<DeviceRunner *> &devices() const { return m_devices; }
    int sessionsSucceeded() const { return m_ok; }
    int sessionsFailed() const { return m_failed; }

    // Serial `index` of a fleet: the trailing number of `base` counted up, its width and
    // everything before it kept ("SN0001" -> SN0001, SN0002, …; "AB9" -> AB9, AB10). A base
    // without a trailing number gets one appended from the second device on.
    static QString serialFor(const QString &base, int index);

Q_SIGNALS:
    void sessionFinished(const QString &serialNumber, bool ok);

private:
    RuntimeOptions m_options;
    QList<DeviceRunner *> m_devices;
    int m_ok = 0;
    int m_failed = 0;
};

} // namespace cpesim
