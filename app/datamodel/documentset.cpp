#include "documentset.h"

#include "safexmlreader.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace datamodel::Internal {

namespace {

// The translation context of the texts below (lupdate reads it from the macro too).
struct TrText {
    Q_DECLARE_TR_FUNCTIONS(datamodel::Importer)
};

QString fileNameOf(const QString &path)
{
    return QFileInfo(path).fileName();
}

} // namespace

DocumentSet::DocumentSet(QStringList libraryFolders, int maxFiles)
    : m_resolver(std::move(libraryFolders))
    , m_maxFiles(maxFiles)
{
}

const Document *DocumentSet::load(const QString &path, ImportError *error)
{
    const QFileInfo info(path);
    if (!info.isFile()) {
        *error = {info.fileName(), 0, TrText::tr("the file does not exist")};
        return nullptr;
    }
    return loadFile(info.absoluteFilePath(), error);
}

QStringList DocumentSet::files() const
{
    return m_order;
}

QHash<QString, QString> DocumentSet::templates() const
{
    QHash<QString, QString> out;
    for (const auto &doc : m_documents) {
        for (const XmlNode &n : doc->root.children) {
            if (n.name == u"template") {
                const QString id = n.attribute(u"id");
                if (!out.contains(id))
                    out.insert(id, n.text);
            }
        }
    }
    return out;
}

const Document *DocumentSet::loadFile(const QString &path, ImportError *error)
{
    if (const Document *done = m_byPath.value(path))
        return done;
    if (int(m_documents.size()) >= m_maxFiles) {
        *error = {fileNameOf(path), 0, TrText::tr("more than %1 files are imported").arg(m_maxFiles)};
        return nullptr;
    }
    SafeXmlReader::Result read = SafeXmlReader::readFile(path);
    if (!read.error.isEmpty()) {
        *error = {fileNameOf(path), read.line, read.error};
        return nullptr;
    }
    if (read.root.name != u"document") {
        *error = {fileNameOf(path), read.root.line,
                  TrText::tr("the root element is <%1>, not a data-model <document>").arg(read.root.name)};
        return nullptr;
    }
    auto doc = std::make_unique<Document>();
    doc->path = path;
    doc->fileName = fileNameOf(path);
    doc->root = std::move(read.root);
    doc->spec = doc->root.attribute(u"spec");
    m_order.append(path);
    m_loading.append(path);
    const bool bound = bindImports(*doc, error);
    m_loading.removeLast();
    if (!bound)
        return nullptr;

    // Local definitions; they shadow imported names.
    for (const XmlNode &n : doc->root.children) {
        const QString name = n.attribute(u"name");
        if (n.name == u"dataType")
            doc->dataTypes.insert(name, {doc.get(), &n});
        else if (n.name == u"component")
            doc->components.insert(name, {doc.get(), &n});
        else if (n.name == u"model")
            doc->models.insert(name, {doc.get(), &n});
    }
    const Document *out = doc.get();
    m_byPath.insert(path, out);
    m_documents.push_back(std::move(doc));
    return out;
}

bool DocumentSet::bindImports(Document &doc, ImportError *error)
{
    const QString folder = QFileInfo(doc.path).absolutePath();
    for (const XmlNode &imp : doc.root.children) {
        if (imp.name != u"import")
            continue;
        const QString file = imp.attribute(u"file");
        bool approximate = false;
        const QString found = m_resolver.resolve(file, folder, &approximate);
        // An import that names nothing only brings a bibliography: not needed.
        if (imp.children.isEmpty()) {
            if (found.isEmpty())
                m_warnings.append(TrText::tr("%1:%2: the imported file %3 was not found (nothing is used from it)")
                                      .arg(doc.fileName).arg(imp.line).arg(file));
            continue;
        }
        if (found.isEmpty()) {
            *error = {doc.fileName, imp.line,
                      TrText::tr("the imported file %1 was not found beside it or in the library folders").arg(file)};
            return false;
        }
        if (approximate)
            m_warnings.append(TrText::tr("%1:%2: %3 was not found; using %4 instead")
                                  .arg(doc.fileName).arg(imp.line).arg(file, fileNameOf(found)));
        if (m_loading.contains(found)) {
            QStringList chain;
            for (qsizetype i = m_loading.indexOf(found); i < m_loading.size(); ++i)
                chain.append(fileNameOf(m_loading.at(i)));
            chain.append(fileNameOf(found));
            *error = {doc.fileName, imp.line, TrText::tr("import cycle: %1").arg(chain.join(QStringLiteral(" → ")))};
            return false;
        }
        ImportError inner;
        const Document *other = loadFile(found, &inner);
        if (!other) {
            *error = inner;
            return false;
        }
        for (const XmlNode &item : imp.children) {
            const QString name = item.attribute(u"name");
            const QString remote = item.hasAttribute(u"ref") ? item.attribute(u"ref") : name;
            const QHash<QString, Symbol> *from = nullptr;
            QHash<QString, Symbol> *into = nullptr;
            QString kind;
            if (item.name == u"dataType") {
                from = &other->dataTypes;
                into = &doc.dataTypes;
                kind = TrText::tr("data type");
            } else if (item.name == u"component") {
                from = &other->components;
                into = &doc.components;
                kind = TrText::tr("component");
            } else if (item.name == u"model") {
                from = &other->models;
                into = &doc.models;
                kind = TrText::tr("model");
            } else {
                continue;
            }
            const auto it = from->constFind(remote);
            if (it == from->cend()) {
                *error = {doc.fileName, item.line,
                          TrText::tr("%1 does not define the %2 '%3'").arg(other->fileName, kind, remote)};
                return false;
            }
            into->insert(name, *it);
        }
    }
    return true;
}

} // namespace datamodel::Internal
