#pragma once

// Reads a stored file (an uploaded configuration backup or log) for the read-only viewer:
// off the GUI thread, at most a few megabytes, and tells text from binary content so the
// viewer never fills itself with mojibake.

#include <QCoreApplication>
#include <QFuture>
#include <QString>

namespace models {

class FilePreview
{
    Q_DECLARE_TR_FUNCTIONS(models::FilePreview)

public:
    static constexpr qint64 kDefaultMaxBytes = 4 * 1024 * 1024;
    // Binary when a NUL byte or invalid UTF-8 shows up in this much of the start.
    static constexpr qint64 kSniffBytes = 64 * 1024;

    struct Content {
        QString path;
        QString error;      // non-empty: the file could not be read (in plain words)
        bool binary = false;
        qint64 totalBytes = 0;
        qint64 loadedBytes = 0;
        QString text;       // empty for binary content
        bool truncated() const { return loadedBytes < totalBytes; }
        // What the viewer shows above the text: "binary file, 1234 bytes", "first 4 MB of 9 MB".
        QString notice() const;
    };

    // Reads on the global thread pool; the future finishes with the content.
    static QFuture<Content> load(const QString &path, qint64 maxBytes = kDefaultMaxBytes);
    // The same, on the calling thread (what load() runs; for tests and small files).
    static Content read(const QString &path, qint64 maxBytes = kDefaultMaxBytes);
    static bool looksBinary(const QByteArray &start);
};

} // namespace models
