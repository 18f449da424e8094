#pragma once

// Shared helpers of the cpesim tests: a device of a built-in profile and typed access to
// RPC results.

#include <cpesim/profile.h>
#include <cpesim/simdevice.h>

#include <QTest>

#include <memory>

namespace simtest {

inline std::unique_ptr<cpesim::SimDevice> makeDevice(const QString &profile = QStringLiteral("tr181-gateway"))
{
    const auto loaded = cpesim::Profile::load(profile);
    if (!loaded.profile)
        qFatal("profile %s: %s", qPrintable(profile), qPrintable(loaded.error));
    cpesim::DeviceIdentity identity;
    identity.serialNumber = QStringLiteral("TEST0001");
    auto device = std::make_unique<cpesim::SimDevice>(loaded.profile, identity);
    device->boot(QDateTime::fromSecsSinceEpoch(1'750'000'000, Qt::UTC), true);
    return device;
}

// The CWMP fault code of a response, 0 when it is not a fault.
inline int faultCode(const cwmp::Body &body)
{
    const auto *fault = std::get_if<cwmp::SoapFault>(&body);
    return fault ? int(fault->faultCode) : 0;
}

inline cwmp::ParameterValueStruct pv(const QString &name, const QString &value,
                                     cwmp::ValueType type = cwmp::ValueType::Unspecified)
{
    return {name, value, type};
}

} // namespace simtest
