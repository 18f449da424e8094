#include "uploadreceiver.h"

#include <QDateTime>
#include <QDir>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>
#include <QUrl>

namespace acs {

// Streams one upload into a file next to its final name and moves it into place only
// when the whole body arrived.
class UploadSink : public http::BodySink
{
public:
    UploadSink(UploadReceiver *receiver, quint64 connectionId, const QString &path, qint64 maxBytes)
        : m_receiver(receiver), m_connectionId(connectionId), m_file(path), m_maxBytes(maxBytes)
    {
        m_open = m_file.open(QIODevice::WriteOnly);
    }

    bool write(QByteArrayView chunk) override
    {
        m_size += chunk.size();
        if (!m_open || m_size > m_maxBytes)
            return false;
        return m_file.write(chunk.data(), chunk.size()) == chunk.size();
    }
    void finish() override
    {
        UploadReceiver::Finished f;
        f.size = m_size;
        f.path = m_file.fileName();
        f.ok = m_open && m_file.commit();
        if (!f.ok)
            f.error = m_open ? m_file.errorString() : QStringLiteral("cannot write %1").arg(m_file.fileName());
        m_receiver->m_finished.insert(m_connectionId, f);
    }
    void abort() override
    {
        m_file.cancelWriting();
        UploadReceiver::Finished f;
        f.error = m_size > m_maxBytes ? QStringLiteral("upload larger than %1 bytes").arg(m_maxBytes)
                                      : QStringLiteral("upload interrupted after %1 bytes").arg(m_size);
        m_receiver->m_finished.insert(m_connectionId, f);
    }

private:
    UploadReceiver *m_receiver;
    quint64 m_connectionId;
    QSaveFile m_file;
    qint64 m_maxBytes;
    qint64 m_size = 0;
    bool m_open = false;
};

UploadReceiver::UploadReceiver(QObject *parent) : QObject(parent) {}

QByteArray UploadReceiver::createSlot(const QString &deviceId, const QString &fileName)
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    const QString token = QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(words), sizeof(words)).toHex());
    m_slots.insert(token, Slot{deviceId, fileName});
    return QByteArray(kPrefix) + token.toLatin1() + '/' + QUrl::toPercentEncoding(fileName);
}

QString UploadReceiver::tokenOf(const QByteArray &path) const
{
    const QByteArray rest = path.mid(qsizetype(qstrlen(kPrefix)));
    return QString::fromLatin1(rest.left(rest.indexOf('/')));
}

http::BodySink *UploadReceiver::bodySinkFor(const http::Request &head)
{
    if (head.method != "PUT" && head.method != "POST")
        return nullptr;
    const auto it = m_slots.constFind(tokenOf(head.path()));
    if (it == m_slots.cend())
        return nullptr; // answered 404 in handleRequest
    // The stored name is ours, never the peer's: no path from the URL reaches the disk.
    const QString dir = QDir(m_dir).filePath(QString::fromLatin1(QUrl::toPercentEncoding(it->deviceId)));
    QDir().mkpath(dir);
    QString safe = it->fileName;
    safe.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    const QString path = QDir(dir).filePath(
        QStringLiteral("%1-%2").arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-hhmmss")), safe));
    return new UploadSink(this, head.connectionId, path, m_maxBytes);
}

void UploadReceiver::handleRequest(const http::Request &request, http::Responder responder)
{
    http::Response r;
    r.headers.set("Content-Type", "text/plain; charset=utf-8");
    const QString token = tokenOf(request.path());
    const auto slot = m_slots.constFind(token);
    if (slot == m_slots.cend()) {
        r.status = 404;
        r.body = "No upload is expected at this address.\n";
        responder.send(r);
        return;
    }
    if (request.method != "PUT" && request.method != "POST") {
        r.status = 405;
        r.headers.set("Allow", "PUT, POST");
        responder.send(r);
        return;
    }
    const Slot s = *slot;
    const Finished f = m_finished.take(request.connectionId);
    if (!f.ok) {
        r.status = 500;
        r.body = f.error.toUtf8() + '\n';
        Q_EMIT uploadFailed(s.deviceId, f.error.isEmpty() ? QStringLiteral("no body") : f.error);
        responder.send(r);
        return;
    }
    m_slots.remove(token); // one upload per slot
    r.status = 201;
    responder.send(r);
    Q_EMIT uploadReceived(s.deviceId, s.fileName, f.path, f.size);
}

} // namespace acs
