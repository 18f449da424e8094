#pragma once

#include "diagnosticspec.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace acs {
class AcsEngine;
struct DeviceRecord;
}

namespace diagnostics {

// The inputs the console and the API propose for a diagnostic on a device: the spec's
// defaults (DiagnosticSpec::defaultInputs) with the targets filled in, pointing at this
// laptop as the device sees it (TestServerUrls::hostFor) and at the built-in TR-143 and UDP
// echo servers where they run. A port of 0 means that server is not running: its URL or
// port is then left as the spec has it (empty, or the well-known echo port 7).
class DiagnosticDefaults
{
public:
    // Large enough to give a throughput curve, small enough to take about a second on a
    // 100 Mbit/s LAN (the upload's TestFileLength default is the same size).
    static constexpr qint64 kDownloadBytes = 10'000'000;

    static QMap<QString, QString> inputs(DiagnosticKind kind, const acs::DeviceRecord *device, bool tr098,
                                         quint16 tr143Port, quint16 udpEchoPort);
    // The same for a device the engine knows (its data model decides TR-098 or TR-181);
    // an unknown device gets the TR-181 inputs and the laptop's first LAN address.
    static QMap<QString, QString> inputs(acs::AcsEngine &engine, const QString &deviceId, DiagnosticKind kind,
                                         quint16 tr143Port, quint16 udpEchoPort);
    // What an NSLookup asks for: the host name the device used to reach the ACS (its DNS
    // resolved it once already), else "localhost" for a device on this machine, else this
    // machine's host name.
    static QString lookupName(const acs::DeviceRecord *device);
    // The inputs a run cannot do without (the target: Host, DownloadURL, HostList, …).
    static QStringList requiredInputs(DiagnosticKind kind);
};

} // namespace diagnostics
