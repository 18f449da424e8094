#include "parameterpath.h"

#include <QCoreApplication>

#include <limits>

namespace cwmp::ParameterPath {

namespace {

// TR-106 Alias data type (tr-106-types.xml, _AliasCommon/_AliasCWMP): string(64), not
// empty, starting with a letter.
constexpr qsizetype kMaxAliasLength = 64;
// 4294967295 has ten digits.
constexpr qsizetype kMaxInstanceDigits = 10;

// The translation context of the texts below (lupdate reads it from the macro too).
struct TrText {
    Q_DECLARE_TR_FUNCTIONS(cwmp::ParameterPath)
};

void setWhy(QString *why, QString text)
{
    if (why)
        *why = std::move(text);
}

constexpr bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

constexpr bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// The path without the trailing dot of a partial path: its segments are then exactly the
// dot-separated pieces.
QStringView body(QStringView path)
{
    return isPartialPath(path) ? path.chopped(1) : path;
}

bool isName(QStringView segment)
{
    if (segment.isEmpty() || !(isAsciiLetter(segment[0]) || segment[0] == u'_'))
        return false;
    for (const QChar c : segment.sliced(1)) {
        if (!isAsciiLetter(c) && !isAsciiDigit(c) && c != u'_' && c != u'-')
            return false;
    }
    return true;
}

bool isAlias(QStringView segment)
{
    return segment.size() >= 2 && segment.front() == u'[' && segment.back() == u']';
}

// Checks the text between the brackets of "[alias]".
bool isValidAliasText(QStringView alias)
{
    if (alias.isEmpty() || alias.size() > kMaxAliasLength || !isAsciiLetter(alias[0]))
        return false;
    for (const QChar c : alias) {
        if (c == u'[' || c == u']' || c.isSpace())
            return false;
    }
    return true;
}

bool allDigits(QStringView segment)
{
    for (const QChar c : segment) {
        if (!isAsciiDigit(c))
            return false;
    }
    return !segment.isEmpty();
}

} // namespace

bool isPartialPath(QStringView path)
{
    return !path.isEmpty() && path.back() == u'.';
}

bool isValidPath(QStringView path, SyntaxFlags syntax, QString *why)
{
    if (path.isEmpty()) {
        setWhy(why, TrText::tr("The path is empty"));
        return false;
    }
    if (path.size() > kMaxLength) {
        setWhy(why, TrText::tr("The path is longer than %1 characters").arg(kMaxLength));
        return false;
    }
    bool previousWasName = false;
    bool first = true;
    for (const QStringView segment : body(path).tokenize(u'.')) {
        if (segment.isEmpty()) {
            setWhy(why, TrText::tr("The path has an empty name between two dots"));
            return false;
        }
        if (isName(segment)) {
            previousWasName = true;
            first = false;
            continue;
        }
        // Everything else stands for an instance, which only a table (a name) can have.
        if (allDigits(segment)) {
            if (!instanceNumber(segment)) {
                setWhy(why, TrText::tr("'%1' is not an instance number (1 to 4294967295, no leading "
                               "zeros)")
                                .arg(segment));
                return false;
            }
        } else if (segment == kInstancePlaceholder) {
            if (!(syntax & Syntax::Placeholders)) {
                setWhy(why, TrText::tr("The placeholder {i} is only allowed in data-model names"));
                return false;
            }
        } else if (segment == u"*") {
            if (!(syntax & Syntax::Wildcards)) {
                setWhy(why, TrText::tr("Instance wildcards (*) are not allowed here"));
                return false;
            }
        } else if (isAlias(segment)) {
            if (!(syntax & Syntax::Aliases)) {
                setWhy(why, TrText::tr("Alias-based addressing ([alias]) is not allowed here"));
                return false;
            }
            if (!isValidAliasText(segment.sliced(1, segment.size() - 2))) {
                setWhy(why, TrText::tr("'%1' is not a valid alias (1 to 64 characters, starting with a "
                               "letter)")
                                .arg(segment));
                return false;
            }
        } else {
            setWhy(why, TrText::tr("'%1' is not a valid name (letters, digits, '_' and '-', starting "
                           "with a letter or '_')")
                            .arg(segment));
            return false;
        }
        if (first || !previousWasName) {
            setWhy(why, TrText::tr("The instance '%1' does not follow a table name").arg(segment));
            return false;
        }
        previousWasName = false;
        first = false;
    }
    return true;
}

QList<QStringView> split(QStringView path)
{
    QList<QStringView> segments;
    if (path.isEmpty())
        return segments;
    const QStringView rest = body(path);
    segments.reserve(rest.count(u'.') + 1);
    for (const QStringView segment : rest.tokenize(u'.'))
        segments.append(segment);
    return segments;
}

QStringView parentPath(QStringView path)
{
    const QStringView rest = body(path);
    const qsizetype dot = rest.lastIndexOf(u'.');
    return dot < 0 ? QStringView() : path.first(dot + 1);
}

QStringView leafName(QStringView path)
{
    const QStringView rest = body(path);
    return rest.sliced(rest.lastIndexOf(u'.') + 1);
}

std::optional<quint32> instanceNumber(QStringView segment)
{
    if (segment.isEmpty() || segment.size() > kMaxInstanceDigits || segment[0] == u'0')
        return std::nullopt;
    quint64 value = 0;
    for (const QChar c : segment) {
        if (!isAsciiDigit(c))
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
    }
    if (value > std::numeric_limits<quint32>::max())
        return std::nullopt;
    return quint32(value);
}

bool isInstanceSegment(QStringView segment)
{
    if (segment.isEmpty())
        return false;
    const QChar c = segment[0];
    if (isAsciiDigit(c))
        return instanceNumber(segment).has_value();
    if (c == u'[')
        return isAlias(segment);
    return segment == u"*" || segment == kInstancePlaceholder;
}

QString toPattern(QStringView path)
{
    QString pattern;
    pattern.reserve(path.size() + 8);
    bool first = true;
    for (const QStringView segment : body(path).tokenize(u'.')) {
        if (!first)
            pattern.append(u'.');
        // The first segment is the root object and never an instance.
        pattern.append(!first && isInstanceSegment(segment) ? kInstancePlaceholder : segment);
        first = false;
    }
    if (isPartialPath(path))
        pattern.append(u'.');
    return pattern;
}

bool matchesPattern(QStringView path, QStringView pattern)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (true) {
        const qsizetype pathDot = path.indexOf(u'.', i);
        const qsizetype patternDot = pattern.indexOf(u'.', j);
        const QStringView segment = path.sliced(i, (pathDot < 0 ? path.size() : pathDot) - i);
        const QStringView wanted =
            pattern.sliced(j, (patternDot < 0 ? pattern.size() : patternDot) - j);
        if (wanted == kInstancePlaceholder || wanted == u"*") {
            if (!isInstanceSegment(segment))
                return false;
        } else if (segment != wanted) {
            return false;
        }
        if (pathDot < 0 || patternDot < 0)
            return pathDot < 0 && patternDot < 0;
        i = pathDot + 1;
        j = patternDot + 1;
        // Both partial paths end here together, or one of them is longer.
        if (i == path.size() || j == pattern.size())
            return i == path.size() && j == pattern.size();
    }
}

bool isUnder(QStringView path, QStringView partialPath)
{
    if (partialPath.isEmpty())
        return true;
    if (isPartialPath(partialPath))
        return path.startsWith(partialPath);
    return path == partialPath;
}

} // namespace cwmp::ParameterPath
