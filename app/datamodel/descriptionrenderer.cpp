#include "descriptionrenderer.h"

#include <QCoreApplication>
#include <QStringList>

namespace datamodel {

namespace {

constexpr int kMaxDepth = 8;

// The translation context of the texts below (lupdate reads it from the macro too).
struct TrText {
    Q_DECLARE_TR_FUNCTIONS(datamodel::DescriptionRenderer)
};

// "{{object|#.Bridge}}" and "{{param|##.Enable}}" are relative to the current object; in
// plain words the name is what counts.
QString plainName(QString name)
{
    while (name.startsWith(u'#'))
        name.remove(0, 1);
    if (name.startsWith(u'.'))
        name.remove(0, 1);
    if (name.endsWith(u'.'))
        name.chop(1);
    return name;
}

QString bulletList(const QStringList &items)
{
    if (items.isEmpty())
        return {};
    return QLatin1String("\n\n* ") + items.join(QLatin1String("\n* ")) + QLatin1String("\n\n");
}

QString nullValue(const Definition *item)
{
    if (!item || item->isObject() || item->syntax.isList)
        return TrText::tr("an empty string");
    switch (item->syntax.type) {
    case cwmp::ValueType::Boolean: return QStringLiteral("false");
    case cwmp::ValueType::DateTime: return QStringLiteral("0001-01-01T00:00:00Z");
    case cwmp::ValueType::Int:
    case cwmp::ValueType::UnsignedInt:
    case cwmp::ValueType::Long:
    case cwmp::ValueType::UnsignedLong:
    case cwmp::ValueType::Decimal: return QStringLiteral("0");
    default: return TrText::tr("an empty string");
    }
}

QString rangeText(const Syntax &s)
{
    QStringList parts;
    for (const Range &r : s.ranges)
        parts.append(QStringLiteral("[%1:%2]").arg(r.min, r.max));
    return parts.join(QLatin1String(", "));
}

// Splits the inside of a macro at top-level '|' (a nested {{…}} keeps its bars).
QStringList splitArgs(QStringView inside)
{
    QStringList parts;
    int depth = 0;
    qsizetype start = 0;
    for (qsizetype i = 0; i < inside.size(); ++i) {
        if (inside.sliced(i).startsWith(u"{i}")) { // an instance placeholder, not a brace
            i += 2;
        } else if (inside.sliced(i).startsWith(u"{{")) {
            ++depth;
            ++i;
        } else if (inside.sliced(i).startsWith(u"}}") && depth > 0) {
            --depth;
            ++i;
        } else if (inside.at(i) == u'|' && depth == 0) {
            parts.append(inside.sliced(start, i - start).toString());
            start = i + 1;
        }
    }
    parts.append(inside.sliced(start).toString());
    return parts;
}

} // namespace

QString DescriptionRenderer::render(const QString &raw, const Context &context)
{
    QString text = reflow(expand(raw, context, 0));
    text.remove(QLatin1String("'''"));
    text.remove(QLatin1String("''"));
    return text;
}

QString DescriptionRenderer::expand(QStringView text, const Context &context, int depth)
{
    if (!text.contains(u"{{"))
        return text.toString();
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype open = text.indexOf(u"{{", i);
        if (open < 0) {
            out.append(text.sliced(i));
            break;
        }
        out.append(text.sliced(i, open - i));
        // Find the matching "}}".
        int level = 0;
        qsizetype close = -1;
        for (qsizetype j = open; j + 1 < text.size(); ++j) {
            if (text.sliced(j).startsWith(u"{i}")) {
                j += 2;
            } else if (text.at(j) == u'{' && text.at(j + 1) == u'{') {
                ++level;
                ++j;
            } else if (text.at(j) == u'}' && text.at(j + 1) == u'}') {
                if (--level == 0) {
                    close = j;
                    break;
                }
                ++j;
            }
        }
        if (close < 0) { // unbalanced: keep the rest as it is
            out.append(text.sliced(open));
            break;
        }
        QStringList parts = splitArgs(text.sliced(open + 2, close - open - 2));
        const QString name = parts.takeFirst().trimmed();
        if (depth < kMaxDepth) {
            for (QString &a : parts)
                a = expand(a, context, depth + 1).trimmed();
            out.append(macro(name, parts, context, depth));
        }
        i = close + 2;
    }
    return out;
}

