#pragma once

#include "diagnosticresult.h"
#include "diagnosticspec.h"

#include <QMap>

namespace diagnostics {

// Turns the values read from a diagnostics object (paths relative to the object:
// "SuccessCount", "RouteHops.2.RTTimes") into a DiagnosticResult. Values that are missing
// or malformed leave their figure out; nothing here trusts the device.
class ResultParser
{
public:
    static DiagnosticResult parse(DiagnosticKind kind, bool tr098, const QMap<QString, QString> &values);
    // TR-143 dateTime with up to microseconds ("2008-04-09T15:01:05.123456Z") as µs since
    // the epoch; 0 for the unknown time (0001-01-01…) or garbage.
    static qint64 parseDateTimeUs(const QString &text);

private:
    static void parsePing(DiagnosticResult &r, const QMap<QString, QString> &v, bool microseconds);
    static void parseTraceRoute(DiagnosticResult &r, const QMap<QString, QString> &v, bool tr098);
    static void parseTransfer(DiagnosticResult &r, const QMap<QString, QString> &v, DiagnosticKind kind, bool tr098);
    static void parseUdpEcho(DiagnosticResult &r, const QMap<QString, QString> &v);
    static void parseServerSelection(DiagnosticResult &r, const QMap<QString, QString> &v);
    static void parseNsLookup(DiagnosticResult &r, const QMap<QString, QString> &v);
};

} // namespace diagnostics
