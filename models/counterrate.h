#pragma once

// Turning two readings of a TR-181 StatsCounter (or a TR-098 byte/packet counter) into a
// rate per second. Counters only grow, but they wrap (StatsCounter32 at 2^32) and start
// again from 0 when the device reboots or the interface is reset; a drop must never be
// drawn as a negative rate.

#include <QtGlobal>

#include <optional>

namespace models {

class CounterRate
{
public:
    // The increase per second between two readings of a counter `bits` wide (32 or 64),
    // elapsedMs apart. A wrap is accepted only when the previous reading was in the top
    // quarter of the range and the new one in the bottom quarter; any other drop is a
    // reset and gives no rate (nullopt), as does elapsedMs <= 0.
    static std::optional<double> perSecond(quint64 previous, quint64 current, qint64 elapsedMs, int bits);
};

} // namespace models
