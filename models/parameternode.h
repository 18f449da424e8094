#pragma once

// One row of the parameter browser: an object ("Device.WiFi.", "1.") or a parameter.
// The node keeps its row so that parent() and incremental updates never search a sibling
// list; the value itself stays in the device's ParameterCache.

#include <QString>
#include <QStringView>

#include <memory>
#include <vector>

namespace models {

struct ParameterNode {
    QString path;  // full path; objects end in '.', the invisible root is ""
    QString name;  // the last segment as shown ("WiFi.", "1.", "SSID")
    ParameterNode *parent = nullptr;
    int row = 0;
    bool isObject = true;
    bool fetched = false; // children are in place (read from the cache, or a live read started)
    // Shown from the data-model definition only: the device did not report it.
    bool definedOnly = false;
    std::vector<std::unique_ptr<ParameterNode>> children;

    // Natural order: instance numbers by value ("2." before "10."), names as the cache
    // sorts them.
    static bool lessThan(const ParameterNode &a, const ParameterNode &b);
    // "Device.A.B" and "Device.A.B." -> "Device.A."; "Device." -> "".
    static QString parentPath(const QString &path);
    // The last segment, with its '.' for an object.
    static QString nameOf(const QString &path);
};

} // namespace models
