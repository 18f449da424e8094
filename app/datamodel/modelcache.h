#pragma once

#include <datamodel/importresult.h>

#include <QString>
#include <QStringList>

#include <optional>

namespace datamodel {

// A compact binary copy of an import (QDataStream), so that later starts skip the XML.
// The file records every source file's size, modification time and SHA-256: when a size
// or time differs, the hash decides, so a touched-but-equal file keeps the cache.
class ModelCache
{
public:
    static constexpr quint32 kMagic = 0x42424644; // "BBFD"
    static constexpr quint16 kFormatVersion = 1;

    // Writes `result` (models, named types, its sourceFiles' stamps) to `cacheFile`
    // atomically. False with *error on failure.
    static bool save(const QString &cacheFile, const ImportResult &result,
                     const QStringList &libraryFolders = {}, QString *error = nullptr);
    // The cached import, or std::nullopt when the cache is absent, unreadable, of another
    // format, or stale for any of the files it was built from. `topFile` must be the file
    // it was imported from (a cache of another file is never used).
    // The library folders are part of the key: they decide which file a version-less
    // import resolves to.
    static std::optional<ImportResult> load(const QString &cacheFile, const QString &topFile,
                                            const QStringList &libraryFolders = {}, QString *why = nullptr);
    // load(), or import and save when there is no fresh cache.
    static ImportResult importCached(const QString &topFile, const QString &cacheFile,
                                     const QStringList &libraryFolders, bool *fromCache = nullptr);
};

} // namespace datamodel
