#pragma once

#include <QString>

namespace cwmp {

// CWMP fault codes (TR-069 Annex A.5, cwmp-1-2.xsd / cwmp-1-4.xsd). 8xxx are sent by the
// ACS, 9xxx by the CPE; 8800-8899 and 9800-9899 are vendor ranges.
enum FaultCode : int {
    AcsMethodNotSupported = 8000,
    AcsRequestDenied = 8001,
    AcsInternalError = 8002,
    AcsInvalidArguments = 8003,
    AcsResourcesExceeded = 8004,
    AcsRetryRequest = 8005,
    AcsVersionIncompatible = 8006, // CWMP 1.4
    AcsFault8007 = 8007,
    AcsFault8008 = 8008,
    AcsFault8009 = 8009,
    AcsFault8010 = 8010,
    AcsFault8011 = 8011,

    MethodNotSupported = 9000,
    RequestDenied = 9001,
    InternalError = 9002,
    InvalidArguments = 9003,
    ResourcesExceeded = 9004,
    InvalidParameterName = 9005,
    InvalidParameterType = 9006,
    InvalidParameterValue = 9007,
    NonWritableParameter = 9008,
    NotificationRequestRejected = 9009,
    DownloadFailure = 9010,
    UploadFailure = 9011,
    FileTransferServerAuthenticationFailure = 9012,
    UnsupportedTransferProtocol = 9013,
    MulticastJoinFailure = 9014,
    FileServerUnreachable = 9015,
    FileAccessFailure = 9016,
    DownloadIncomplete = 9017,
    FileCorrupted = 9018,
    FileAuthenticationFailure = 9019,
    DownloadWindowMissed = 9020,
    CancelNotPermitted = 9021,
    InvalidUuidFormat = 9022,
    UnknownExecutionEnvironment = 9023,
    DisabledExecutionEnvironment = 9024,
    DeploymentUnitEnvironmentMismatch = 9025,
    DuplicateDeploymentUnit = 9026,
    SystemResourcesExceeded = 9027,
    UnknownDeploymentUnit = 9028,
    InvalidDeploymentUnitState = 9029,
    DowngradeNotPermitted = 9030,
    UpdateVersionNotSpecified = 9031,
    UpdateVersionExists = 9032,
};

// The standard name of a fault code ("Invalid parameter value"); for codes outside the
// tables a range description ("Vendor-specific fault", "Unknown CPE fault").
QString faultName(int code);
// The SOAP 1.1 faultcode that goes with a CWMP fault (A.5.1/A.5.2): "Client" for faults the
// sender caused, otherwise "Server".
QString soapFaultCode(int code);
bool isAcsFault(int code);
bool isCpeFault(int code);

} // namespace cwmp
