#include "cwmpvalue.h"

#include <QCoreApplication>
#include <QDate>
#include <QTime>

#include <limits>

namespace cwmp {

namespace {

// Longest piece of a peer's value quoted back in an error text; a 20 kB base64 blob would
// otherwise end up in a dialog or a log line.
constexpr qsizetype kMaxQuotedLength = 40;

QString tr(const char *text)
{
    return QCoreApplication::translate("cwmp::Value", text);
}

QString quoted(QStringView text)
{
    if (text.size() <= kMaxQuotedLength)
        return text.toString();
    return text.left(kMaxQuotedLength).toString() + QChar(0x2026);
}

// XML Schema Part 2 §4.3.6: whiteSpace "collapse" applies to every type used here but
// string, and only #x20, #x9, #xA and #xD count as white space (not Unicode spaces).
constexpr bool isXsdSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r';
}

constexpr bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

QStringView trimmedXsd(QStringView text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isXsdSpace(text[begin]))
        ++begin;
    while (end > begin && isXsdSpace(text[end - 1]))
        --end;
    return text.sliced(begin, end - begin);
}

// --- integers ----------------------------------------------------------------------------

enum class ScanStatus { Ok, Malformed, OutOfRange };

struct IntegerScan {
    ScanStatus status = ScanStatus::Malformed;
    bool negative = false;
    quint64 magnitude = 0;
};

// XSD integer lexical space (Part 2 §3.3.13): an optional sign and one or more digits.
// Digits past the quint64 range still get checked, so "1x" beats "too large" as a reason.
IntegerScan scanInteger(QStringView text)
{
    IntegerScan scan;
    text = trimmedXsd(text);
    qsizetype i = 0;
    if (!text.isEmpty() && (text[0] == u'+' || text[0] == u'-')) {
        scan.negative = text[0] == u'-';
        ++i;
    }
    if (i == text.size())
        return scan;
    bool overflow = false;
    constexpr quint64 kMax = std::numeric_limits<quint64>::max();
    for (; i < text.size(); ++i) {
        const QChar c = text[i];
        if (!isAsciiDigit(c))
            return scan;
        const quint64 digit = c.unicode() - u'0';
        if (scan.magnitude > (kMax - digit) / 10)
            overflow = true;
        else
            scan.magnitude = scan.magnitude * 10 + digit;
    }
    scan.status = overflow ? ScanStatus::OutOfRange : ScanStatus::Ok;
    return scan;
}

struct SignedResult {
    ScanStatus status = ScanStatus::Malformed;
    qint64 value = 0;
};

SignedResult scanSigned(QStringView text, qint64 min, qint64 max)
{
    const IntegerScan scan = scanInteger(text);
    if (scan.status != ScanStatus::Ok)
        return {scan.status, 0};
    constexpr quint64 kMinMagnitude = quint64(std::numeric_limits<qint64>::max()) + 1;
    qint64 value = 0;
    if (scan.negative) {
        if (scan.magnitude > kMinMagnitude)
            return {ScanStatus::OutOfRange, 0};
        value = scan.magnitude == kMinMagnitude ? std::numeric_limits<qint64>::min()
                                                : -qint64(scan.magnitude);
    } else {
        if (scan.magnitude > quint64(std::numeric_limits<qint64>::max()))
            return {ScanStatus::OutOfRange, 0};
        value = qint64(scan.magnitude);
    }
    if (value < min || value > max)
        return {ScanStatus::OutOfRange, 0};
    return {ScanStatus::Ok, value};
}

struct UnsignedResult {
    ScanStatus status = ScanStatus::Malformed;
    quint64 value = 0;
};

UnsignedResult scanUnsigned(QStringView text, quint64 max)
{
    const IntegerScan scan = scanInteger(text);
    if (scan.status != ScanStatus::Ok)
        return {scan.status, 0};
    // XSD nonNegativeInteger (Part 2 §3.3.20) allows "-" only in front of a zero; "-5" is
    // a well-formed integer, so it is reported as out of range rather than as malformed.
    if (scan.negative && scan.magnitude != 0)
        return {ScanStatus::OutOfRange, 0};
    if (scan.magnitude > max)
        return {ScanStatus::OutOfRange, 0};
    return {ScanStatus::Ok, scan.magnitude};
}

