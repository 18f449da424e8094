#pragma once

// GET /devices/<id>/log: a device's SOAP log from the workspace database, oldest first and
// newest last, at most `limit` exchanges (the newest), optionally of one session. The store
// lists exchanges oldest first by pages and without bodies, so the reader walks the pages
// keeping the newest `limit`, then loads those bodies: every step is a query on the
// store's worker thread, and the answer comes back to the caller's thread.

#include <store/result.h>
#include <store/soapexchange.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QObject;

namespace store {
class SoapLogRepository;
}

namespace api {

class DeviceLogReader
{
public:
    static constexpr int kPageSize = 2000;

    struct Query {
        QString deviceId;
        std::optional<QString> sessionId;
        int limit = 100;
        bool bodies = true;
    };
    using Done = std::function<void(const store::Result<QJsonArray> &)>;

    // done runs on context's thread, and not at all if context is gone by then.
    static void read(std::shared_ptr<store::SoapLogRepository> log, QObject *context, const Query &query, Done done);
    // One exchange as a JSON document: time, direction, method/url/status, rpc, session,
    // headers, and the body as text (or bodyBase64 when it is not UTF-8).
    static QJsonObject document(const store::SoapExchange &exchange);
};

} // namespace api
