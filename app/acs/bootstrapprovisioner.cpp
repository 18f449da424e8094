#include "bootstrapprovisioner.h"

#include "acsengine.h"
#include "provisioning.h"

#include <cwmp/eventcodes.h>

namespace acs {

BootstrapProvisioner::BootstrapProvisioner(Provisioning &provisioning, QObject *parent)
    : QObject(parent), m_provisioning(provisioning)
{
    connect(&m_provisioning.engine(), &AcsEngine::sessionStarted, this,
            [this](const QString &deviceId, const QString &, const QStringList &events) { onSessionStarted(deviceId, events); });
}

void BootstrapProvisioner::onSessionStarted(const QString &deviceId, const QStringList &events)
{
    if (!m_enabled || !events.contains(cwmp::EventCodes::kBootstrap))
        return;
    // Read from the store each time: a profile saved a moment ago counts, and nothing is
    // cached that could go stale. The device's session is held by the first queued step.
    m_provisioning.profiles().list().then(this, [this, deviceId](const store::Result<QList<store::Profile>> &r) {
        if (!r) {
            Q_EMIT failed(deviceId, r.error().message);
            return;
        }
        for (const store::Profile &p : r.value()) {
            if (!p.applyOnBootstrap)
                continue;
            const Provisioning::Run run = m_provisioning.applyProfile(deviceId, p);
            Q_EMIT applied(deviceId, p.name, run.id);
        }
    });
}

} // namespace acs
