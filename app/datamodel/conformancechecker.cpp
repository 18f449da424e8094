#include "conformancechecker.h"

#include "validator.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace datamodel {

namespace {

using Category = ConformanceFinding::Category;

// "2.19" < "2.19.1" < "2.20"; an empty version sorts first (it was always there).
int compareVersions(QStringView a, QStringView b)
{
    const auto parts = [](QStringView v) {
        QList<int> out;
        for (QStringView p : v.split(u'.', Qt::SkipEmptyParts))
            out.append(p.toInt());
        return out;
    };
    const QList<int> x = parts(a);
    const QList<int> y = parts(b);
    for (qsizetype i = 0; i < qMax(x.size(), y.size()); ++i) {
        const int l = i < x.size() ? x.at(i) : 0;
        const int r = i < y.size() ? y.at(i) : 0;
        if (l != r)
            return l < r ? -1 : 1;
    }
    return 0;
}

bool isInstanceNumber(QStringView segment)
{
    return !segment.isEmpty() && std::all_of(segment.begin(), segment.end(), [](QChar c) { return c.isDigit(); });
}

// TR-106 §3.3: vendor-specific names start with "X_<VENDOR>_".
bool hasVendorSegment(QStringView path)
{
    for (QStringView segment : path.split(u'.'))
        if (segment.startsWith(u"X_"))
            return true;
    return false;
}

// The last segment of an object path "A.B.3." -> "3", of a parameter "A.B.C" -> "C".
QStringView lastSegment(QStringView path)
{
    if (path.endsWith(u'.'))
        path.chop(1);
    const qsizetype dot = path.lastIndexOf(u'.');
    return dot < 0 ? path : path.sliced(dot + 1);
}

// "A.B.3." -> "A.B.", "A.B.C" -> "A.B."
QString parentOf(QStringView path)
{
    if (path.endsWith(u'.'))
        path.chop(1);
    const qsizetype dot = path.lastIndexOf(u'.');
    return dot < 0 ? QString() : path.first(dot + 1).toString();
}

QString writableWord(bool writable)
{
    return writable ? QStringLiteral("writable") : QStringLiteral("read-only");
}

ConformanceFinding finding(const QString &path, Category category, const QString &expected, const QString &actual,
                           const QString &message)
{
    return ConformanceFinding{path, category, expected, actual, message};
}

} // namespace

ConformanceChecker::ConformanceChecker(const DataModel &model, QList<DataModel> vendorModels)
    : m_model(model)
    , m_vendorModels(std::move(vendorModels))
{
    for (const Definition &d : m_model.definitions()) {
        if (d.isTable() && !d.numEntriesParameter.isEmpty())
            m_countedTables.insert(d.parentPath() + d.numEntriesParameter, d.path);
    }
}

const Definition *ConformanceChecker::lookup(const QString &path) const
{
    if (const Definition *d = m_model.find(path))
        return d;
    for (const DataModel &vendor : m_vendorModels) {
        if (const Definition *d = vendor.find(path))
            return d;
    }
    return nullptr;
}

QString ConformanceChecker::claimedVersion(const DeviceTree &tree) const
{
    QString claimed;
    const QString root = m_model.rootName();
    if (const auto it = tree.constFind(root + QLatin1String(".RootDataModelVersion")); it != tree.cend())
        claimed = it->value.trimmed();
    if (claimed.isEmpty()) {
        // TR-106 §3.7 DeviceSummary: "InternetGatewayDevice:1.4[](Baseline:1, …)".
        static const QRegularExpression summary(QStringLiteral("^\\s*([A-Za-z_][A-Za-z0-9_]*):(\\d+\\.\\d+)"));
        const auto it = tree.constFind(root + QLatin1String(".DeviceSummary"));
        if (it != tree.cend()) {
            const QRegularExpressionMatch m = summary.match(it->value);
            if (m.hasMatch() && m.captured(1) == root)
                claimed = m.captured(2);
        }
    }
    if (claimed.isEmpty() || claimed.section(u'.', 0, 0).toInt() != m_model.majorVersion())
        return m_model.version();
    return claimed;
}

