#pragma once

// The engine's persistence in the workspace's SQLite store. Every call queues a job on
// the store's worker thread and returns at once; failures are reported by the Database.

#include "enginepersistence.h"

#include <store/devicerepository.h>
#include <store/parameterrepository.h>
#include <store/soaplogrepository.h>
#include <store/taskrepository.h>

namespace store {
class Database;
}

namespace acs {

class StorePersistence : public EnginePersistence
{
public:
    explicit StorePersistence(store::Database &database);

    void saveDevice(const DeviceRecord &device) override;
    void saveCredentials(const DeviceRecord &device) override;
    void removeDevice(const QString &deviceId) override;
    void saveParameters(const DeviceRecord &device, const QSet<QString> &changed, const QStringList &removed) override;
    void saveTask(const Task &task) override;
    void saveRefreshStrategy(const DeviceRecord &device, const QString &strategy) override;
    void logMessage(const LoggedMessage &message) override;

    // Conversions used when the workspace is loaded.
    static store::Task toStore(const Task &task);
    static Task fromStore(const store::Task &task);
    static std::unique_ptr<DeviceRecord> fromStore(const store::Device &device);

private:
    store::DeviceRepository m_devices;
    store::ParameterRepository m_parameters;
    store::TaskRepository m_tasks;
    store::SoapLogRepository m_log;
};

} // namespace acs
