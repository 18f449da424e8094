#pragma once

// What one chart line of the Monitor tab is: which parameter(s) it reads, how a reading
// becomes a point, and the unit of the points. Plain values, no Charts (models/ links
// neither Widgets nor Charts).

#include <QCoreApplication>
#include <QString>

namespace models {

// The unit of a series' points; the Monitor tab draws one chart per unit.
enum class MonitorUnit { BitsPerSecond, PacketsPerSecond, PerSecond, Percent, KiB, Count };

enum class SeriesKind {
    Gauge,       // the value as read (CPU %, associated devices)
    Rate,        // a counter turned into a rate per second (bytes become bits)
    UsedPercent, // 100 * (total - free) / total, from two parameters (MemoryStatus)
};

struct MonitorSeriesSpec {
    SeriesKind kind = SeriesKind::Gauge;
    QString path;      // the parameter read (MemoryStatus.Free for UsedPercent)
    QString totalPath; // UsedPercent only: the total the free value is taken from
    QString label;     // legend text ("eth0 received")
    MonitorUnit unit = MonitorUnit::Count;
    bool operator==(const MonitorSeriesSpec &) const = default;
};

class MonitorUnits
{
    Q_DECLARE_TR_FUNCTIONS(models::MonitorUnits)

public:
    // "bit/s", "packets/s", "1/s", "%", "KiB", "count": the axis unit.
    static QString symbol(MonitorUnit unit);
    // "Throughput", "Packet rate", "Event rate", "Usage", "Memory", "Count": the chart title.
    static QString title(MonitorUnit unit);
};

} // namespace models
