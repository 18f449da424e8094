#include "cwmpvalue.h"
#include "xsdlexical.h"

#include <QCoreApplication>
#include <QDate>
#include <QTime>

#include <limits>

namespace cwmp {

using namespace xsd;

namespace {

// Longest piece of a peer's value quoted back in an error text; a 20 kB base64 blob would
// otherwise end up in a dialog or a log line.
constexpr qsizetype kMaxQuotedLength = 40;

// The translation context of the texts below (lupdate reads it from the macro too).
struct TrText {
    Q_DECLARE_TR_FUNCTIONS(cwmp::Value)
};

QString quoted(QStringView text)
{
    if (text.size() <= kMaxQuotedLength)
        return text.toString();
    return text.left(kMaxQuotedLength).toString() + QChar(0x2026);
}

// --- reasons -----------------------------------------------------------------------------

void setWhy(QString *why, QString text)
{
    if (why)
        *why = std::move(text);
}

QString notAValue(ValueType type, QStringView text)
{
    const QString value = quoted(trimmedXsd(text));
    if (trimmedXsd(text).isEmpty()) {
        switch (type) {
        case ValueType::Int: return TrText::tr("An empty value is not an int");
        case ValueType::UnsignedInt: return TrText::tr("An empty value is not an unsignedInt");
        case ValueType::Long: return TrText::tr("An empty value is not a long");
        case ValueType::UnsignedLong: return TrText::tr("An empty value is not an unsignedLong");
        case ValueType::Boolean: return TrText::tr("An empty value is not a boolean");
        case ValueType::DateTime: return TrText::tr("An empty value is not a dateTime");
        case ValueType::Decimal: return TrText::tr("An empty value is not a decimal");
        default: break;
        }
    }
    switch (type) {
    case ValueType::Int: return TrText::tr("'%1' is not an int").arg(value);
    case ValueType::UnsignedInt: return TrText::tr("'%1' is not an unsignedInt").arg(value);
    case ValueType::Long: return TrText::tr("'%1' is not a long").arg(value);
    case ValueType::UnsignedLong: return TrText::tr("'%1' is not an unsignedLong").arg(value);
    case ValueType::Boolean:
        return TrText::tr("'%1' is not a boolean (use true, false, 1 or 0)").arg(value);
    case ValueType::DateTime: return TrText::tr("'%1' is not a dateTime").arg(value);
    case ValueType::Decimal: return TrText::tr("'%1' is not a decimal").arg(value);
    default: return TrText::tr("'%1' is not a valid value").arg(value);
    }
}

QString outOfRange(ValueType type, QStringView text)
{
    const QString value = quoted(trimmedXsd(text));
    switch (type) {
    case ValueType::Int: return TrText::tr("%1 is out of range for int").arg(value);
    case ValueType::UnsignedInt: return TrText::tr("%1 is out of range for unsignedInt").arg(value);
    case ValueType::Long: return TrText::tr("%1 is out of range for long").arg(value);
    case ValueType::UnsignedLong: return TrText::tr("%1 is out of range for unsignedLong").arg(value);
    default: return TrText::tr("%1 is out of range").arg(value);
    }
}

QString dateTimeReason(DateTimeError error, QStringView text)
{
    const QString value = quoted(trimmedXsd(text));
    switch (error) {
    case DateTimeError::BadDate:
        return TrText::tr("'%1' names a day that does not exist").arg(value);
    case DateTimeError::BadTime: return TrText::tr("'%1' has an invalid time of day").arg(value);
    case DateTimeError::BadZone: return TrText::tr("'%1' has an invalid time zone offset").arg(value);
    case DateTimeError::OutOfRange:
        return TrText::tr("'%1' is outside the years 0001 to 9999").arg(value);
    default: return notAValue(ValueType::DateTime, text);
    }
}

QString base64Reason(Base64Error error, QStringView text)
{
    const QString value = quoted(trimmedXsd(text));
    switch (error) {
    case Base64Error::BadCharacter:
        return TrText::tr("'%1' is not base64: it contains a character outside the base64 alphabet")
            .arg(value);
    case Base64Error::BadLength:
        return TrText::tr("'%1' is not base64: its length is not a multiple of four").arg(value);
    case Base64Error::NonZeroPaddingBits:
        return TrText::tr("'%1' is not base64: the character before the '=' padding has bits set that "
                  "encode no data")
            .arg(value);
    default: return TrText::tr("'%1' is not base64: '=' may only end the value, at most twice")
            .arg(value);
    }
}

} // namespace

ValueType valueTypeFromXsdName(QStringView name)
{
    // The prefix is whatever the sender bound to the XML Schema (or SOAP encoding)
    // namespace: "xsd:", "xs:", "soap-enc:"; only the local part names the type.
    name = trimmedXsd(name);
    const qsizetype colon = name.lastIndexOf(u':');
    const QStringView local = colon >= 0 ? name.sliced(colon + 1) : name;
    if (local.isEmpty())
        return colon >= 0 ? ValueType::Other : ValueType::Unspecified;
    // XSD type names are case-sensitive (XML Schema Part 2 §3): "UnsignedInt" is unknown.
    if (local == u"string")
        return ValueType::String;
    if (local == u"int")
        return ValueType::Int;
    if (local == u"unsignedInt")
        return ValueType::UnsignedInt;
    if (local == u"long")
        return ValueType::Long;
    if (local == u"unsignedLong")
        return ValueType::UnsignedLong;
    if (local == u"boolean")
        return ValueType::Boolean;
    if (local == u"dateTime")
        return ValueType::DateTime;
    // TR-069 A.2.1 writes "base64"; XML Schema and SOAP encoding call it base64Binary.
    if (local == u"base64" || local == u"base64Binary")
        return ValueType::Base64;
    if (local == u"hexBinary")
        return ValueType::HexBinary;
    if (local == u"decimal")
        return ValueType::Decimal;
    return ValueType::Other;
}

QString xsdName(ValueType type)
{
    switch (type) {
    case ValueType::Int: return QStringLiteral("int");
    case ValueType::UnsignedInt: return QStringLiteral("unsignedInt");
    case ValueType::Long: return QStringLiteral("long");
    case ValueType::UnsignedLong: return QStringLiteral("unsignedLong");
    case ValueType::Boolean: return QStringLiteral("boolean");
    case ValueType::DateTime: return QStringLiteral("dateTime");
    // XML Schema has no "base64" type: xsi:type="xsd:base64" does not resolve, so we write
    // base64Binary (and read both).
    case ValueType::Base64: return QStringLiteral("base64Binary");
    case ValueType::HexBinary: return QStringLiteral("hexBinary");
    case ValueType::Decimal: return QStringLiteral("decimal");
    case ValueType::String:
    case ValueType::Unspecified:
    case ValueType::Other: break;
    }
    return QStringLiteral("string");
}

std::optional<bool> parseBoolean(QStringView text)
{
    const QStringView value = trimmedXsd(text);
    if (value == u"true" || value == u"1")
        return true;
    if (value == u"false" || value == u"0")
        return false;
    return std::nullopt;
}

std::optional<qint64> parseInt(QStringView text, qint64 min, qint64 max)
{
    const SignedResult result = scanSigned(text, min, max);
    if (result.status != ScanStatus::Ok)
        return std::nullopt;
    return result.value;
}

std::optional<quint64> parseUnsigned(QStringView text, quint64 max)
{
    const UnsignedResult result = scanUnsigned(text, max);
    if (result.status != ScanStatus::Ok)
        return std::nullopt;
    return result.value;
}

std::optional<QDateTime> parseDateTime(QStringView text)
{
    DateTimeScan scan = scanDateTime(text);
    if (scan.error != DateTimeError::None)
        return std::nullopt;
    return scan.utc;
}

QString formatDateTime(const QDateTime &time)
{
    if (!time.isValid())
        return QStringLiteral("0001-01-01T00:00:00Z");
    const QDateTime utc = time.toUTC();
    QString text = formatWholeSeconds(utc);
    const int msec = utc.time().msec();
    if (msec != 0)
        text += QStringLiteral(".%1").arg(msec, 3, 10, QChar(u'0'));
    text.append(u'Z');
    return text;
}

QDateTime unknownTime()
{
    return QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC);
}

