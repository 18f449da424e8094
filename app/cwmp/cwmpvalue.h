#pragma once

#include <QDateTime>
#include <QString>
#include <QStringView>

#include <optional>

namespace cwmp {

// The XML Schema types a CWMP parameter value travels as (TR-069 A.2.1 / TR-106 §3.2).
// Value elements are xsd:anySimpleType on the wire; the sender names the type with xsi:type.
enum class ValueType : quint8 {
    Unspecified, // no xsi:type on the wire
    String,
    Int,
    UnsignedInt,
    Long,
    UnsignedLong,
    Boolean,
    DateTime,
    Base64,
    HexBinary,
    Decimal,
    Other, // an xsi:type we do not know (netcwmp sends "object" for object paths)
};

// Maps the local part of an xsi:type value ("unsignedInt", "xsd:unsignedInt") to a type.
ValueType valueTypeFromXsdName(QStringView name);
// The local XML Schema name of a type, e.g. "unsignedInt"; "string" for Unspecified/Other.
QString xsdName(ValueType type);

// Checks a lexical value against its type; on failure returns false and fills *why.
bool isValidValue(ValueType type, QStringView text, QString *why = nullptr);
// The canonical lexical form of a valid value (boolean "1"/"0" -> "true"/"false",
// "+007" -> "7", dateTime in UTC with "Z"); std::nullopt when the value is invalid.
std::optional<QString> canonicalValue(ValueType type, QStringView text);

// xsd:boolean accepts true/false/1/0 (XML Schema Part 2 §3.2.2); surrounding spaces allowed.
std::optional<bool> parseBoolean(QStringView text);
std::optional<qint64> parseInt(QStringView text, qint64 min, qint64 max);
std::optional<quint64> parseUnsigned(QStringView text, quint64 max);

// xsd:dateTime with or without a zone, with optional fractional seconds. A value without a
// zone (netcwmp's CurrentTime) is read as UTC, since CWMP recommends UTC throughout.
std::optional<QDateTime> parseDateTime(QStringView text);
// Canonical output: UTC with "Z"; milliseconds only when non-zero. Invalid or null ->
// the Unknown Time of TR-106 §3.2, 0001-01-01T00:00:00Z.
QString formatDateTime(const QDateTime &time);
// TR-106 §3.2: the Unknown Time, used where a time does not apply.
QDateTime unknownTime();

} // namespace cwmp
