#include "parameterexport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace models {

namespace {

QString typeName(const acs::CachedParameter &p)
{
    return p.type == cwmp::ValueType::Unspecified ? QString() : cwmp::xsdName(p.type);
}

QString readAt(const acs::CachedParameter &p)
{
    return p.readAtMs > 0 ? QDateTime::fromMSecsSinceEpoch(p.readAtMs, Qt::UTC).toString(Qt::ISODateWithMs) : QString();
}

} // namespace

QString ParameterExport::csvField(const QString &text)
{
    const bool quote = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"'))
                       || text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'));
    if (!quote)
        return text;
    QString out = text;
    out.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

QByteArray ParameterExport::toCsv(const Rows &rows)
{
    static const QLatin1String kCrLf("\r\n");
    QString out = QStringLiteral("path,value,type,writable,notification,readAt") + kCrLf;
    for (const auto &[path, p] : rows) {
        const QStringList fields{
            csvField(path),
            csvField(p.value),
            typeName(p),
            p.writable ? (*p.writable ? QStringLiteral("true") : QStringLiteral("false")) : QString(),
            p.notification ? QString::number(*p.notification) : QString(),
            readAt(p),
        };
        out += fields.join(QLatin1Char(',')) + kCrLf;
    }
    return out.toUtf8();
}

QByteArray ParameterExport::toJson(const Rows &rows)
{
    QJsonArray list;
    for (const auto &[path, p] : rows) {
        QJsonObject o{{QStringLiteral("path"), path}, {QStringLiteral("value"), p.value}};
        if (p.type != cwmp::ValueType::Unspecified)
            o.insert(QStringLiteral("type"), typeName(p));
        if (p.writable)
            o.insert(QStringLiteral("writable"), *p.writable);
        if (p.notification)
            o.insert(QStringLiteral("notification"), *p.notification);
        if (p.readAtMs > 0)
            o.insert(QStringLiteral("readAt"), readAt(p));
        list.append(o);
    }
    return QJsonDocument(list).toJson(QJsonDocument::Indented);
}

} // namespace models
