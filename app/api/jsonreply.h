#pragma once

// The API's answers: JSON bodies, and errors as {"error": "..."} with their status, as the
// GenieACS NBI sends them; and the query string read as a form, as GenieACS reads it.

#include <http/httpmessage.h>

#include <QJsonValue>
#include <QUrlQuery>

namespace api {

http::Response jsonReply(int status, const QJsonValue &body);
http::Response errorReply(int status, const QString &message);
// 405 with the methods the route allows (RFC 9110 §15.5.6 requires Allow).
http::Response methodNotAllowed(const QByteArray &allow);

// Form encoding, as GenieACS (Node's querystring) and curl --data-urlencode read and
// write it: '+' is a space, a plus sign is %2B.
QUrlQuery formQuery(const http::Request &request);
QString formValue(const QUrlQuery &query, const QString &name);

} // namespace api
