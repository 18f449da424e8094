#pragma once

// Methods the ACS calls on the CPE, with their responses (TR-069 Annex A.3.2, A.4.1).
// Each struct names its SOAP element in kMethod.

#include "datastructs.h"

namespace cwmp {

// GetRPCMethods travels in both directions (A.3.1.1); one struct serves both.
struct GetRPCMethods {
    static constexpr const char *kMethod = "GetRPCMethods";
    bool operator==(const GetRPCMethods &) const = default;
};
struct GetRPCMethodsResponse {
    static constexpr const char *kMethod = "GetRPCMethodsResponse";
    QStringList methodList;
    bool operator==(const GetRPCMethodsResponse &) const = default;
};

struct SetParameterValues {
    static constexpr const char *kMethod = "SetParameterValues";
    QList<ParameterValueStruct> parameterList;
    QString parameterKey;
    bool operator==(const SetParameterValues &) const = default;
};
// Status 0: applied; 1: committed, takes effect later (e.g. after reboot).
struct SetParameterValuesResponse {
    static constexpr const char *kMethod = "SetParameterValuesResponse";
    int status = 0;
    bool operator==(const SetParameterValuesResponse &) const = default;
};

struct GetParameterValues {
    static constexpr const char *kMethod = "GetParameterValues";
    QStringList parameterNames;
    bool operator==(const GetParameterValues &) const = default;
};
struct GetParameterValuesResponse {
    static constexpr const char *kMethod = "GetParameterValuesResponse";
    QList<ParameterValueStruct> parameterList;
    bool operator==(const GetParameterValuesResponse &) const = default;
};

struct GetParameterNames {
    static constexpr const char *kMethod = "GetParameterNames";
    QString parameterPath;
    bool nextLevel = false;
    bool operator==(const GetParameterNames &) const = default;
};
struct GetParameterNamesResponse {
    static constexpr const char *kMethod = "GetParameterNamesResponse";
    QList<ParameterInfoStruct> parameterList;
    bool operator==(const GetParameterNamesResponse &) const = default;
};

struct SetParameterAttributes {
    static constexpr const char *kMethod = "SetParameterAttributes";
    QList<SetParameterAttributesStruct> parameterList;
    bool operator==(const SetParameterAttributes &) const = default;
};
struct SetParameterAttributesResponse {
    static constexpr const char *kMethod = "SetParameterAttributesResponse";
    bool operator==(const SetParameterAttributesResponse &) const = default;
};

struct GetParameterAttributes {
    static constexpr const char *kMethod = "GetParameterAttributes";
    QStringList parameterNames;
    bool operator==(const GetParameterAttributes &) const = default;
};
struct GetParameterAttributesResponse {
    static constexpr const char *kMethod = "GetParameterAttributesResponse";
    QList<ParameterAttributeStruct> parameterList;
    bool operator==(const GetParameterAttributesResponse &) const = default;
};

struct AddObject {
    static constexpr const char *kMethod = "AddObject";
    QString objectName;
    QString parameterKey;
    bool operator==(const AddObject &) const = default;
};
struct AddObjectResponse {
    static constexpr const char *kMethod = "AddObjectResponse";
    quint32 instanceNumber = 0;
    int status = 0;
    bool operator==(const AddObjectResponse &) const = default;
};

struct DeleteObject {
    static constexpr const char *kMethod = "DeleteObject";
    QString objectName;
    QString parameterKey;
    bool operator==(const DeleteObject &) const = default;
};
struct DeleteObjectResponse {
    static constexpr const char *kMethod = "DeleteObjectResponse";
    int status = 0;
    bool operator==(const DeleteObjectResponse &) const = default;
};

struct Reboot {
    static constexpr const char *kMethod = "Reboot";
    QString commandKey;
    bool operator==(const Reboot &) const = default;
};
struct RebootResponse {
    static constexpr const char *kMethod = "RebootResponse";
    bool operator==(const RebootResponse &) const = default;
};

struct FactoryReset {
    static constexpr const char *kMethod = "FactoryReset";
    bool operator==(const FactoryReset &) const = default;
};
struct FactoryResetResponse {
    static constexpr const char *kMethod = "FactoryResetResponse";
    bool operator==(const FactoryResetResponse &) const = default;
};

struct Download {
    static constexpr const char *kMethod = "Download";
    QString commandKey;
    QString fileType;
    QString url;
    QString username;
    QString password;
    quint32 fileSize = 0;
    QString targetFileName;
    quint32 delaySeconds = 0;
    QString successUrl;
    QString failureUrl;
    bool operator==(const Download &) const = default;
};
// Status 1 (transfer pending): StartTime/CompleteTime carry the Unknown Time.
struct DownloadResponse {
    static constexpr const char *kMethod = "DownloadResponse";
    int status = 1;
    QDateTime startTime = unknownTime();
    QDateTime completeTime = unknownTime();
    bool operator==(const DownloadResponse &) const = default;
};

struct Upload {
    static constexpr const char *kMethod = "Upload";
    QString commandKey;
    QString fileType;
    QString url;
    QString username;
    QString password;
    quint32 delaySeconds = 0;
    bool operator==(const Upload &) const = default;
};
struct UploadResponse {
    static constexpr const char *kMethod = "UploadResponse";
    int status = 1;
    QDateTime startTime = unknownTime();
    QDateTime completeTime = unknownTime();
    bool operator==(const UploadResponse &) const = default;
};

struct ScheduleInform {
    static constexpr const char *kMethod = "ScheduleInform";
    quint32 delaySeconds = 0;
    QString commandKey;
    bool operator==(const ScheduleInform &) const = default;
};
struct ScheduleInformResponse {
    static constexpr const char *kMethod = "ScheduleInformResponse";
    bool operator==(const ScheduleInformResponse &) const = default;
};

struct GetQueuedTransfers {
    static constexpr const char *kMethod = "GetQueuedTransfers";
    bool operator==(const GetQueuedTransfers &) const = default;
};
struct GetQueuedTransfersResponse {
    static constexpr const char *kMethod = "GetQueuedTransfersResponse";
    QList<QueuedTransferStruct> transferList;
    bool operator==(const GetQueuedTransfersResponse &) const = default;
};

struct GetAllQueuedTransfers {
    static constexpr const char *kMethod = "GetAllQueuedTransfers";
    bool operator==(const GetAllQueuedTransfers &) const = default;
};
struct GetAllQueuedTransfersResponse {
    static constexpr const char *kMethod = "GetAllQueuedTransfersResponse";
    QList<AllQueuedTransferStruct> transferList;
    bool operator==(const GetAllQueuedTransfersResponse &) const = default;
};

struct CancelTransfer {
    static constexpr const char *kMethod = "CancelTransfer";
    QString commandKey;
    bool operator==(const CancelTransfer &) const = default;
};
struct CancelTransferResponse {
    static constexpr const char *kMethod = "CancelTransferResponse";
    bool operator==(const CancelTransferResponse &) const = default;
};

struct ScheduleDownload {
    static constexpr const char *kMethod = "ScheduleDownload";
    QString commandKey;
    QString fileType;
    QString url;
    QString username;
    QString password;
    quint32 fileSize = 0;
    QString targetFileName;
    QList<TimeWindowStruct> timeWindowList;
    bool operator==(const ScheduleDownload &) const = default;
};
struct ScheduleDownloadResponse {
    static constexpr const char *kMethod = "ScheduleDownloadResponse";
    bool operator==(const ScheduleDownloadResponse &) const = default;
};

struct ChangeDUState {
    static constexpr const char *kMethod = "ChangeDUState";
    QList<DuOperation> operations;
    QString commandKey;
    bool operator==(const ChangeDUState &) const = default;
};
struct ChangeDUStateResponse {
    static constexpr const char *kMethod = "ChangeDUStateResponse";
    bool operator==(const ChangeDUStateResponse &) const = default;
};

// VoucherList holds base64-encoded signed vouchers, kept in their lexical form.
struct SetVouchers {
    static constexpr const char *kMethod = "SetVouchers";
    QStringList voucherList;
    bool operator==(const SetVouchers &) const = default;
};
struct SetVouchersResponse {
    static constexpr const char *kMethod = "SetVouchersResponse";
    bool operator==(const SetVouchersResponse &) const = default;
};

struct GetOptions {
    static constexpr const char *kMethod = "GetOptions";
    QString optionName;
    bool operator==(const GetOptions &) const = default;
};
struct GetOptionsResponse {
    static constexpr const char *kMethod = "GetOptionsResponse";
    QList<OptionStruct> optionList;
    bool operator==(const GetOptionsResponse &) const = default;
};

} // namespace cwmp
