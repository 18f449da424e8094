#pragma once

// Writes chosen exchanges of the session log to a file, in the two formats the store's
// whole-log export uses, so that a filtered export reads like a full one.

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

    // One JSON object and a newline.
    static QByteArray jsonLine(const store::SoapExchange &e);
    // A header line, the headers, a blank line and the body.
    static QByteArray textRecord(const store::SoapExchange &e);

    // Writes on a pool thread, atomically (a failed write leaves no partial file);
    // resolves to the number written or the error in plain words.
    static QFuture<store::Result<qint64>> write(QList<store::SoapExchange> exchanges, const QString &filePath, Format format);
};

} // namespace models
