#pragma once

// One description per message: the child elements of each RPC and structure, in the order
// of cwmp-1-2.xsd / cwmp-1-4.xsd. The reader and the writer both walk these descriptions,
// so a field cannot be written under one name and read under another.
//
// A visitor V offers: text, optText, boolean, unsignedInt, integer, dateTime, optDateTime,
// value (Value with xsi:type), stringArray, structArray, structure, repeated, operations.
// Internal to the codec.

#include "acsmethods.h"
#include "cpemethods.h"

namespace cwmp::internal {

// --- structures ---------------------------------------------------------------------

template <class V> void describe(V &v, ParameterValueStruct &s)
{
    v.text("Name", s.name);
    v.value("Value", s.value, s.type);
}
template <class V> void describe(V &v, ParameterInfoStruct &s)
{
    v.text("Name", s.name);
    v.boolean("Writable", s.writable);
}
template <class V> void describe(V &v, ParameterAttributeStruct &s)
{
    v.text("Name", s.name);
    v.integer("Notification", s.notification);
    v.stringArray("AccessList", s.accessList, "string", "xsd:string");
}
template <class V> void describe(V &v, SetParameterAttributesStruct &s)
{
    v.text("Name", s.name);
    v.boolean("NotificationChange", s.notificationChange);
    v.integer("Notification", s.notification);
    v.boolean("AccessListChange", s.accessListChange);
    v.stringArray("AccessList", s.accessList, "string", "xsd:string");
}
template <class V> void describe(V &v, DeviceIdStruct &s)
{
    v.text("Manufacturer", s.manufacturer);
    v.text("OUI", s.oui);
    v.text("ProductClass", s.productClass);
    v.text("SerialNumber", s.serialNumber);
}
template <class V> void describe(V &v, EventStruct &s)
{
    v.text("EventCode", s.eventCode);
    v.text("CommandKey", s.commandKey);
}
template <class V> void describe(V &v, FaultStruct &s)
{
    v.unsignedInt("FaultCode", s.faultCode);
    v.text("FaultString", s.faultString);
}
template <class V> void describe(V &v, QueuedTransferStruct &s)
{
    v.text("CommandKey", s.commandKey);
    v.integer("State", s.state);
}
template <class V> void describe(V &v, AllQueuedTransferStruct &s)
{
    v.text("CommandKey", s.commandKey);
    v.integer("State", s.state);
    v.boolean("IsDownload", s.isDownload);
    v.text("FileType", s.fileType);
    v.unsignedInt("FileSize", s.fileSize);
    v.text("TargetFileName", s.targetFileName);
}
template <class V> void describe(V &v, TimeWindowStruct &s)
{
    v.unsignedInt("WindowStart", s.windowStart);
    v.unsignedInt("WindowEnd", s.windowEnd);
    v.text("WindowMode", s.windowMode);
    v.text("UserMessage", s.userMessage);
    v.integer("MaxRetries", s.maxRetries);
}
template <class V> void describe(V &v, OptionStruct &s)
{
    v.text("OptionName", s.optionName);
    v.unsignedInt("VoucherSN", s.voucherSn);
    v.integer("State", s.state);
    v.integer("Mode", s.mode);
    v.dateTime("StartDate", s.startDate);
    v.optDateTime("ExpirationDate", s.expirationDate);
    v.integer("IsTransferable", s.isTransferable);
}
template <class V> void describe(V &v, ArgStruct &s)
{
    v.text("Name", s.name);
    v.text("Value", s.value);
}
template <class V> void describe(V &v, InstallOpStruct &s)
{
    v.text("URL", s.url);
    v.optText("UUID", s.uuid);
    v.optText("Username", s.username);
    v.optText("Password", s.password);
    v.optText("ExecutionEnvRef", s.executionEnvRef);
}
template <class V> void describe(V &v, UpdateOpStruct &s)
{
    v.optText("UUID", s.uuid);
    v.optText("Version", s.version);
    v.optText("URL", s.url);
    v.optText("Username", s.username);
    v.optText("Password", s.password);
}
template <class V> void describe(V &v, UninstallOpStruct &s)
{
    v.text("UUID", s.uuid);
    v.optText("Version", s.version);
    v.optText("ExecutionEnvRef", s.executionEnvRef);
}
template <class V> void describe(V &v, OpResultStruct &s)
{
    v.text("UUID", s.uuid);
    v.text("DeploymentUnitRef", s.deploymentUnitRef);
    v.text("Version", s.version);
    v.text("CurrentState", s.currentState);
    v.boolean("Resolved", s.resolved);
    v.text("ExecutionUnitRefList", s.executionUnitRefList);
    v.dateTime("StartTime", s.startTime);
    v.dateTime("CompleteTime", s.completeTime);
    v.structure("Fault", s.fault);
}
// AutonOpResultStruct extends OpResultStruct with one trailing element.
template <class V> void describe(V &v, AutonOpResultStruct &s)
{
    describe(v, s.result);
    v.text("OperationPerformed", s.operationPerformed);
}

// --- ACS -> CPE methods -------------------------------------------------------------

template <class V> void describe(V &, GetRPCMethods &) {}
template <class V> void describe(V &v, GetRPCMethodsResponse &m)
{
    v.stringArray("MethodList", m.methodList, "string", "xsd:string");
}
template <class V> void describe(V &v, SetParameterValues &m)
{
    v.structArray("ParameterList", m.parameterList, "ParameterValueStruct", "cwmp:ParameterValueStruct");
    v.text("ParameterKey", m.parameterKey);
}
template <class V> void describe(V &v, SetParameterValuesResponse &m) { v.integer("Status", m.status); }
template <class V> void describe(V &v, GetParameterValues &m)
{
    v.stringArray("ParameterNames", m.parameterNames, "string", "xsd:string");
}
template <class V> void describe(V &v, GetParameterValuesResponse &m)
{
    v.structArray("ParameterList", m.parameterList, "ParameterValueStruct", "cwmp:ParameterValueStruct");
}
template <class V> void describe(V &v, GetParameterNames &m)
{
    v.text("ParameterPath", m.parameterPath);
    v.boolean("NextLevel", m.nextLevel);
}
template <class V> void describe(V &v, GetParameterNamesResponse &m)
{
    v.structArray("ParameterList", m.parameterList, "ParameterInfoStruct", "cwmp:ParameterInfoStruct");
}
template <class V> void describe(V &v, SetParameterAttributes &m)
{
    v.structArray("ParameterList", m.parameterList, "SetParameterAttributesStruct",
                  "cwmp:SetParameterAttributesStruct");
}
template <class V> void describe(V &, SetParameterAttributesResponse &) {}
template <class V> void describe(V &v, GetParameterAttributes &m)
{
    v.stringArray("ParameterNames", m.parameterNames, "string", "xsd:string");
}
template <class V> void describe(V &v, GetParameterAttributesResponse &m)
{
    v.structArray("ParameterList", m.parameterList, "ParameterAttributeStruct",
                  "cwmp:ParameterAttributeStruct");
}
template <class V> void describe(V &v, AddObject &m)
{
    v.text("ObjectName", m.objectName);
    v.text("ParameterKey", m.parameterKey);
}
template <class V> void describe(V &v, AddObjectResponse &m)
{
    v.unsignedInt("InstanceNumber", m.instanceNumber);
    v.integer("Status", m.status);
}
template <class V> void describe(V &v, DeleteObject &m)
{
    v.text("ObjectName", m.objectName);
    v.text("ParameterKey", m.parameterKey);
}
template <class V> void describe(V &v, DeleteObjectResponse &m) { v.integer("Status", m.status); }
template <class V> void describe(V &v, Reboot &m) { v.text("CommandKey", m.commandKey); }
template <class V> void describe(V &, RebootResponse &) {}
template <class V> void describe(V &, FactoryReset &) {}
template <class V> void describe(V &, FactoryResetResponse &) {}
template <class V> void describe(V &v, Download &m)
{
    v.text("CommandKey", m.commandKey);
    v.text("FileType", m.fileType);
    v.text("URL", m.url);
    v.text("Username", m.username);
    v.text("Password", m.password);
    v.unsignedInt("FileSize", m.fileSize);
    v.text("TargetFileName", m.targetFileName);
    v.unsignedInt("DelaySeconds", m.delaySeconds);
    v.text("SuccessURL", m.successUrl);
    v.text("FailureURL", m.failureUrl);
}
template <class V> void describe(V &v, DownloadResponse &m)
{
    v.integer("Status", m.status);
    v.dateTime("StartTime", m.startTime);
    v.dateTime("CompleteTime", m.completeTime);
}
template <class V> void describe(V &v, Upload &m)
{
    v.text("CommandKey", m.commandKey);
    v.text("FileType", m.fileType);
    v.text("URL", m.url);
    v.text("Username", m.username);
    v.text("Password", m.password);
    v.unsignedInt("DelaySeconds", m.delaySeconds);
}
template <class V> void describe(V &v, UploadResponse &m)
{
    v.integer("Status", m.status);
    v.dateTime("StartTime", m.startTime);
    v.dateTime("CompleteTime", m.completeTime);
}
template <class V> void describe(V &v, ScheduleInform &m)
{
    v.unsignedInt("DelaySeconds", m.delaySeconds);
    v.text("CommandKey", m.commandKey);
}
template <class V> void describe(V &, ScheduleInformResponse &) {}
template <class V> void describe(V &, GetQueuedTransfers &) {}
template <class V> void describe(V &v, GetQueuedTransfersResponse &m)
{
    v.structArray("TransferList", m.transferList, "QueuedTransferStruct", "cwmp:QueuedTransferStruct");
}
template <class V> void describe(V &, GetAllQueuedTransfers &) {}
template <class V> void describe(V &v, GetAllQueuedTransfersResponse &m)
{
    v.structArray("TransferList", m.transferList, "AllQueuedTransferStruct", "cwmp:AllQueuedTransferStruct");
}
template <class V> void describe(V &v, CancelTransfer &m) { v.text("CommandKey", m.commandKey); }
template <class V> void describe(V &, CancelTransferResponse &) {}
template <class V> void describe(V &v, ScheduleDownload &m)
{
    v.text("CommandKey", m.commandKey);
    v.text("FileType", m.fileType);
    v.text("URL", m.url);
    v.text("Username", m.username);
    v.text("Password", m.password);
    v.unsignedInt("FileSize", m.fileSize);
    v.text("TargetFileName", m.targetFileName);
    v.structArray("TimeWindowList", m.timeWindowList, "TimeWindowStruct", "cwmp:TimeWindowStruct");
}
template <class V> void describe(V &, ScheduleDownloadResponse &) {}
template <class V> void describe(V &v, ChangeDUState &m)
{
    v.operations("Operations", m.operations);
    v.text("CommandKey", m.commandKey);
}
template <class V> void describe(V &, ChangeDUStateResponse &) {}
template <class V> void describe(V &v, SetVouchers &m)
{
    v.stringArray("VoucherList", m.voucherList, "base64", "xsd:base64Binary");
}
template <class V> void describe(V &, SetVouchersResponse &) {}
template <class V> void describe(V &v, GetOptions &m) { v.text("OptionName", m.optionName); }
template <class V> void describe(V &v, GetOptionsResponse &m)
{
    v.structArray("OptionList", m.optionList, "OptionStruct", "cwmp:OptionStruct");
}

// --- CPE -> ACS methods -------------------------------------------------------------

template <class V> void describe(V &v, Inform &m)
{
    v.structure("DeviceId", m.deviceId);
    v.structArray("Event", m.events, "EventStruct", "cwmp:EventStruct");
    v.unsignedInt("MaxEnvelopes", m.maxEnvelopes);
    v.dateTime("CurrentTime", m.currentTime);
    v.unsignedInt("RetryCount", m.retryCount);
    v.structArray("ParameterList", m.parameterList, "ParameterValueStruct", "cwmp:ParameterValueStruct");
}
template <class V> void describe(V &v, InformResponse &m) { v.unsignedInt("MaxEnvelopes", m.maxEnvelopes); }
template <class V> void describe(V &v, TransferComplete &m)
{
    v.text("CommandKey", m.commandKey);
    v.structure("FaultStruct", m.fault);
    v.dateTime("StartTime", m.startTime);
    v.dateTime("CompleteTime", m.completeTime);
}
template <class V> void describe(V &, TransferCompleteResponse &) {}
template <class V> void describe(V &v, AutonomousTransferComplete &m)
{
    v.text("AnnounceURL", m.announceUrl);
    v.text("TransferURL", m.transferUrl);
    v.boolean("IsDownload", m.isDownload);
    v.text("FileType", m.fileType);
    v.unsignedInt("FileSize", m.fileSize);
    v.text("TargetFileName", m.targetFileName);
    v.structure("FaultStruct", m.fault);
    v.dateTime("StartTime", m.startTime);
    v.dateTime("CompleteTime", m.completeTime);
}
template <class V> void describe(V &, AutonomousTransferCompleteResponse &) {}
template <class V> void describe(V &v, DUStateChangeComplete &m)
{
    v.repeated("Results", m.results);
    v.text("CommandKey", m.commandKey);
}
template <class V> void describe(V &, DUStateChangeCompleteResponse &) {}
template <class V> void describe(V &v, AutonomousDUStateChangeComplete &m) { v.repeated("Results", m.results); }
template <class V> void describe(V &, AutonomousDUStateChangeCompleteResponse &) {}
template <class V> void describe(V &v, RequestDownload &m)
{
    v.text("FileType", m.fileType);
    v.structArray("FileTypeArg", m.fileTypeArg, "ArgStruct", "cwmp:ArgStruct");
}
template <class V> void describe(V &, RequestDownloadResponse &) {}
template <class V> void describe(V &v, Kicked &m)
{
    v.text("Command", m.command);
    v.text("Referer", m.referer);
    v.text("Arg", m.arg);
    v.text("Next", m.next);
}
template <class V> void describe(V &v, KickedResponse &m) { v.text("NextURL", m.nextUrl); }

} // namespace cwmp::internal
