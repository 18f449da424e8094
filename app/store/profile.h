#pragma once

// A provisioning profile: a named set of parameter values, with the object instances to
// create first, that can be applied to any device (issue "provisioning profiles").

#include <QList>
#include <QString>
#include <QStringList>

namespace store {

struct ProfileValue {
    QString path;
    QString value;
    QString type; // xsd name ("boolean", "unsignedInt"), may be empty: the device decides
    bool operator==(const ProfileValue &) const = default;
};

struct Profile {
    QString name; // unique; the key
    QString description;
    QList<ProfileValue> values;
    // Instances to create, named as in the device the profile was taken from
    // ("Device.NAT.PortMapping.3."). Applying adds one instance to each table with
    // AddObject and sets the values below "…3." on the number the device returns.
    QStringList objects;
    // Apply automatically when a device informs with "0 BOOTSTRAP" (TR-069 §3.7.1.5).
    bool applyOnBootstrap = false;
    qint64 createdMs = 0;
    qint64 updatedMs = 0;
    bool operator==(const Profile &) const = default;
};

} // namespace store