QString DescriptionRenderer::macro(const QString &name, const QStringList &args, const Context &c, int depth)
{
    const Definition *item = c.item;
    const Syntax empty;
    const Syntax &syntax = item ? item->syntax : empty;
    const QString arg0 = args.value(0);

    if (name == u"bibref")
        return args.size() > 1 && !args.at(1).isEmpty() ? QStringLiteral("[%1, %2]").arg(arg0, args.at(1))
                                                        : QStringLiteral("[%1]").arg(arg0);
    if (name == u"param" || name == u"command" || name == u"event")
        return !arg0.isEmpty() ? plainName(arg0) : (item ? item->name() : QString());
    if (name == u"object")
        return !arg0.isEmpty() ? plainName(arg0) : (c.object ? plainName(c.object->path) : QString());
    if (name == u"enum") {
        if (!arg0.isEmpty())
            return arg0;
        QStringList values;
        for (const EnumValue &e : syntax.enumerations) {
            if (e.status != Status::Deleted)
                values.append(e.value);
        }
        return bulletList(values);
    }
    if (name == u"pattern")
        return !arg0.isEmpty() ? arg0 : bulletList(syntax.patterns);
    if (name == u"units")
        return !arg0.isEmpty() ? arg0 : syntax.units;
    if (name == u"datatype") {
        if (arg0 == u"expand") {
            for (const QString &type : syntax.dataTypes) {
                const QString d = c.dataTypeDescriptions ? c.dataTypeDescriptions->value(type) : QString();
                if (!d.isEmpty() && depth < kMaxDepth)
                    return expand(d, c, depth + 1);
            }
            return {};
        }
        return !arg0.isEmpty() ? arg0 : syntax.typeName();
    }
    if (name == u"empty")
        return TrText::tr("an empty string");
    if (name == u"null")
        return nullValue(item);
    if (name == u"true" || name == u"false")
        return name;
    if (name == u"hidden" || name == u"secured")
        return TrText::tr("When read, this parameter returns an empty string, regardless of the actual value.");
    if (name == u"list")
        return !arg0.isEmpty() ? TrText::tr("Comma-separated list, %1.").arg(arg0)
                               : TrText::tr("Comma-separated list of %1 values.").arg(syntax.typeName());
    if (name == u"reference") {
        if (!arg0.isEmpty())
            return TrText::tr("The value is a reference to %1.").arg(arg0);
        const QStringList parents = [&] {
            QStringList out;
            for (const QString &p : syntax.reference.targetParents)
                out.append(plainName(p));
            return out;
        }();
        if (syntax.reference.kind == Reference::Kind::Instance)
            return TrText::tr("The value is the instance number of a row in the %1 table.")
                .arg(parents.join(QLatin1String(" or ")));
        if (!parents.isEmpty())
            return TrText::tr("The value is the path name of a row in the %1 table.").arg(parents.join(QLatin1String(" or ")));
        return TrText::tr("The value is the path name of an object or parameter.");
    }
    if (name == u"numentries")
        return c.numEntriesTable.isEmpty() ? TrText::tr("The number of entries in the table.")
                                           : TrText::tr("The number of entries in the %1 table.").arg(plainName(c.numEntriesTable));
    if (name == u"keys") {
        if (!c.object || c.object->uniqueKeys.isEmpty())
            return {};
        QStringList sentences;
        for (const UniqueKey &k : c.object->uniqueKeys) {
            sentences.append(k.parameters.size() == 1
                                 ? TrText::tr("At most one entry in this table can exist with a given value for %1.").arg(k.parameters.first())
                                 : TrText::tr("At most one entry in this table can exist with the same values for all of %1.")
                                       .arg(k.parameters.join(QLatin1String(", "))));
        }
        return sentences.join(u' ');
    }
    if (name == u"deprecated" || name == u"obsoleted" || name == u"deleted") {
        const QString what = name == u"deprecated" ? TrText::tr("deprecated") : name == u"obsoleted" ? TrText::tr("obsoleted") : TrText::tr("deleted");
        return args.size() > 1 && !args.at(1).isEmpty()
                   ? TrText::tr("This item was %1 in %2 %3.").arg(what, arg0, args.at(1))
                   : TrText::tr("This item was %1 in %2.").arg(what, arg0);
    }
    if (name == u"range")
        return rangeText(syntax);
    if (name == u"maxval" || name == u"minval") {
        for (const Range &r : syntax.ranges)
            return name == u"maxval" ? r.max : r.min;
        return {};
    }
    if (name == u"template") {
        if (!c.templates || depth >= kMaxDepth)
            return {};
        return expand(c.templates->value(arg0), c, depth + 1);
    }
    if (name == u"replaced")
        return args.value(1);
    if (name == u"removed" || name.startsWith(u"no") || name == u"section" || name == u"issue"
        || name == u"showid" || name == u"mount")
        return {};
    return arg0; // abbref, inserted, gloref, … and anything unknown: its words
}

QString DescriptionRenderer::reflow(const QString &text)
{
    QStringList paragraphs;
    QStringList lines; // of the current paragraph
    auto flush = [&] {
        if (!lines.isEmpty())
            paragraphs.append(lines.join(u'\n'));
        lines.clear();
    };
    for (QStringView raw : QStringView(text).tokenize(u'\n')) {
        const QStringView line = raw.trimmed();
        if (line.isEmpty()) {
            flush();
            continue;
        }
        const bool item = line.startsWith(u"* ") || line.startsWith(u"# ") || line.startsWith(u"** ")
                          || line.startsWith(u"## ");
        if (item || lines.isEmpty())
            lines.append(line.toString());
        else
            lines.last() += u' ' + line.toString();
    }
    flush();
    return paragraphs.join(QLatin1String("\n\n"));
}

} // namespace datamodel
