#include "diagnosticdefaults.h"

#include "diagnosticworkflow.h"
#include "testserverurls.h"

#include <acs/acsengine.h>
#include <acs/devicerecord.h>

#include <QHostAddress>
#include <QHostInfo>
#include <QUrl>

namespace diagnostics {

namespace {

bool isLoopbackHost(const QString &host)
{
    const QHostAddress address(host);
    return host == u"localhost" || (!address.isNull() && address.isLoopback());
}

} // namespace

QMap<QString, QString> DiagnosticDefaults::inputs(DiagnosticKind kind, const acs::DeviceRecord *device, bool tr098,
                                                  quint16 tr143Port, quint16 udpEchoPort)
{
    QMap<QString, QString> in = DiagnosticSpec::defaultInputs(kind, tr098);
    const QString host = TestServerUrls::hostFor(device);
    switch (kind) {
    case DiagnosticKind::IpPing:
    case DiagnosticKind::TraceRoute:
        in.insert(QStringLiteral("Host"), host);
        break;
    case DiagnosticKind::Download:
        if (tr143Port != 0)
            in.insert(QStringLiteral("DownloadURL"), TestServerUrls::downloadUrl(host, tr143Port, kDownloadBytes).toString());
        break;
    case DiagnosticKind::Upload:
        if (tr143Port != 0)
            in.insert(QStringLiteral("UploadURL"), TestServerUrls::uploadUrl(host, tr143Port).toString());
        break;
    case DiagnosticKind::UdpEcho:
        in.insert(QStringLiteral("Host"), host);
        if (udpEchoPort != 0)
            in.insert(QStringLiteral("Port"), QString::number(udpEchoPort));
        break;
    case DiagnosticKind::ServerSelection:
        in.insert(QStringLiteral("HostList"), host);
        break;
    case DiagnosticKind::NsLookup:
        in.insert(QStringLiteral("HostName"), lookupName(device));
        break;
    }
    return in;
}

QMap<QString, QString> DiagnosticDefaults::inputs(acs::AcsEngine &engine, const QString &deviceId, DiagnosticKind kind,
                                                  quint16 tr143Port, quint16 udpEchoPort)
{
    const bool tr098 = DiagnosticWorkflow::rootOf(engine, deviceId) == u"InternetGatewayDevice.";
    return inputs(kind, engine.devices().find(deviceId), tr098, tr143Port, udpEchoPort);
}

QString DiagnosticDefaults::lookupName(const acs::DeviceRecord *device)
{
    if (device && !device->acsBaseUrl.isEmpty()) {
        const QString host = QUrl(device->acsBaseUrl).host();
        if (isLoopbackHost(host))
            return QStringLiteral("localhost");
        if (!host.isEmpty() && QHostAddress(host).isNull())
            return host;
    }
    return QHostInfo::localHostName();
}

QStringList DiagnosticDefaults::requiredInputs(DiagnosticKind kind)
{
    QStringList out;
    const QMap<QString, QString> spec = DiagnosticSpec::defaultInputs(kind, false);
    for (auto it = spec.cbegin(); it != spec.cend(); ++it) {
        if (it.value().isEmpty())
            out.append(it.key());
    }
    return out;
}

} // namespace diagnostics
