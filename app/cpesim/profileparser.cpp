#include "profileparser.h"

#include <cwmp/parameterpath.h>

#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace cpesim {

namespace {

constexpr int kMaxIncludeDepth = 8;

std::optional<cwmp::ValueType> typeFromName(const QString &name)
{
    using cwmp::ValueType;
    static const QHash<QString, ValueType> kTypes{
        {QStringLiteral("string"), ValueType::String},
        {QStringLiteral("int"), ValueType::Int},
        {QStringLiteral("unsignedInt"), ValueType::UnsignedInt},
        {QStringLiteral("long"), ValueType::Long},
        {QStringLiteral("unsignedLong"), ValueType::UnsignedLong},
        {QStringLiteral("boolean"), ValueType::Boolean},
        {QStringLiteral("dateTime"), ValueType::DateTime},
        {QStringLiteral("base64"), ValueType::Base64},
        {QStringLiteral("hexBinary"), ValueType::HexBinary},
        {QStringLiteral("decimal"), ValueType::Decimal},
    };
    const auto it = kTypes.find(name);
    if (it == kTypes.end())
        return std::nullopt;
    return *it;
}

std::optional<long double> parseBound(QStringView text)
{
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok)
        return std::nullopt;
    // Integers go through the integer parsers so that 64-bit bounds stay exact.
    if (text.front() == u'-') {
        if (const auto v = text.toLongLong(&ok); ok)
            return static_cast<long double>(v);
    } else if (const auto v = text.toULongLong(&ok); ok) {
        return static_cast<long double>(v);
    }
    return static_cast<long double>(value);
}

// The table path a concrete or pattern object path of a table belongs to:
// "Device.IP.Interface.{i}." -> "Device.IP.Interface.".
QString tablePathOf(const QString &objectPath)
{
    return objectPath.left(objectPath.size() - 4);
}

} // namespace

bool tokenizeProfileLine(QStringView line, QStringList *tokens)
{
    tokens->clear();
    qsizetype i = 0;
    const qsizetype n = line.size();
    while (i < n) {
        while (i < n && line[i].isSpace())
            ++i;
        if (i >= n || line[i] == u'#')
            break;
        QString token;
        bool quoted = false;
        while (i < n && (quoted || !line[i].isSpace())) {
            const QChar c = line[i];
            if (c == u'"') {
                quoted = !quoted;
            } else if (quoted && c == u'\\' && i + 1 < n) {
                ++i;
                token.append(line[i]);
            } else {
                token.append(c);
            }
            ++i;
        }
        if (quoted)
            return false;
        tokens->append(token);
    }
    return true;
}

std::optional<QList<quint32>> parseInstanceList(QStringView text)
{
    QList<quint32> result;
    if (text == u"none")
        return result;
    for (QStringView part : text.split(u',')) {
        const qsizetype dash = part.indexOf(u'-');
        const auto first = cwmp::ParameterPath::instanceNumber(dash < 0 ? part : part.left(dash));
        const auto last = dash < 0 ? first : cwmp::ParameterPath::instanceNumber(part.mid(dash + 1));
        if (!first || !last || *last < *first || *last - *first > 1'000'000)
            return std::nullopt;
        for (quint32 v = *first; v <= *last; ++v)
            result.append(v);
    }
    std::sort(result.begin(), result.end());
    result.erase(std::unique(result.begin(), result.end()), result.end());
    return result;
}

ProfileLoadResult ProfileParser::parse(const QString &text, const QString &fileName)
{
    m_profile = std::make_shared<Profile>();
    m_profile->m_name = QFileInfo(fileName).completeBaseName();
    m_error.clear();
    if (!parseText(text, fileName, 0))
        return {nullptr, m_error};
    m_file = fileName;
    m_line = 0;
    if (!link())
        return {nullptr, m_error};
    return {m_profile, QString()};
}

bool ProfileParser::fail(const QString &message)
{
    m_error = m_line > 0 ? QStringLiteral("%1:%2: %3").arg(m_file).arg(m_line).arg(message)
                         : QStringLiteral("%1: %2").arg(m_file, message);
    return false;
}