// The rule for "required": TR-181 and TR-098 make support of a parameter mandatory through
// profiles, which a device's tree does not name. What a tree does show is which objects the
// device implements; an implemented object is expected to carry every parameter its
// definition gives it in the model version the device claims (that is what the
// SupportedDataModel / DeviceSummary announcement promises an ACS). Excluded are
// parameters introduced in a later version than the claimed one (an older firmware cannot
// know them) and those deprecated, obsoleted or deleted (TR-106 §3.8: a CPE may drop them).
bool ConformanceChecker::isRequired(const Definition &definition, const QString &claimedVersion)
{
    if (definition.status != Status::Current)
        return false;
    return definition.version.isEmpty() || claimedVersion.isEmpty()
           || compareVersions(definition.version, claimedVersion) <= 0;
}

ConformanceReport ConformanceChecker::check(const DeviceTree &tree, const QString &deviceId) const
{
    ConformanceReport report;
    report.deviceId = deviceId;
    report.modelName = m_model.name();
    report.claimedVersion = claimedVersion(tree);
    report.checkedAtMs = QDateTime::currentMSecsSinceEpoch();

    // Every object the tree implies, explicitly listed or an ancestor of a parameter, and
    // the rows of every table.
    QSet<QString> objects;
    QHash<QString, QSet<QString>> rows; // "Device.IP.Interface." -> {"1", "2"}
    for (auto it = tree.cbegin(); it != tree.cend(); ++it) {
        const QString &path = it.key();
        for (qsizetype dot = path.indexOf(u'.'); dot >= 0; dot = path.indexOf(u'.', dot + 1))
            objects.insert(path.first(dot + 1));
    }
    for (const QString &object : std::as_const(objects)) {
        const QStringView segment = lastSegment(object);
        if (isInstanceNumber(segment))
            rows[parentOf(object)].insert(segment.toString());
    }

    QStringList paths(objects.cbegin(), objects.cend());
    for (auto it = tree.cbegin(); it != tree.cend(); ++it) {
        if (!it.key().endsWith(u'.'))
            paths.append(it.key());
    }
    std::sort(paths.begin(), paths.end());

    // Unknown names, reported once at the topmost unknown node; what lies below is counted.
    QString unknownPrefix;
    int unknownIndex = -1;
    int below = 0;
    const auto closeUnknown = [&] {
        if (unknownIndex >= 0 && below > 0)
            report.findings[unknownIndex].actual = tr("%1 items below it").arg(below);
        unknownIndex = -1;
        below = 0;
        unknownPrefix.clear();
    };
    for (const QString &path : std::as_const(paths)) {
        const bool isObject = path.endsWith(u'.');
        if (!unknownPrefix.isEmpty()) {
            if (path.startsWith(unknownPrefix)) {
                if (!isObject)
                    ++below;
                continue;
            }
            closeUnknown();
        }
        isObject ? ++report.objectsChecked : ++report.parametersChecked;
        const Definition *def = lookup(path);
        if (!def || def->isObject() != isObject) {
            const bool vendor = hasVendorSegment(path);
            const Category category = vendor ? Category::VendorExtension
                                             : (isObject ? Category::UnknownObject : Category::UnknownParameter);
            QString message;
            if (vendor)
                message = tr("A vendor extension; no imported definition describes it.");
            else if (isObject)
                message = tr("The object is not defined in %1.").arg(m_model.name());
            else
                message = tr("The parameter is not defined in %1.").arg(m_model.name());
            report.findings.append(finding(path, category, tr("not defined"), tr("present"), message));
            if (isObject) {
                unknownPrefix = path;
                unknownIndex = int(report.findings.size() - 1);
            }
            continue;
        }
        const auto node = tree.constFind(path);
        if (!isObject) {
            checkParameter(path, *node, *def, report);
            continue;
        }
        if (node != tree.cend() && def->isTable())
            checkTableAccess(path, *node, *def, report);
        // Missing parameters, in instances and single objects (not in a table's own path).
        const bool tablePath = DataModel::normalise(path) != def->path;
        if (tablePath || !isRequired(*def, QString()))
            continue;
        for (const Definition *child : m_model.children(def->path)) {
            if (!child->isParameter() || !isRequired(*child, report.claimedVersion))
                continue;
            const QString childPath = path + child->name();
            if (!tree.contains(childPath)) {
                report.findings.append(finding(childPath, Category::MissingParameter, tr("present"), tr("absent"),
                                               tr("%1 defines this parameter for the object since version %2, "
                                                  "and the device claims version %3.")
                                                   .arg(m_model.name(),
                                                        child->version.isEmpty() ? tr("(unversioned)") : child->version,
                                                        report.claimedVersion)));
            }
        }
    }
    closeUnknown();

    // <Table>NumberOfEntries against the rows present (TR-106 §3.2.4).
    for (auto it = tree.cbegin(); it != tree.cend(); ++it) {
        if (!it->valueKnown || it.key().endsWith(u'.'))
            continue;
        const auto counted = m_countedTables.constFind(DataModel::normalise(it.key()));
        if (counted == m_countedTables.cend())
            continue;
        const Definition *table = m_model.find(*counted);
        if (!table)
            continue;
        const QString tablePath = parentOf(it.key()) + table->name() + u'.';
        bool ok = false;
        const qint64 announced = it->value.trimmed().toLongLong(&ok);
        const qsizetype present = rows.value(tablePath).size();
        if (ok && announced != present) {
            report.findings.append(finding(it.key(), Category::NumberOfEntries, QString::number(present), it->value,
                                           tr("The device reports %1 entries, but %2 has %3 rows.")
                                               .arg(it->value, tablePath)
                                               .arg(present)));
        }
    }

    // maxEntries.
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        const Definition *table = lookup(it.key());
        if (!table || !table->isTable() || table->maxEntries < 0 || it->size() <= table->maxEntries)
            continue;
        report.findings.append(finding(it.key(), Category::TooManyEntries, QString::number(table->maxEntries),
                                       QString::number(it->size()),
                                       tr("The table has %1 rows; the definition allows at most %2.")
                                           .arg(it->size())
                                           .arg(table->maxEntries)));
    }

    std::stable_sort(report.findings.begin(), report.findings.end(),
                     [](const ConformanceFinding &a, const ConformanceFinding &b) {
                         return a.path != b.path ? a.path < b.path : a.category < b.category;
                     });
    return report;
}

