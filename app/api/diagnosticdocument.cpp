#include "diagnosticdocument.h"

#include "devicedocument.h"

#include <QJsonArray>

namespace api {

QJsonObject DiagnosticDocument::summary(const diagnostics::DiagnosticRun &run, qint64 id)
{
    // The result's own JSON carries the figures, texts and tables under stable names.
    const QJsonObject result = run.result.toJson();
    QJsonObject inputs;
    for (auto it = run.inputs.cbegin(); it != run.inputs.cend(); ++it)
        inputs.insert(it.key(), it.value());
    QJsonObject doc{{QStringLiteral("id"), id},
                    {QStringLiteral("device"), run.deviceId},
                    {QStringLiteral("kind"), diagnostics::DiagnosticSpec::name(run.kind)},
                    {QStringLiteral("object"), run.objectPath},
                    {QStringLiteral("tr098"), run.tr098},
                    {QStringLiteral("state"), diagnostics::runStateName(run.state)},
                    {QStringLiteral("progress"), run.progress},
                    {QStringLiteral("progressText"), run.progressText},
                    {QStringLiteral("success"), run.result.success},
                    {QStringLiteral("deviceState"), run.result.deviceState},
                    {QStringLiteral("outcome"), run.result.outcome},
                    {QStringLiteral("inputs"), inputs},
                    {QStringLiteral("figures"), result.value(QLatin1String("figures"))},
                    {QStringLiteral("texts"), result.value(QLatin1String("texts"))},
                    {QStringLiteral("started"), run.startedMs > 0 ? QJsonValue(DeviceDocument::isoDate(run.startedMs))
                                                                  : QJsonValue(QJsonValue::Null)},
                    {QStringLiteral("finished"), run.finishedMs > 0 ? QJsonValue(DeviceDocument::isoDate(run.finishedMs))
                                                                    : QJsonValue(QJsonValue::Null)}};
    if (run.repeatId != 0)
        doc.insert(QStringLiteral("repeat"), QJsonObject{{QStringLiteral("id"), run.repeatId},
                                                         {QStringLiteral("index"), run.repeatIndex},
                                                         {QStringLiteral("count"), run.repeatCount}});
    return doc;
}

QJsonObject DiagnosticDocument::full(const diagnostics::DiagnosticRun &run, qint64 id)
{
    QJsonObject doc = summary(run, id);
    const QJsonObject result = run.result.toJson();
    doc.insert(QStringLiteral("series"), result.value(QLatin1String("series")));
    doc.insert(QStringLiteral("tables"), QJsonObject{{QStringLiteral("hops"), result.value(QLatin1String("hops"))},
                                                     {QStringLiteral("connections"), result.value(QLatin1String("connections"))},
                                                     {QStringLiteral("answers"), result.value(QLatin1String("answers"))}});
    QJsonObject raw;
    for (auto it = run.rawResults.cbegin(); it != run.rawResults.cend(); ++it)
        raw.insert(it.key(), it.value());
    doc.insert(QStringLiteral("results"), raw);
    return doc;
}

} // namespace api
