#include "xsdlexical.h"

#include <QDate>
#include <QTime>

#include <limits>

namespace cwmp::xsd {

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

namespace {

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

} // namespace

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

namespace {

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

} // namespace

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

} // namespace cwmp::xsd
