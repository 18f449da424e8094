#pragma once

#include "result.h"
#include "soapexchange.h"

#include <QFuture>
#include <QList>

#include <memory>

namespace store {

class Database;

// Every HTTP exchange of every session. Appends are batched (many per transaction) and
// trigger pruning on the worker when the log outgrows its retention.
class SoapLogRepository
{
public:
    enum class ExportFormat {
        JsonLines, // one JSON object per exchange; body as text, or bodyBase64 when not UTF-8
        Text,      // a header line per exchange, then headers and body, for reading
    };

    explicit SoapLogRepository(Database &database, SoapLogRetention retention = {});
    ~SoapLogRepository();

    // Takes effect with the next append; also schedules pruning to the new limits.
    void setRetention(SoapLogRetention retention);
    SoapLogRetention retention() const;

    // Resolves to the new id once the batch holding the append has committed.
    QFuture<Result<qint64>> append(const SoapExchange &exchange);
    // Exchanges of a device in log order, optionally of one session; bodies are not loaded
    // (body stays empty, size tells its length) — use get() for the body.
    QFuture<Result<QList<SoapExchange>>> listForDevice(const QString &deviceId,
                                                       const std::optional<QString> &sessionId,
                                                       int limit, int offset = 0);
    QFuture<Result<std::optional<SoapExchange>>> get(qint64 id);
    // Writes the log (of one device, or all) to filePath atomically; resolves to the count.
    QFuture<Result<qint64>> exportTo(const QString &filePath, ExportFormat format,
                                     const std::optional<QString> &deviceId = std::nullopt);
    // One exchange as exportTo() writes it, for exports of a chosen set of exchanges.
    static QByteArray exportRecord(const SoapExchange &exchange, ExportFormat format);
    QFuture<Result<SoapLogTotals>> totals();
    // Prunes to the retention limits now, in chunks; resolves to exchanges removed.
    QFuture<Result<qint64>> prune();

    struct Shared; // retention and the "prune scheduled" flag, shared with queued jobs

private:
    Database &m_database;
    std::shared_ptr<Shared> m_shared;
};

} // namespace store
