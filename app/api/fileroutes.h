#pragma once

// /files/: the GenieACS NBI's file routes over the ACS's file server. GET lists the
// registered files (?query= as for devices); PUT /files/<name> stores the body (streamed to disk, never held in
// memory) with the metadata headers fileType, oui, productClass and version, and
// registers it for devices to download; DELETE unregisters it and removes what PUT
// stored.

#include <acs/servedfile.h>
#include <http/responder.h>

#include "fileuploadsink.h"

#include <QHash>
#include <QObject>

namespace acs {
class FileServer;
}

namespace api {

class FileRoutes : public QObject
{
    Q_OBJECT

public:
    // files must outlive the routes.
    explicit FileRoutes(acs::FileServer *files, QObject *parent = nullptr);

    // Where PUT stores files; empty: PUT is refused.
    void setDirectory(const QString &directory) { m_directory = directory; }
    QString directory() const { return m_directory; }
    void setMaxBytes(qint64 bytes) { m_maxBytes = bytes; }
    static bool isSafeFileName(const QString &name);

    // For the head of an authorized PUT: the sink that streams its body, or null when it
    // cannot be stored (put() then answers why).
    http::BodySink *sinkFor(const http::Request &head, const QString &name);
    void list(const http::Request &request, http::Responder &responder) const;
    void put(const http::Request &request, const QString &name, http::Responder &responder);
    void remove(const QString &name, http::Responder &responder);
    void connectionClosed(quint64 connectionId) { m_received.remove(connectionId); }

Q_SIGNALS:
    void fileStored(const acs::ServedFile &file);
    void fileRemoved(const QString &name);

private:
    acs::FileServer *m_files;
    QString m_directory;
    qint64 m_maxBytes = 0;
    QHash<quint64, FileUpload> m_received; // by connection, from the sink to put()
};

} // namespace api
