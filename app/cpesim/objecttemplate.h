#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace cpesim {

// Shared, immutable shape of one data-model object (`Device.IP.Interface.{i}.`). A table is
// one template; its instance level is implicit (instance lists live in Profile/DeviceState).
struct ObjectTemplate {
    QString pattern;   // "Device.IP.Interface.{i}."
    QString name;      // "Interface"
    int parent = -1;
    bool isTable = false;
    bool writable = false; // table: the ACS may AddObject/DeleteObject (TR-069 A.3.2.6/7)
    quint32 maxEntries = 0; // 0 = unbounded
    // The parent's parameter counting the rows (DM numEntriesParameter); empty: the TR-106
    // convention <Name>NumberOfEntries. TR-098 breaks it (TotalAssociations counts
    // AssociatedDevice), as TR-181 does in places (Forwarding's ForwardNumberOfEntries).
    QString entriesParameter;
    QList<int> params;       // ParameterMeta indices, profile order
    QList<int> childObjects; // ObjectTemplate indices, profile order
    // Child by name: value >= 0 is a parameter index, value < 0 is -(object index) - 1.
    QHash<QString, int> childByName;
    QList<quint32> defaultInstances; // per parent instance, unless overridden by a concrete path
};

} // namespace cpesim
