#include "parametervaluevalidator.h"

#include <datamodel/validator.h>

namespace ui {

ParameterValueValidator::ParameterValueValidator(const datamodel::Definition &definition, QObject *parent)
    : QValidator(parent)
    , m_definition(definition)
{
}

QValidator::State ParameterValueValidator::validate(QString &input, int &) const
{
    return reason(input).isEmpty() ? Acceptable : Intermediate;
}

QString ParameterValueValidator::reason(const QString &text) const
{
    return datamodel::Validator::validate(m_definition.syntax, text, datamodel::Validator::Purpose::Set);
}

} // namespace ui
