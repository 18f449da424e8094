#pragma once

#include <datamodel/datamodel.h>
#include <datamodel/syntax.h>

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace datamodel {

// Where an import failed: the file and line of the offending element, and why.
struct ImportError {
    QString file;
    qint64 line = 0;
    QString message;

    bool isEmpty() const { return message.isEmpty(); }
    // "tr-143-1-1-0.xml:99: the imported file tr-143-1-0.xml was not found …"
    QString toString() const;
    friend bool operator==(const ImportError &, const ImportError &) = default;
};

struct ImportResult {
    QList<DataModel> models;
    // Named data types the imported file defines or imports, resolved to their primitive.
    QHash<QString, Syntax> dataTypes;
    // Every file read, the top file first (for the cache's staleness check).
    QStringList sourceFiles;
    QStringList warnings;
    ImportError error;

    bool ok() const { return error.isEmpty(); }
    const DataModel *model(const QString &name) const
    {
        for (const DataModel &m : models) {
            if (m.name() == name)
                return &m;
        }
        return nullptr;
    }
};

} // namespace datamodel
