#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace store {

// One HTTP message of a CWMP session, as logged. Times are ms since the Unix epoch, UTC.
struct SoapExchange
{
    enum class Direction { In, Out }; // In: CPE -> ACS, Out: ACS -> CPE

    qint64 id = 0;
    std::optional<QString> deviceId; // null until the Inform named the device
    QString sessionId;
    qint64 connectionId = 0;
    Direction direction = Direction::In;
    QString method; // HTTP method of a request; empty for a response
    QString url;
    int status = 0; // HTTP status of a response; 0 for a request
    QString headers;
    QByteArray body; // exactly as sent; empty in list results (see SoapLogRepository)
    QString rpcName; // e.g. "Inform", "GetParameterValuesResponse"; empty for an empty POST
    qint64 size = 0; // body bytes; 0 on append means body.size()
    qint64 startedMs = 0;
    qint64 endedMs = 0;

    qint64 durationMs() const { return endedMs - startedMs; }
};

// Retention of the SOAP log; 0 disables a limit. The oldest exchanges go first.
struct SoapLogRetention
{
    qint64 maxExchanges = 200000;
    qint64 maxBytes = qint64(1) << 30;
};

struct SoapLogTotals
{
    qint64 exchanges = 0;
    qint64 bytes = 0;
};

} // namespace store
