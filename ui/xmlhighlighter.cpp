#include "xmlhighlighter.h"

#include <QGuiApplication>
#include <QPalette>

namespace ui {

namespace {

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == u':' || c == u'_' || c == u'-' || c == u'.';
}

} // namespace

XmlHighlighter::XmlHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    // Two sets of colours, chosen once: dark text on a light base or light on dark.
    const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
    m_tag.setForeground(dark ? QColor(0x7f, 0xb4, 0xff) : QColor(0x00, 0x33, 0x99));
    m_attribute.setForeground(dark ? QColor(0xff, 0xa0, 0x70) : QColor(0xa0, 0x30, 0x00));
    m_value.setForeground(dark ? QColor(0x9c, 0xdc, 0x7c) : QColor(0x1a, 0x7a, 0x1a));
    m_comment.setForeground(dark ? QColor(0x90, 0x90, 0x90) : QColor(0x70, 0x70, 0x70));
    m_comment.setFontItalic(true);
    m_cdata.setForeground(dark ? QColor(0xd0, 0xb0, 0xff) : QColor(0x66, 0x22, 0x88));
    m_declaration.setForeground(dark ? QColor(0xa0, 0xa0, 0xd0) : QColor(0x55, 0x55, 0x88));
    m_headerName.setFontWeight(QFont::Bold);
}

void XmlHighlighter::setStartsWithHeaders(bool headers)
{
    if (headers == m_headers)
        return;
    m_headers = headers;
    rehighlight();
}

void XmlHighlighter::highlightBlock(const QString &text)
{
    int state = previousBlockState();
    if (state < Headers)
        state = m_headers ? Headers : Text;
    if (state == Headers) {
        if (text.trimmed().isEmpty()) {
            setCurrentBlockState(Text);
            return;
        }
        if (const int colon = int(text.indexOf(u':')); colon > 0)
            setFormat(0, colon + 1, m_headerName);
        setCurrentBlockState(Headers);
        return;
    }

    int i = 0;
    const int n = int(text.size());
    while (i < n) {
        switch (state) {
        case Text: {
            const int lt = int(text.indexOf(u'<', i));
            if (lt < 0) {
                i = n;
                break;
            }
            i = tagStart(text, lt, &state);
            break;
        }
        case InTag:
        case InDoubleQuoted:
        case InSingleQuoted:
            i = continueTag(text, i, &state);
            break;
        case InComment:
            i = closeSpan(text, i, QLatin1String("-->"), m_comment, &state);
            break;
        case InCData:
            i = closeSpan(text, i, QLatin1String("]]>"), m_cdata, &state);
            break;
        case InDeclaration:
            i = closeSpan(text, i, QLatin1String(">"), m_declaration, &state);
            break;
        default:
            state = Text;
            break;
        }
    }
    setCurrentBlockState(state);
}

// At a '<': formats the opening of what starts there and returns where to go on.
int XmlHighlighter::tagStart(const QString &text, int from, int *state)
{
    const QStringView rest = QStringView(text).mid(from);
    if (rest.startsWith(u"<!--")) {
        setFormat(from, 4, m_comment);
        *state = InComment;
        return from + 4;
    }
    if (rest.startsWith(u"<![CDATA[")) {
        setFormat(from, 9, m_cdata);
        *state = InCData;
        return from + 9;
    }
    if (rest.startsWith(u"<?") || rest.startsWith(u"<!")) {
        setFormat(from, 2, m_declaration);
        *state = InDeclaration;
        return from + 2;
    }
    int j = from + 1;
    if (j < text.size() && text.at(j) == u'/')
        ++j;
    while (j < text.size() && isNameChar(text.at(j)))
        ++j;
    setFormat(from, j - from, m_tag);
    *state = InTag;
    return j;
}

// Inside a start or end tag: attribute names, '=', quoted values, up to the '>'.
int XmlHighlighter::continueTag(const QString &text, int from, int *state)
{
    const int n = int(text.size());
    if (*state == InDoubleQuoted || *state == InSingleQuoted) {
        const QChar quote = *state == InDoubleQuoted ? u'"' : u'\'';
        const int close = int(text.indexOf(quote, from));
        const int end = close < 0 ? n : close + 1;
        setFormat(from, end - from, m_value);
        if (close >= 0)
            *state = InTag;
        return end;
    }
    int i = from;
    while (i < n) {
        const QChar c = text.at(i);
        if (c == u'>') {
            setFormat(i, 1, m_tag);
            *state = Text;
            return i + 1;
        }
        if (c == u'/' && i + 1 < n && text.at(i + 1) == u'>') {
            setFormat(i, 2, m_tag);
            *state = Text;
            return i + 2;
        }
        if (c == u'"' || c == u'\'') {
            setFormat(i, 1, m_value);
            *state = c == u'"' ? InDoubleQuoted : InSingleQuoted;
            return i + 1;
        }
        if (isNameChar(c)) {
            int j = i;
            while (j < n && isNameChar(text.at(j)))
                ++j;
            setFormat(i, j - i, m_attribute);
            i = j;
            continue;
        }
        ++i; // whitespace, '='
    }
    return n;
}

// Inside a comment, CDATA section or declaration: everything up to end takes format.
int XmlHighlighter::closeSpan(const QString &text, int from, QLatin1String end, const QTextCharFormat &format, int *state)
{
    const int close = int(text.indexOf(end, from));
    const int stop = close < 0 ? int(text.size()) : close + int(end.size());
    setFormat(from, stop - from, format);
    if (close >= 0)
        *state = Text;
    return stop;
}

} // namespace ui
