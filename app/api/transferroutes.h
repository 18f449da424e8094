#pragma once

// The API of issue 7's transfers, next to the GenieACS-compatible routes:
//   POST /devices/{id}/firmware                 {"file": name, "delaySeconds": n}, or with
//        "timeWindows": [{"start": s, "end": s, "mode": "1 At Any Time", "userMessage": "",
//        "maxRetries": -1}] (one or two, seconds after receipt) a ScheduleDownload instead
//   GET  /devices/{id}/transfers                every timeline, newest first
//   GET  /devices/{id}/transfers/{tid}
//   POST /devices/{id}/backups                  Upload "1 Vendor Configuration File"
//   GET  /devices/{id}/backups                  the succeeded backups
//   GET  /devices/{id}/backups/{bid}            the backup's content
//   POST /devices/{id}/backups/{bid}/restore    Download it as "3 Vendor Configuration File"
//   POST /devices/{id}/logs                     Upload "2 Vendor Log File"
// Starting one answers 202 with the new timeline; its stages follow in the GETs.

#include <http/responder.h>

#include <QList>
#include <QString>

#include <functional>

namespace http {
struct Request;
}

namespace acs {
class TransferTracker;
}

namespace api {

class TransferRoutes
{
public:
    // Backup contents above this are not sent inline.
    static constexpr qint64 kMaxContentBytes = 16LL * 1024 * 1024;

    explicit TransferRoutes(acs::TransferTracker *tracker);

    std::function<bool(const http::Request &, const QList<QString> &, http::Responder &)> routeGroup();
    bool handle(const http::Request &request, const QList<QString> &segments, http::Responder &responder);

private:
    void startFirmware(const http::Request &request, const QString &deviceId, http::Responder &responder);
    void listTransfers(const QString &deviceId, const QString &kind, http::Responder &responder);
    void getTransfer(const QString &deviceId, const QString &id, http::Responder &responder);
    void backupContent(const QString &deviceId, const QString &id, http::Responder &responder);
    void restore(const QString &deviceId, const QString &id, http::Responder &responder);

    acs::TransferTracker *m_tracker;
};

} // namespace api
