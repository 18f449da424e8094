#pragma once

// Turns a task's JSON arguments into the CWMP request it sends, and a CPE's response into
// the JSON result stored with the task. Argument names follow the GenieACS NBI where it
// has the task (parameterNames, parameterValues as [[name, value, type]], objectName…).

#include <cwmp/envelope.h>

#include <QJsonObject>
#include <QString>

#include <variant>

namespace acs {

struct BuildError {
    QString reason; // one line, shown to the engineer or returned by the API as 400
};

// Kinds handled by a single RPC (all but "refreshObject").
bool isSingleRpcKind(const QString &kind);
bool isKnownKind(const QString &kind);

std::variant<cwmp::Body, BuildError> buildRequest(const QString &kind, const QJsonObject &args);
// Checks arguments without building (for the API and the console before queuing).
std::optional<BuildError> validateTaskArgs(const QString &kind, const QJsonObject &args);

QJsonObject responseToJson(const cwmp::Body &response);

} // namespace acs
