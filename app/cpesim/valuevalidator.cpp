#include "valuevalidator.h"

namespace cpesim::ValueValidator {

namespace {

using cwmp::ValueType;

bool isInteger(ValueType type)
{
    return type == ValueType::Int || type == ValueType::UnsignedInt || type == ValueType::Long
           || type == ValueType::UnsignedLong;
}

int checkItem(const ParameterMeta &meta, QStringView item, QString *why)
{
    QString reason;
    if (!cwmp::isValidValue(meta.type, item, &reason)) {
        if (why)
            *why = reason;
        return 9007;
    }
    if (meta.type == ValueType::String || meta.type == ValueType::Base64
        || meta.type == ValueType::HexBinary) {
        if ((meta.minLength && item.size() < *meta.minLength)
            || (meta.maxLength && item.size() > *meta.maxLength)) {
            if (why)
                *why = QStringLiteral("length %1 outside %2..%3")
                           .arg(item.size())
                           .arg(meta.minLength.value_or(0))
                           .arg(meta.maxLength ? QString::number(*meta.maxLength) : QString());
            return 9007;
        }
    }
    if (!meta.ranges.isEmpty() && (isInteger(meta.type) || meta.type == ValueType::Decimal)) {
        const long double v = isInteger(meta.type)
                                  ? (item.trimmed().startsWith(u'-')
                                         ? static_cast<long double>(item.trimmed().toLongLong())
                                         : static_cast<long double>(
                                               item.trimmed().toString().remove(u'+').toULongLong()))
                                  : static_cast<long double>(item.trimmed().toDouble());
        bool inside = false;
        for (const auto &range : meta.ranges)
            inside = inside || ((!range.min || v >= *range.min) && (!range.max || v <= *range.max));
        if (!inside) {
            if (why)
                *why = QStringLiteral("%1 is out of range").arg(item);
            return 9007;
        }
    }
    if (!meta.enumValues.isEmpty()) {
        const qsizetype index = meta.enumValues.indexOf(item.toString());
        if (index < 0 || meta.enumReadOnly[index]) {
            if (why)
                *why = index < 0 ? QStringLiteral("\"%1\" is not one of the allowed values").arg(item)
                                 : QStringLiteral("\"%1\" may not be written").arg(item);
            return 9007;
        }
    }
    return 0;
}

} // namespace

int checkValue(const ParameterMeta &meta, const QString &value, QString *why)
{
    if (!meta.isList)
        return checkItem(meta, value, why);
    if (value.isEmpty())
        return 0;
    const QList<QStringView> items = QStringView(value).split(u',');
    if (meta.maxItems > 0 && items.size() > meta.maxItems) {
        if (why)
            *why = QStringLiteral("more than %1 items").arg(meta.maxItems);
        return 9007;
    }
    for (QStringView item : items) {
        if (const int fault = checkItem(meta, item.trimmed(), why))
            return fault;
    }
    return 0;
}

bool typeMatches(ValueType modelType, ValueType wireType)
{
    if (wireType == ValueType::Unspecified || wireType == ValueType::Other || wireType == modelType)
        return true;
    if (modelType == ValueType::String)
        return true;
    return isInteger(modelType) && isInteger(wireType);
}

} // namespace cpesim::ValueValidator
