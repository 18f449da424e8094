#include "validator.h"

#include <QByteArray>
#include <QHash>
#include <QRegularExpression>

#include <cstdlib>

namespace datamodel {

namespace {

// Range bounds and values compare as long double: its 64-bit mantissa holds every int,
// unsignedInt, long and unsignedLong exactly, and decimals closely enough.
std::optional<long double> number(QStringView text)
{
    const QByteArray latin = text.trimmed().toLatin1();
    if (latin.isEmpty())
        return std::nullopt;
    char *end = nullptr;
    const long double v = std::strtold(latin.constData(), &end);
    if (end != latin.constData() + latin.size())
        return std::nullopt;
    return v;
}

bool isNumeric(cwmp::ValueType t)
{
    return t == cwmp::ValueType::Int || t == cwmp::ValueType::UnsignedInt || t == cwmp::ValueType::Long
           || t == cwmp::ValueType::UnsignedLong || t == cwmp::ValueType::Decimal;
}

// The patterns are XML Schema regular expressions, implicitly anchored. Compiled once per
// thread and pattern: validation runs while an engineer types.
const QRegularExpression &compiled(const QString &pattern)
{
    thread_local QHash<QString, QRegularExpression> cache;
    auto it = cache.find(pattern);
    if (it == cache.end()) {
        if (cache.size() > 512)
            cache.clear();
        it = cache.insert(pattern, QRegularExpression(QRegularExpression::anchoredPattern(pattern),
                                                      QRegularExpression::UseUnicodePropertiesOption));
    }
    return *it;
}

// The length a size facet counts: characters, or decoded bytes for base64 / hexBinary.
qint64 measuredLength(const Syntax &s, QStringView value)
{
    if (s.type == cwmp::ValueType::HexBinary)
        return value.trimmed().size() / 2;
    if (s.type == cwmp::ValueType::Base64)
        return QByteArray::fromBase64(value.toLatin1()).size();
    return value.size();
}

bool fits(const SizeLimit &l, qint64 n)
{
    return (l.minLength < 0 || n >= l.minLength) && (l.maxLength < 0 || n <= l.maxLength);
}

} // namespace

QString Validator::validate(const Definition &definition, QStringView value, Purpose purpose)
{
    if (definition.isObject())
        return tr("%1 is an object and has no value").arg(definition.path);
    if (purpose == Purpose::Set && definition.access == Access::ReadOnly)
        return tr("the parameter is read-only");
    return validate(definition.syntax, value, purpose);
}

QString Validator::validate(const Syntax &s, QStringView value, Purpose purpose)
{
    if (!s.isList)
        return validateItem(s, value, purpose);
    // TR-106 §3.2.3: a comma-separated list; the size facets of <list> bound the whole string.
    if (!s.listSizes.isEmpty()) {
        const bool ok = std::any_of(s.listSizes.cbegin(), s.listSizes.cend(),
                                    [&](const SizeLimit &l) { return fits(l, value.size()); });
        if (!ok) {
            const SizeLimit &l = s.listSizes.first();
            if (l.maxLength >= 0 && value.size() > l.maxLength)
                return tr("the list is longer than %1 characters").arg(l.maxLength);
            return tr("the list is shorter than %1 characters").arg(l.minLength);
        }
    }
    QList<QStringView> items;
    if (!value.trimmed().isEmpty()) {
        for (QStringView item : value.split(u','))
            items.append(item.trimmed());
    }
    if (s.minItems >= 0 && items.size() < s.minItems)
        return tr("the list has %1 items; at least %2 are needed").arg(items.size()).arg(s.minItems);
    if (s.maxItems >= 0 && items.size() > s.maxItems)
        return tr("the list has %1 items; at most %2 are allowed").arg(items.size()).arg(s.maxItems);
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString why = validateItem(s, items.at(i), purpose);
        if (!why.isEmpty())
            return tr("item %1 (%2): %3").arg(i + 1).arg(items.at(i).toString(), why);
    }
    return {};
}

