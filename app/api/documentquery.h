#pragma once

// The subset of MongoDB query syntax that GenieACS NBI clients send in ?query=: equality
// on dotted paths, $ne, $in, $nin, $regex (with $options), $gt/$gte/$lt/$lte (numbers, or
// ISO dates compared as instants), $exists, and $and/$or/$nor at the top level. A
// parameter leaf ({"_value": ...}) compares by its _value, as GenieACS does.

#include <QJsonObject>
#include <QString>

#include <optional>

namespace api {

class DocumentQuery
{
public:
    // An empty text matches everything; a malformed one yields nullopt and *error.
    static std::optional<DocumentQuery> parse(const QByteArray &json, QString *error);

    bool matches(const QJsonObject &document) const;
    // The equality value of a top-level field, when the query pins it ("_id", "device"):
    // lets a caller skip documents without building them.
    std::optional<QString> pinned(const QString &field) const;

private:
    static std::optional<QString> validate(const QJsonObject &query);
    static bool matchesObject(const QJsonObject &query, const QJsonObject &document);
    static bool matchesCondition(const QJsonValue &actual, const QJsonValue &condition);

    QJsonObject m_query;
};

} // namespace api
