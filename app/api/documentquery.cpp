#include "documentquery.h"

#include "devicedocument.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

namespace api {

namespace {

const QStringList kFieldOperators{QStringLiteral("$eq"), QStringLiteral("$ne"),  QStringLiteral("$in"),
                                  QStringLiteral("$nin"), QStringLiteral("$regex"), QStringLiteral("$options"),
                                  QStringLiteral("$gt"), QStringLiteral("$gte"), QStringLiteral("$lt"),
                                  QStringLiteral("$lte"), QStringLiteral("$exists")};

bool isOperatorObject(const QJsonValue &v)
{
    if (!v.isObject())
        return false;
    const QJsonObject o = v.toObject();
    return !o.isEmpty() && o.constBegin().key().startsWith(QLatin1Char('$'));
}

// A parameter leaf compares by its value.
QJsonValue unwrap(const QJsonValue &v)
{
    if (v.isObject() && v.toObject().contains(QLatin1String("_value")))
        return v.toObject().value(QLatin1String("_value"));
    return v;
}

QString text(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    return {};
}

bool equal(const QJsonValue &actual, const QJsonValue &expected)
{
    if (actual.isUndefined() || actual.isNull())
        return expected.isNull();
    if (actual.type() == expected.type())
        return actual == expected;
    // "1800" matches 1800: values read from a device are text on the wire.
    return !expected.isObject() && !expected.isArray() && text(actual) == text(expected);
}

// -1, 0, 1; nullopt when the two do not order (a date against a word).
std::optional<int> compare(const QJsonValue &actual, const QJsonValue &bound)
{
    if (actual.isDouble() && bound.isDouble())
        return actual.toDouble() < bound.toDouble() ? -1 : actual.toDouble() > bound.toDouble() ? 1 : 0;
    if (!actual.isString() && !actual.isDouble())
        return std::nullopt;
    const QString a = text(actual);
    const QString b = text(bound);
    const QDateTime da = QDateTime::fromString(a, Qt::ISODateWithMs);
    const QDateTime db = QDateTime::fromString(b, Qt::ISODateWithMs);
    if (da.isValid() && db.isValid()) {
        const qint64 x = da.toMSecsSinceEpoch();
        const qint64 y = db.toMSecsSinceEpoch();
        return x < y ? -1 : x > y ? 1 : 0;
    }
    bool okA = false;
    bool okB = false;
    const double x = a.toDouble(&okA);
    const double y = b.toDouble(&okB);
    if (okA && okB)
        return x < y ? -1 : x > y ? 1 : 0;
    return a.compare(b);
}

} // namespace

std::optional<DocumentQuery> DocumentQuery::parse(const QByteArray &json, QString *error)
{
    DocumentQuery q;
    if (json.trimmed().isEmpty())
        return q;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("query is not JSON: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset);
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = QStringLiteral("query must be a JSON object");
        return std::nullopt;
    }
    if (const std::optional<QString> why = validate(doc.object())) {
        *error = *why;
        return std::nullopt;
    }
    q.m_query = doc.object();
    return q;
}

std::optional<QString> DocumentQuery::validate(const QJsonObject &query)
{
    for (auto it = query.constBegin(); it != query.constEnd(); ++it) {
        const QString &key = it.key();
        if (key == u"$and" || key == u"$or" || key == u"$nor") {
            if (!it.value().isArray())
                return QStringLiteral("%1 wants an array").arg(key);
            for (const QJsonValue &sub : it.value().toArray()) {
                if (!sub.isObject())
                    return QStringLiteral("%1 wants an array of objects").arg(key);
                if (const std::optional<QString> why = validate(sub.toObject()))
                    return why;
            }
            continue;
        }
        if (key.startsWith(QLatin1Char('$')))
            return QStringLiteral("unsupported operator %1").arg(key);
        if (!isOperatorObject(it.value()))
            continue;
        const QJsonObject ops = it.value().toObject();
        for (auto op = ops.constBegin(); op != ops.constEnd(); ++op) {
            if (!kFieldOperators.contains(op.key()))
                return QStringLiteral("unsupported operator %1 on %2").arg(op.key(), key);
            if ((op.key() == u"$in" || op.key() == u"$nin") && !op.value().isArray())
                return QStringLiteral("%1 on %2 wants an array").arg(op.key(), key);
            if (op.key() == u"$regex") {
                if (!op.value().isString())
                    return QStringLiteral("$regex on %1 wants a string").arg(key);
                const QRegularExpression re(op.value().toString());
                if (!re.isValid())
                    return QStringLiteral("$regex on %1: %2").arg(key, re.errorString());
            }
        }
    }
    return std::nullopt;
}

bool DocumentQuery::matches(const QJsonObject &document) const
{
    return matchesObject(m_query, document);
}

std::optional<QString> DocumentQuery::pinned(const QString &field) const
{
    const QJsonValue v = m_query.value(field);
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return text(v);
    return std::nullopt;
}

bool DocumentQuery::matchesObject(const QJsonObject &query, const QJsonObject &document)
{
    for (auto it = query.constBegin(); it != query.constEnd(); ++it) {
        const QString &key = it.key();
        if (key == u"$and" || key == u"$or" || key == u"$nor") {
            const QJsonArray subs = it.value().toArray();
            int hits = 0;
            for (const QJsonValue &sub : subs)
                hits += matchesObject(sub.toObject(), document) ? 1 : 0;
            const bool ok = key == u"$and" ? hits == subs.size() : key == u"$or" ? hits > 0 : hits == 0;
            if (!ok)
                return false;
            continue;
        }
        if (!matchesCondition(unwrap(DeviceDocument::valueAt(document, key)), it.value()))
            return false;
    }
    return true;
}

bool DocumentQuery::matchesCondition(const QJsonValue &actual, const QJsonValue &condition)
{
    if (!isOperatorObject(condition))
        return equal(actual, condition);
    const QJsonObject ops = condition.toObject();
    for (auto op = ops.constBegin(); op != ops.constEnd(); ++op) {
        const QString &name = op.key();
        const QJsonValue &arg = op.value();
        bool ok = true;
        if (name == u"$eq") {
            ok = equal(actual, arg);
        } else if (name == u"$ne") {
            ok = !equal(actual, arg);
        } else if (name == u"$in" || name == u"$nin") {
            bool found = false;
            for (const QJsonValue &candidate : arg.toArray())
                found = found || equal(actual, candidate);
            ok = name == u"$in" ? found : !found;
        } else if (name == u"$regex") {
            QRegularExpression::PatternOptions options;
            if (ops.value(QLatin1String("$options")).toString().contains(QLatin1Char('i')))
                options |= QRegularExpression::CaseInsensitiveOption;
            ok = actual.isString() && QRegularExpression(arg.toString(), options).match(actual.toString()).hasMatch();
        } else if (name == u"$exists") {
            ok = (!actual.isUndefined()) == arg.toBool(true);
        } else if (name == u"$options") {
            continue;
        } else {
            const std::optional<int> order = actual.isUndefined() ? std::nullopt : compare(actual, arg);
            if (!order)
                return false;
            if (name == u"$gt")
                ok = *order > 0;
            else if (name == u"$gte")
                ok = *order >= 0;
            else if (name == u"$lt")
                ok = *order < 0;
            else if (name == u"$lte")
                ok = *order <= 0;
        }
        if (!ok)
            return false;
    }
    return true;
}

} // namespace api