QString Validator::validateItem(const Syntax &s, QStringView value, Purpose purpose)
{
    QString why;
    if (!cwmp::isValidValue(s.type, value, &why))
        return why;

    if (!s.sizes.isEmpty()) {
        const qint64 n = measuredLength(s, value);
        const bool ok = std::any_of(s.sizes.cbegin(), s.sizes.cend(), [n](const SizeLimit &l) { return fits(l, n); });
        if (!ok) {
            const SizeLimit &l = s.sizes.first();
            const bool bytes = s.type == cwmp::ValueType::HexBinary || s.type == cwmp::ValueType::Base64;
            if (s.sizes.size() == 1 && l.maxLength >= 0 && n > l.maxLength)
                return bytes ? tr("longer than %1 bytes").arg(l.maxLength) : tr("longer than %1 characters").arg(l.maxLength);
            if (s.sizes.size() == 1 && l.minLength >= 0 && n < l.minLength)
                return bytes ? tr("shorter than %1 bytes").arg(l.minLength) : tr("shorter than %1 characters").arg(l.minLength);
            QStringList allowed;
            for (const SizeLimit &x : s.sizes)
                allowed.append(x.minLength == x.maxLength ? QString::number(x.maxLength)
                                                          : QStringLiteral("%1–%2").arg(qMax<qint64>(0, x.minLength)).arg(x.maxLength));
            return tr("its length %1 is not one of: %2").arg(n).arg(allowed.join(QLatin1String(", ")));
        }
    }

    if (!s.ranges.isEmpty() && isNumeric(s.type)) {
        const std::optional<long double> v = number(value);
        const auto inRange = [&](const Range &r) {
            const std::optional<long double> lo = number(r.min);
            const std::optional<long double> hi = number(r.max);
            if (!v || (lo && *v < *lo) || (hi && *v > *hi))
                return false;
            const std::optional<long double> step = number(r.step);
            if (step && *step > 0) {
                const long double offset = *v - lo.value_or(0);
                const long double k = offset / *step;
                return k == static_cast<long double>(static_cast<long long>(k));
            }
            return true;
        };
        if (!std::any_of(s.ranges.cbegin(), s.ranges.cend(), inRange)) {
            if (s.ranges.size() == 1) {
                const Range &r = s.ranges.first();
                const QString stepNote = r.step.isEmpty() || r.step == u"1" ? QString() : tr(" in steps of %1").arg(r.step);
                if (!r.min.isEmpty() && !r.max.isEmpty())
                    return tr("must be between %1 and %2%3").arg(r.min, r.max, stepNote);
                if (!r.min.isEmpty())
                    return tr("must be at least %1%2").arg(r.min, stepNote);
                if (!r.max.isEmpty())
                    return tr("must be at most %1%2").arg(r.max, stepNote);
                return tr("must be a multiple of %1").arg(r.step);
            }
            QStringList parts;
            for (const Range &r : s.ranges)
                parts.append(r.min == r.max ? r.min : QStringLiteral("%1–%2").arg(r.min, r.max));
            return tr("must be in one of the ranges: %1").arg(parts.join(QLatin1String(", ")));
        }
    }

    if (!s.enumerations.isEmpty()) {
        const EnumValue *match = nullptr;
        for (const EnumValue &e : s.enumerations) {
            if (e.value == value && e.status != Status::Deleted) {
                match = &e;
                break;
            }
        }
        if (!match) {
            QStringList values;
            for (const EnumValue &e : s.enumerations) {
                if (e.status != Status::Deleted && (purpose == Purpose::Report || !e.readOnly))
                    values.append(e.value);
            }
            return tr("not one of: %1").arg(values.join(QLatin1String(", ")));
        }
        if (purpose == Purpose::Set && match->readOnly)
            return tr("%1 can be reported by the device but not set").arg(match->value);
    }

    if (!s.patterns.isEmpty()) {
        const QString text = value.toString();
        const bool ok = std::any_of(s.patterns.cbegin(), s.patterns.cend(), [&text](const QString &p) {
            if (p.isEmpty())
                return text.isEmpty();
            const QRegularExpression &re = compiled(p);
            return !re.isValid() || re.match(text).hasMatch(); // a pattern PCRE cannot read judges nothing
        });
        if (!ok) {
            const QString &type = s.patternSource;
            if (type == u"IPv4Address")
                return tr("not a valid IPv4 address");
            if (type == u"IPv4Prefix")
                return tr("not a valid IPv4 prefix (address/length)");
            if (type == u"MACAddress")
                return tr("not a valid MAC address");
            if (type == u"IEEE_EUI64")
                return tr("not a valid EUI-64 identifier");
            if (!type.isEmpty())
                return tr("not a valid %1").arg(type);
            QStringList shown;
            for (const QString &p : s.patterns)
                shown.append(p.isEmpty() ? tr("(empty)") : p);
            return tr("does not match pattern %1").arg(shown.join(tr(" or ")));
        }
    }
    return {};
}

} // namespace datamodel
