#include "xmlcursor.h"

namespace cwmp::internal {

XmlCursor::XmlCursor(const XmlText &xml, const DecodeLimits &limits)
    : m_limits(limits)
{
    m_reader.addData(xml.bytes);
    // Entities can only be declared in a DTD, which is refused as soon as it is seen; this
    // bound is a second line of defence.
    m_reader.setEntityExpansionLimit(0);
}

void XmlCursor::fail(DecodeError::Kind kind, const QString &reason)
{
    if (m_error.isError())
        return;
    m_error.kind = kind;
    m_error.reason = reason;
    m_error.line = m_reader.lineNumber();
    m_error.column = m_reader.columnNumber();
}

void XmlCursor::failArgument(const char *element, QStringView text, const QString &why)
{
    fail(DecodeError::InvalidArgument,
         QStringLiteral("<%1> holds '%2': %3")
             .arg(QLatin1String(element), text.left(64).toString(), why));
}

QStringView XmlCursor::attribute(QLatin1String ns1, QLatin1String ns2, QLatin1String localName) const
{
    const QXmlStreamAttributes attrs = m_reader.attributes();
    for (const QXmlStreamAttribute &a : attrs) {
        if (a.name() == localName && (a.namespaceUri() == ns1 || a.namespaceUri() == ns2))
            return a.value();
    }
    return {};
}

bool XmlCursor::advance()
{
    if (failed())
        return false;
    const QXmlStreamReader::TokenType token = m_reader.readNext();
    switch (token) {
    case QXmlStreamReader::Invalid: {
        const QString what = m_reader.errorString();
        // QXmlStreamReader reports bytes that are not valid in the document's encoding
        // as "incorrectly encoded content".
        const bool encoding = what.contains(QLatin1String("encoded"), Qt::CaseInsensitive);
        fail(encoding ? DecodeError::InvalidEncoding : DecodeError::MalformedXml,
             QStringLiteral("XML error at line %1, column %2: %3")
                 .arg(m_reader.lineNumber())
                 .arg(m_reader.columnNumber())
                 .arg(what));
        return false;
    }
    case QXmlStreamReader::DTD:
        // No DTD may reach us: it is the only way to declare entities (XXE, entity bombs).
        fail(DecodeError::DtdForbidden, QStringLiteral("a DOCTYPE declaration is not allowed in a SOAP message"));
        return false;
    case QXmlStreamReader::EntityReference:
        fail(DecodeError::MalformedXml,
             QStringLiteral("undeclared entity &%1;").arg(m_reader.name().toString()));
        return false;
    default:
        return true;
    }
}

bool XmlCursor::enterElement()
{
    ++m_depth;
    ++m_elements;
    if (m_depth > m_limits.maxDepth) {
        fail(DecodeError::TooDeep,
             QStringLiteral("elements nested deeper than %1 levels").arg(m_limits.maxDepth));
        return false;
    }
    if (m_elements > m_limits.maxElements) {
        fail(DecodeError::TooManyElements,
             QStringLiteral("more than %1 elements in one message").arg(m_limits.maxElements));
        return false;
    }
    return true;
}

bool XmlCursor::nextChild(QString *text)
{
    while (advance()) {
        switch (m_reader.tokenType()) {
        case QXmlStreamReader::Characters:
            if (text)
                text->append(m_reader.text());
            break;
        case QXmlStreamReader::StartElement:
            return enterElement();
        case QXmlStreamReader::EndElement:
            --m_depth;
            return false;
        case QXmlStreamReader::EndDocument:
            return false;
        default:
            break; // text between elements, comments, processing instructions
        }
    }
    return false;
}

QString XmlCursor::readText()
{
    QString text;
    consumeElement(&text);
    return text;
}

void XmlCursor::skip()
{
    consumeElement(nullptr);
}

void XmlCursor::consumeElement(QString *text)
{
    // Iterative, so that hostile nesting cannot exhaust the stack; every element inside
    // still counts against the limits.
    int level = 1;
    while (level > 0 && advance()) {
        switch (m_reader.tokenType()) {
        case QXmlStreamReader::Characters:
            if (text && level == 1) {
                if (text->isEmpty())
                    *text = m_reader.text().toString();
                else
                    *text += m_reader.text();
            }
            break;
        case QXmlStreamReader::StartElement:
            if (!enterElement())
                return;
            ++level;
            break;
        case QXmlStreamReader::EndElement:
            --m_depth;
            --level;
            break;
        case QXmlStreamReader::EndDocument:
            return;
        default:
            break;
        }
    }
}

void XmlCursor::finish()
{
    while (advance()) {
        if (m_reader.tokenType() == QXmlStreamReader::EndDocument)
            return;
        if (m_reader.tokenType() == QXmlStreamReader::StartElement) {
            fail(DecodeError::MalformedXml, QStringLiteral("content after the end of the envelope"));
            return;
        }
    }
}

} // namespace cwmp::internal
