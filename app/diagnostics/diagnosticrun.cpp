#include "diagnosticrun.h"

namespace diagnostics {

namespace {

const QList<QPair<RunState, QString>> &stateNames()
{
    static const QList<QPair<RunState, QString>> names = {
        {RunState::Setting, QStringLiteral("setting")},     {RunState::Waiting, QStringLiteral("waiting")},
        {RunState::Reading, QStringLiteral("reading")},     {RunState::Complete, QStringLiteral("complete")},
        {RunState::Error, QStringLiteral("error")},         {RunState::TimedOut, QStringLiteral("timeout")},
        {RunState::Cancelled, QStringLiteral("cancelled")}, {RunState::Failed, QStringLiteral("failed")},
    };
    return names;
}

} // namespace

QString runStateName(RunState state)
{
    for (const auto &[s, name] : stateNames()) {
        if (s == state)
            return name;
    }
    return {};
}

std::optional<RunState> runStateFromName(const QString &name)
{
    for (const auto &[s, n] : stateNames()) {
        if (n == name)
            return s;
    }
    return std::nullopt;
}

bool isFinished(RunState state)
{
    return state != RunState::Setting && state != RunState::Waiting && state != RunState::Reading;
}

store::DiagnosticRun DiagnosticRun::toStore() const
{
    store::DiagnosticRun s;
    s.id = historyId;
    s.deviceId = deviceId;
    s.kind = DiagnosticSpec::name(kind);
    s.startedMs = startedMs;
    s.finishedMs = finishedMs;
    s.state = runStateName(state);
    for (auto it = inputs.cbegin(); it != inputs.cend(); ++it)
        s.inputs.insert(it.key(), it.value());
    for (auto it = rawResults.cbegin(); it != rawResults.cend(); ++it)
        s.results.insert(it.key(), it.value());
    s.figures = result.toJson();
    s.figures.insert(QStringLiteral("objectPath"), objectPath);
    s.figures.insert(QStringLiteral("tr098"), tr098);
    s.figures.insert(QStringLiteral("repeatId"), repeatId);
    s.figures.insert(QStringLiteral("repeatIndex"), repeatIndex);
    s.figures.insert(QStringLiteral("repeatCount"), repeatCount);
    return s;
}

DiagnosticRun DiagnosticRun::fromStore(const store::DiagnosticRun &s)
{
    DiagnosticRun r;
    r.historyId = s.id;
    r.deviceId = s.deviceId;
    r.kind = DiagnosticSpec::fromName(s.kind).value_or(DiagnosticKind::IpPing);
    r.startedMs = s.startedMs;
    r.finishedMs = s.finishedMs;
    r.state = runStateFromName(s.state).value_or(RunState::Failed);
    r.progress = isFinished(r.state) ? 1.0 : 0.0;
    for (auto it = s.inputs.begin(); it != s.inputs.end(); ++it)
        r.inputs.insert(it.key(), it.value().toString());
    for (auto it = s.results.begin(); it != s.results.end(); ++it)
        r.rawResults.insert(it.key(), it.value().toString());
    r.result = DiagnosticResult::fromJson(s.figures);
    r.objectPath = s.figures.value(QLatin1String("objectPath")).toString();
    r.tr098 = s.figures.value(QLatin1String("tr098")).toBool();
    r.repeatId = qint64(s.figures.value(QLatin1String("repeatId")).toDouble());
    r.repeatIndex = s.figures.value(QLatin1String("repeatIndex")).toInt();
    r.repeatCount = s.figures.value(QLatin1String("repeatCount")).toInt();
    return r;
}

} // namespace diagnostics