// --- dateTime ----------------------------------------------------------------------------

enum class DateTimeError { None, Malformed, BadDate, BadTime, BadZone, OutOfRange };

struct DateTimeScan {
    DateTimeError error = DateTimeError::Malformed;
    QDateTime utc;
    QStringView fraction; // the digits after '.', as sent (possibly more than milliseconds)
};

// Reads exactly `count` ASCII digits at `pos`.
bool readDigits(QStringView text, qsizetype &pos, qsizetype count, int &value)
{
    if (pos + count > text.size())
        return false;
    int result = 0;
    for (qsizetype i = 0; i < count; ++i) {
        const QChar c = text[pos + i];
        if (!isAsciiDigit(c))
            return false;
        result = result * 10 + (c.unicode() - u'0');
    }
    value = result;
    pos += count;
    return true;
}

bool expect(QStringView text, qsizetype &pos, char16_t c)
{
    if (pos >= text.size() || text[pos] != c)
        return false;
    ++pos;
    return true;
}

// xsd:dateTime (XML Schema Part 2 §3.2.7): YYYY-MM-DDThh:mm:ss[.s+][Z|(+|-)hh:mm].
// Years are limited to 0001-9999: the years CWMP uses (TR-106 §3.2 Unknown Time is year
// 1) and what QDateTime formats as four digits. A missing zone is read as UTC.
DateTimeScan scanDateTime(QStringView text)
{
    DateTimeScan scan;
    text = trimmedXsd(text);
    qsizetype pos = 0;
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (!readDigits(text, pos, 4, year) || !expect(text, pos, u'-')
        || !readDigits(text, pos, 2, month) || !expect(text, pos, u'-')
        || !readDigits(text, pos, 2, day) || !expect(text, pos, u'T')
        || !readDigits(text, pos, 2, hour) || !expect(text, pos, u':')
        || !readDigits(text, pos, 2, minute) || !expect(text, pos, u':')
        || !readDigits(text, pos, 2, second))
        return scan;
    if (pos < text.size() && text[pos] == u'.') {
        const qsizetype start = ++pos;
        while (pos < text.size() && isAsciiDigit(text[pos]))
            ++pos;
        if (pos == start)
            return scan;
        scan.fraction = text.sliced(start, pos - start);
    }
    int offsetMinutes = 0;
    if (pos < text.size()) {
        const QChar zone = text[pos];
        if (zone == u'Z') {
            ++pos;
        } else if (zone == u'+' || zone == u'-') {
            ++pos;
            int zoneHours = 0, zoneMinutes = 0;
            if (!readDigits(text, pos, 2, zoneHours) || !expect(text, pos, u':')
                || !readDigits(text, pos, 2, zoneMinutes))
                return scan;
            // Part 2 §3.2.7.3: offsets run from -14:00 to +14:00.
            if (zoneMinutes > 59 || zoneHours > 14 || (zoneHours == 14 && zoneMinutes != 0)) {
                scan.error = DateTimeError::BadZone;
                return scan;
            }
            offsetMinutes = (zoneHours * 60 + zoneMinutes) * (zone == u'-' ? -1 : 1);
        } else {
            return scan;
        }
    }
    if (pos != text.size())
        return scan;

    if (year < 1) {
        scan.error = DateTimeError::OutOfRange;
        return scan;
    }
    if (!QDate::isValid(year, month, day)) {
        scan.error = DateTimeError::BadDate;
        return scan;
    }
    // 24:00:00 is allowed and means the first instant of the next day (Part 2 §3.2.7).
    const bool endOfDay = hour == 24 && minute == 0 && second == 0
        && scan.fraction.count(u'0') == scan.fraction.size();
    if (!endOfDay && (hour > 23 || minute > 59 || second > 59)) {
        scan.error = DateTimeError::BadTime;
        return scan;
    }
    int msec = 0;
    for (qsizetype i = 0; i < 3; ++i)
        msec = msec * 10 + (i < scan.fraction.size() ? scan.fraction[i].unicode() - u'0' : 0);

    QDate date(year, month, day);
    QTime time(hour, minute, second, msec);
    if (endOfDay) {
        date = date.addDays(1);
        time = QTime(0, 0);
    }
    QDateTime utc(date, time, Qt::UTC);
    if (offsetMinutes != 0)
        utc = utc.addSecs(-qint64(offsetMinutes) * 60);
    if (!utc.isValid() || utc.date().year() < 1 || utc.date().year() > 9999) {
        scan.error = DateTimeError::OutOfRange;
        return scan;
    }
    scan.utc = utc;
    scan.error = DateTimeError::None;
    return scan;
}

