#pragma once

// A subtree of the parameter cache (ParameterCache::subtree) as a file the engineer can
// keep or diff: CSV after RFC 4180 (CRLF line ends, fields with a comma, quote or line
// break quoted, quotes doubled), or a JSON array of objects.

#include <acs/parametercache.h>

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace models {

class ParameterExport
{
public:
    using Rows = QList<QPair<QString, acs::CachedParameter>>;

    static QByteArray toCsv(const Rows &rows);
    static QByteArray toJson(const Rows &rows);
    // One CSV field, quoted when RFC 4180 §2 requires it.
    static QString csvField(const QString &text);
};

} // namespace models
