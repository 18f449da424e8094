#include "modelcache.h"

#include "importer.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDataStream>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace datamodel {

namespace {

// The translation context of the texts below (lupdate reads it from the macro too).
struct TrText {
    Q_DECLARE_TR_FUNCTIONS(datamodel::ModelCache)
};

struct Stamp {
    QString path;
    qint64 size = -1;
    qint64 modifiedMs = -1;
    QByteArray sha256;
};

QByteArray sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

Stamp stampOf(const QString &path, bool withHash)
{
    const QFileInfo info(path);
    Stamp s;
    s.path = info.absoluteFilePath();
    if (!info.isFile())
        return s;
    s.size = info.size();
    s.modifiedMs = info.lastModified().toMSecsSinceEpoch();
    if (withHash)
        s.sha256 = sha256Of(path);
    return s;
}

bool isFresh(const Stamp &recorded)
{
    const Stamp now = stampOf(recorded.path, false);
    if (now.size < 0)
        return false;
    if (now.size == recorded.size && now.modifiedMs == recorded.modifiedMs)
        return true;
    return now.size == recorded.size && sha256Of(recorded.path) == recorded.sha256;
}

template<typename E>
void putEnum(QDataStream &out, E e)
{
    out << quint8(e);
}

template<typename E>
E getEnum(QDataStream &in)
{
    quint8 v = 0;
    in >> v;
    return E(v);
}

void put(QDataStream &out, const SizeLimit &l) { out << l.minLength << l.maxLength; }
void get(QDataStream &in, SizeLimit &l) { in >> l.minLength >> l.maxLength; }
void put(QDataStream &out, const Range &r) { out << r.min << r.max << r.step; }
void get(QDataStream &in, Range &r) { in >> r.min >> r.max >> r.step; }
void put(QDataStream &out, const EnumValue &e)
{
    out << e.value << e.readOnly << e.optional;
    putEnum(out, e.status);
}
void get(QDataStream &in, EnumValue &e)
{
    in >> e.value >> e.readOnly >> e.optional;
    e.status = getEnum<Status>(in);
}
void put(QDataStream &out, const UniqueKey &k) { out << k.functional << k.parameters; }
void get(QDataStream &in, UniqueKey &k) { in >> k.functional >> k.parameters; }

void put(QDataStream &out, const Definition &d);
void get(QDataStream &in, Definition &d);

template<typename T>
void putList(QDataStream &out, const QList<T> &list)
{
    out << quint32(list.size());
    for (const T &t : list)
        put(out, t);
}

template<typename T>
bool getList(QDataStream &in, QList<T> &list)
{
    quint32 n = 0;
    in >> n;
    if (in.status() != QDataStream::Ok || n > 10'000'000)
        return false;
    list.resize(n);
    for (T &t : list)
        get(in, t);
    return in.status() == QDataStream::Ok;
}

void put(QDataStream &out, const Syntax &s)
{
    putEnum(out, s.type);
    out << s.primitive << s.dataTypes;
    putList(out, s.sizes);
    putList(out, s.ranges);
    putList(out, s.enumerations);
    out << s.patterns << s.patternSource << s.units;
    putEnum(out, s.reference.kind);
    out << s.reference.refType << s.reference.targetType << s.reference.targetParents << s.reference.targetParam;
    out << s.isList;
    putList(out, s.listSizes);
    out << s.minItems << s.maxItems << s.hidden << s.secured << s.hasDefault << s.defaultType << s.defaultValue;
}

void get(QDataStream &in, Syntax &s)
{
    s.type = getEnum<cwmp::ValueType>(in);
    in >> s.primitive >> s.dataTypes;
    getList(in, s.sizes);
    getList(in, s.ranges);
    getList(in, s.enumerations);
    in >> s.patterns >> s.patternSource >> s.units;
    s.reference.kind = getEnum<Reference::Kind>(in);
    in >> s.reference.refType >> s.reference.targetType >> s.reference.targetParents >> s.reference.targetParam;
    in >> s.isList;
    getList(in, s.listSizes);
    in >> s.minItems >> s.maxItems >> s.hidden >> s.secured >> s.hasDefault >> s.defaultType >> s.defaultValue;
}

void put(QDataStream &out, const Definition &d)
{
    putEnum(out, d.kind);
    out << d.path;
    putEnum(out, d.access);
    putEnum(out, d.status);
    out << d.version << d.description;
    if (d.isObject()) {
        out << d.minEntries << d.maxEntries << d.numEntriesParameter << d.enableParameter;
        putList(out, d.uniqueKeys);
    } else {
        put(out, d.syntax);
        out << d.activeNotify << d.forcedInform << d.mandatory;
    }
}

void get(QDataStream &in, Definition &d)
{
    d.kind = getEnum<Definition::Kind>(in);
    in >> d.path;
    d.access = getEnum<Access>(in);
    d.status = getEnum<Status>(in);
    in >> d.version >> d.description;
    if (d.isObject()) {
        in >> d.minEntries >> d.maxEntries >> d.numEntriesParameter >> d.enableParameter;
        getList(in, d.uniqueKeys);
    } else {
        get(in, d.syntax);
        in >> d.activeNotify >> d.forcedInform >> d.mandatory;
    }
}

} // namespace

