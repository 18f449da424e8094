#pragma once

// The argument structures shared by several RPCs (TR-069 Annex A, cwmp-1-2.xsd types).
// Plain values: C++20 defaulted equality makes every message comparable in tests.

#include "cwmpvalue.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace cwmp {

struct ParameterValueStruct {
    QString name;
    QString value;
    ValueType type = ValueType::String;
    bool operator==(const ParameterValueStruct &) const = default;
};

struct ParameterInfoStruct {
    QString name;
    bool writable = false;
    bool operator==(const ParameterInfoStruct &) const = default;
};

// Notification values (A.3.2.4): 0 off, 1 passive, 2 active, 3-6 lightweight variants.
struct ParameterAttributeStruct {
    QString name;
    int notification = 0;
    QStringList accessList;
    bool operator==(const ParameterAttributeStruct &) const = default;
};

struct SetParameterAttributesStruct {
    QString name;
    bool notificationChange = false;
    int notification = 0;
    bool accessListChange = false;
    QStringList accessList;
    bool operator==(const SetParameterAttributesStruct &) const = default;
};

struct DeviceIdStruct {
    QString manufacturer;
    QString oui;
    QString productClass;
    QString serialNumber;
    bool operator==(const DeviceIdStruct &) const = default;
};

struct EventStruct {
    QString eventCode;
    QString commandKey;
    bool operator==(const EventStruct &) const = default;
};

// TransferCompleteFaultStruct and DeploymentUnitFaultStruct: FaultCode 0 means success.
struct FaultStruct {
    quint32 faultCode = 0;
    QString faultString;
    bool operator==(const FaultStruct &) const = default;
};

// TransferStateType: 1 not yet started, 2 in progress, 3 completed.
struct QueuedTransferStruct {
    QString commandKey;
    int state = 1;
    bool operator==(const QueuedTransferStruct &) const = default;
};

struct AllQueuedTransferStruct {
    QString commandKey;
    int state = 1;
    bool isDownload = true;
    QString fileType;
    quint32 fileSize = 0;
    QString targetFileName;
    bool operator==(const AllQueuedTransferStruct &) const = default;
};

// WindowStart/WindowEnd are seconds after the CPE received ScheduleDownload.
struct TimeWindowStruct {
    quint32 windowStart = 0;
    quint32 windowEnd = 0;
    QString windowMode; // "1 At Any Time", "2 Immediately", "3 When Idle", "4 Confirmation Needed"
    QString userMessage;
    int maxRetries = -1;
    bool operator==(const TimeWindowStruct &) const = default;
};

struct OptionStruct {
    QString optionName;
    quint32 voucherSn = 0;
    int state = 0;
    int mode = 0;
    QDateTime startDate;
    std::optional<QDateTime> expirationDate;
    int isTransferable = 0;
    bool operator==(const OptionStruct &) const = default;
};

struct ArgStruct {
    QString name;
    QString value;
    bool operator==(const ArgStruct &) const = default;
};

// ChangeDUState operations (A.4.1.10): an abstract OperationStruct made concrete on the
// wire with xsi:type="cwmp:InstallOpStruct" and so on. Absent optional elements are empty.
struct InstallOpStruct {
    QString url;
    std::optional<QString> uuid;
    std::optional<QString> username;
    std::optional<QString> password;
    std::optional<QString> executionEnvRef;
    bool operator==(const InstallOpStruct &) const = default;
};

struct UpdateOpStruct {
    std::optional<QString> uuid;
    std::optional<QString> version;
    std::optional<QString> url;
    std::optional<QString> username;
    std::optional<QString> password;
    bool operator==(const UpdateOpStruct &) const = default;
};

struct UninstallOpStruct {
    QString uuid;
    std::optional<QString> version;
    std::optional<QString> executionEnvRef;
    bool operator==(const UninstallOpStruct &) const = default;
};

using DuOperation = std::variant<InstallOpStruct, UpdateOpStruct, UninstallOpStruct>;

struct OpResultStruct {
    QString uuid;
    QString deploymentUnitRef;
    QString version;
    QString currentState; // Installed, Uninstalled, Failed
    bool resolved = false;
    QString executionUnitRefList;
    QDateTime startTime;
    QDateTime completeTime;
    FaultStruct fault;
    bool operator==(const OpResultStruct &) const = default;
};

struct AutonOpResultStruct {
    OpResultStruct result;
    QString operationPerformed; // Install, Update, Uninstall
    bool operator==(const AutonOpResultStruct &) const = default;
};

} // namespace cwmp