bool ProfileParser::parseText(const QString &text, const QString &fileName, int depth)
{
    const QList<QStringView> lines = QStringView(text).split(u'\n');
    QStringList tokens;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        m_file = fileName;
        m_line = int(i + 1);
        if (!tokenizeProfileLine(lines[i], &tokens))
            return fail(QStringLiteral("unterminated quote"));
        if (tokens.isEmpty())
            continue;
        if (!parseLine(tokens, fileName, depth))
            return false;
    }
    return true;
}

bool ProfileParser::parseLine(const QStringList &tokens, const QString &fileName, int depth)
{
    const QString &keyword = tokens[0];
    if (keyword == u"object")
        return addObject(tokens);
    if (keyword == u"param")
        return addParameter(tokens);
    if (keyword == u"default" || keyword == u"flags")
        return setDefault(tokens);
    if (keyword == u"instances")
        return setInstances(tokens);
    if (keyword == u"var") {
        if (tokens.size() != 3)
            return fail(QStringLiteral("expected: var <name> <default>"));
        m_profile->m_variables.insert(tokens[1], tokens[2]);
        return true;
    }
    if (keyword == u"include") {
        if (tokens.size() != 2)
            return fail(QStringLiteral("expected: include <file>"));
        if (depth >= kMaxIncludeDepth)
            return fail(QStringLiteral("includes nested too deeply"));
        const QString path = QFileInfo(tokens[1]).isAbsolute()
                                 ? tokens[1]
                                 : QFileInfo(fileName).path() + u'/' + tokens[1];
        if (m_includeStack.contains(path))
            return fail(QStringLiteral("include cycle through %1").arg(tokens[1]));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read included file %1").arg(tokens[1]));
        const QString text = QString::fromUtf8(file.readAll());
        const int line = m_line;
        m_includeStack.insert(path);
        const bool ok = parseText(text, path, depth + 1);
        m_includeStack.remove(path);
        if (ok) {
            m_file = fileName;
            m_line = line;
        }
        return ok;
    }
    return fail(QStringLiteral("unknown keyword \"%1\"").arg(keyword));
}

bool ProfileParser::addObject(const QStringList &tokens)
{
    if (tokens.size() < 2)
        return fail(QStringLiteral("expected: object <path.> [table] [writable] [max=N] [entries=NAME] [instances=LIST]"));
    const QString &pattern = tokens[1];
    using namespace cwmp::ParameterPath;
    if (!isPartialPath(pattern) || !isValidPath(pattern, Syntax::Placeholders))
        return fail(QStringLiteral("\"%1\" is not an object path").arg(pattern));
    if (m_profile->m_objectByPattern.contains(pattern))
        return fail(QStringLiteral("object %1 declared twice").arg(pattern));
    ObjectTemplate object;
    object.pattern = pattern;
    object.isTable = pattern.endsWith(u"{i}.");
    const QString own = object.isTable ? tablePathOf(pattern) : pattern;
    object.name = leafName(own).toString();
    for (qsizetype i = 2; i < tokens.size(); ++i) {
        const QString &flag = tokens[i];
        if (flag == u"table") {
            if (!object.isTable)
                return fail(QStringLiteral("a table path ends with {i}."));
        } else if (flag == u"writable") {
            object.writable = true;
        } else if (flag.startsWith(u"max=")) {
            bool ok = false;
            object.maxEntries = flag.mid(4).toUInt(&ok);
            if (!ok)
                return fail(QStringLiteral("bad max=%1").arg(flag.mid(4)));
        } else if (flag.startsWith(u"entries=")) {
            object.entriesParameter = flag.mid(8);
            if (object.entriesParameter.isEmpty())
                return fail(QStringLiteral("entries= needs a parameter name"));
        } else if (flag.startsWith(u"instances=")) {
            const auto list = parseInstanceList(QStringView(flag).mid(10));
            if (!list)
                return fail(QStringLiteral("bad instance list \"%1\"").arg(flag.mid(10)));
            object.defaultInstances = *list;
        } else {
            return fail(QStringLiteral("unknown object flag \"%1\"").arg(flag));
        }
    }
    if ((object.writable || !object.defaultInstances.isEmpty() || object.maxEntries || !object.entriesParameter.isEmpty())
        && !object.isTable)
        return fail(QStringLiteral("writable, max=, entries= and instances= apply to tables only"));
    m_profile->m_objectByPattern.insert(pattern, int(m_profile->m_objects.size()));
    m_profile->m_objects.append(object);
    return true;
}

