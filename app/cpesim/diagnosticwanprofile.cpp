#include "diagnosticwanprofile.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace cpesim {

namespace {

std::optional<double> parseTimeMs(const QString &text)
{
    static const QRegularExpression kTime(QStringLiteral("^([0-9]+(?:\\.[0-9]+)?)(us|ms|s)?$"));
    const auto m = kTime.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const double value = m.captured(1).toDouble();
    const QString unit = m.captured(2);
    if (unit == u"us")
        return value / 1000.0;
    if (unit == u"s")
        return value * 1000.0;
    return value;
}

std::optional<qint64> parseRate(const QString &text)
{
    static const QRegularExpression kRate(QStringLiteral("^([0-9]+(?:\\.[0-9]+)?)(bit|kbit|mbit|gbit)?(?:/s|ps)?$"),
                                          QRegularExpression::CaseInsensitiveOption);
    const auto m = kRate.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    double value = m.captured(1).toDouble();
    const QString unit = m.captured(2).toLower();
    if (unit == u"kbit")
        value *= 1e3;
    else if (unit == u"mbit")
        value *= 1e6;
    else if (unit == u"gbit")
        value *= 1e9;
    return qint64(value);
}

} // namespace

std::optional<DiagnosticWanProfile> DiagnosticWanProfile::parse(const QString &text, QString *why)
{
    const auto fail = [why](const QString &reason) -> std::optional<DiagnosticWanProfile> {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    DiagnosticWanProfile profile;
    const QStringList items = text.split(u',', Qt::SkipEmptyParts);
    if (items.isEmpty())
        return fail(QStringLiteral("--wan-profile needs key=value items, e.g. latency=40ms,jitter=5ms,loss=1%,rate=50mbit"));
    for (const QString &raw : items) {
        const QString item = raw.trimmed();
        const qsizetype eq = item.indexOf(u'=');
        if (eq <= 0)
            return fail(QStringLiteral("--wan-profile: \"%1\" is not key=value").arg(item));
        const QString key = item.left(eq).trimmed().toLower();
        const QString value = item.mid(eq + 1).trimmed();
        if (key == u"latency" || key == u"jitter") {
            const auto ms = parseTimeMs(value);
            if (!ms || *ms > 60'000)
                return fail(QStringLiteral("--wan-profile: %1 needs a time such as 40ms, got \"%2\"").arg(key, value));
            (key == u"latency" ? profile.latencyMs : profile.jitterMs) = *ms;
        } else if (key == u"loss") {
            QString number = value;
            if (number.endsWith(u'%'))
                number.chop(1);
            bool ok = false;
            const double percent = number.toDouble(&ok);
            if (!ok || percent < 0 || percent > 100)
                return fail(QStringLiteral("--wan-profile: loss needs a percentage 0-100%, got \"%1\"").arg(value));
            profile.lossPercent = percent;
        } else if (key == u"rate") {
            const auto rate = parseRate(value);
            if (!rate || *rate <= 0)
                return fail(QStringLiteral("--wan-profile: rate needs a bit rate such as 50mbit, got \"%1\"").arg(value));
            profile.rateBitsPerSecond = *rate;
        } else {
            return fail(QStringLiteral("--wan-profile: unknown key \"%1\" (latency, jitter, loss, rate)").arg(key));
        }
    }
    return profile;
}

QString DiagnosticWanProfile::describe() const
{
    QStringList parts;
    if (latencyMs > 0)
        parts << QStringLiteral("latency %1 ms").arg(latencyMs);
    if (jitterMs > 0)
        parts << QStringLiteral("jitter ±%1 ms").arg(jitterMs);
    if (lossPercent > 0)
        parts << QStringLiteral("loss %1 %").arg(lossPercent);
    if (rateBitsPerSecond > 0)
        parts << QStringLiteral("rate %1 Mbit/s").arg(double(rateBitsPerSecond) / 1e6);
    return parts.isEmpty() ? QStringLiteral("none") : parts.join(QStringLiteral(", "));
}

qint64 DiagnosticWanProfile::sampleDelayUs(QRandomGenerator &random) const
{
    const double jitter = jitterMs > 0 ? (random.generateDouble() * 2.0 - 1.0) * jitterMs : 0.0;
    return qint64(std::max(0.0, latencyMs + jitter) * 1000.0);
}

bool DiagnosticWanProfile::sampleLoss(QRandomGenerator &random) const
{
    return lossPercent > 0 && random.generateDouble() * 100.0 < lossPercent;
}

} // namespace cpesim
