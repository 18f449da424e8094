#pragma once

// Applies the profiles marked "apply on BOOTSTRAP" to a device that informs with
// "0 BOOTSTRAP" (TR-069 §3.7.1.5: first contact, or after a factory reset or a changed ACS
// URL), so that a fresh device is provisioned with no click. Profiles apply in name order.

#include <QObject>
#include <QStringList>

namespace acs {

class Provisioning;

class BootstrapProvisioner : public QObject
{
    Q_OBJECT

public:
    explicit BootstrapProvisioner(Provisioning &provisioning, QObject *parent = nullptr);

    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool isEnabled() const { return m_enabled; }

Q_SIGNALS:
    // A run started for a profile (follow it with Provisioning::run(runId)).
    void applied(const QString &deviceId, const QString &profileName, qint64 runId);
    void failed(const QString &deviceId, const QString &error);

private:
    void onSessionStarted(const QString &deviceId, const QStringList &events);

    Provisioning &m_provisioning;
    bool m_enabled = true;
};

} // namespace acs
