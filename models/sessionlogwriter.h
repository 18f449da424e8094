#pragma once

// Writes chosen exchanges of the session log to a file, record by record in the store's
// own export format (SoapLogRepository::exportRecord), so a filtered export reads like a
// full one.

#include <store/result.h>
#include <store/soapexchange.h>
#include <store/soaplogrepository.h>

#include <QCoreApplication>
#include <QFuture>
#include <QList>

namespace models {

class SessionLogWriter
{
    Q_DECLARE_TR_FUNCTIONS(models::SessionLogWriter)

public:
    using Format = store::SoapLogRepository::ExportFormat;

    // Writes on a pool thread, atomically (a failed write leaves no partial file);
    // resolves to the number written or the error in plain words.
    static QFuture<store::Result<qint64>> write(QList<store::SoapExchange> exchanges, const QString &filePath, Format format);
};

} // namespace models