QString formatWholeSeconds(const QDateTime &utc)
{
    const QDate date = utc.date();
    const QTime time = utc.time();
    const QChar zero(u'0');
    return QStringLiteral("%1-%2-%3T%4:%5:%6")
        .arg(date.year(), 4, 10, zero)
        .arg(date.month(), 2, 10, zero)
        .arg(date.day(), 2, 10, zero)
        .arg(time.hour(), 2, 10, zero)
        .arg(time.minute(), 2, 10, zero)
        .arg(time.second(), 2, 10, zero);
}

// --- binary ------------------------------------------------------------------------------

int base64Value(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'A' && u <= u'Z')
        return u - u'A';
    if (u >= u'a' && u <= u'z')
        return u - u'a' + 26;
    if (u >= u'0' && u <= u'9')
        return u - u'0' + 52;
    if (u == u'+')
        return 62;
    if (u == u'/')
        return 63;
    return -1;
}

enum class Base64Error { None, BadCharacter, BadLength, BadPadding, NonZeroPaddingBits };

// xsd:base64Binary (XML Schema Part 2 §3.2.16, RFC 2045 alphabet). White space may appear
// anywhere (senders wrap long values); it is dropped into *compact.
Base64Error scanBase64(QStringView text, QString *compact)
{
    QString chars;
    chars.reserve(text.size());
    for (const QChar c : text) {
        if (isXsdSpace(c))
            continue;
        if (c != u'=' && base64Value(c) < 0)
            return Base64Error::BadCharacter;
        chars.append(c);
    }
    if (chars.size() % 4 != 0)
        return Base64Error::BadLength;
    // '=' only as the last one or two characters.
    const qsizetype firstPad = chars.indexOf(u'=');
    const qsizetype padding = firstPad < 0 ? 0 : chars.size() - firstPad;
    if (padding > 2 || (padding == 2 && chars.back() != u'='))
        return Base64Error::BadPadding;
    // The grammar of §3.2.16 only admits final characters whose unused bits are zero
    // ("QQ==" but not "QR=="): anything else would not round-trip.
    if (padding > 0) {
        const int last = base64Value(chars[firstPad - 1]);
        const int unusedMask = padding == 2 ? 0x0F : 0x03;
        if ((last & unusedMask) != 0)
            return Base64Error::NonZeroPaddingBits;
    }
    if (compact)
        *compact = chars;
    return Base64Error::None;
}

bool isHexDigit(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
}

// --- decimal -----------------------------------------------------------------------------

struct DecimalScan {
    bool ok = false;
    bool negative = false;
    QStringView integerDigits;
    QStringView fractionDigits;
};

// xsd:decimal (Part 2 §3.2.3): optional sign, digits with an optional '.', no exponent;
// at least one digit on either side of the point ("1.", ".5").
DecimalScan scanDecimal(QStringView text)
{
    DecimalScan scan;
    text = trimmedXsd(text);
    qsizetype pos = 0;
    if (!text.isEmpty() && (text[0] == u'+' || text[0] == u'-')) {
        scan.negative = text[0] == u'-';
        ++pos;
    }
    const qsizetype intStart = pos;
    while (pos < text.size() && isAsciiDigit(text[pos]))
        ++pos;
    scan.integerDigits = text.sliced(intStart, pos - intStart);
    if (pos < text.size() && text[pos] == u'.') {
        const qsizetype fracStart = ++pos;
        while (pos < text.size() && isAsciiDigit(text[pos]))
            ++pos;
        scan.fractionDigits = text.sliced(fracStart, pos - fracStart);
    }
    scan.ok = pos == text.size() && (!scan.integerDigits.isEmpty() || !scan.fractionDigits.isEmpty());
    return scan;
}

