#pragma once

#include "runtimeoptions.h"
#include "transferlist.h"
#include "transferoutcome.h"

#include <QObject>

#include <memory>
#include <optional>

class QTemporaryFile;

namespace http {
class UrlFetcher;
struct Result;
}

namespace cpesim {

// Carries out one file transfer for the Download/Upload RPCs over HTTP(S) (cwmp-facts §9):
// a GET into a temporary file with the RPC's Username/Password, checked against FileSize
// and, for firmware, against FirmwareImage's rules; or a PUT of the generated file. The
// result maps onto the TransferComplete fault codes of cwmp-facts §6.3:
//   server unreachable 9015, 401/403 9012, other 4xx 9016 (unable to access file),
//   transfer broken off 9017, size differs from FileSize or not a firmware image 9018,
//   anything else 9010 (download) / 9011 (upload).
class TransferRunner : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 kMaxDownloadBytes = 512LL * 1024 * 1024;
    static constexpr int kTimeoutMs = 60'000;

    explicit TransferRunner(const RuntimeOptions &options, QObject *parent = nullptr);
    ~TransferRunner() override;

    // uploadContent is what an Upload sends (ignored for downloads).
    void start(const TransferEntry &entry, const QByteArray &uploadContent);
    bool isBusy() const { return m_busy; }
    void abort();

    // Exposed for tests: the fault for a finished HTTP exchange.
    static cwmp::FaultStruct faultFor(const http::Result &result, bool isDownload);

Q_SIGNALS:
    void finished(const cpesim::TransferOutcome &outcome);

private:
    void onDownloaded(const http::Result &result);
    void onUploaded(const http::Result &result);
    void finish(cwmp::FaultStruct fault, qint64 bytes, std::optional<QString> firmware = {},
                std::optional<QList<QPair<QString, QString>>> configuration = {});

    const RuntimeOptions &m_options;
    http::UrlFetcher *m_fetcher = nullptr;
    std::unique_ptr<QTemporaryFile> m_file;
    TransferEntry m_entry;
    QDateTime m_start;
    bool m_busy = false;
};

} // namespace cpesim
