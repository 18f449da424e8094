#include "jsonreply.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace api {

http::Response jsonReply(int status, const QJsonValue &body)
{
    http::Response r;
    r.status = status;
    r.headers.set("Content-Type", "application/json; charset=utf-8");
    if (body.isArray())
        r.body = QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
    else
        r.body = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    return r;
}

http::Response errorReply(int status, const QString &message)
{
    return jsonReply(status, QJsonObject{{QStringLiteral("error"), message}});
}

http::Response methodNotAllowed(const QByteArray &allow)
{
    http::Response r = errorReply(405, QCoreApplication::translate("api::ApiServer", "this route only takes %1")
                                           .arg(QString::fromLatin1(allow)));
    r.headers.set("Allow", allow);
    return r;
}

QUrlQuery formQuery(const http::Request &request)
{
    QByteArray query = request.query();
    query.replace('+', "%20");
    return QUrlQuery(QString::fromUtf8(query));
}

QString formValue(const QUrlQuery &query, const QString &name)
{
    return query.queryItemValue(name, QUrl::FullyDecoded);
}

} // namespace api
