#pragma once

#include <datamodel/definition.h>

#include <QHash>
#include <QString>

namespace datamodel {

// Renders a description from the Forum's markup to readable plain text: {{…}} macros
// become words (arguments kept, layout macros dropped), '''bold''' and ''italic'' lose
// their quotes, lines are re-flowed into paragraphs separated by a blank line, and list
// items ("* …", "# …") keep a line each.
class DescriptionRenderer
{
public:
    struct Context {
        const Definition *item = nullptr;  // the object or parameter described
        const Definition *object = nullptr; // its object (itself for an object)
        QString numEntriesTable;           // for {{numentries}}: the table it counts
        const QHash<QString, QString> *templates = nullptr;
        const QHash<QString, QString> *dataTypeDescriptions = nullptr;
    };

    static QString render(const QString &raw, const Context &context);

private:
    static QString expand(QStringView text, const Context &context, int depth);
    static QString macro(const QString &name, const QStringList &args, const Context &context, int depth);
    static QString reflow(const QString &text);
};

} // namespace datamodel
