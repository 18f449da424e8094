#include "xmlprettyprinter.h"

#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace models {

namespace {

// Tokens between two polls of the cancel callback.
constexpr int kPollEvery = 2048;

XmlPrettyPrinter::Output raw(const QByteArray &xml, const QString &notice)
{
    XmlPrettyPrinter::Output out;
    out.text = QString::fromUtf8(xml);
    out.notice = notice;
    return out;
}

} // namespace

XmlPrettyPrinter::Output XmlPrettyPrinter::format(const QByteArray &xml, const std::function<bool()> &cancelled)
{
    if (xml.trimmed().isEmpty())
        return raw(xml, QString());

    QXmlStreamReader reader(xml);
    // Prefixes are written back as they were received (soap-env:, SOAP-ENV:, cwmp:), with
    // the xmlns attributes where the sender put them; no prefix is invented or moved.
    reader.setNamespaceProcessing(false);

    QString text;
    text.reserve(int(xml.size() + xml.size() / 4));
    QXmlStreamWriter writer(&text);
    writer.setAutoFormatting(true);
    writer.setAutoFormattingIndent(kIndent);

    int tokens = 0;
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (++tokens % kPollEvery == 0 && cancelled && cancelled()) {
            Output out;
            out.cancelled = true;
            return out;
        }
        switch (token) {
        case QXmlStreamReader::StartDocument:
            if (!reader.documentVersion().isEmpty())
                writer.writeStartDocument(reader.documentVersion().toString());
            break;
        case QXmlStreamReader::DTD:
            // SOAP 1.1 §3: a SOAP message must not contain a document type declaration. The
            // reader would expand the entities it declares (a billion laughs in a log
            // viewer), so the message is shown as received instead.
            return raw(xml, tr("Shown as received: the message has a document type declaration, which SOAP does not allow."));
        case QXmlStreamReader::StartElement: {
            writer.writeStartElement(reader.qualifiedName().toString());
            const QXmlStreamAttributes attributes = reader.attributes();
            for (const QXmlStreamAttribute &a : attributes)
                writer.writeAttribute(a.qualifiedName().toString(), a.value().toString());
            break;
        }
        case QXmlStreamReader::EndElement:
            writer.writeEndElement();
            break;
        case QXmlStreamReader::Characters:
            // Whitespace between elements is the sender's layout; ours replaces it.
            if (reader.isWhitespace())
                break;
            if (reader.isCDATA())
                writer.writeCDATA(reader.text().toString());
            else
                writer.writeCharacters(reader.text().toString());
            break;
        case QXmlStreamReader::Comment:
            writer.writeComment(reader.text().toString());
            break;
        case QXmlStreamReader::ProcessingInstruction:
            writer.writeProcessingInstruction(reader.processingInstructionTarget().toString(),
                                              reader.processingInstructionData().toString());
            break;
        case QXmlStreamReader::EntityReference:
            writer.writeEntityReference(reader.name().toString());
            break;
        case QXmlStreamReader::EndDocument:
            writer.writeEndDocument();
            break;
        case QXmlStreamReader::NoToken:
        case QXmlStreamReader::Invalid:
            break;
        }
    }
    if (reader.hasError()) {
        return raw(xml, tr("Shown as received: not well-formed XML (line %1, column %2: %3).")
                                .arg(reader.lineNumber())
                                .arg(reader.columnNumber())
                                .arg(reader.errorString()));
    }
    Output out;
    out.text = text.trimmed();
    out.formatted = true;
    return out;
}

} // namespace models
