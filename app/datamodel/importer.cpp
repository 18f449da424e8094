#include "importer.h"

#include "descriptionrenderer.h"
#include "documentset.h"
#include "modelbuilder.h"
#include "typeresolver.h"

#include <QCoreApplication>

namespace datamodel {

using namespace Internal;

namespace {

// Renders every raw description once the model is complete: {{numentries}} and {{keys}}
// need the tables, {{enum}} and {{units}} the resolved syntax.
void renderDescriptions(ModelBuilder::Flat &flat, const QHash<QString, QString> &templates,
                        const QHash<QString, QString> &typeDescriptions)
{
    QHash<QString, QString> counted; // "Device.WiFi.SSIDNumberOfEntries" -> "Device.WiFi.SSID.{i}."
    for (const Definition &d : std::as_const(flat.definitions)) {
        if (d.isTable() && !d.numEntriesParameter.isEmpty())
            counted.insert(d.parentPath() + d.numEntriesParameter, d.path);
    }
    for (qsizetype i = 0; i < flat.definitions.size(); ++i) {
        Definition &d = flat.definitions[i];
        const QString &raw = flat.rawDescriptions.at(i);
        if (raw.isEmpty())
            continue;
        DescriptionRenderer::Context c;
        c.item = &d;
        if (d.isObject()) {
            c.object = &d;
        } else {
            const auto it = flat.index.constFind(d.parentPath());
            c.object = it == flat.index.cend() ? nullptr : &flat.definitions.at(*it);
            c.numEntriesTable = counted.value(d.path);
        }
        c.templates = &templates;
        c.dataTypeDescriptions = &typeDescriptions;
        d.description = DescriptionRenderer::render(raw, c);
    }
}

} // namespace

QString ImportError::toString() const
{
    return line > 0 ? QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(message)
                    : QStringLiteral("%1: %2").arg(file, message);
}

Importer::Importer(QStringList libraryFolders)
    : m_libraryFolders(std::move(libraryFolders))
{
}

ImportResult Importer::importFile(const QString &path) const
{
    ImportResult result;
    DocumentSet documents(m_libraryFolders, kMaxFiles);
    const Document *top = documents.load(path, &result.error);
    result.sourceFiles = documents.files();
    result.warnings = documents.warnings();
    if (!top)
        return result;

    TypeResolver types;
    for (auto it = top->dataTypes.cbegin(); it != top->dataTypes.cend(); ++it) {
        Syntax s;
        if (!types.resolveNamed(*top, it.key(), 0, &s, &result.error))
            return result;
        result.dataTypes.insert(it.key(), s);
    }

    ModelBuilder builder(types, kMaxComponentDepth);
    const QHash<QString, QString> templates = documents.templates();
    for (const XmlNode &node : top->root.children) {
        if (node.name != u"model")
            continue;
        ModelBuilder::Flat flat;
        if (!builder.build({top, &node}, &flat, &result.error)) {
            result.models.clear();
            return result;
        }
        renderDescriptions(flat, templates, types.descriptions());
        DataModel model(node.attribute(u"name"), std::move(flat.definitions));
        model.setSpec(top->spec);
        model.setSourceFile(top->path);
        model.setService(node.attribute(u"isService") == u"true");
        result.models.append(std::move(model));
    }
    return result;
}

} // namespace datamodel
