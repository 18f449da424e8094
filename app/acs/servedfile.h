#pragma once

#include <QByteArray>
#include <QString>

namespace acs {

// A file the engineer registered for devices to download: a firmware image, a
// configuration file, a test payload.
struct ServedFile {
    QString name;        // the name in the URL, /files/<name>
    QString path;        // where it lies in the workspace
    qint64 size = 0;
    QByteArray sha256;   // lower-case hex; the HTTP ETag
    QString fileType;    // TR-069 FileType, "1 Firmware Upgrade Image"
    QString oui;
    QString productClass;
    QString version;
    qint64 addedMs = 0;
};

} // namespace acs
