#pragma once

#include <cwmp/cwmpvalue.h>

#include <QList>
#include <QString>
#include <QStringList>

// The value space of a parameter as the data-model XML states it (cwmp-datamodel-1-x
// "Syntax" and its facets), with every named data type already folded in.
namespace datamodel {

// Status of a definition or an enumeration value (DM schema "Status").
enum class Status : quint8 { Current, Deprecated, Obsoleted, Deleted };

// A <size> facet. Several facets together are a union ((0:0) or (6:6)). -1 = no bound.
// For base64 and hexBinary the length is that of the decoded bytes (DM schema, A.2.3.3).
struct SizeLimit {
    qint64 minLength = -1;
    qint64 maxLength = -1;
    friend bool operator==(const SizeLimit &, const SizeLimit &) = default;
};

// A <range> facet, bounds kept as written ("1", "4094", "-274"); empty = unbounded.
// Several ranges are a union.
struct Range {
    QString min;
    QString max;
    QString step;
    friend bool operator==(const Range &, const Range &) = default;
};

// An <enumeration> value. A readOnly value can be reported by the CPE but not set
// (DiagnosticsState "Complete").
struct EnumValue {
    QString value;
    bool readOnly = false;
    bool optional = false;
    Status status = Status::Current;
    friend bool operator==(const EnumValue &, const EnumValue &) = default;
};

// <pathRef>, <instanceRef> or <enumerationRef>: what a parameter's value points at.
struct Reference {
    enum class Kind : quint8 { None, Path, Instance, Enumeration };
    Kind kind = Kind::None;
    QString refType;           // weak | strong
    QString targetType;        // any | parameter | object | single | table | row
    QStringList targetParents; // pathRef targetParent / instanceRef targetParent
    QString targetParam;       // enumerationRef
    friend bool operator==(const Reference &, const Reference &) = default;
};

struct Syntax {
    cwmp::ValueType type = cwmp::ValueType::String;
    QString primitive = QStringLiteral("string"); // as in the XML: "string", "integer", "any"…
    // Named data types the value is declared through, nearest first:
    // {"IPv4Address", "IPAddress"}. Empty for a built-in type.
    QStringList dataTypes;
    QList<SizeLimit> sizes;
    QList<Range> ranges;
    QList<EnumValue> enumerations;
    QStringList patterns; // alternatives; "" allows the empty string
    // The named type that contributed `patterns` (for messages such as "not a valid IPv4
    // address"); empty when the parameter states them itself.
    QString patternSource;
    QString units;
    Reference reference;

    // A TR-106 list: a comma-separated string whose items each have the facets above.
    bool isList = false;
    QList<SizeLimit> listSizes; // of the whole list string
    qint64 minItems = -1;
    qint64 maxItems = -1;

    bool hidden = false;  // reads back empty (passwords)
    bool secured = false; // newer files: the value is a secret
    bool hasDefault = false;
    QString defaultType; // factory | object | implementation | parameter
    QString defaultValue;

    // The nearest named type, or the primitive: "IPv4Address", "unsignedInt".
    QString typeName() const { return dataTypes.isEmpty() ? primitive : dataTypes.first(); }
    friend bool operator==(const Syntax &, const Syntax &) = default;
};

QString statusName(Status status);
Status statusFromName(QStringView name); // unknown -> Current

} // namespace datamodel
