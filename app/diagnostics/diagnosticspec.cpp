#include "diagnosticspec.h"

namespace diagnostics {

QList<DiagnosticKind> DiagnosticSpec::all()
{
    return {DiagnosticKind::IpPing, DiagnosticKind::TraceRoute, DiagnosticKind::Download, DiagnosticKind::Upload,
            DiagnosticKind::UdpEcho, DiagnosticKind::ServerSelection, DiagnosticKind::NsLookup};
}

QString DiagnosticSpec::name(DiagnosticKind kind)
{
    switch (kind) {
    case DiagnosticKind::IpPing:
        return QStringLiteral("ipping");
    case DiagnosticKind::TraceRoute:
        return QStringLiteral("traceroute");
    case DiagnosticKind::Download:
        return QStringLiteral("download");
    case DiagnosticKind::Upload:
        return QStringLiteral("upload");
    case DiagnosticKind::UdpEcho:
        return QStringLiteral("udpecho");
    case DiagnosticKind::ServerSelection:
        return QStringLiteral("serverselection");
    case DiagnosticKind::NsLookup:
        return QStringLiteral("nslookup");
    }
    return {};
}

std::optional<DiagnosticKind> DiagnosticSpec::fromName(const QString &name)
{
    for (const DiagnosticKind kind : all()) {
        if (DiagnosticSpec::name(kind).compare(name, Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

std::optional<QString> DiagnosticSpec::objectPath(DiagnosticKind kind, const QString &root)
{
    if (root == u"InternetGatewayDevice.") {
        // TR-098 (IGD:1.14) objects sit at the root; UDP echo there is only the server side
        // (UDPEchoConfig) and there is no server selection (cwmp-facts §11.3).
        switch (kind) {
        case DiagnosticKind::IpPing:
            return root + QStringLiteral("IPPingDiagnostics.");
        case DiagnosticKind::TraceRoute:
            return root + QStringLiteral("TraceRouteDiagnostics.");
        case DiagnosticKind::Download:
            return root + QStringLiteral("DownloadDiagnostics.");
        case DiagnosticKind::Upload:
            return root + QStringLiteral("UploadDiagnostics.");
        case DiagnosticKind::NsLookup:
            return root + QStringLiteral("NSLookupDiagnostics.");
        case DiagnosticKind::UdpEcho:
        case DiagnosticKind::ServerSelection:
            return std::nullopt;
        }
        return std::nullopt;
    }
    const QString ip = root + QStringLiteral("IP.Diagnostics.");
    switch (kind) {
    case DiagnosticKind::IpPing:
        return ip + QStringLiteral("IPPing.");
    case DiagnosticKind::TraceRoute:
        return ip + QStringLiteral("TraceRoute.");
    case DiagnosticKind::Download:
        return ip + QStringLiteral("DownloadDiagnostics.");
    case DiagnosticKind::Upload:
        return ip + QStringLiteral("UploadDiagnostics.");
    case DiagnosticKind::UdpEcho:
        return ip + QStringLiteral("UDPEchoDiagnostics.");
    case DiagnosticKind::ServerSelection:
        return ip + QStringLiteral("ServerSelectionDiagnostics.");
    case DiagnosticKind::NsLookup:
        return root + QStringLiteral("DNS.Diagnostics.NSLookupDiagnostics.");
    }
    return std::nullopt;
}

QString DiagnosticSpec::inputType(const QString &input, bool tr098)
{
    static const QStringList kUnsigned = {
        QStringLiteral("NumberOfRepetitions"), QStringLiteral("Timeout"), QStringLiteral("DataBlockSize"),
        QStringLiteral("DSCP"), QStringLiteral("NumberOfTries"), QStringLiteral("MaxHopCount"),
        QStringLiteral("EthernetPriority"), QStringLiteral("TimeBasedTestDuration"),
        QStringLiteral("TimeBasedTestMeasurementInterval"), QStringLiteral("TimeBasedTestMeasurementOffset"),
        QStringLiteral("NumberOfConnections"), QStringLiteral("Port"), QStringLiteral("InterTransmissionTime")};
    if (kUnsigned.contains(input))
        return QStringLiteral("unsignedInt");
    if (input == u"TestFileLength")
        return tr098 ? QStringLiteral("unsignedInt") : QStringLiteral("unsignedLong");
    if (input.startsWith(u"Enable"))
        return QStringLiteral("boolean");
    return QStringLiteral("string");
}

QMap<QString, QString> DiagnosticSpec::defaultInputs(DiagnosticKind kind, bool tr098)
{
    switch (kind) {
    case DiagnosticKind::IpPing:
        return {{QStringLiteral("Host"), QString()}, {QStringLiteral("NumberOfRepetitions"), QStringLiteral("4")},
                {QStringLiteral("Timeout"), QStringLiteral("1000")}, {QStringLiteral("DataBlockSize"), QStringLiteral("64")}};
    case DiagnosticKind::TraceRoute:
        return {{QStringLiteral("Host"), QString()}, {QStringLiteral("NumberOfTries"), QStringLiteral("3")},
                {QStringLiteral("Timeout"), QStringLiteral("5000")}, {QStringLiteral("MaxHopCount"), QStringLiteral("30")}};
    case DiagnosticKind::Download:
        if (tr098)
            return {{QStringLiteral("DownloadURL"), QString()}};
        return {{QStringLiteral("DownloadURL"), QString()}, {QStringLiteral("NumberOfConnections"), QStringLiteral("1")},
                {QStringLiteral("EnablePerConnectionResults"), QStringLiteral("true")}};
    case DiagnosticKind::Upload:
        if (tr098)
            return {{QStringLiteral("UploadURL"), QString()}, {QStringLiteral("TestFileLength"), QStringLiteral("10000000")}};
        return {{QStringLiteral("UploadURL"), QString()}, {QStringLiteral("TestFileLength"), QStringLiteral("10000000")},
                {QStringLiteral("NumberOfConnections"), QStringLiteral("1")},
                {QStringLiteral("EnablePerConnectionResults"), QStringLiteral("true")}};
    case DiagnosticKind::UdpEcho:
        return {{QStringLiteral("Host"), QString()}, {QStringLiteral("Port"), QStringLiteral("7")},
                {QStringLiteral("NumberOfRepetitions"), QStringLiteral("10")}, {QStringLiteral("Timeout"), QStringLiteral("1000")},
                {QStringLiteral("DataBlockSize"), QStringLiteral("64")}, {QStringLiteral("InterTransmissionTime"), QStringLiteral("100")},
                {QStringLiteral("EnableIndividualPacketResults"), QStringLiteral("true")}};
    case DiagnosticKind::ServerSelection:
        return {{QStringLiteral("HostList"), QString()}, {QStringLiteral("Protocol"), QStringLiteral("ICMP")},
                {QStringLiteral("NumberOfRepetitions"), QStringLiteral("3")}, {QStringLiteral("Timeout"), QStringLiteral("1000")}};
    case DiagnosticKind::NsLookup:
        return {{QStringLiteral("HostName"), QString()}, {QStringLiteral("NumberOfRepetitions"), QStringLiteral("1")},
                {QStringLiteral("Timeout"), QStringLiteral("5000")}};
    }
    return {};
}

QString DiagnosticSpec::transferBytesName(DiagnosticKind kind, bool tr098)
{
    if (kind == DiagnosticKind::Upload)
        return tr098 ? QStringLiteral("TotalBytesSent") : QStringLiteral("TestBytesSent");
    return QStringLiteral("TestBytesReceived");
}

} // namespace diagnostics