bool ModelCache::save(const QString &cacheFile, const ImportResult &result,
                      const QStringList &libraryFolders, QString *error)
{
    QSaveFile file(cacheFile);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    QDataStream out(&file);
    out.setVersion(QDataStream::Qt_6_4);
    out << kMagic << kFormatVersion;
    out << quint32(result.sourceFiles.size());
    for (const QString &source : result.sourceFiles) {
        const Stamp s = stampOf(source, true);
        out << s.path << s.size << s.modifiedMs << s.sha256;
    }
    out << result.warnings;
    out << quint32(result.dataTypes.size());
    for (auto it = result.dataTypes.cbegin(); it != result.dataTypes.cend(); ++it) {
        out << it.key();
        put(out, it.value());
    }
    out << quint32(result.models.size());
    for (const DataModel &m : result.models) {
        out << m.name() << m.spec() << m.sourceFile() << m.isService();
        putList(out, m.definitions());
    }
    out << libraryFolders;
    if (out.status() != QDataStream::Ok || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

std::optional<ImportResult> ModelCache::load(const QString &cacheFile, const QString &topFile,
                                             const QStringList &libraryFolders, QString *why)
{
    auto refuse = [why](const QString &reason) -> std::optional<ImportResult> {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    QFile file(cacheFile);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(TrText::tr("no cache file"));
    QDataStream in(&file);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    quint16 format = 0;
    in >> magic >> format;
    if (magic != kMagic || format != kFormatVersion)
        return refuse(TrText::tr("the cache has another format"));

    ImportResult result;
    quint32 sources = 0;
    in >> sources;
    if (in.status() != QDataStream::Ok || sources == 0 || sources > 4096)
        return refuse(TrText::tr("the cache is damaged"));
    for (quint32 i = 0; i < sources; ++i) {
        Stamp s;
        in >> s.path >> s.size >> s.modifiedMs >> s.sha256;
        if (in.status() != QDataStream::Ok)
            return refuse(TrText::tr("the cache is damaged"));
        if (i == 0 && s.path != QFileInfo(topFile).absoluteFilePath())
            return refuse(TrText::tr("the cache was built from another file"));
        if (!isFresh(s))
            return refuse(TrText::tr("%1 changed since the cache was written").arg(QFileInfo(s.path).fileName()));
        result.sourceFiles.append(s.path);
    }
    in >> result.warnings;
    quint32 types = 0;
    in >> types;
    if (in.status() != QDataStream::Ok || types > 100'000)
        return refuse(TrText::tr("the cache is damaged"));
    for (quint32 i = 0; i < types; ++i) {
        QString name;
        Syntax s;
        in >> name;
        get(in, s);
        result.dataTypes.insert(name, s);
    }
    quint32 models = 0;
    in >> models;
    if (in.status() != QDataStream::Ok || models > 1000)
        return refuse(TrText::tr("the cache is damaged"));
    for (quint32 i = 0; i < models; ++i) {
        QString name, spec, source;
        bool service = false;
        QList<Definition> definitions;
        in >> name >> spec >> source >> service;
        if (!getList(in, definitions))
            return refuse(TrText::tr("the cache is damaged"));
        DataModel m(name, std::move(definitions));
        m.setSpec(spec);
        m.setSourceFile(source);
        m.setService(service);
        result.models.append(std::move(m));
    }
    QStringList folders;
    in >> folders;
    if (in.status() != QDataStream::Ok)
        return refuse(TrText::tr("the cache is damaged"));
    if (folders != libraryFolders)
        return refuse(TrText::tr("the library folders changed"));
    return result;
}

ImportResult ModelCache::importCached(const QString &topFile, const QString &cacheFile,
                                      const QStringList &libraryFolders, bool *fromCache)
{
    if (std::optional<ImportResult> cached = load(cacheFile, topFile, libraryFolders)) {
        if (fromCache)
            *fromCache = true;
        return std::move(*cached);
    }
    if (fromCache)
        *fromCache = false;
    ImportResult result = Importer(libraryFolders).importFile(topFile);
    if (result.ok())
        save(cacheFile, result, libraryFolders);
    return result;
}

} // namespace datamodel
