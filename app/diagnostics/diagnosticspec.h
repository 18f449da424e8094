#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace diagnostics {

enum class DiagnosticKind { IpPing, TraceRoute, Download, Upload, UdpEcho, ServerSelection, NsLookup };

// Where each diagnostic lives in TR-181 (Device:2) and TR-098 (InternetGatewayDevice:1), the
// xsd type of each input, and the stable names used in the store and the API.
class DiagnosticSpec
{
public:
    static QList<DiagnosticKind> all();
    // "ipping", "traceroute", "download", "upload", "udpecho", "serverselection", "nslookup".
    static QString name(DiagnosticKind kind);
    static std::optional<DiagnosticKind> fromName(const QString &name);
    // The diagnostics object for a data-model root ("Device." or "InternetGatewayDevice."),
    // nullopt where that model has none (UDPEcho and ServerSelection in TR-098).
    static std::optional<QString> objectPath(DiagnosticKind kind, const QString &root);
    // "unsignedInt", "unsignedLong", "boolean" or "string" for an input of that object.
    static QString inputType(const QString &input, bool tr098);
    // The inputs an engineer normally gives, with the values the console proposes. URLs and
    // hosts are left empty unless given (see TestServerUrls).
    static QMap<QString, QString> defaultInputs(DiagnosticKind kind, bool tr098);
    // The parameter holding the test bytes of a transfer (TR-098 upload: TotalBytesSent).
    static QString transferBytesName(DiagnosticKind kind, bool tr098);
};

} // namespace diagnostics
