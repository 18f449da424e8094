#pragma once

#include <cwmp/cwmpvalue.h>

#include <QString>
#include <QStringList>

#include <optional>

namespace store {

// One cached parameter (or object, when the path ends with '.') of a device. A null member
// is "not known yet": GetParameterValues gives value and type, GetParameterNames gives
// writable, GetParameterAttributes gives notification and access list, and an upsert
// keeps what it does not carry.
struct ParameterRecord
{
    QString path;
    std::optional<QString> value;
    cwmp::ValueType type = cwmp::ValueType::Unspecified;
    std::optional<bool> writable;
    std::optional<int> notification; // TR-069 A.3.2.4: 0 off, 1 passive, 2 active
    std::optional<QStringList> accessList;
    qint64 readAtMs = 0; // 0 in children(): an object known only from paths below it

    bool isObject() const { return path.endsWith(QLatin1Char('.')); }
};

} // namespace store
