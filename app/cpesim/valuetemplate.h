#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace cpesim::ValueTemplate {

// Expands a profile value template (resources/profiles/README.md, "Values"):
//   {i}       the innermost instance number of the parameter's path
//   {iN}      the N-th instance number counted from the root (1-based)
//   {i+K}     arithmetic, left to right: + - / % (also {iN+K}, {i/256}, {i%250+1})
//   {i:xW}    in hex, zero-padded to W digits ({i:dW} decimal); combines with the above
//   ${name}   a per-device variable (SerialNumber, ConnectionRequestURL, …)
// Unknown variables and malformed braces are left as they are.
QString expand(const QString &text, const QList<quint32> &instances,
               const QHash<QString, QString> &variables);

} // namespace cpesim::ValueTemplate
