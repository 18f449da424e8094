#include "xmltext.h"

namespace cwmp::internal {

namespace {

bool startsWithUtf16Bom(QByteArrayView b)
{
    return b.size() >= 2
           && ((uchar(b[0]) == 0xFF && uchar(b[1]) == 0xFE) || (uchar(b[0]) == 0xFE && uchar(b[1]) == 0xFF));
}

// The encoding pseudo-attribute of the XML declaration (XML 1.0 §4.3.3), or empty.
QByteArray declaredEncoding(QByteArrayView b)
{
    if (!b.startsWith("<?xml"))
        return {};
    const qsizetype end = b.indexOf("?>");
    if (end < 0)
        return {};
    const QByteArrayView decl = b.first(end);
    const qsizetype at = decl.indexOf("encoding");
    if (at < 0)
        return {};
    qsizetype i = at + 8;
    while (i < decl.size() && (decl[i] == ' ' || decl[i] == '=' || decl[i] == '\t'))
        ++i;
    if (i >= decl.size() || (decl[i] != '"' && decl[i] != '\''))
        return {};
    const char quote = decl[i];
    const qsizetype close = decl.indexOf(quote, i + 1);
    return close < 0 ? QByteArray() : decl.sliced(i + 1, close - i - 1).toByteArray().toLower();
}

// Offset of the first byte that breaks UTF-8 (RFC 3629), for the error message.
qsizetype firstInvalidUtf8(QByteArrayView b)
{
    qsizetype i = 0;
    while (i < b.size()) {
        const uchar c = uchar(b[i]);
        int extra = 0;
        uint minimum = 0;
        uint code = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            extra = 1, minimum = 0x80, code = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2, minimum = 0x800, code = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3, minimum = 0x10000, code = c & 0x07;
        } else {
            return i;
        }
        if (i + extra >= b.size())
            return i;
        for (int k = 1; k <= extra; ++k) {
            const uchar n = uchar(b[i + k]);
            if ((n & 0xC0) != 0x80)
                return i;
            code = (code << 6) | (n & 0x3F);
        }
        if (code < minimum || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return i;
        i += extra + 1;
    }
    return -1;
}

} // namespace

XmlText prepareXmlText(const QByteArray &xml)
{
    XmlText out;
    QByteArrayView b(xml);
    if (b.startsWith("\xEF\xBB\xBF"))
        b = b.sliced(3);
    if (startsWithUtf16Bom(b)) {
        out.bytes = xml;
        return out;
    }
    while (!b.isEmpty() && (b[0] == ' ' || b[0] == '\t' || b[0] == '\r' || b[0] == '\n'))
        b = b.sliced(1);

    // Share the caller's buffer unless something was stripped off its front.
    const QByteArray kept = b.size() == xml.size() ? xml : b.toByteArray();
    const QByteArray encoding = declaredEncoding(b);
    if (!encoding.isEmpty() && encoding != "utf-8" && encoding != "utf8") {
        out.bytes = kept; // ISO-8859-1 and the like: QXmlStreamReader decodes them
        return out;
    }
    // UTF-8, declared or by default (XML 1.0 §4.3.3).
    out.bytes = kept;
    const qsizetype at = firstInvalidUtf8(b);
    if (at >= 0) {
        const QByteArrayView before = b.first(at);
        out.error.kind = DecodeError::InvalidEncoding;
        out.error.line = before.count('\n') + 1;
        out.error.column = at - (before.lastIndexOf('\n') + 1) + 1;
        out.error.reason = QStringLiteral("byte 0x%1 at line %2, column %3 is not valid UTF-8")
                               .arg(uchar(b[at]), 2, 16, QLatin1Char('0'))
                               .arg(out.error.line)
                               .arg(out.error.column);
    }
    return out;
}

} // namespace cwmp::internal
