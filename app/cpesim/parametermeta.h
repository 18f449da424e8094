#pragma once

#include <cwmp/cwmpvalue.h>

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cpesim {

// The activeNotify attribute of a BBF data-model parameter (TR-106 §A.2.7, cwmp-facts §8.2).
enum class ActiveNotify : quint8 {
    Normal,
    ForceEnabled,        // always notifies actively; SPA cannot turn it off (9009)
    ForceDefaultEnabled, // active notification on by default; the ACS may turn it off
    CanDeny,             // the CPE refuses active notification (9009)
};

// How a volatile value moves with the device clock (DeviceState::tick). Values are pure
// functions of (now, boot time, path, device seed): nothing is stored per device.
enum class Generator : quint8 {
    None,
    Uptime,  // seconds since boot
    Counter, // grows by about `rate` per second since boot, different per device and path
    Flap,    // boolean that changes about every `rate` seconds (hosts come and go)
    Clock,   // the device's current time (dateTime)
    Gauge,   // unsigned value wandering below `rate` (free memory, CPU usage)
};

// Shared, immutable metadata of one parameter template (`Device.Hosts.Host.{i}.Active`).
struct ParameterMeta {
    QString pattern;      // full data-model name with {i}
    QString name;         // last segment
    int object = -1;      // ObjectTemplate index
    cwmp::ValueType type = cwmp::ValueType::String;
    bool writable = false;
    QString defaultValue; // may hold {i} / ${var} templates (see resources/profiles/README.md)
    bool isTemplate = false;
    // Facets (TR-106 §A.2.3): string length, numeric ranges (union), enumerations.
    std::optional<qint64> minLength;
    std::optional<qint64> maxLength;
    struct Range {
        std::optional<long double> min;
        std::optional<long double> max;
    };
    QList<Range> ranges;
    QStringList enumValues;
    QList<bool> enumReadOnly; // value may be reported but not written (DiagnosticsState Complete)
    bool isList = false;
    int maxItems = 0; // 0 = unbounded
    bool hidden = false;       // reads back as "" (passwords)
    bool forcedInform = false; // always in the Inform's ParameterList (cwmp-facts §8.2)
    bool needsReboot = false;  // SPV answers Status 1
    ActiveNotify activeNotify = ActiveNotify::Normal;
    int defaultNotification = 0;
    Generator generator = Generator::None;
    double rate = 0;
    int countsTable = -1; // for <Name>NumberOfEntries: the ObjectTemplate it counts

    // TR-106 §3.2.3: a list travels as a string (xsd:string), whatever its items are.
    cwmp::ValueType wireType() const { return isList ? cwmp::ValueType::String : type; }
};

} // namespace cpesim
