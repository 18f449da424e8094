#pragma once

// A file read through a QIODevice that reports how far the reading got: the file server
// hands it to the HTTP connection as a body stream, so the bytes read are the bytes handed
// to the socket, and a device's fetch can be shown with progress (issue 7 timelines).

#include <QFile>
#include <QIODevice>

#include <functional>

namespace acs {

class CountingReader : public QIODevice
{
public:
    // onRead(total bytes read so far) after every read.
    CountingReader(const QString &path, std::function<void(qint64)> onRead);

    bool open(OpenMode mode) override;
    void close() override;
    bool isSequential() const override { return false; }
    qint64 size() const override { return m_file.size(); }
    bool seek(qint64 pos) override;
    QString errorText() const { return m_file.errorString(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QFile m_file;
    std::function<void(qint64)> m_onRead;
    qint64 m_read = 0;
};

} // namespace acs
