#include "counterrate.h"

namespace models {

std::optional<double> CounterRate::perSecond(quint64 previous, quint64 current, qint64 elapsedMs, int bits)
{
    if (elapsedMs <= 0)
        return std::nullopt;
    quint64 delta = 0;
    if (current >= previous) {
        delta = current - previous;
    } else {
        const int width = bits <= 32 ? 32 : 64;
        // The largest value the counter can hold; a 32-bit reading above it is not a
        // 32-bit counter after all, so it cannot have wrapped at 2^32.
        const quint64 max = width == 32 ? quint64(0xffffffffull) : ~quint64(0);
        if (previous > max)
            return std::nullopt;
        const quint64 quarter = max / 4;
        if (previous < max - quarter || current > quarter)
            return std::nullopt; // a reset (reboot, interface restart), not a wrap
        delta = (max - previous) + current + 1;
    }
    return double(delta) * 1000.0 / double(elapsedMs);
}

} // namespace models