bool isValidValue(ValueType type, QStringView text, QString *why)
{
    switch (type) {
    case ValueType::Unspecified:
    case ValueType::String:
    case ValueType::Other:
        // Without a type (or with one we do not know) every string is acceptable.
        return true;
    case ValueType::Int:
    case ValueType::Long: {
        const bool isInt = type == ValueType::Int;
        const SignedResult result = scanSigned(
            text, isInt ? std::numeric_limits<qint32>::min() : std::numeric_limits<qint64>::min(),
            isInt ? std::numeric_limits<qint32>::max() : std::numeric_limits<qint64>::max());
        if (result.status == ScanStatus::Malformed)
            setWhy(why, notAValue(type, text));
        else if (result.status == ScanStatus::OutOfRange)
            setWhy(why, outOfRange(type, text));
        return result.status == ScanStatus::Ok;
    }
    case ValueType::UnsignedInt:
    case ValueType::UnsignedLong: {
        const UnsignedResult result = scanUnsigned(
            text, type == ValueType::UnsignedInt ? std::numeric_limits<quint32>::max()
                                                 : std::numeric_limits<quint64>::max());
        if (result.status == ScanStatus::Malformed)
            setWhy(why, notAValue(type, text));
        else if (result.status == ScanStatus::OutOfRange)
            setWhy(why, outOfRange(type, text));
        return result.status == ScanStatus::Ok;
    }
    case ValueType::Boolean:
        if (parseBoolean(text))
            return true;
        setWhy(why, notAValue(type, text));
        return false;
    case ValueType::DateTime: {
        const DateTimeScan scan = scanDateTime(text);
        if (scan.error == DateTimeError::None)
            return true;
        setWhy(why, dateTimeReason(scan.error, text));
        return false;
    }
    case ValueType::Base64: {
        const Base64Error error = scanBase64(text, nullptr);
        if (error == Base64Error::None)
            return true;
        setWhy(why, base64Reason(error, text));
        return false;
    }
    case ValueType::HexBinary: {
        const QStringView value = trimmedXsd(text);
        for (const QChar c : value) {
            if (!isHexDigit(c)) {
                setWhy(why, TrText::tr("'%1' is not hexBinary: it contains a character that is not a "
                               "hex digit")
                                .arg(quoted(value)));
                return false;
            }
        }
        // Part 2 §3.2.15: two hex digits per octet.
        if (value.size() % 2 != 0) {
            setWhy(why, TrText::tr("'%1' is not hexBinary: it has an odd number of hex digits")
                            .arg(quoted(value)));
            return false;
        }
        return true;
    }
    case ValueType::Decimal:
        if (scanDecimal(text).ok)
            return true;
        setWhy(why, notAValue(type, text));
        return false;
    }
    return true;
}

