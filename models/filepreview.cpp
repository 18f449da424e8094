#include "filepreview.h"

#include <QFile>
#include <QLocale>
#include <QPromise>
#include <QStringDecoder>
#include <QThreadPool>

#include <memory>

namespace models {

QString FilePreview::Content::notice() const
{
    const QLocale locale;
    if (!error.isEmpty())
        return error;
    if (binary)
        return tr("Binary file, %1 bytes: not shown as text. Use \"Save as…\" to open it elsewhere.")
            .arg(locale.toString(totalBytes));
    if (truncated())
        return tr("The file has %1; the first %2 are shown. Use \"Save as…\" for all of it.")
            .arg(locale.formattedDataSize(totalBytes), locale.formattedDataSize(loadedBytes));
    return tr("%1, %2 bytes.").arg(path, locale.toString(totalBytes));
}

bool FilePreview::looksBinary(const QByteArray &start)
{
    const QByteArray sniff = start.left(kSniffBytes);
    if (sniff.contains('\0'))
        return true;
    // A multi-byte sequence cut at the end of what was read is no error of the file.
    for (qsizetype cut = 0; cut < 4 && cut <= sniff.size(); ++cut) {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        (void)decoder.decode(QByteArrayView(sniff).chopped(cut));
        if (!decoder.hasError())
            return false;
    }
    return true;
}

FilePreview::Content FilePreview::read(const QString &path, qint64 maxBytes)
{
    Content out;
    out.path = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out.error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return out;
    }
    out.totalBytes = file.size();
    const QByteArray bytes = file.read(maxBytes);
    out.loadedBytes = bytes.size();
    if (looksBinary(bytes)) {
        out.binary = true;
        return out;
    }
    out.text = QString::fromUtf8(bytes);
    return out;
}

QFuture<FilePreview::Content> FilePreview::load(const QString &path, qint64 maxBytes)
{
    auto promise = std::make_shared<QPromise<Content>>();
    QFuture<Content> future = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([promise, path, maxBytes] {
        promise->addResult(read(path, maxBytes));
        promise->finish();
    });
    return future;
}

} // namespace models
