#pragma once

// One task in progress inside a CWMP session: the RPCs it still has to send, and what each
// response means for the task and for the device's parameter cache.

#include "parametercache.h"
#include "task.h"

#include <cwmp/envelope.h>

#include <QJsonObject>
#include <QSet>

#include <memory>
#include <optional>

namespace acs {

// How a full-tree refresh reads values from a device model, remembered per model so the
// next refresh goes straight to what worked (see the issue on refresh strategies).
struct RefreshStrategy {
    bool partialPathGpv = true; // one GetParameterValues with the partial path
    int batchSize = 2000;       // otherwise named batches of this many
    QString toString() const;
    static RefreshStrategy fromString(const QString &text);
};

class TaskRun
{
public:
    enum class Status { Running, Done, Fault, AwaitingEvent };

    static std::unique_ptr<TaskRun> create(const Task &task, ParameterCache &cache, RefreshStrategy strategy);
    virtual ~TaskRun() = default;

    // The next RPC to send; std::nullopt when the task has nothing more to send.
    virtual std::optional<cwmp::Body> nextRequest() = 0;
    virtual void handleResponse(const cwmp::Body &response, qint64 nowMs) = 0;
    // The session broke while this run's request was on the wire.
    virtual void sessionLost() {}

    Status status() const { return m_status; }
    int faultCode() const { return m_faultCode; }
    const QString &faultString() const { return m_faultString; }
    const QJsonObject &result() const { return m_result; }
    double progress() const { return m_progress; }
    const QString &progressText() const { return m_progressText; }
    // For AwaitingEvent: the M event and CommandKey that will complete the task
    // ("M Reboot", "M Download", "M Upload", "0 BOOTSTRAP").
    const QString &awaitedEvent() const { return m_awaitedEvent; }
    const QString &awaitedCommandKey() const { return m_awaitedCommandKey; }
    // Set when a refresh learnt something about the device model.
    std::optional<RefreshStrategy> learntStrategy() const { return m_learnt; }
    // Cache paths changed or removed by this run, for the store.
    QSet<QString> takeChangedPaths() { return std::exchange(m_changed, {}); }
    QStringList takeRemovedPaths() { return std::exchange(m_removed, {}); }
    // What the device was asked to do happens only once this session has ended: a
    // diagnostic (…DiagnosticsState set to "Requested", TR-069 A.4.1, cwmp-facts §11.1), a
    // Reboot or FactoryReset (A.3.2.3, A.4.1.1), or a transfer it accepted with Status 1
    // (A.3.2.8). Holding such a session open for the engineer would only delay it.
    bool needsSessionEnd() const { return m_startsDiagnostics || m_status == Status::AwaitingEvent; }

protected:
    TaskRun(const Task &task, ParameterCache &cache) : m_task(task), m_cache(cache) {}
    void fail(int code, const QString &text, const QJsonObject &detail = {});
    void applyToCache(const cwmp::Body &request, const cwmp::Body &response, qint64 nowMs);

    Task m_task;
    ParameterCache &m_cache;
    Status m_status = Status::Running;
    int m_faultCode = 0;
    QString m_faultString;
    QJsonObject m_result;
    double m_progress = 0;
    QString m_progressText;
    QString m_awaitedEvent;
    QString m_awaitedCommandKey;
    std::optional<RefreshStrategy> m_learnt;
    QSet<QString> m_changed;
    QStringList m_removed;
    bool m_startsDiagnostics = false;
};

} // namespace acs