bool ProfileParser::addParameter(const QStringList &tokens)
{
    if (tokens.size() < 5)
        return fail(QStringLiteral("expected: param <path> <type> <R|W> <value> [flags]"));
    ParameterMeta meta;
    meta.pattern = tokens[1];
    using namespace cwmp::ParameterPath;
    if (isPartialPath(meta.pattern) || !isValidPath(meta.pattern, Syntax::Placeholders))
        return fail(QStringLiteral("\"%1\" is not a parameter name").arg(meta.pattern));
    if (m_profile->m_paramByPattern.contains(meta.pattern))
        return fail(QStringLiteral("parameter %1 declared twice").arg(meta.pattern));
    meta.name = leafName(meta.pattern).toString();
    const auto type = typeFromName(tokens[2]);
    if (!type)
        return fail(QStringLiteral("unknown type \"%1\"").arg(tokens[2]));
    meta.type = *type;
    if (tokens[3] != u"R" && tokens[3] != u"W")
        return fail(QStringLiteral("access must be R or W, not \"%1\"").arg(tokens[3]));
    meta.writable = tokens[3] == u"W";
    meta.defaultValue = tokens[4];
    if (!applyFlags(meta, tokens, 5))
        return false;
    m_profile->m_paramByPattern.insert(meta.pattern, int(m_profile->m_params.size()));
    m_profile->m_params.append(meta);
    return true;
}

