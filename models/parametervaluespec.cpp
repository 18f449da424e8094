#include "parametervaluespec.h"

#include <limits>

namespace models {

ParameterValueSpec ParameterValueSpec::forType(cwmp::ValueType type, const QString &currentValue)
{
    ParameterValueSpec spec;
    spec.m_type = type;
    switch (type) {
    case cwmp::ValueType::Boolean:
        spec.m_editor = Editor::Boolean;
        break;
    case cwmp::ValueType::Int:
        spec.m_editor = Editor::Integer;
        spec.m_signed = true;
        spec.m_minimum = std::numeric_limits<qint32>::min();
        spec.m_maximum = quint64(std::numeric_limits<qint32>::max());
        break;
    case cwmp::ValueType::UnsignedInt:
        spec.m_editor = Editor::Integer;
        spec.m_maximum = std::numeric_limits<quint32>::max();
        break;
    case cwmp::ValueType::Long:
        spec.m_editor = Editor::Integer;
        spec.m_signed = true;
        spec.m_minimum = std::numeric_limits<qint64>::min();
        spec.m_maximum = quint64(std::numeric_limits<qint64>::max());
        break;
    case cwmp::ValueType::UnsignedLong:
        spec.m_editor = Editor::Integer;
        spec.m_maximum = std::numeric_limits<quint64>::max();
        break;
    case cwmp::ValueType::DateTime:
        spec.m_editor = Editor::DateTime;
        break;
    case cwmp::ValueType::Base64:
    case cwmp::ValueType::HexBinary:
        spec.m_maxLength = qMax<int>(kBinaryLength, int(currentValue.size()));
        break;
    case cwmp::ValueType::Decimal:
        spec.m_maxLength = kDecimalLength;
        break;
    case cwmp::ValueType::Unspecified:
    case cwmp::ValueType::String:
    case cwmp::ValueType::Other:
        spec.m_type = cwmp::ValueType::String;
        spec.m_maxLength = qMax<int>(kStringLength, int(currentValue.size()));
        break;
    }
    return spec;
}

std::optional<QString> ParameterValueSpec::accept(const QString &text, QString *why) const
{
    if (m_editor == Editor::Text && text.size() > m_maxLength) {
        if (why)
            *why = tr("The value is %1 characters long; at most %2 are allowed.").arg(text.size()).arg(m_maxLength);
        return std::nullopt;
    }
    if (!cwmp::isValidValue(m_type, text, why))
        return std::nullopt;
    return cwmp::canonicalValue(m_type, text);
}

} // namespace models
