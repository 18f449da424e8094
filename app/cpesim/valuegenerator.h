#pragma once

#include "parametermeta.h"

#include <QDateTime>
#include <QString>

namespace cpesim::ValueGenerator {

// The value of a volatile parameter at `now`. A pure function of its arguments, so a
// device stores nothing for it and tests are deterministic: `seed` mixes the device's
// seed with the parameter path, so two devices (and two counters) differ.
QString generate(const ParameterMeta &meta, const QDateTime &now, const QDateTime &bootTime,
                 quint64 seed);

// A stable 64-bit mix of a device seed and a path (FNV-1a).
quint64 mixSeed(quint64 deviceSeed, QStringView path);

} // namespace cpesim::ValueGenerator