bool ProfileParser::applyFlags(ParameterMeta &meta, const QStringList &flags, qsizetype from)
{
    for (qsizetype i = from; i < flags.size(); ++i) {
        const QString &flag = flags[i];
        const qsizetype eq = flag.indexOf(u'=');
        const QString key = eq < 0 ? flag : flag.left(eq);
        const QString arg = eq < 0 ? QString() : flag.mid(eq + 1);
        if (key == u"len") {
            const qsizetype dots = arg.indexOf(QStringLiteral(".."));
            if (dots < 0)
                return fail(QStringLiteral("len= needs min..max"));
            bool ok1 = true, ok2 = true;
            meta.minLength.reset();
            meta.maxLength.reset();
            if (dots > 0)
                meta.minLength = arg.left(dots).toLongLong(&ok1);
            if (dots + 2 < arg.size())
                meta.maxLength = arg.mid(dots + 2).toLongLong(&ok2);
            if (!ok1 || !ok2)
                return fail(QStringLiteral("bad len=%1").arg(arg));
        } else if (key == u"range") {
            meta.ranges.clear();
            for (const QString &part : arg.split(u',')) {
                const qsizetype dots = part.indexOf(QStringLiteral(".."));
                if (dots < 0)
                    return fail(QStringLiteral("range= needs min..max"));
                ParameterMeta::Range range{parseBound(QStringView(part).left(dots)),
                                           parseBound(QStringView(part).mid(dots + 2))};
                if ((dots > 0 && !range.min) || (dots + 2 < part.size() && !range.max))
                    return fail(QStringLiteral("bad range bound in \"%1\"").arg(part));
                meta.ranges.append(range);
            }
        } else if (key == u"enum") {
            meta.enumValues.clear();
            meta.enumReadOnly.clear();
            for (QString value : arg.split(u'|')) {
                const bool readOnly = value.endsWith(u'!');
                if (readOnly)
                    value.chop(1);
                if (meta.enumValues.contains(value))
                    continue;
                meta.enumValues.append(value);
                meta.enumReadOnly.append(readOnly);
            }
        } else if (key == u"list") {
            meta.isList = true;
            meta.maxItems = arg.isEmpty() ? 0 : arg.toInt();
        } else if (key == u"hidden") {
            meta.hidden = true;
        } else if (key == u"forced") {
            meta.forcedInform = true;
        } else if (key == u"reboot") {
            meta.needsReboot = true;
        } else if (key == u"active") {
            if (arg == u"force")
                meta.activeNotify = ActiveNotify::ForceEnabled;
            else if (arg == u"default")
                meta.activeNotify = ActiveNotify::ForceDefaultEnabled;
            else if (arg == u"deny")
                meta.activeNotify = ActiveNotify::CanDeny;
            else if (arg == u"normal")
                meta.activeNotify = ActiveNotify::Normal;
            else
                return fail(QStringLiteral("active= is force, default, deny or normal"));
        } else if (key == u"notify") {
            bool ok = false;
            meta.defaultNotification = arg.toInt(&ok);
            if (!ok || meta.defaultNotification < 0 || meta.defaultNotification > 2)
                return fail(QStringLiteral("notify= is 0, 1 or 2"));
        } else if (key == u"gen") {
            const qsizetype colon = arg.indexOf(u':');
            const QString kind = colon < 0 ? arg : arg.left(colon);
            bool ok = true;
            meta.rate = colon < 0 ? 0 : arg.mid(colon + 1).toDouble(&ok);
            if (!ok)
                return fail(QStringLiteral("bad generator argument in \"%1\"").arg(arg));
            static const QHash<QString, Generator> kGenerators{
                {QStringLiteral("uptime"), Generator::Uptime},
                {QStringLiteral("counter"), Generator::Counter},
                {QStringLiteral("flap"), Generator::Flap},
                {QStringLiteral("clock"), Generator::Clock},
                {QStringLiteral("gauge"), Generator::Gauge},
                {QStringLiteral("none"), Generator::None},
            };
            if (!kGenerators.contains(kind))
                return fail(QStringLiteral("unknown generator \"%1\"").arg(kind));
            meta.generator = kGenerators.value(kind);
            if ((meta.generator == Generator::Counter || meta.generator == Generator::Flap
                 || meta.generator == Generator::Gauge)
                && meta.rate <= 0)
                return fail(QStringLiteral("gen=%1 needs a positive :argument").arg(kind));
        } else {
            return fail(QStringLiteral("unknown parameter flag \"%1\"").arg(flag));
        }
    }
    meta.isTemplate = meta.defaultValue.contains(u'{') || meta.defaultValue.contains(u"${");
    if (!meta.isTemplate && !meta.isList
        && !cwmp::isValidValue(meta.type, meta.defaultValue)
        && !(meta.type == cwmp::ValueType::DateTime && meta.defaultValue.startsWith(u"0001-")))
        return fail(QStringLiteral("value \"%1\" is not a valid %2")
                        .arg(meta.defaultValue, cwmp::xsdName(meta.type)));
    return true;
}

bool ProfileParser::setDefault(const QStringList &tokens)
{
    const bool flagsOnly = tokens[0] == u"flags";
    if (tokens.size() < (flagsOnly ? 3 : 3))
        return fail(flagsOnly ? QStringLiteral("expected: flags <path> <flag>...")
                              : QStringLiteral("expected: default <path> <value> [flags]"));
    const QString &path = tokens[1];
    const QString pattern = cwmp::ParameterPath::toPattern(path);
    const int index = m_profile->m_paramByPattern.value(pattern, -1);
    if (index < 0)
        return fail(QStringLiteral("unknown parameter %1").arg(pattern));
    ParameterMeta &meta = m_profile->m_params[index];
    if (pattern != path) {
        // A concrete path: a factory value for that one parameter.
        if (flagsOnly || tokens.size() != 3)
            return fail(QStringLiteral("flags apply to parameter templates ({i}), not to %1").arg(path));
        m_profile->m_valueOverrides.insert(path, tokens[2]);
        return true;
    }
    if (!flagsOnly)
        meta.defaultValue = tokens[2];
    return applyFlags(meta, tokens, flagsOnly ? 2 : 3);
}

