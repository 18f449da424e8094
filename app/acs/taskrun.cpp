#include "taskrun.h"

#include "rpcbuilder.h"

#include <cwmp/faultcodes.h>
#include <cwmp/parameterpath.h>

#include <QJsonArray>

namespace acs {

QString RefreshStrategy::toString() const
{
    return partialPathGpv ? QStringLiteral("partial-path-gpv") : QStringLiteral("named-batches:%1").arg(batchSize);
}

RefreshStrategy RefreshStrategy::fromString(const QString &text)
{
    RefreshStrategy s;
    if (text.startsWith(QLatin1String("named-batches:"))) {
        s.partialPathGpv = false;
        s.batchSize = qBound(1, text.mid(14).toInt(), 100000);
    }
    return s;
}

void TaskRun::fail(int code, const QString &text, const QJsonObject &detail)
{
    m_status = Status::Fault;
    m_faultCode = code;
    m_faultString = text.isEmpty() ? cwmp::faultName(code) : text;
    m_result = detail;
}

void TaskRun::applyToCache(const cwmp::Body &request, const cwmp::Body &response, qint64 nowMs)
{
    if (const auto *r = std::get_if<cwmp::GetParameterValuesResponse>(&response)) {
        for (const auto &p : r->parameterList) {
            m_cache.setValue(p.name, p.value, p.type, nowMs);
            m_changed.insert(p.name);
        }
    } else if (const auto *r = std::get_if<cwmp::GetParameterNamesResponse>(&response)) {
        QSet<QString> present;
        present.reserve(r->parameterList.size());
        for (const auto &p : r->parameterList) {
            m_cache.setWritable(p.name, p.writable);
            m_changed.insert(p.name);
            present.insert(p.name);
        }
        // NextLevel=false on a partial path lists the whole subtree: the rest is gone.
        const auto *q = std::get_if<cwmp::GetParameterNames>(&request);
        if (q && !q->nextLevel && (q->parameterPath.isEmpty() || cwmp::ParameterPath::isPartialPath(q->parameterPath)))
            m_removed += m_cache.pruneSubtree(q->parameterPath, present);
    } else if (const auto *r = std::get_if<cwmp::GetParameterAttributesResponse>(&response)) {
        for (const auto &p : r->parameterList) {
            m_cache.setAttributes(p.name, p.notification, p.accessList);
            m_changed.insert(p.name);
        }
    } else if (std::holds_alternative<cwmp::SetParameterValuesResponse>(response)) {
        if (const auto *q = std::get_if<cwmp::SetParameterValues>(&request)) {
            for (const auto &p : q->parameterList) {
                m_cache.setValue(p.name, p.value, p.type, nowMs);
                m_changed.insert(p.name);
            }
        }
    } else if (std::holds_alternative<cwmp::SetParameterAttributesResponse>(response)) {
        if (const auto *q = std::get_if<cwmp::SetParameterAttributes>(&request)) {
            for (const auto &p : q->parameterList) {
                if (!p.notificationChange && !p.accessListChange)
                    continue;
                const CachedParameter *old = m_cache.find(p.name);
                m_cache.setAttributes(p.name, p.notificationChange ? p.notification : old && old->notification ? *old->notification : 0,
                                      p.accessListChange ? p.accessList : old ? old->accessList : QStringList());
                m_changed.insert(p.name);
            }
        }
    } else if (const auto *r = std::get_if<cwmp::AddObjectResponse>(&response)) {
        if (const auto *q = std::get_if<cwmp::AddObject>(&request)) {
            const QString instance = q->objectName + QString::number(r->instanceNumber) + QLatin1Char('.');
            m_cache.setWritable(instance, true);
            m_changed.insert(instance);
        }
    } else if (std::holds_alternative<cwmp::DeleteObjectResponse>(response)) {
        if (const auto *q = std::get_if<cwmp::DeleteObject>(&request))
            m_removed += m_cache.removeSubtree(q->objectName);
    }
}

namespace {

// A task that is exactly one RPC.
class SingleRpcRun : public TaskRun
{
public:
    SingleRpcRun(const Task &task, ParameterCache &cache) : TaskRun(task, cache) {}

    std::optional<cwmp::Body> nextRequest() override
    {
        if (m_sent || m_status != Status::Running)
            return std::nullopt;
        auto built = buildRequest(m_task.kind, m_task.args);
        if (const BuildError *e = std::get_if<BuildError>(&built)) {
            fail(cwmp::AcsInvalidArguments, e->reason);
            return std::nullopt;
        }
        m_request = std::get<cwmp::Body>(std::move(built));
        m_sent = true;
        m_progressText = QStringLiteral("%1 sent").arg(cwmp::methodName(m_request));
        return m_request;
    }

