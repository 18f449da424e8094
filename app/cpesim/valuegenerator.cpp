#include "valuegenerator.h"

#include <cwmp/cwmpvalue.h>

#include <algorithm>

namespace cpesim::ValueGenerator {

quint64 mixSeed(quint64 deviceSeed, QStringView path)
{
    quint64 hash = 1469598103934665603ull ^ deviceSeed;
    for (QChar c : path) {
        hash ^= c.unicode();
        hash *= 1099511628211ull;
    }
    // Final avalanche so that neighbouring paths give unrelated values.
    hash ^= hash >> 33;
    hash *= 0xff51afd7ed558ccdull;
    hash ^= hash >> 33;
    return hash;
}

QString generate(const ParameterMeta &meta, const QDateTime &now, const QDateTime &bootTime,
                 quint64 seed)
{
    const qint64 elapsed = std::max<qint64>(0, bootTime.secsTo(now));
    switch (meta.generator) {
    case Generator::None:
        return meta.defaultValue;
    case Generator::Uptime:
        return QString::number(elapsed);
    case Generator::Clock:
        return cwmp::formatDateTime(now);
    case Generator::Counter: {
        // Between 0.5 and 1.5 times the nominal rate, with a start value below one minute's worth.
        const double factor = 0.5 + double(seed % 1000) / 1000.0;
        const quint64 start = quint64(meta.rate * double((seed >> 10) % 60));
        quint64 value = start + quint64(meta.rate * factor * double(elapsed));
        if (meta.type == cwmp::ValueType::UnsignedInt)
            value &= 0xffffffffull; // 32-bit counters wrap (TR-181 StatsCounter32)
        return QString::number(value);
    }
    case Generator::Flap: {
        // Mostly true: off for one period out of four, at a per-path phase.
        const qint64 period = std::max<qint64>(1, qint64(meta.rate));
        const qint64 phase = qint64(seed % quint64(period * 4));
        const bool on = ((elapsed + phase) / period) % 4 != 3;
        return on ? QStringLiteral("true") : QStringLiteral("false");
    }
    case Generator::Gauge: {
        const quint64 max = std::max<quint64>(1, quint64(meta.rate));
        const quint64 step = quint64(elapsed / 60);
        return QString::number(mixSeed(seed, QString::number(step)) % max);
    }
    }
    return meta.defaultValue;
}

} // namespace cpesim::ValueGenerator