// Canonical decimal as in XML Schema 1.1 Part 2 §3.3.3.2: no '+', no redundant zeros, "0"
// for zero, and no decimal point for integral values.
QString canonicalDecimal(const DecimalScan &scan)
{
    QStringView integer = scan.integerDigits;
    while (!integer.isEmpty() && integer[0] == u'0')
        integer = integer.sliced(1);
    QStringView fraction = scan.fractionDigits;
    while (!fraction.isEmpty() && fraction.back() == u'0')
        fraction.chop(1);
    if (integer.isEmpty() && fraction.isEmpty())
        return QStringLiteral("0");
    QString result;
    result.reserve(integer.size() + fraction.size() + 3);
    if (scan.negative)
        result.append(u'-');
    if (integer.isEmpty())
        result.append(u'0');
    else
        result.append(integer);
    if (!fraction.isEmpty()) {
        result.append(u'.');
        result.append(fraction);
    }
    return result;
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
        case ValueType::Int: return tr("An empty value is not an int");
        case ValueType::UnsignedInt: return tr("An empty value is not an unsignedInt");
        case ValueType::Long: return tr("An empty value is not a long");
        case ValueType::UnsignedLong: return tr("An empty value is not an unsignedLong");
        case ValueType::Boolean: return tr("An empty value is not a boolean");
        case ValueType::DateTime: return tr("An empty value is not a dateTime");
        case ValueType::Decimal: return tr("An empty value is not a decimal");
        default: break;
        }
    }
    switch (type) {
    case ValueType::Int: return tr("'%1' is not an int").arg(value);
    case ValueType::UnsignedInt: return tr("'%1' is not an unsignedInt").arg(value);
    case ValueType::Long: return tr("'%1' is not a long").arg(value);
    case ValueType::UnsignedLong: return tr("'%1' is not an unsignedLong").arg(value);
    case ValueType::Boolean:
        return tr("'%1' is not a boolean (use true, false, 1 or 0)").arg(value);
    case ValueType::DateTime: return tr("'%1' is not a dateTime").arg(value);
    case ValueType::Decimal: return tr("'%1' is not a decimal").arg(value);
    default: return tr("'%1' is not a valid value").arg(value);
    }
}

QString outOfRange(ValueType type, QStringView text)
{
    const QString value = quoted(trimmedXsd(text));
    switch (type) {
    case ValueType::Int: return tr("%1 is out of range for int").arg(value);
    case ValueType::UnsignedInt: return tr("%1 is out of range for unsignedInt").arg(value);
    case ValueType::Long: return tr("%1 is out of range for long").arg(value);
    case ValueType::UnsignedLong: return tr("%1 is out of range for unsignedLong").arg(value);
    default: return tr("%1 is out of range").arg(value);
    }
}

QString dateTimeReason(DateTimeError error, QStringView text)
{
    const QString value = quoted(trimmedXsd(text));
    switch (error) {
    case DateTimeError::BadDate:
        return tr("'%1' names a day that does not exist").arg(value);
    case DateTimeError::BadTime: return tr("'%1' has an invalid time of day").arg(value);
    case DateTimeError::BadZone: return tr("'%1' has an invalid time zone offset").arg(value);
    case DateTimeError::OutOfRange:
        return tr("'%1' is outside the years 0001 to 9999").arg(value);
    default: return notAValue(ValueType::DateTime, text);
    }
}

QString base64Reason(Base64Error error, QStringView text)
{
    const QString value = quoted(trimmedXsd(text));
    switch (error) {
    case Base64Error::BadCharacter:
        return tr("'%1' is not base64: it contains a character outside the base64 alphabet")
            .arg(value);
    case Base64Error::BadLength:
        return tr("'%1' is not base64: its length is not a multiple of four").arg(value);
    case Base64Error::NonZeroPaddingBits:
        return tr("'%1' is not base64: the character before the '=' padding has bits set that "
                  "encode no data")
            .arg(value);
    default: return tr("'%1' is not base64: '=' may only end the value, at most twice")
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
                setWhy(why, tr("'%1' is not hexBinary: it contains a character that is not a "
                               "hex digit")
                                .arg(quoted(value)));
                return false;
            }
        }
        // Part 2 §3.2.15: two hex digits per octet.
        if (value.size() % 2 != 0) {
            setWhy(why, tr("'%1' is not hexBinary: it has an odd number of hex digits")
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
