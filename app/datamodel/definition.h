#pragma once

#include <datamodel/syntax.h>

#include <QList>
#include <QString>
#include <QStringList>

namespace datamodel {

// DM schema access: parameters may be writeOnceReadOnly (Alias); on a table, readWrite
// means the ACS may AddObject/DeleteObject rows.
enum class Access : quint8 { ReadOnly, ReadWrite, WriteOnceReadOnly };

QString accessName(Access access);
Access accessFromName(QStringView name); // unknown -> ReadOnly

// <uniqueKey functional="…"><parameter ref="…"/></uniqueKey>
struct UniqueKey {
    bool functional = true;
    QStringList parameters;
    friend bool operator==(const UniqueKey &, const UniqueKey &) = default;
};

// One object or parameter of a data model, by its path pattern with "{i}".
struct Definition {
    enum class Kind : quint8 { Object, Parameter };

    Kind kind = Kind::Parameter;
    QString path; // "Device.WiFi.SSID.{i}." or "Device.WiFi.SSID.{i}.SSID"
    Access access = Access::ReadOnly;
    Status status = Status::Current;
    QString version;     // the model version it appeared in ("2.0"); may be empty (TR-098)
    QString description; // rendered to plain text, paragraphs separated by "\n\n"

    // Objects.
    qint64 minEntries = 1;
    qint64 maxEntries = 1; // -1 = unbounded
    QString numEntriesParameter;
    QString enableParameter;
    QList<UniqueKey> uniqueKeys;

    // Parameters.
    Syntax syntax;
    QString activeNotify; // normal | forceEnabled | forceDefaultEnabled | canDeny
    bool forcedInform = false;
    bool mandatory = false;

    bool isObject() const { return kind == Kind::Object; }
    bool isParameter() const { return kind == Kind::Parameter; }
    // A multi-instance object: its name ends with "{i}.".
    bool isTable() const { return isObject() && path.endsWith(QLatin1String("{i}."), Qt::CaseSensitive); }
    // AddObject/DeleteObject allowed for the ACS.
    bool canAddDelete() const { return isTable() && access == Access::ReadWrite; }
    bool isWritable() const { return isParameter() && access != Access::ReadOnly; }
    // The last name: "SSID" for a parameter, "SSID" for "Device.WiFi.SSID.{i}.".
    QString name() const;
    // The object pattern a parameter belongs to, or the enclosing object of an object
    // (a table row's parent is the object that holds the table: "Device.WiFi.").
    QString parentPath() const;

    friend bool operator==(const Definition &, const Definition &) = default;
};

} // namespace datamodel
