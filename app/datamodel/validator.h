#pragma once

#include <datamodel/definition.h>

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace datamodel {

// Checks a value against a definition's type and facets; returns an empty string when it
// is acceptable, otherwise the reason in plain words ("must be between 1 and 4094").
class Validator
{
    Q_DECLARE_TR_FUNCTIONS(datamodel::Validator)

public:
    // What the value is for: a value to set (read-only parameters and readOnly
    // enumeration values are refused) or a value the CPE reported (only the value space).
    enum class Purpose : quint8 { Set, Report };

    static QString validate(const Definition &definition, QStringView value, Purpose purpose = Purpose::Set);
    static QString validate(const Syntax &syntax, QStringView value, Purpose purpose = Purpose::Set);

private:
    static QString validateItem(const Syntax &syntax, QStringView value, Purpose purpose);
};

} // namespace datamodel
