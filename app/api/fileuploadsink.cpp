#include "fileuploadsink.h"

#include <QCoreApplication>

namespace api {

FileUploadSink::FileUploadSink(const QString &path, qint64 maxBytes, std::function<void(const FileUpload &)> done)
    : m_file(path), m_maxBytes(maxBytes), m_done(std::move(done))
{
    m_open = m_file.open(QIODevice::WriteOnly);
}

bool FileUploadSink::write(QByteArrayView chunk)
{
    m_size += chunk.size();
    if (!m_open || m_size > m_maxBytes)
        return false;
    m_hash.addData(chunk);
    return m_file.write(chunk.data(), chunk.size()) == chunk.size();
}

void FileUploadSink::finish()
{
    FileUpload f;
    f.path = m_file.fileName();
    f.size = m_size;
    f.sha256 = m_hash.result().toHex();
    f.ok = m_open && m_file.commit();
    if (!f.ok)
        f.error = QCoreApplication::translate("api::ApiServer", "cannot write %1: %2").arg(f.path, m_file.errorString());
    m_done(f);
}

void FileUploadSink::abort()
{
    m_file.cancelWriting(); // the temporary file goes with the QSaveFile
    FileUpload f;
    f.path = m_file.fileName();
    f.size = m_size;
    f.error = QCoreApplication::translate("api::ApiServer", "the upload ended after %1 bytes").arg(m_size);
    m_done(f);
}

} // namespace api
