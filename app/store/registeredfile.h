#pragma once

#include <QString>

#include <optional>

namespace store {

// A file the engineer registered with the ACS file server (for Download RPCs).
struct RegisteredFile
{
    QString name;     // unique; the name in the download URL
    QString fileType; // TR-069 A.3.2.8 FileType, e.g. "1 Firmware Upgrade Image"
    qint64 size = 0;
    QString sha256; // lower-case hex
    QString path;   // on disk
    std::optional<QString> oui;
    std::optional<QString> productClass;
    std::optional<QString> version;
    qint64 addedMs = 0; // 0 on add means now
};

} // namespace store
