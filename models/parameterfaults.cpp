#include "parameterfaults.h"

#include <cwmp/faultcodes.h>

#include <QJsonArray>

namespace models {

QHash<QString, ParameterFault> ParameterFaults::fromTask(const acs::Task &task)
{
    QHash<QString, ParameterFault> out;
    if (task.state != acs::TaskState::Fault)
        return out;
    const QJsonArray list = task.result.value(QStringLiteral("setParameterValuesFaults")).toArray();
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        const QString name = o.value(QStringLiteral("parameterName")).toString();
        if (name.isEmpty())
            continue;
        out.insert(name, ParameterFault{o.value(QStringLiteral("faultCode")).toInt(),
                                        o.value(QStringLiteral("faultString")).toString()});
    }
    return out;
}

QString ParameterFaults::describe(const ParameterFault &fault)
{
    const QString name = cwmp::faultName(fault.code);
    if (fault.text.isEmpty() || fault.text == name)
        return tr("%1 %2").arg(fault.code).arg(name);
    return tr("%1 %2: %3").arg(fault.code).arg(name, fault.text);
}

} // namespace models
