#include "sessionlogwriter.h"

#include <QDir>
#include <QPromise>
#include <QSaveFile>
#include <QThreadPool>

#include <memory>

namespace models {

namespace {

store::Result<qint64> writeFile(const QList<store::SoapExchange> &exchanges, const QString &filePath,
                                SessionLogWriter::Format format)
{
    QSaveFile file(filePath);
    auto ioError = [&] {
        return store::Error{store::Error::Code::Io, 0,
                            SessionLogWriter::tr("Cannot write the session log to %1: %2")
                                    .arg(QDir::toNativeSeparators(filePath), file.errorString())};
    };
    if (!file.open(QIODevice::WriteOnly))
        return ioError();
    for (const store::SoapExchange &e : exchanges) {
        const QByteArray chunk = store::SoapLogRepository::exportRecord(e, format);
        if (file.write(chunk) != chunk.size())
            return ioError();
    }
    if (!file.commit())
        return ioError();
    return qint64(exchanges.size());
}

} // namespace

QFuture<store::Result<qint64>> SessionLogWriter::write(QList<store::SoapExchange> exchanges, const QString &filePath,
                                                       Format format)
{
    auto promise = std::make_shared<QPromise<store::Result<qint64>>>();
    QFuture<store::Result<qint64>> future = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([promise, exchanges = std::move(exchanges), filePath, format] {
        promise->addResult(writeFile(exchanges, filePath, format));
        promise->finish();
    });
    return future;
}

} // namespace models
