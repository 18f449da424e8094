#include "faultcodes.h"

namespace cwmp {

namespace {

// Ranges from cwmp-1-2.xsd (ACSFaultCodeType, ACSVendorFaultCodeType, CPEFaultCodeType,
// CPEVendorFaultCodeType).
constexpr int kAcsFirst = 8000;
constexpr int kAcsLast = 8799;
constexpr int kAcsVendorFirst = 8800;
constexpr int kAcsVendorLast = 8899;
constexpr int kCpeFirst = 9000;
constexpr int kCpeLast = 9799;
constexpr int kCpeVendorFirst = 9800;
constexpr int kCpeVendorLast = 9899;

// 8007-8011 have enum entries for forward compatibility, but no schema up to cwmp-1-4.xsd
// names them (its ACSFaultCodeType documentation stops at 8006).
constexpr int kAcsReservedFirst = 8007;
constexpr int kAcsReservedLast = 8011;

// Names as in the FaultCode documentation of cwmp-1-4.xsd (8000-8006) and cwmp-1-2.xsd
// (9000-9032), TR-069 A.5.1/A.5.2. They travel as FaultString, so they are not translated.
const char *standardName(int code)
{
    switch (code) {
    case AcsMethodNotSupported: return "Method not supported";
    case AcsRequestDenied: return "Request denied (no reason specified)";
    case AcsInternalError: return "Internal error";
    case AcsInvalidArguments: return "Invalid arguments";
    case AcsResourcesExceeded: return "Resources exceeded";
    case AcsRetryRequest: return "Retry request";
    case AcsVersionIncompatible: return "ACS version incompatible with CPE";

    case MethodNotSupported: return "Method not supported";
    case RequestDenied: return "Request denied (no reason specified)";
    case InternalError: return "Internal error";
    case InvalidArguments: return "Invalid arguments";
    case ResourcesExceeded: return "Resources exceeded";
    case InvalidParameterName: return "Invalid parameter name";
    case InvalidParameterType: return "Invalid parameter type";
    case InvalidParameterValue: return "Invalid parameter value";
    case NonWritableParameter: return "Attempt to set a non-writable parameter";
    case NotificationRequestRejected: return "Notification request rejected";
    case DownloadFailure: return "File transfer failure";
    case UploadFailure: return "Upload failure";
    case FileTransferServerAuthenticationFailure:
        return "File transfer server authentication failure";
    case UnsupportedTransferProtocol: return "Unsupported protocol for file transfer";
    case MulticastJoinFailure: return "File transfer failure: unable to join multicast group";
    case FileServerUnreachable: return "File transfer failure: unable to contact file server";
    case FileAccessFailure: return "File transfer failure: unable to access file";
    case DownloadIncomplete: return "File transfer failure: unable to complete download";
    case FileCorrupted: return "File transfer failure: file corrupted";
    case FileAuthenticationFailure: return "File transfer failure: file authentication failure";
    case DownloadWindowMissed:
        return "File transfer failure: unable to complete download within specified time "
               "windows";
    case CancelNotPermitted:
        return "Cancelation of file transfer not permitted in current transfer state";
    case InvalidUuidFormat: return "Invalid UUID Format";
    case UnknownExecutionEnvironment: return "Unknown Execution Environment";
    case DisabledExecutionEnvironment: return "Disabled Execution Environment";
    case DeploymentUnitEnvironmentMismatch:
        return "Deployment Unit to Execution Environment Mismatch";
    case DuplicateDeploymentUnit: return "Duplicate Deployment Unit";
    case SystemResourcesExceeded: return "System Resources Exceeded";
    case UnknownDeploymentUnit: return "Unknown Deployment Unit";
    case InvalidDeploymentUnitState: return "Invalid Deployment Unit State";
    // The schema spells these "Deployement"; the corrected spelling is used here.
    case DowngradeNotPermitted:
        return "Invalid Deployment Unit Update - Downgrade not permitted";
    case UpdateVersionNotSpecified:
        return "Invalid Deployment Unit Update - Version not specified";
    case UpdateVersionExists: return "Invalid Deployment Unit Update - Version already exists";
    default: return nullptr;
    }
}

} // namespace

QString faultName(int code)
{
    if (const char *name = standardName(code))
        return QLatin1String(name);
    if (code >= kAcsReservedFirst && code <= kAcsReservedLast)
        return QStringLiteral("Reserved ACS fault");
    if ((code >= kAcsVendorFirst && code <= kAcsVendorLast)
        || (code >= kCpeVendorFirst && code <= kCpeVendorLast))
        return QStringLiteral("Vendor-specific fault");
    if (code >= kAcsFirst && code <= kAcsLast)
        return QStringLiteral("Unknown ACS fault");
    // 9033-9799 are kept for future Broadband Forum codes (CPEExtensionFaultCodeType).
    if (code >= kCpeFirst && code <= kCpeLast)
        return QStringLiteral("Unknown CPE fault");
    return QStringLiteral("Unknown fault");
}

QString soapFaultCode(int code)
{
    // TR-069 A.5.1/A.5.2 (cwmp-facts.md §6.2/§6.3): "Client" where the request itself was at
    // fault (bad arguments, names, types, values, read-only targets, missed windows,
    // uncancellable transfers); everything else, vendor codes included, is "Server".
    switch (code) {
    case AcsInvalidArguments:
    case InvalidArguments:
    case InvalidParameterName:
    case InvalidParameterType:
    case InvalidParameterValue:
    case NonWritableParameter:
    case DownloadWindowMissed:
    case CancelNotPermitted: return QStringLiteral("Client");
    default: return QStringLiteral("Server");
    }
}

bool isAcsFault(int code)
{
    return code >= kAcsFirst && code <= kAcsVendorLast;
}

bool isCpeFault(int code)
{
    return code >= kCpeFirst && code <= kCpeVendorLast;
}

} // namespace cwmp
