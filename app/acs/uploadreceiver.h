#pragma once

// Receives the files devices upload for the Upload RPC (TR-069 A.4.1.5: configuration
// backups, logs) below /upload/<token>/<name>, by HTTP PUT or POST. Each upload slot is a
// one-time random token created for one task, so nobody can write to the laptop without
// one; bodies are streamed to disk with a size limit.

#include <http/requesthandler.h>

#include <QHash>
#include <QObject>

namespace acs {

class UploadReceiver : public QObject, public http::RequestHandler
{
    Q_OBJECT

public:
    static constexpr const char *kPrefix = "/upload/";

    explicit UploadReceiver(QObject *parent = nullptr);

    void setDirectory(const QString &dir) { m_dir = dir; }
    void setMaxBytes(qint64 bytes) { m_maxBytes = bytes; }
    qint64 maxBytes() const { return m_maxBytes; }
    // A URL path a device may upload one file to.
    QByteArray createSlot(const QString &deviceId, const QString &fileName);

    void handleRequest(const http::Request &request, http::Responder responder) override;
    http::BodySink *bodySinkFor(const http::Request &head) override;

Q_SIGNALS:
    void uploadReceived(const QString &deviceId, const QString &fileName, const QString &path, qint64 size);
    void uploadFailed(const QString &deviceId, const QString &reason);

private:
    struct Slot {
        QString deviceId;
        QString fileName;
    };
    struct Finished {
        bool ok = false;
        QString path;
        qint64 size = 0;
        QString error;
    };
    friend class UploadSink;
    QString tokenOf(const QByteArray &path) const;

    QString m_dir;
    qint64 m_maxBytes = 64LL * 1024 * 1024;
    QHash<QString, Slot> m_slots;
    QHash<quint64, Finished> m_finished; // by connection, until the request is answered
};

} // namespace acs