    void handleResponse(const cwmp::Body &response, qint64 nowMs) override
    {
        m_result = responseToJson(response);
        if (const auto *fault = std::get_if<cwmp::SoapFault>(&response)) {
            fail(int(fault->faultCode), fault->faultString, m_result);
            return;
        }
        const QString expected = cwmp::methodName(m_request) + QLatin1String("Response");
        if (cwmp::methodName(response) != expected) {
            fail(cwmp::AcsInvalidArguments,
                 QStringLiteral("the device answered %1 with %2").arg(cwmp::methodName(m_request), cwmp::methodName(response)));
            return;
        }
        applyToCache(m_request, response, nowMs);
        m_progress = 1;
        m_status = Status::Done;
        if (const auto *q = std::get_if<cwmp::SetParameterValues>(&m_request)) {
            for (const auto &p : q->parameterList) {
                if (p.name.endsWith(QLatin1String(".DiagnosticsState")) && p.value == u"Requested")
                    m_startsDiagnostics = true;
            }
        }
        // Completion that only a later session can confirm (TR-069 A.3.2.9, A.4.1.5):
        // the reboot by "M Reboot", a transfer with Status 1 by TransferComplete.
        if (const auto *q = std::get_if<cwmp::Reboot>(&m_request)) {
            await(QStringLiteral("M Reboot"), q->commandKey);
        } else if (std::holds_alternative<cwmp::FactoryReset>(m_request)) {
            await(QStringLiteral("0 BOOTSTRAP"), QString());
        } else if (const auto *q = std::get_if<cwmp::Download>(&m_request)) {
            if (std::get<cwmp::DownloadResponse>(response).status == 1)
                await(QStringLiteral("M Download"), q->commandKey);
        } else if (const auto *q = std::get_if<cwmp::Upload>(&m_request)) {
            if (std::get<cwmp::UploadResponse>(response).status == 1)
                await(QStringLiteral("M Upload"), q->commandKey);
        } else if (const auto *q = std::get_if<cwmp::ScheduleDownload>(&m_request)) {
            await(QStringLiteral("M ScheduleDownload"), q->commandKey);
        }
    }

private:
    void await(const QString &event, const QString &commandKey)
    {
        m_status = Status::AwaitingEvent;
        m_awaitedEvent = event;
        m_awaitedCommandKey = commandKey;
        m_progressText = QStringLiteral("waiting for %1").arg(event);
    }

    cwmp::Body m_request;
    bool m_sent = false;
};

// A refresh of a subtree or the whole tree (TR-069 A.3.2.2/A.3.2.3): the names with their
// writability first, then the values, in as few round trips as the device allows.
class RefreshRun : public TaskRun
{
public:
    RefreshRun(const Task &task, ParameterCache &cache, RefreshStrategy strategy)
        : TaskRun(task, cache), m_strategy(strategy)
    {
        m_path = task.args.value(QLatin1String("objectName")).toString();
    }

    std::optional<cwmp::Body> nextRequest() override
    {
        if (m_status != Status::Running)
            return std::nullopt;
        switch (m_step) {
        case Step::Names:
            m_progressText = QStringLiteral("reading names below %1").arg(m_path.isEmpty() ? QStringLiteral("the root") : m_path);
            m_request = cwmp::GetParameterNames{m_path, false};
            return m_request;
        case Step::PartialPathValues:
            m_progressText = QStringLiteral("reading %1 values").arg(m_names.size());
            m_request = cwmp::GetParameterValues{{m_path}};
            return m_request;
        case Step::Batches: {
            if (m_next >= m_names.size()) {
                finish();
                return std::nullopt;
            }
            const qsizetype count = qMin<qsizetype>(m_strategy.batchSize, m_names.size() - m_next);
            m_batch = m_names.mid(m_next, count);
            m_progressText = QStringLiteral("reading values %1-%2 of %3").arg(m_next + 1).arg(m_next + count).arg(m_names.size());
            m_request = cwmp::GetParameterValues{m_batch};
            return m_request;
        }
        case Step::Finished:
            return std::nullopt;
        }
        return std::nullopt;
    }

