#pragma once

#include <QList>
#include <QString>

namespace cpesim {

// One concrete node of a device's tree, as DeviceState resolves it: the template it comes
// from, its path and the instance numbers on the way down.
struct NodeRef {
    enum Kind : quint8 {
        Invalid,
        Object,    // single-instance object, "Device.DeviceInfo."
        Table,     // multi-instance object without instance, "Device.IP.Interface."
        Instance,  // one row, "Device.IP.Interface.2."
        Parameter, // "Device.IP.Interface.2.Name"
    };
    Kind kind = Invalid;
    int object = -1; // ObjectTemplate (for a Parameter: its object)
    int param = -1;  // ParameterMeta, for a Parameter
    QString path;
    QList<quint32> instances;
    bool inAdded = false; // below an instance the ACS created (no factory rows below it)

    bool isValid() const { return kind != Invalid; }
    bool isObjectLike() const { return kind == Object || kind == Table || kind == Instance; }
};

} // namespace cpesim
