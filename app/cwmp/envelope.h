#pragma once

// One SOAP envelope of CWMP (TR-069 A.2/A.3): the cwmp header elements and exactly one
// RPC request, response or fault in the body.

#include "acsmethods.h"
#include "cpemethods.h"
#include "cwmpversion.h"
#include "soapfault.h"

#include <QString>

#include <optional>
#include <variant>

namespace cwmp {

struct Header {
    // ID correlates a request and its response; a response echoes the request's ID.
    std::optional<QString> id;
    bool idMustUnderstand = true;
    std::optional<bool> holdRequests;            // ACS -> CPE
    std::optional<bool> noMoreRequests;          // deprecated since Amendment 1; read, never written
    std::optional<quint32> sessionTimeout;       // CWMP 1.3, Inform only
    std::optional<QString> supportedCwmpVersions; // CWMP 1.4, Inform only
    std::optional<QString> useCwmpVersion;       // CWMP 1.4, InformResponse only
    bool operator==(const Header &) const = default;
};

using Body = std::variant<
    // ACS -> CPE
    GetRPCMethods, GetRPCMethodsResponse, SetParameterValues, SetParameterValuesResponse,
    GetParameterValues, GetParameterValuesResponse, GetParameterNames, GetParameterNamesResponse,
    SetParameterAttributes, SetParameterAttributesResponse, GetParameterAttributes,
    GetParameterAttributesResponse, AddObject, AddObjectResponse, DeleteObject,
    DeleteObjectResponse, Reboot, RebootResponse, FactoryReset, FactoryResetResponse, Download,
    DownloadResponse, Upload, UploadResponse, ScheduleInform, ScheduleInformResponse,
    GetQueuedTransfers, GetQueuedTransfersResponse, GetAllQueuedTransfers,
    GetAllQueuedTransfersResponse, CancelTransfer, CancelTransferResponse, ScheduleDownload,
    ScheduleDownloadResponse, ChangeDUState, ChangeDUStateResponse, SetVouchers,
    SetVouchersResponse, GetOptions, GetOptionsResponse,
    // CPE -> ACS
    Inform, InformResponse, TransferComplete, TransferCompleteResponse, AutonomousTransferComplete,
    AutonomousTransferCompleteResponse, DUStateChangeComplete, DUStateChangeCompleteResponse,
    AutonomousDUStateChangeComplete, AutonomousDUStateChangeCompleteResponse, RequestDownload,
    RequestDownloadResponse, Kicked, KickedResponse,
    // either way
    SoapFault>;

struct Envelope {
    // The cwmp namespace URI of the message. A reply uses the namespace of the message it
    // answers (see negotiateVersion).
    QString cwmpNamespace = namespaceForVersion(CwmpVersion::V1_2);
    Header header;
    Body body;
    bool operator==(const Envelope &) const = default;
};

// The SOAP element name of the body's RPC ("GetParameterValuesResponse", "Fault").
QString methodName(const Body &body);
bool isFault(const Body &body);

template <class T>
const T *bodyAs(const Envelope &envelope)
{
    return std::get_if<T>(&envelope.body);
}

} // namespace cwmp
