#pragma once

#include "parametermeta.h"

#include <QString>

namespace cpesim::ValueValidator {

// Checks a value an ACS wants to write against the parameter's model (TR-106 §A.2.3
// facets). Returns 0 when it may be written, or the CWMP fault for SetParameterValuesFault:
// 9007 for a value that does not parse as the type, is out of range, too long, not in the
// enumeration or a read-only enumeration value. *why gets a readable reason.
int checkValue(const ParameterMeta &meta, const QString &value, QString *why = nullptr);

// TR-069 A.3.2.1 / cwmp-facts §5: the xsi:type the ACS put on a value is checked against the
// model type; 9006 when they differ in a way that matters. Integer types are interchangeable
// (the value's range is then checked by checkValue), a string model takes any type, and a
// missing or unknown xsi:type is accepted.
bool typeMatches(cwmp::ValueType modelType, cwmp::ValueType wireType);

} // namespace cpesim::ValueValidator