std::optional<QString> canonicalValue(ValueType type, QStringView text)
{
    switch (type) {
    case ValueType::Unspecified:
    case ValueType::String:
    case ValueType::Other:
        return text.toString();
    case ValueType::Int:
    case ValueType::Long: {
        const bool isInt = type == ValueType::Int;
        const auto value = parseInt(
            text, isInt ? std::numeric_limits<qint32>::min() : std::numeric_limits<qint64>::min(),
            isInt ? std::numeric_limits<qint32>::max() : std::numeric_limits<qint64>::max());
        if (!value)
            return std::nullopt;
        return QString::number(*value);
    }
    case ValueType::UnsignedInt:
    case ValueType::UnsignedLong: {
        const auto value = parseUnsigned(text, type == ValueType::UnsignedInt
                                                   ? std::numeric_limits<quint32>::max()
                                                   : std::numeric_limits<quint64>::max());
        if (!value)
            return std::nullopt;
        return QString::number(*value);
    }
    case ValueType::Boolean: {
        const auto value = parseBoolean(text);
        if (!value)
            return std::nullopt;
        return *value ? QStringLiteral("true") : QStringLiteral("false");
    }
    case ValueType::DateTime: {
        const DateTimeScan scan = scanDateTime(text);
        if (scan.error != DateTimeError::None)
            return std::nullopt;
        // The zone shift moves whole minutes only, so the fraction digits carry over as sent:
        // TR-143 times have microseconds, which QDateTime cannot hold. Milliseconds are
        // written as three digits, as formatDateTime() does.
        QStringView fraction = scan.fraction;
        while (!fraction.isEmpty() && fraction.back() == u'0')
            fraction.chop(1);
        QString result = formatWholeSeconds(scan.utc);
        if (!fraction.isEmpty()) {
            result.append(u'.');
            result.append(fraction);
            for (qsizetype i = fraction.size(); i < 3; ++i)
                result.append(u'0');
        }
        result.append(u'Z');
        return result;
    }
    case ValueType::Base64: {
        QString compact;
        if (scanBase64(text, &compact) != Base64Error::None)
            return std::nullopt;
        return compact;
    }
    case ValueType::HexBinary:
        if (!isValidValue(type, text))
            return std::nullopt;
        return trimmedXsd(text).toString().toUpper();
    case ValueType::Decimal: {
        const DecimalScan scan = scanDecimal(text);
        if (!scan.ok)
            return std::nullopt;
        return canonicalDecimal(scan);
    }
    }
    return std::nullopt;
}

} // namespace cwmp
