#include "safexmlreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QXmlStreamReader>

namespace datamodel::Internal {

namespace {

// The translation context of the texts below (lupdate reads it from the macro too).
struct TrText {
    Q_DECLARE_TR_FUNCTIONS(datamodel::Importer)
};

// The internal subset may hold comments and <!ENTITY name "plain text"> only: no
// parameter entities (%), no SYSTEM/PUBLIC, no '&' or '<' in a value (nesting).
QString checkInternalSubset(QStringView dtd)
{
    const qsizetype open = dtd.indexOf(u'[');
    const qsizetype close = dtd.lastIndexOf(u']');
    if (open < 0)
        return {};
    if (close < open)
        return TrText::tr("the document type declaration is malformed");
    QStringView rest = dtd.sliced(open + 1, close - open - 1);
    int entities = 0;
    while (true) {
        rest = rest.trimmed();
        if (rest.isEmpty())
            return {};
        if (rest.startsWith(u"<!--")) {
            const qsizetype end = rest.indexOf(u"-->");
            if (end < 0)
                return TrText::tr("the document type declaration has an unterminated comment");
            rest = rest.sliced(end + 3);
            continue;
        }
        if (!rest.startsWith(u"<!ENTITY"))
            return TrText::tr("the document type declaration declares more than plain text entities");
        rest = rest.sliced(8).trimmed();
        if (rest.startsWith(u'%'))
            return TrText::tr("parameter entities are not accepted");
        qsizetype n = 0;
        while (n < rest.size() && (rest.at(n).isLetterOrNumber() || rest.at(n) == u'_'
                                   || rest.at(n) == u'-' || rest.at(n) == u'.'))
            ++n;
        if (n == 0)
            return TrText::tr("an entity declaration has no name");
        rest = rest.sliced(n).trimmed();
        if (rest.isEmpty() || (rest.front() != u'"' && rest.front() != u'\''))
            return TrText::tr("external entities are not accepted");
        const QChar quote = rest.front();
        const qsizetype end = rest.indexOf(quote, 1);
        if (end < 0)
            return TrText::tr("an entity value is unterminated");
        const QStringView value = rest.sliced(1, end - 1);
        if (value.contains(u'&') || value.contains(u'<') || value.contains(u'%'))
            return TrText::tr("entities that refer to other entities or markup are not accepted");
        if (value.size() > SafeXmlReader::kMaxEntityValue)
            return TrText::tr("an entity value is too long");
        if (++entities > SafeXmlReader::kMaxEntities)
            return TrText::tr("the document declares too many entities");
        rest = rest.sliced(end + 1).trimmed();
        if (!rest.startsWith(u'>'))
            return TrText::tr("an entity declaration is malformed");
        rest = rest.sliced(1);
    }
}

bool keepsText(QStringView element)
{
    return element == u"description" || element == u"template";
}

} // namespace

bool SafeXmlReader::isSkipped(QStringView element)
{
    return element == u"bibliography" || element == u"profile";
}

SafeXmlReader::Result SafeXmlReader::readFile(const QString &path)
{
    Result result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = TrText::tr("cannot open the file: %1").arg(file.errorString());
        return result;
    }
    if (file.size() > kMaxFileBytes) {
        result.error = TrText::tr("the file is larger than %1 MB").arg(kMaxFileBytes / (1024 * 1024));
        return result;
    }
    return readData(file.readAll());
}

SafeXmlReader::Result SafeXmlReader::readData(const QByteArray &data)
{
    Result result;
    QXmlStreamReader reader(data);
    reader.setEntityExpansionLimit(int(kMaxEntityValue) * 4);
    QList<XmlNode *> stack;
    qint64 elements = 0;
    bool haveRoot = false;
    auto fail = [&](const QString &why) {
        result.error = why;
        result.line = reader.lineNumber();
        result.root = XmlNode();
        return result;
    };

    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::DTD: {
            if (!reader.dtdSystemId().isEmpty() || !reader.dtdPublicId().isEmpty())
                return fail(TrText::tr("an external document type definition is not accepted"));
            const QString why = checkInternalSubset(reader.text());
            if (!why.isEmpty())
                return fail(why);
            for (const QXmlStreamEntityDeclaration &e : reader.entityDeclarations()) {
                if (!e.systemId().isEmpty() || !e.publicId().isEmpty() || !e.notationName().isEmpty())
                    return fail(TrText::tr("external entities are not accepted"));
            }
            break;
        }
        case QXmlStreamReader::EntityReference:
            return fail(TrText::tr("the entity '%1' is not declared").arg(reader.name()));
        case QXmlStreamReader::StartElement: {
            if (++elements > kMaxElements)
                return fail(TrText::tr("the document has more than %1 elements").arg(kMaxElements));
            if (stack.size() >= kMaxDepth)
                return fail(TrText::tr("elements are nested deeper than %1 levels").arg(kMaxDepth));
            if (isSkipped(reader.name())) {
                reader.skipCurrentElement();
                break;
            }
            XmlNode *node;
            if (stack.isEmpty()) {
                if (haveRoot)
                    return fail(TrText::tr("the document has more than one root element"));
                haveRoot = true;
                node = &result.root;
            } else {
                node = &stack.last()->children.emplace_back();
            }
            node->name = reader.name().toString();
            node->line = reader.lineNumber();
            const QXmlStreamAttributes attributes = reader.attributes();
            node->attributes.reserve(attributes.size());
            for (const QXmlStreamAttribute &a : attributes) {
                if (a.prefix().isEmpty())
                    node->attributes.append({a.name().toString(), a.value().toString()});
            }
            stack.append(node);
            break;
        }
        case QXmlStreamReader::EndElement:
            if (!stack.isEmpty())
                stack.removeLast();
            break;
        case QXmlStreamReader::Characters:
            if (!stack.isEmpty() && keepsText(stack.last()->name))
                stack.last()->text.append(reader.text());
            break;
        default:
            break;
        }
    }
    if (reader.hasError())
        return fail(reader.errorString());
    if (!haveRoot)
        return fail(TrText::tr("the file holds no XML element"));
    return result;
}

} // namespace datamodel::Internal
