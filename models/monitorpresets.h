#pragma once

// The parameters worth watching on a gateway, found in what the ACS has cached of the
// device's tree: interface byte counters as throughput, WiFi associated devices per access
// point, CPU usage and memory in use, for TR-181 (Device.) and TR-098
// (InternetGatewayDevice.). Also how a parameter the engineer names by hand is charted.

#include "monitorseries.h"

#include <acs/parametercache.h>

#include <QList>

namespace models {

struct MonitorPreset {
    QString key;   // stable id ("throughput:Device.Ethernet.Interface.1.")
    QString title; // "Throughput eth0 (WAN)"
    QList<MonitorSeriesSpec> series;
};

class MonitorPresets
{
    Q_DECLARE_TR_FUNCTIONS(models::MonitorPresets)

public:
    // Only what the cache names (a never-read tree gives no presets: read its names first).
    static QList<MonitorPreset> discover(const acs::ParameterCache &cache);

    // How a single parameter is charted: counters as rates (bytes as bit/s), CPU and
    // utilisation values as %, MemoryStatus in KiB, anything else as a count.
    static MonitorSeriesSpec specForPath(const QString &path, cwmp::ValueType type);
    // TR-181 StatsCounter32/64 and the TR-098 byte and packet counters: names like
    // BytesSent, TotalPacketsReceived, ErrorsSent, DiscardPacketsReceived, or unsignedLong.
    static bool isCounter(const QString &path, cwmp::ValueType type);

private:
    static void addRatePair(QList<MonitorPreset> &out, const acs::ParameterCache &cache, const QString &key,
                            const QString &title, const QString &sentPath, const QString &receivedPath);
};

} // namespace models