void ConformanceChecker::checkParameter(const QString &path, const DeviceNode &node, const Definition &def,
                                        ConformanceReport &report) const
{
    // writeOnceReadOnly (Alias) is written once by the ACS, so either answer is right.
    if (node.writable && def.access != Access::WriteOnceReadOnly && *node.writable != def.isWritable()) {
        report.findings.append(finding(path, Category::Writability, writableWord(def.isWritable()),
                                       writableWord(*node.writable),
                                       def.isWritable() ? tr("The definition makes the parameter writable; the device reports it read-only.")
                                                        : tr("The definition makes the parameter read-only; the device reports it writable.")));
    }
    if (!node.valueKnown)
        return;
    // TR-106 §3.2.3: a list travels as a string whatever its items are.
    const cwmp::ValueType expectedType = def.syntax.isList ? cwmp::ValueType::String : def.syntax.type;
    if (node.type != cwmp::ValueType::Unspecified && def.syntax.primitive != u"any" && node.type != expectedType) {
        report.findings.append(finding(path, Category::WrongType, cwmp::xsdName(expectedType), cwmp::xsdName(node.type),
                                       tr("The device sends the value as xsd:%1; the definition's type is %2 (xsd:%3).")
                                           .arg(cwmp::xsdName(node.type), def.syntax.typeName(), cwmp::xsdName(expectedType))));
        return; // the value check would repeat the same complaint
    }
    // A hidden (password) value reads back empty by definition (TR-106 "hidden").
    if ((def.syntax.hidden || def.syntax.secured) && node.value.isEmpty())
        return;
    const QString why = Validator::validate(def.syntax, node.value, Validator::Purpose::Report);
    if (!why.isEmpty()) {
        report.findings.append(finding(path, Category::InvalidValue, def.syntax.typeName(), node.value,
                                       tr("The value violates the definition: %1.").arg(why)));
    }
}

// TR-069 A.3.2.6 (GetParameterNames): for a table and its rows Writable tells whether the
// ACS may AddObject / DeleteObject, which the definition states as the table's access.
void ConformanceChecker::checkTableAccess(const QString &path, const DeviceNode &node, const Definition &def,
                                          ConformanceReport &report) const
{
    if (!node.writable || *node.writable == def.canAddDelete())
        return;
    report.findings.append(finding(path, Category::Writability, writableWord(def.canAddDelete()), writableWord(*node.writable),
                                   def.canAddDelete() ? tr("The definition lets the ACS add and delete rows; the device refuses.")
                                                      : tr("The definition does not let the ACS add or delete rows; the device allows it.")));
}

} // namespace datamodel
