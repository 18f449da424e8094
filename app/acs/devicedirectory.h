#pragma once

// Every device the ACS has seen, with its parameter cache, and the refresh strategy that
// works for each device model.

#include "devicerecord.h"
#include "enginepersistence.h"
#include "taskrun.h"

#include <cwmp/cpemethods.h>

#include <QHash>
#include <QObject>

#include <memory>

namespace acs {

class DeviceDirectory : public QObject
{
    Q_OBJECT

public:
    explicit DeviceDirectory(EnginePersistence *persistence, QObject *parent = nullptr);
    ~DeviceDirectory() override;

    void restore(std::unique_ptr<DeviceRecord> device);
    void restoreStrategy(const QString &modelKey, const QString &strategy);

    // Updates (or creates) the device from an Inform (A.3.3.1): identity, address, the
    // Inform's parameters into the cache, boot/bootstrap times.
    DeviceRecord &applyInform(const cwmp::Inform &inform, const QString &address, const QString &cwmpVersion,
                              qint64 nowMs);
    DeviceRecord *find(const QString &id) const;
    QStringList ids() const;
    bool remove(const QString &id);
    void setCredentials(const QString &id, const DeviceCredentials &credentials);
    // Persists the cache rows a task changed.
    void parametersChanged(DeviceRecord &device, const QSet<QString> &changed, const QStringList &removed);

    RefreshStrategy strategyFor(const DeviceRecord &device) const;
    void learnStrategy(const DeviceRecord &device, const RefreshStrategy &strategy);

Q_SIGNALS:
    void deviceAdded(const QString &id);
    void deviceChanged(const QString &id);
    void deviceRemoved(const QString &id);
    // Which cache rows an Inform or a task run changed or removed (before deviceChanged /
    // deviceAdded), so that views of a large tree update only what moved.
    void parametersUpdated(const QString &id, const QSet<QString> &changed, const QStringList &removed);

private:
    EnginePersistence *m_persistence;
    QHash<QString, DeviceRecord *> m_devices;
    QHash<QString, RefreshStrategy> m_strategies;
};

} // namespace acs
