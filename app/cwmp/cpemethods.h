#pragma once

// Methods the CPE calls on the ACS, with their responses (TR-069 Annex A.3.3, A.4.2).
// GetRPCMethods, which goes both ways, lives in acsmethods.h.

#include "datastructs.h"

namespace cwmp {

struct Inform {
    static constexpr const char *kMethod = "Inform";
    DeviceIdStruct deviceId;
    QList<EventStruct> events;
    quint32 maxEnvelopes = 1;
    QDateTime currentTime;
    quint32 retryCount = 0;
    QList<ParameterValueStruct> parameterList;
    bool operator==(const Inform &) const = default;
};
// MaxEnvelopes is always 1 since multi-envelope bodies were removed (A.3.3.1).
struct InformResponse {
    static constexpr const char *kMethod = "InformResponse";
    quint32 maxEnvelopes = 1;
    bool operator==(const InformResponse &) const = default;
};

struct TransferComplete {
    static constexpr const char *kMethod = "TransferComplete";
    QString commandKey;
    FaultStruct fault;
    QDateTime startTime;
    QDateTime completeTime;
    bool operator==(const TransferComplete &) const = default;
};
struct TransferCompleteResponse {
    static constexpr const char *kMethod = "TransferCompleteResponse";
    bool operator==(const TransferCompleteResponse &) const = default;
};

struct AutonomousTransferComplete {
    static constexpr const char *kMethod = "AutonomousTransferComplete";
    QString announceUrl;
    QString transferUrl;
    bool isDownload = true;
    QString fileType;
    quint32 fileSize = 0;
    QString targetFileName;
    FaultStruct fault;
    QDateTime startTime;
    QDateTime completeTime;
    bool operator==(const AutonomousTransferComplete &) const = default;
};
struct AutonomousTransferCompleteResponse {
    static constexpr const char *kMethod = "AutonomousTransferCompleteResponse";
    bool operator==(const AutonomousTransferCompleteResponse &) const = default;
};

struct DUStateChangeComplete {
    static constexpr const char *kMethod = "DUStateChangeComplete";
    QList<OpResultStruct> results;
    QString commandKey;
    bool operator==(const DUStateChangeComplete &) const = default;
};
struct DUStateChangeCompleteResponse {
    static constexpr const char *kMethod = "DUStateChangeCompleteResponse";
    bool operator==(const DUStateChangeCompleteResponse &) const = default;
};

struct AutonomousDUStateChangeComplete {
    static constexpr const char *kMethod = "AutonomousDUStateChangeComplete";
    QList<AutonOpResultStruct> results;
    bool operator==(const AutonomousDUStateChangeComplete &) const = default;
};
struct AutonomousDUStateChangeCompleteResponse {
    static constexpr const char *kMethod = "AutonomousDUStateChangeCompleteResponse";
    bool operator==(const AutonomousDUStateChangeCompleteResponse &) const = default;
};

struct RequestDownload {
    static constexpr const char *kMethod = "RequestDownload";
    QString fileType;
    QList<ArgStruct> fileTypeArg;
    bool operator==(const RequestDownload &) const = default;
};
struct RequestDownloadResponse {
    static constexpr const char *kMethod = "RequestDownloadResponse";
    bool operator==(const RequestDownloadResponse &) const = default;
};

struct Kicked {
    static constexpr const char *kMethod = "Kicked";
    QString command;
    QString referer;
    QString arg;
    QString next;
    bool operator==(const Kicked &) const = default;
};
struct KickedResponse {
    static constexpr const char *kMethod = "KickedResponse";
    QString nextUrl;
    bool operator==(const KickedResponse &) const = default;
};

} // namespace cwmp
