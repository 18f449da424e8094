#include "monitorseries.h"

namespace models {

QString MonitorUnits::symbol(MonitorUnit unit)
{
    switch (unit) {
    case MonitorUnit::BitsPerSecond:
        return tr("bit/s");
    case MonitorUnit::PacketsPerSecond:
        return tr("packets/s");
    case MonitorUnit::PerSecond:
        return tr("1/s");
    case MonitorUnit::Percent:
        return QStringLiteral("%");
    case MonitorUnit::KiB:
        return tr("KiB");
    case MonitorUnit::Count:
        return tr("count");
    }
    return {};
}

QString MonitorUnits::title(MonitorUnit unit)
{
    switch (unit) {
    case MonitorUnit::BitsPerSecond:
        return tr("Throughput");
    case MonitorUnit::PacketsPerSecond:
        return tr("Packet rate");
    case MonitorUnit::PerSecond:
        return tr("Event rate");
    case MonitorUnit::Percent:
        return tr("Usage");
    case MonitorUnit::KiB:
        return tr("Memory");
    case MonitorUnit::Count:
        return tr("Count");
    }
    return {};
}

} // namespace models
