#pragma once

// Colours XML in a text document: tags, attribute names, attribute values, comments,
// CDATA and declarations. Optionally the document starts with HTTP headers (up to the
// first blank line), whose names are set off too.

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace ui {

class XmlHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit XmlHighlighter(QTextDocument *document = nullptr);

    void setStartsWithHeaders(bool headers);

protected:
    void highlightBlock(const QString &text) override;

private:
    enum State {
        Headers = 1,
        Text,
        InTag,
        InDoubleQuoted,
        InSingleQuoted,
        InComment,
        InCData,
        InDeclaration, // <?...?> and <!DOCTYPE ...>
    };

    int tagStart(const QString &text, int from, int *state);
    int continueTag(const QString &text, int from, int *state);
    int closeSpan(const QString &text, int from, QLatin1String end, const QTextCharFormat &format, int *state);

    bool m_headers = false;
    QTextCharFormat m_headerName;
    QTextCharFormat m_tag;
    QTextCharFormat m_attribute;
    QTextCharFormat m_value;
    QTextCharFormat m_comment;
    QTextCharFormat m_cdata;
    QTextCharFormat m_declaration;
};

} // namespace ui
