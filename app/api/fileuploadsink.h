#pragma once

// Streams the body of PUT /files/<name> into a temporary file beside its final name,
// hashing it on the way (the SHA-256 is the file's ETag on the ACS port), and moves it into
// place in one rename once the whole body arrived. A body that ends badly (client gone,
// over the limit, broken encoding) leaves nothing behind.

#include <http/bodysink.h>

#include <QCryptographicHash>
#include <QSaveFile>

#include <functional>

namespace api {

struct FileUpload {
    bool ok = false;
    QString path;
    qint64 size = 0;
    QByteArray sha256; // lower-case hex
    QString error;
};

class FileUploadSink : public http::BodySink
{
public:
    // done is called once, from finish() or abort().
    FileUploadSink(const QString &path, qint64 maxBytes, std::function<void(const FileUpload &)> done);

    bool write(QByteArrayView chunk) override;
    void finish() override;
    void abort() override;

private:
    QSaveFile m_file;
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    qint64 m_maxBytes;
    qint64 m_size = 0;
    bool m_open = false;
    std::function<void(const FileUpload &)> m_done;
};

} // namespace api
