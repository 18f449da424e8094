#include "profileformat.h"

#include <cwmp/parameterpath.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace store {

namespace {

const QString kFormatName = QStringLiteral("cwmp-workbench-profile");

// The translation context of the texts below (lupdate reads it from the macro too).
struct TrText {
    Q_DECLARE_TR_FUNCTIONS(store::ProfileFormat)
};

namespace ParameterPath = cwmp::ParameterPath;

bool checkPath(const QString &path, bool object, QString *error)
{
    QString why;
    const bool syntaxOk = ParameterPath::isValidPath(path, ParameterPath::SyntaxFlags{}, &why);
    if (!syntaxOk || ParameterPath::isPartialPath(path) != object) {
        if (why.isEmpty())
            why = object ? TrText::tr("an object to create ends with '.'") : TrText::tr("a parameter name does not end with '.'");
        *error = TrText::tr("'%1' is not a usable path: %2").arg(path.left(300), why);
        return false;
    }
    return true;
}

} // namespace

QJsonObject ProfileFormat::toJson(const Profile &profile)
{
    QJsonArray values;
    for (const ProfileValue &v : profile.values) {
        QJsonObject row{{QStringLiteral("path"), v.path}, {QStringLiteral("value"), v.value}};
        if (!v.type.isEmpty())
            row.insert(QStringLiteral("type"), v.type);
        values.append(row);
    }
    return {{QStringLiteral("format"), kFormatName},
            {QStringLiteral("version"), kVersion},
            {QStringLiteral("name"), profile.name},
            {QStringLiteral("description"), profile.description},
            {QStringLiteral("applyOnBootstrap"), profile.applyOnBootstrap},
            {QStringLiteral("objects"), QJsonArray::fromStringList(profile.objects)},
            {QStringLiteral("values"), values}};
}

QByteArray ProfileFormat::toBytes(const Profile &profile)
{
    return QJsonDocument(toJson(profile)).toJson(QJsonDocument::Indented);
}

std::optional<Profile> ProfileFormat::fromJson(const QJsonObject &doc, QString *error)
{
    QString ignored;
    QString &why = error ? *error : ignored;
    const QJsonValue format = doc.value(QStringLiteral("format"));
    if (!format.isUndefined() && format.toString() != kFormatName) {
        why = TrText::tr("This is not a profile: its \"format\" is not \"%1\"").arg(kFormatName);
        return std::nullopt;
    }
    const QJsonValue version = doc.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toDouble() != double(version.toInt()) || version.toInt() < 1) {
        why = TrText::tr("The profile has no valid \"version\" (a whole number, %1 for this program)").arg(kVersion);
        return std::nullopt;
    }
    if (version.toInt() > kVersion) {
        why = TrText::tr("The profile has format version %1; this program reads up to %2").arg(version.toInt()).arg(kVersion);
        return std::nullopt;
    }
    Profile p;
    const QJsonValue name = doc.value(QStringLiteral("name"));
    p.name = name.toString().trimmed();
    if (!name.isString() || p.name.isEmpty() || p.name.size() > kMaxNameLength) {
        why = TrText::tr("The profile needs a \"name\" of 1 to %1 characters").arg(kMaxNameLength);
        return std::nullopt;
    }
    const QJsonValue description = doc.value(QStringLiteral("description"));
    if (!description.isUndefined() && !description.isString()) {
        why = TrText::tr("\"description\" must be text");
        return std::nullopt;
    }
    p.description = description.toString();
    const QJsonValue bootstrap = doc.value(QStringLiteral("applyOnBootstrap"));
    if (!bootstrap.isUndefined() && !bootstrap.isBool()) {
        why = TrText::tr("\"applyOnBootstrap\" must be true or false");
        return std::nullopt;
    }
    p.applyOnBootstrap = bootstrap.toBool();

    const QJsonValue objects = doc.value(QStringLiteral("objects"));
    if (!objects.isUndefined() && !objects.isArray()) {
        why = TrText::tr("\"objects\" must be a list of object paths");
        return std::nullopt;
    }
    for (const QJsonValue &o : objects.toArray()) {
        if (!o.isString()) {
            why = TrText::tr("\"objects\" must be a list of object paths");
            return std::nullopt;
        }
        if (!checkPath(o.toString(), true, &why))
            return std::nullopt;
        p.objects.append(o.toString());
    }
    const QJsonValue values = doc.value(QStringLiteral("values"));
    if (!values.isUndefined() && !values.isArray()) {
        why = TrText::tr("\"values\" must be a list of {\"path\", \"value\", \"type\"} objects");
        return std::nullopt;
    }
    const QJsonArray list = values.toArray();
    if (list.size() > kMaxValues) {
        why = TrText::tr("The profile has %1 values, more than the limit of %2").arg(list.size()).arg(kMaxValues);
        return std::nullopt;
    }
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject row = list.at(i).toObject();
        const QJsonValue path = row.value(QStringLiteral("path"));
        const QJsonValue value = row.value(QStringLiteral("value"));
        const QJsonValue type = row.value(QStringLiteral("type"));
        if (!list.at(i).isObject() || !path.isString() || !(value.isString() || value.isDouble() || value.isBool())
            || !(type.isUndefined() || type.isString())) {
            why = TrText::tr("Value %1 must be an object with a text \"path\", a \"value\" and an optional text \"type\"").arg(i + 1);
            return std::nullopt;
        }
        if (!checkPath(path.toString(), false, &why))
            return std::nullopt;
        QString text = value.isString() ? value.toString()
            : value.isBool()            ? (value.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                                        : QString::number(value.toDouble(), 'g', 17);
        p.values.append(ProfileValue{path.toString(), text, type.toString()});
    }
    return p;
}

std::optional<Profile> ProfileFormat::fromBytes(const QByteArray &bytes, QString *error)
{
    if (bytes.size() > kMaxDocumentBytes) {
        if (error)
            *error = TrText::tr("The profile file is larger than %1 MB").arg(kMaxDocumentBytes / (1024 * 1024));
        return std::nullopt;
    }
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parse);
    if (parse.error != QJsonParseError::NoError) {
        if (error)
            *error = TrText::tr("The profile is not valid JSON: %1 at byte %2").arg(parse.errorString()).arg(parse.offset);
        return std::nullopt;
    }
    if (!doc.isObject()) {
        if (error)
            *error = TrText::tr("The profile must be a JSON object");
        return std::nullopt;
    }
    return fromJson(doc.object(), error);
}

} // namespace store
