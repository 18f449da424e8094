#pragma once

// A forward-only walk over a SOAP message on top of QXmlStreamReader that enforces the
// decode limits on every element it passes, including those it skips. Internal to the codec.

#include "decodeerror.h"
#include "xmltext.h"

#include <QByteArray>
#include <QStringView>
#include <QXmlStreamReader>

namespace cwmp::internal {

class XmlCursor
{
public:
    XmlCursor(const XmlText &xml, const DecodeLimits &limits);

    // Moves to the next child element of the element last entered. Returns false at the
    // parent's end tag (which is consumed), at the end of the document, or on failure.
    // A child it returns must be consumed with nextChild() loops, readText() or skip().
    // With text set, character data met on the way is appended to it (mixed content).
    bool nextChild(QString *text = nullptr);
    // The text content of the current element; child elements inside are skipped (some
    // CPEs put markup where text belongs). Leaves the cursor after the element's end tag.
    QString readText();
    void skip();
    // Reads to the end of the document so that trailing garbage is noticed.
    void finish();

    QStringView name() const { return m_reader.name(); }
    QStringView namespaceUri() const { return m_reader.namespaceUri(); }
    QXmlStreamAttributes attributes() const { return m_reader.attributes(); }
    // The value of an attribute in any of the given namespaces.
    QStringView attribute(QLatin1String ns1, QLatin1String ns2, QLatin1String localName) const;

    bool failed() const { return m_error.isError(); }
    const DecodeError &error() const { return m_error; }
    void fail(DecodeError::Kind kind, const QString &reason);
    void failArgument(const char *element, QStringView text, const QString &why);

private:
    // Reads one token; returns false (with the error set) when the stream fails.
    bool advance();
    bool enterElement();
    // Reads to the end of the current element; text at its own level goes to *text.
    void consumeElement(QString *text);

    QXmlStreamReader m_reader;
    DecodeLimits m_limits;
    DecodeError m_error;
    int m_depth = 0;
    qint64 m_elements = 0;
};

} // namespace cwmp::internal
