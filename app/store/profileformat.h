#pragma once

// The JSON form of a provisioning profile, for export, import and the API. Documented
// format (version 1):
//
//   {
//     "format": "cwmp-workbench-profile",
//     "version": 1,
//     "name": "Lab gateway",                      required, 1..200 characters
//     "description": "…",                          optional
//     "applyOnBootstrap": false,                   optional
//     "objects": ["Device.NAT.PortMapping.3."],     optional: instances to create
//     "values": [                                  optional
//       {"path": "Device.ManagementServer.PeriodicInformInterval",
//        "value": "300", "type": "unsignedInt"}   type optional
//     ]
//   }
//
// A newer version, a missing name, a path that is not a parameter path, or more than
// kMaxValues values are refused with a plain-words reason; nothing is half-imported.

#include "profile.h"

#include <QByteArray>
#include <QJsonObject>

#include <optional>

namespace store {

class ProfileFormat
{
public:
    static constexpr int kVersion = 1;
    static constexpr qsizetype kMaxValues = 100'000;
    static constexpr qsizetype kMaxNameLength = 200;
    static constexpr qsizetype kMaxDocumentBytes = 32 * 1024 * 1024;

    static QJsonObject toJson(const Profile &profile);
    static QByteArray toBytes(const Profile &profile); // indented UTF-8
    static std::optional<Profile> fromJson(const QJsonObject &document, QString *error);
    static std::optional<Profile> fromBytes(const QByteArray &bytes, QString *error);
};

} // namespace store
