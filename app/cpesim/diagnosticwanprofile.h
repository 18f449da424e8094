#pragma once

#include <QString>

#include <optional>

class QRandomGenerator;

namespace cpesim {

// Emulated WAN conditions for the diagnostics (--wan-profile), so a demo on loopback shows
// realistic curves. Everything it adds is emulation, and the log says so: latency and jitter
// are added to each measured round trip, loss drops probes and echo replies at random, rate
// paces the TR-143 HTTP transfers with a token bucket. The network itself is untouched.
struct DiagnosticWanProfile {
    double latencyMs = 0;     // added to every round trip (ICMP, UDP echo, TCP open)
    double jitterMs = 0;      // ± uniformly on top of the latency
    double lossPercent = 0;   // probability that a probe or its reply is "lost"
    qint64 rateBitsPerSecond = 0; // 0: unpaced

    bool isActive() const { return latencyMs > 0 || jitterMs > 0 || lossPercent > 0 || rateBitsPerSecond > 0; }
    // "latency=40ms,jitter=5ms,loss=1%,rate=50mbit" (any subset, any order). Units: ms, s,
    // us for times; %, for loss; bit, kbit, mbit, gbit (per second) for rate.
    static std::optional<DiagnosticWanProfile> parse(const QString &text, QString *why = nullptr);
    QString describe() const;

    // One emulated addition to a round trip, in microseconds (never negative).
    qint64 sampleDelayUs(QRandomGenerator &random) const;
    bool sampleLoss(QRandomGenerator &random) const;
};

} // namespace cpesim