bool ProfileParser::setInstances(const QStringList &tokens)
{
    if (tokens.size() != 3 || !tokens[1].endsWith(u"{i}."))
        return fail(QStringLiteral("expected: instances <table path ending {i}.> <list>"));
    const QString pattern = cwmp::ParameterPath::toPattern(tokens[1]);
    const int object = m_profile->m_objectByPattern.value(pattern, -1);
    if (object < 0)
        return fail(QStringLiteral("unknown table %1").arg(pattern));
    const auto list = parseInstanceList(tokens[2]);
    if (!list)
        return fail(QStringLiteral("bad instance list \"%1\"").arg(tokens[2]));
    if (pattern == tokens[1])
        m_profile->m_objects[object].defaultInstances = *list;
    else
        m_profile->m_concreteInstances.insert(tablePathOf(tokens[1]), *list);
    return true;
}

bool ProfileParser::link()
{
    Profile &p = *m_profile;
    if (p.m_objects.isEmpty())
        return fail(QStringLiteral("no objects"));
    const ObjectTemplate &root = p.m_objects[0];
    if (root.isTable || root.pattern.count(u'.') != 1)
        return fail(QStringLiteral("the first object must be the root (\"Device.\")"));
    for (int i = 1; i < p.m_objects.size(); ++i) {
        ObjectTemplate &object = p.m_objects[i];
        const QString own = object.isTable ? tablePathOf(object.pattern) : object.pattern;
        const QString parentPattern = cwmp::ParameterPath::parentPath(own).toString();
        const int parent = p.m_objectByPattern.value(parentPattern, -1);
        if (parent < 0)
            return fail(QStringLiteral("object %1 has no parent object %2")
                            .arg(object.pattern, parentPattern));
        object.parent = parent;
        ObjectTemplate &up = p.m_objects[parent];
        if (up.childByName.contains(object.name))
            return fail(QStringLiteral("%1 is declared as both object and parameter").arg(object.pattern));
        up.childObjects.append(i);
        up.childByName.insert(object.name, -i - 1);
    }
    for (int i = 0; i < p.m_params.size(); ++i) {
        ParameterMeta &meta = p.m_params[i];
        const QString parentPattern = cwmp::ParameterPath::parentPath(meta.pattern).toString();
        const int parent = p.m_objectByPattern.value(parentPattern, -1);
        if (parent < 0)
            return fail(QStringLiteral("parameter %1 has no object %2").arg(meta.pattern, parentPattern));
        meta.object = parent;
        ObjectTemplate &up = p.m_objects[parent];
        if (up.childByName.contains(meta.name))
            return fail(QStringLiteral("%1 is declared as both object and parameter").arg(meta.pattern));
        up.params.append(i);
        up.childByName.insert(meta.name, i);
        if (meta.forcedInform)
            p.m_forced.append(i);
        if (meta.defaultNotification != 0 || meta.activeNotify == ActiveNotify::ForceEnabled
            || meta.activeNotify == ActiveNotify::ForceDefaultEnabled)
            p.m_notifying.append(i);
    }
    // TR-106 §A.2.3.2 (numEntriesParameter): a table's counter is the parent's
    // <Table>NumberOfEntries; the device computes it from the live instance list.
    for (int i = 1; i < p.m_objects.size(); ++i) {
        const ObjectTemplate &object = p.m_objects[i];
        if (!object.isTable)
            continue;
        const QString counterName = object.entriesParameter.isEmpty() ? object.name + QStringLiteral("NumberOfEntries")
                                                                      : object.entriesParameter;
        const int counter = p.m_objects[object.parent].childByName.value(counterName, -1);
        if (counter >= 0)
            p.m_params[counter].countsTable = i;
    }
    countDefaultTree(0, root.pattern, true);
    return true;
}

void ProfileParser::countDefaultTree(int objectIndex, const QString &path, bool inDefault)
{
    const ObjectTemplate &object = m_profile->m_objects[objectIndex];
    m_profile->m_parameterCount += object.params.size();
    for (int child : object.childObjects) {
        const ObjectTemplate &c = m_profile->m_objects[child];
        if (!c.isTable) {
            countDefaultTree(child, path + c.name + u'.', inDefault);
            continue;
        }
        const QString table = path + c.name + u'.';
        for (quint32 n : m_profile->defaultInstances(table, child))
            countDefaultTree(child, table + QString::number(n) + u'.', inDefault);
    }
}

} // namespace cpesim
