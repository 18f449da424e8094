#pragma once

// The per-parameter faults of a failed SetParameterValues (TR-069 A.5: fault 9003 with one
// SetParameterValuesFault per rejected parameter), as the engine records them in the task's
// result: {"setParameterValuesFaults": [{parameterName, faultCode, faultString}]}.

#include <acs/task.h>

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace models {

struct ParameterFault {
    int code = 0;
    QString text;
};

class ParameterFaults
{
    Q_DECLARE_TR_FUNCTIONS(models::ParameterFaults)

public:
    // Path -> fault; empty when the task did not fail or named no parameter.
    static QHash<QString, ParameterFault> fromTask(const acs::Task &task);
    // "9007 Invalid parameter value: out of range".
    static QString describe(const ParameterFault &fault);
};

} // namespace models
