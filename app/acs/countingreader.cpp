#include "countingreader.h"

namespace acs {

CountingReader::CountingReader(const QString &path, std::function<void(qint64)> onRead)
    : m_file(path), m_onRead(std::move(onRead))
{
}

bool CountingReader::open(OpenMode mode)
{
    if (mode != QIODevice::ReadOnly || !m_file.open(QIODevice::ReadOnly))
        return false;
    return QIODevice::open(mode);
}

void CountingReader::close()
{
    m_file.close();
    QIODevice::close();
}

bool CountingReader::seek(qint64 pos)
{
    return m_file.seek(pos) && QIODevice::seek(pos);
}

qint64 CountingReader::readData(char *data, qint64 maxSize)
{
    const qint64 got = m_file.read(data, maxSize);
    if (got > 0) {
        m_read += got;
        if (m_onRead)
            m_onRead(m_read);
    }
    return got;
}

} // namespace acs
