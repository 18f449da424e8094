#include "monitorpresets.h"

#include <QRegularExpression>

#include <algorithm>

namespace models {

namespace {

// "Device.Ethernet.Interface." -> ["Device.Ethernet.Interface.1.", ...] in instance order.
QStringList instances(const acs::ParameterCache &cache, const QString &table)
{
    QList<QPair<int, QString>> found;
    for (const QString &child : cache.children(table)) {
        if (!child.endsWith(QLatin1Char('.')))
            continue;
        bool ok = false;
        const int n = QStringView(child).mid(table.size(), child.size() - table.size() - 1).toInt(&ok);
        if (ok)
            found.append({n, child});
    }
    std::sort(found.begin(), found.end());
    QStringList out;
    for (const auto &f : found)
        out.append(f.second);
    return out;
}

QString cachedValue(const acs::ParameterCache &cache, const QString &path)
{
    const acs::CachedParameter *p = cache.find(path);
    return p ? p->value : QString();
}

QString lastSegment(const QString &path)
{
    return path.mid(path.lastIndexOf(QLatin1Char('.')) + 1);
}

// "Device.Ethernet.Interface.2." -> "2"
QString instanceNumber(const QString &objectPath)
{
    const QString trimmed = objectPath.chopped(1);
    return trimmed.mid(trimmed.lastIndexOf(QLatin1Char('.')) + 1);
}

} // namespace

bool MonitorPresets::isCounter(const QString &path, cwmp::ValueType type)
{
    // TR-181 types every statistics counter StatsCounter32/64; the 64-bit ones are
    // unsignedLong on the wire, and no other TR-181 parameter is.
    if (type == cwmp::ValueType::UnsignedLong)
        return true;
    static const QRegularExpression counterName(
        QStringLiteral("(Bytes|Packets|Errors|Discards|Frames|Cells)(Sent|Received)$"));
    return counterName.match(lastSegment(path)).hasMatch();
}

MonitorSeriesSpec MonitorPresets::specForPath(const QString &path, cwmp::ValueType type)
{
    MonitorSeriesSpec spec;
    spec.path = path;
    // A hand-picked parameter is named by its path below the root object ("Device." says
    // nothing on a chart of one device).
    const qsizetype rootEnd = path.indexOf(QLatin1Char('.'));
    spec.label = rootEnd > 0 && rootEnd < path.size() - 1 ? path.mid(rootEnd + 1) : path;
    const QString name = lastSegment(path);
    if (isCounter(path, type)) {
        spec.kind = SeriesKind::Rate;
        if (name.contains(QLatin1String("Bytes")))
            spec.unit = MonitorUnit::BitsPerSecond;
        else if (name.contains(QLatin1String("Packets")) || name.contains(QLatin1String("Frames")))
            spec.unit = MonitorUnit::PacketsPerSecond;
        else
            spec.unit = MonitorUnit::PerSecond;
        return spec;
    }
    spec.kind = SeriesKind::Gauge;
    if (name.endsWith(QLatin1String("Usage")) || name.endsWith(QLatin1String("Utilization"))
        || name.endsWith(QLatin1String("Percent")) || name.endsWith(QLatin1String("Load")))
        spec.unit = MonitorUnit::Percent;
    else if (path.contains(QLatin1String(".MemoryStatus.")))
        spec.unit = MonitorUnit::KiB; // TR-181/TR-098 MemoryStatus is in KiB
    else
        spec.unit = MonitorUnit::Count;
    return spec;
}

void MonitorPresets::addRatePair(QList<MonitorPreset> &out, const acs::ParameterCache &cache, const QString &key,
                                 const QString &title, const QString &sentPath, const QString &receivedPath)
{
    MonitorPreset preset{key, title, {}};
    const QString received = tr("%1 received").arg(title);
    const QString sent = tr("%1 sent").arg(title);
    if (cache.find(receivedPath))
        preset.series.append({SeriesKind::Rate, receivedPath, {}, received, MonitorUnit::BitsPerSecond});
    if (cache.find(sentPath))
        preset.series.append({SeriesKind::Rate, sentPath, {}, sent, MonitorUnit::BitsPerSecond});
    if (!preset.series.isEmpty()) {
        preset.title = tr("Throughput %1").arg(title);
        out.append(preset);
    }
}

QList<MonitorPreset> MonitorPresets::discover(const acs::ParameterCache &cache)
{
    QList<MonitorPreset> out;
    QString root;
    if (!cache.subtree(QStringLiteral("Device.")).isEmpty())
        root = QStringLiteral("Device.");
    else if (!cache.subtree(QStringLiteral("InternetGatewayDevice.")).isEmpty())
        root = QStringLiteral("InternetGatewayDevice.");
    else
        return out;
    const bool tr181 = root == u"Device.";

    // CPU and memory (TR-181 DeviceInfo.ProcessStatus/MemoryStatus; TR-098 the same names).
    const QString cpu = root + QStringLiteral("DeviceInfo.ProcessStatus.CPUUsage");
    if (cache.find(cpu))
        out.append({QStringLiteral("cpu"), tr("CPU usage"),
                    {{SeriesKind::Gauge, cpu, {}, tr("CPU usage"), MonitorUnit::Percent}}});
    const QString free = root + QStringLiteral("DeviceInfo.MemoryStatus.Free");
    const QString total = root + QStringLiteral("DeviceInfo.MemoryStatus.Total");
    if (cache.find(free) && cache.find(total))
        out.append({QStringLiteral("memory"), tr("Memory in use"),
                    {{SeriesKind::UsedPercent, free, total, tr("Memory in use"), MonitorUnit::Percent}}});

    if (tr181) {
        // Ethernet interfaces; Upstream=true marks the WAN side (TR-181 Ethernet.Interface).
        for (const QString &obj : instances(cache, QStringLiteral("Device.Ethernet.Interface."))) {
            QString name = cachedValue(cache, obj + QStringLiteral("Name"));
            if (name.isEmpty())
                name = tr("Ethernet %1").arg(instanceNumber(obj));
            if (cachedValue(cache, obj + QStringLiteral("Upstream")) == u"true")
                name = tr("%1 (WAN)").arg(name);
            addRatePair(out, cache, QStringLiteral("throughput:") + obj, name, obj + QStringLiteral("Stats.BytesSent"),
                        obj + QStringLiteral("Stats.BytesReceived"));
        }
        for (const QString &obj : instances(cache, QStringLiteral("Device.IP.Interface."))) {
            QString name = cachedValue(cache, obj + QStringLiteral("Alias"));
            if (name.isEmpty())
                name = cachedValue(cache, obj + QStringLiteral("Name"));
            if (name.isEmpty())
                name = tr("IP interface %1").arg(instanceNumber(obj));
            addRatePair(out, cache, QStringLiteral("throughput:") + obj, name, obj + QStringLiteral("Stats.BytesSent"),
                        obj + QStringLiteral("Stats.BytesReceived"));
        }
        for (const QString &obj : instances(cache, QStringLiteral("Device.WiFi.SSID."))) {
            QString name = cachedValue(cache, obj + QStringLiteral("SSID"));
            if (name.isEmpty())
                name = tr("SSID %1").arg(instanceNumber(obj));
            addRatePair(out, cache, QStringLiteral("throughput:") + obj, name, obj + QStringLiteral("Stats.BytesSent"),
                        obj + QStringLiteral("Stats.BytesReceived"));
        }
        // Associated WiFi devices, one line per access point, named after its SSID.
        MonitorPreset clients{QStringLiteral("wifi-clients"), tr("WiFi associated devices"), {}};
        for (const QString &obj : instances(cache, QStringLiteral("Device.WiFi.AccessPoint."))) {
            const QString count = obj + QStringLiteral("AssociatedDeviceNumberOfEntries");
            if (!cache.find(count))
                continue;
            QString ssidRef = cachedValue(cache, obj + QStringLiteral("SSIDReference"));
            if (!ssidRef.isEmpty() && !ssidRef.endsWith(QLatin1Char('.')))
                ssidRef += QLatin1Char('.');
            const QString ssid = ssidRef.isEmpty() ? QString() : cachedValue(cache, ssidRef + QStringLiteral("SSID"));
            // The SSID is what the engineer knows the access point by (and it fits a legend).
            const QString label = ssid.isEmpty() ? tr("Access point %1").arg(instanceNumber(obj)) : ssid;
            clients.series.append({SeriesKind::Gauge, count, {}, label, MonitorUnit::Count});
        }
        if (!clients.series.isEmpty())
            out.append(clients);
        return out;
    }

    // TR-098: the WAN side's common counters, each LAN Ethernet port and WLAN.
    for (const QString &wan : instances(cache, QStringLiteral("InternetGatewayDevice.WANDevice."))) {
        const QString common = wan + QStringLiteral("WANCommonInterfaceConfig.");
        addRatePair(out, cache, QStringLiteral("throughput:") + wan, tr("WAN %1").arg(instanceNumber(wan)),
                    common + QStringLiteral("TotalBytesSent"), common + QStringLiteral("TotalBytesReceived"));
    }
    MonitorPreset clients{QStringLiteral("wifi-clients"), tr("WiFi associated devices"), {}};
    for (const QString &lan : instances(cache, QStringLiteral("InternetGatewayDevice.LANDevice."))) {
        for (const QString &eth : instances(cache, lan + QStringLiteral("LANEthernetInterfaceConfig."))) {
            addRatePair(out, cache, QStringLiteral("throughput:") + eth, tr("LAN port %1").arg(instanceNumber(eth)),
                        eth + QStringLiteral("Stats.BytesSent"), eth + QStringLiteral("Stats.BytesReceived"));
        }
        for (const QString &wlan : instances(cache, lan + QStringLiteral("WLANConfiguration."))) {
            QString ssid = cachedValue(cache, wlan + QStringLiteral("SSID"));
            if (ssid.isEmpty())
                ssid = tr("WLAN %1").arg(instanceNumber(wlan));
            addRatePair(out, cache, QStringLiteral("throughput:") + wlan, ssid,
                        wlan + QStringLiteral("TotalBytesSent"), wlan + QStringLiteral("TotalBytesReceived"));
            // TR-098 WLANConfiguration.TotalAssociations: the associated devices right now.
            const QString count = wlan + QStringLiteral("TotalAssociations");
            if (cache.find(count))
                clients.series.append({SeriesKind::Gauge, count, {}, ssid, MonitorUnit::Count});
        }
    }
    if (!clients.series.isEmpty())
        out.append(clients);
    return out;
}

} // namespace models
