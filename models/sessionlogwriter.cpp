#include "sessionlogwriter.h"

#include <QDateTime>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPromise>
#include <QSaveFile>
#include <QThreadPool>

#include <memory>

namespace models {

namespace {

QString directionName(const store::SoapExchange &e)
{
    return e.direction == store::SoapExchange::Direction::Out ? QStringLiteral("out") : QStringLiteral("in");
}

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
        const QByteArray chunk = format == SessionLogWriter::Format::JsonLines ? SessionLogWriter::jsonLine(e)
                                                                               : SessionLogWriter::textRecord(e);
        if (file.write(chunk) != chunk.size())
            return ioError();
    }
    if (!file.commit())
        return ioError();
    return qint64(exchanges.size());
}

} // namespace

QByteArray SessionLogWriter::jsonLine(const store::SoapExchange &e)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), e.id);
    o.insert(QStringLiteral("deviceId"), e.deviceId ? QJsonValue(*e.deviceId) : QJsonValue());
    o.insert(QStringLiteral("sessionId"), e.sessionId);
    o.insert(QStringLiteral("connectionId"), e.connectionId);
    o.insert(QStringLiteral("direction"), directionName(e));
    o.insert(QStringLiteral("method"), e.method);
    o.insert(QStringLiteral("url"), e.url);
    o.insert(QStringLiteral("status"), e.status);
    o.insert(QStringLiteral("headers"), e.headers);
    o.insert(QStringLiteral("rpc"), e.rpcName);
    o.insert(QStringLiteral("size"), e.size);
    o.insert(QStringLiteral("startedMs"), e.startedMs);
    o.insert(QStringLiteral("endedMs"), e.endedMs);
    o.insert(QStringLiteral("durationMs"), e.durationMs());
    // JSON holds text; a body that is not UTF-8 goes as base64 rather than mangled.
    if (e.body.isValidUtf8())
        o.insert(QStringLiteral("body"), QString::fromUtf8(e.body));
    else
        o.insert(QStringLiteral("bodyBase64"), QString::fromLatin1(e.body.toBase64()));
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

QByteArray SessionLogWriter::textRecord(const store::SoapExchange &e)
{
    const QString started = QDateTime::fromMSecsSinceEpoch(e.startedMs, Qt::UTC).toString(Qt::ISODateWithMs);
    QByteArray out = QStringLiteral("=== #%1 %2 %3 %4 %5 %6 %7 device=%8 session=%9 (%10 bytes, %11 ms) ===\n")
                             .arg(QString::number(e.id), started, directionName(e), e.method, e.url,
                                  QString::number(e.status), e.rpcName, e.deviceId.value_or(QString()), e.sessionId)
                             .arg(e.size)
                             .arg(e.durationMs())
                             .toUtf8();
    out += e.headers.toUtf8();
    if (!e.headers.endsWith(QLatin1Char('\n')))
        out += '\n';
    out += '\n';
    out += e.body;
    if (!e.body.endsWith('\n'))
        out += '\n';
    return out;
}

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
