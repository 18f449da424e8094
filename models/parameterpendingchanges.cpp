#include "parameterpendingchanges.h"

namespace models {

bool ParameterPendingChanges::set(const QString &path, const QString &oldValue, const QString &newValue,
                                  cwmp::ValueType type)
{
    const auto it = m_changes.find(path);
    const QString original = it == m_changes.end() ? oldValue : it->oldValue;
    if (newValue == original)
        return it != m_changes.end() ? (m_changes.erase(it), true) : false;
    if (it != m_changes.end() && it->newValue == newValue)
        return false;
    m_changes.insert(path, PendingChange{original, newValue, type});
    return true;
}

bool ParameterPendingChanges::remove(const QString &path)
{
    return m_changes.remove(path) > 0;
}

const PendingChange *ParameterPendingChanges::find(const QString &path) const
{
    const auto it = m_changes.constFind(path);
    return it == m_changes.cend() ? nullptr : &it.value();
}

QJsonObject ParameterPendingChanges::taskArgs() const
{
    QJsonArray values;
    for (auto it = m_changes.cbegin(); it != m_changes.cend(); ++it)
        values.append(QJsonArray{it.key(), it->newValue, QLatin1String("xsd:") + cwmp::xsdName(it->type)});
    return QJsonObject{{QStringLiteral("parameterValues"), values}};
}

QStringList ParameterPendingChanges::dropSent(const QJsonArray &parameterValues)
{
    QStringList dropped;
    for (const QJsonValue &row : parameterValues) {
        const QJsonArray triple = row.toArray();
        const QString path = triple.at(0).toString();
        const auto it = m_changes.find(path);
        if (it != m_changes.end() && it->newValue == triple.at(1).toString()) {
            m_changes.erase(it);
            dropped.append(path);
        }
    }
    return dropped;
}

} // namespace models
