#pragma once

#include "diagnosticresult.h"
#include "diagnosticspec.h"

#include <QCoreApplication>

namespace diagnostics {

// What a run's end means, in plain words for the engineer (translated in this context).
class DiagnosticOutcome
{
    Q_DECLARE_TR_FUNCTIONS(diagnostics::DiagnosticOutcome)

public:
    // A DiagnosticsState the device ended with (TR-106 DiagnosticsState, TR-143 error values).
    static QString forState(const QString &state);
    // The device never sent "8 DIAGNOSTICS COMPLETE".
    static QString notReported(int seconds);
    // One line that sums up a successful run ("4 of 4 replies, 0.21 ms on average").
    static QString summary(DiagnosticKind kind, const DiagnosticResult &result);
    static bool isSuccessState(const QString &state) { return state == u"Complete" || state == u"Completed"; }
};

} // namespace diagnostics
