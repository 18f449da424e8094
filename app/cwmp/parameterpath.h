#pragma once

#include <QFlags>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

// TR-069 parameter and object paths ("Device.WiFi.SSID.3.SSID", "Device.IP.Interface.").
// Free functions over QStringView: they run over whole 20,000-parameter trees, so nothing
// here allocates unless it returns a new string. Views returned point into the argument.
namespace cwmp::ParameterPath {

// Names are string(256) in every cwmp-1-x.xsd (ParameterValueStruct, ParameterNames).
inline constexpr qsizetype kMaxLength = 256;
// The data-model placeholder for an instance number (BBF data-model XML, TR-106).
inline constexpr QStringView kInstancePlaceholder = u"{i}";

// Which instance forms isValidPath() accepts besides plain instance numbers.
enum class Syntax : quint8 {
    InstanceNumbers = 0x0,
    Placeholders = 0x1, // "{i}", in data-model patterns only, never on the wire
    Aliases = 0x2,      // "[alias]", Alias-Based Addressing (TR-069 Amd 6 §3.6.1)
    Wildcards = 0x4,    // "*", instance wildcards (Amd 6, InstanceWildcardsSupported)
};
Q_DECLARE_FLAGS(SyntaxFlags, Syntax)

// What may arrive in an RPC: numbers, aliases, wildcards.
inline constexpr SyntaxFlags kWireSyntax{Syntax::Aliases, Syntax::Wildcards};
inline constexpr SyntaxFlags kAnySyntax{Syntax::Placeholders, Syntax::Aliases, Syntax::Wildcards};

// An object (partial) path ends with '.'; a parameter name never does (TR-069 A.3.2.2).
bool isPartialPath(QStringView path);

// Syntax check without a data model: dot-separated segments; the first is a name; a name
// starts with a letter or '_' and goes on with letters, digits, '_' and '-' (TR-106);
// an instance (number >= 1, or a form allowed by `syntax`) follows a name. The empty path
// (GetParameterNames' "whole tree") is not a path: callers treat it before asking.
bool isValidPath(QStringView path, SyntaxFlags syntax = kAnySyntax, QString *why = nullptr);

// The segments without the dots; a partial path has no empty last segment.
QList<QStringView> split(QStringView path);
// The enclosing object, with its trailing dot: "A.B.3.C" -> "A.B.3.", "A.B.3." -> "A.B.",
// "Device." -> "" (the root has no parent).
QStringView parentPath(QStringView path);
// The last segment: "A.B.C" -> "C", "A.B.3." -> "3".
QStringView leafName(QStringView path);

// A segment that is an instance number: decimal, >= 1, no leading zero, fits 32 bits.
std::optional<quint32> instanceNumber(QStringView segment);
// An instance number, "[alias]", "*" or "{i}".
bool isInstanceSegment(QStringView segment);

// Replaces every instance segment (numbers, [alias], *) with "{i}", giving the data-model
// name: "Device.WiFi.SSID.3.SSID" -> "Device.WiFi.SSID.{i}.SSID".
QString toPattern(QStringView path);
// True when `path` has the shape of `pattern`, where a "{i}" or "*" segment in the pattern
// stands for any instance segment. Partial paths match only partial patterns.
bool matchesPattern(QStringView path, QStringView pattern);
// True when `path` is `partialPath` or lies below it. "" covers the whole tree; a
// parameter name (no trailing dot) covers only itself, as in GetParameterValues.
bool isUnder(QStringView path, QStringView partialPath);

} // namespace cwmp::ParameterPath

Q_DECLARE_OPERATORS_FOR_FLAGS(cwmp::ParameterPath::SyntaxFlags)