    void handleResponse(const cwmp::Body &response, qint64 nowMs) override
    {
        const auto *fault = std::get_if<cwmp::SoapFault>(&response);
        switch (m_step) {
        case Step::Names: {
            if (fault) {
                fail(int(fault->faultCode), fault->faultString, responseToJson(response));
                return;
            }
            const auto *r = std::get_if<cwmp::GetParameterNamesResponse>(&response);
            if (!r) {
                fail(cwmp::AcsInvalidArguments, QStringLiteral("the device answered GetParameterNames with %1").arg(cwmp::methodName(response)));
                return;
            }
            applyToCache(m_request, response, nowMs);
            for (const auto &p : r->parameterList) {
                if (!cwmp::ParameterPath::isPartialPath(p.name))
                    m_names.append(p.name);
            }
            m_progress = 0.05;
            if (m_names.isEmpty())
                finish();
            else
                m_step = m_strategy.partialPathGpv ? Step::PartialPathValues : Step::Batches;
            return;
        }
        case Step::PartialPathValues: {
            const auto *r = std::get_if<cwmp::GetParameterValuesResponse>(&response);
            if (fault || !r) {
                // Some devices refuse a partial path in GetParameterValues: fall back to
                // named batches and remember it for this model.
                switchToBatches();
                return;
            }
            applyToCache(m_request, response, nowMs);
            QSet<QString> got;
            for (const auto &p : r->parameterList)
                got.insert(p.name);
            // A device that answers a partial path with a short list (netcwmp answers
            // unknown names with an empty list) is read again by name for what is missing.
            QStringList missing;
            for (const QString &n : std::as_const(m_names)) {
                if (!got.contains(n))
                    missing.append(n);
            }
            m_valuesRead = m_names.size() - missing.size();
            if (missing.isEmpty()) {
                finish();
                return;
            }
            m_names = missing;
            switchToBatches();
            return;
        }
        case Step::Batches: {
            if (fault) {
                if (m_strategy.batchSize > 1 && fault->faultCode != cwmp::InvalidParameterName) {
                    m_strategy.batchSize = qMax(1, m_strategy.batchSize / 4);
                    m_learnt = m_strategy;
                    return; // same position, smaller batch
                }
                fail(int(fault->faultCode), fault->faultString, responseToJson(response));
                return;
            }
            const auto *r = std::get_if<cwmp::GetParameterValuesResponse>(&response);
            if (!r) {
                fail(cwmp::AcsInvalidArguments, QStringLiteral("the device answered GetParameterValues with %1").arg(cwmp::methodName(response)));
                return;
            }
            applyToCache(m_request, response, nowMs);
            m_next += m_batch.size();
            m_valuesRead += r->parameterList.size();
            m_progress = 0.05 + 0.95 * double(m_next) / double(m_names.size());
            if (m_next >= m_names.size())
                finish();
            return;
        }
        case Step::Finished:
            return;
        }
    }

    void sessionLost() override
    {
        // A device that drops the session on a partial-path GetParameterValues (the
        // genieacs-sim worker crashes on one) is read by name next time.
        if (m_step == Step::PartialPathValues) {
            m_strategy.partialPathGpv = false;
            m_learnt = m_strategy;
        }
    }

private:
    enum class Step { Names, PartialPathValues, Batches, Finished };

    void switchToBatches()
    {
        m_strategy.partialPathGpv = false;
        m_learnt = m_strategy;
        m_step = Step::Batches;
        m_next = 0;
    }

    void finish()
    {
        m_step = Step::Finished;
        m_status = Status::Done;
        m_progress = 1;
        m_progressText = QStringLiteral("%1 parameters read").arg(m_valuesRead);
        m_result = QJsonObject{{QStringLiteral("objectName"), m_path},
                               {QStringLiteral("parameters"), m_valuesRead},
                               {QStringLiteral("strategy"), m_strategy.toString()}};
    }

    RefreshStrategy m_strategy;
    QString m_path;
    Step m_step = Step::Names;
    cwmp::Body m_request;
    QStringList m_names;
    QStringList m_batch;
    qsizetype m_next = 0;
    qsizetype m_valuesRead = 0;
};

} // namespace

std::unique_ptr<TaskRun> TaskRun::create(const Task &task, ParameterCache &cache, RefreshStrategy strategy)
{
    if (task.kind == u"refreshObject")
        return std::make_unique<RefreshRun>(task, cache, strategy);
    return std::make_unique<SingleRpcRun>(task, cache);
}

} // namespace acs
