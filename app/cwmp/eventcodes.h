#pragma once

#include <QLatin1String>
#include <QList>
#include <QStringView>

// Inform event codes: the list in the EventCodeType documentation of cwmp-1-2.xsd, with
// "13 WAKEUP" from cwmp-1-4.xsd. "14 HEARTBEAT" belongs to TR-069 Amd 6 Annex O; its exact
// string comes from the iopsys icwmp CPE (cwmp-facts.md §8.1 and §14 item 21).
namespace cwmp::EventCodes {

inline constexpr QLatin1String kBootstrap("0 BOOTSTRAP");
inline constexpr QLatin1String kBoot("1 BOOT");
inline constexpr QLatin1String kPeriodic("2 PERIODIC");
inline constexpr QLatin1String kScheduled("3 SCHEDULED");
inline constexpr QLatin1String kValueChange("4 VALUE CHANGE");
inline constexpr QLatin1String kKicked("5 KICKED");
inline constexpr QLatin1String kConnectionRequest("6 CONNECTION REQUEST");
inline constexpr QLatin1String kTransferComplete("7 TRANSFER COMPLETE");
inline constexpr QLatin1String kDiagnosticsComplete("8 DIAGNOSTICS COMPLETE");
inline constexpr QLatin1String kRequestDownload("9 REQUEST DOWNLOAD");
inline constexpr QLatin1String kAutonomousTransferComplete("10 AUTONOMOUS TRANSFER COMPLETE");
inline constexpr QLatin1String kDuStateChangeComplete("11 DU STATE CHANGE COMPLETE");
inline constexpr QLatin1String kAutonomousDuStateChangeComplete(
    "12 AUTONOMOUS DU STATE CHANGE COMPLETE");
inline constexpr QLatin1String kWakeup("13 WAKEUP");
inline constexpr QLatin1String kHeartbeat("14 HEARTBEAT");

// Method-result events carry the CommandKey of the RPC that caused them. There is no
// "M CancelTransfer": no schema defines one.
inline constexpr QLatin1String kMReboot("M Reboot");
inline constexpr QLatin1String kMScheduleInform("M ScheduleInform");
inline constexpr QLatin1String kMDownload("M Download");
inline constexpr QLatin1String kMScheduleDownload("M ScheduleDownload");
inline constexpr QLatin1String kMUpload("M Upload");
inline constexpr QLatin1String kMChangeDuState("M ChangeDUState");

// EventCodeType is string(64).
inline constexpr qsizetype kMaxLength = 64;

// Every code above, standard events first, in code order.
QList<QLatin1String> standardEventCodes();

// "M <method>", including "M X_<vendor>_<method>" for vendor RPCs.
bool isMethodEvent(QStringView code);
// "X <OUI or token> <text>".
bool isVendorEvent(QStringView code);
// The EventCodeType patterns: \d+( \S+)+, M \S+ and X \S+ .+, at most 64 characters.
bool isValidEventCode(QStringView code);

} // namespace cwmp::EventCodes
