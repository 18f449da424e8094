#pragma once

// The lexical spaces of the XML Schema types CWMP values use: scanners that say whether a
// text is well formed and what it holds, without the wording of the errors (cwmpvalue.cpp
// turns a scan's status into a reason). Internal to the cwmp library.

#include <QDateTime>
#include <QString>
#include <QStringView>

namespace cwmp::xsd {

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

QStringView trimmedXsd(QStringView text);

enum class ScanStatus { Ok, Malformed, OutOfRange };

struct IntegerScan {
    ScanStatus status = ScanStatus::Malformed;
    bool negative = false;
    quint64 magnitude = 0;
};

struct SignedResult {
    ScanStatus status = ScanStatus::Malformed;
    qint64 value = 0;
};

struct UnsignedResult {
    ScanStatus status = ScanStatus::Malformed;
    quint64 value = 0;
};

enum class DateTimeError { None, Malformed, BadDate, BadTime, BadZone, OutOfRange };

struct DateTimeScan {
    DateTimeError error = DateTimeError::Malformed;
    QDateTime utc;
    QStringView fraction; // the digits after '.', as sent (possibly more than milliseconds)
};

enum class Base64Error { None, BadCharacter, BadLength, BadPadding, NonZeroPaddingBits };

struct DecimalScan {
    bool ok = false;
    bool negative = false;
    QStringView integerDigits;
    QStringView fractionDigits;
};

// XSD integer lexical space (Part 2 §3.3.13): an optional sign and one or more digits.
IntegerScan scanInteger(QStringView text);
SignedResult scanSigned(QStringView text, qint64 min, qint64 max);
UnsignedResult scanUnsigned(QStringView text, quint64 max);

// xsd:dateTime (Part 2 §3.2.7), years 0001-9999, a missing zone read as UTC.
DateTimeScan scanDateTime(QStringView text);
// "YYYY-MM-DDThh:mm:ss" of a UTC time, without fraction or zone.
QString formatWholeSeconds(const QDateTime &utc);

// xsd:base64Binary (Part 2 §3.2.16); white space is dropped into *compact.
Base64Error scanBase64(QStringView text, QString *compact);
bool isHexDigit(QChar c);

// xsd:decimal (Part 2 §3.2.3) and its canonical form (XML Schema 1.1 Part 2 §3.3.3.2).
DecimalScan scanDecimal(QStringView text);
QString canonicalDecimal(const DecimalScan &scan);

} // namespace cwmp::xsd
