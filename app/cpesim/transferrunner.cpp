#include "transferrunner.h"

#include "firmwareimage.h"

#include <cwmp/faultcodes.h>
#include <http/urlfetcher.h>

#include <QDir>
#include <QTemporaryFile>
#include <QUrl>

namespace cpesim {

namespace {

constexpr qsizetype kFirmwareHeadBytes = 256;
constexpr qsizetype kMaxFaultString = 256; // TransferComplete FaultString is string(256)

cwmp::FaultStruct makeFault(int code, const QString &text)
{
    return {quint32(code), text.left(kMaxFaultString)};
}

bool isFirmware(const QString &fileType)
{
    return fileType == u"1 Firmware Upgrade Image";
}

bool isConfiguration(const QString &fileType)
{
    return fileType == u"3 Vendor Configuration File";
}

constexpr qint64 kMaxConfigurationBytes = 16LL * 1024 * 1024;

// `path=value` lines; '#' starts a comment. Nullopt when nothing in it looks like one.
std::optional<QList<QPair<QString, QString>>> parseConfiguration(const QByteArray &content)
{
    QList<QPair<QString, QString>> out;
    for (const QByteArray &raw : content.split('\n')) {
        const QByteArray line = raw.endsWith('\r') ? raw.chopped(1) : raw;
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const qsizetype eq = line.indexOf('=');
        if (eq <= 0)
            return std::nullopt;
        out.append({QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1))});
    }
    if (out.isEmpty())
        return std::nullopt;
    return out;
}

} // namespace

TransferRunner::TransferRunner(const RuntimeOptions &options, QObject *parent)
    : QObject(parent), m_options(options)
{
}

TransferRunner::~TransferRunner() = default;

cwmp::FaultStruct TransferRunner::faultFor(const http::Result &result, bool isDownload)
{
    const int generic = isDownload ? cwmp::DownloadFailure : cwmp::UploadFailure;
    if (!result.responded) {
        if (result.timings.tcpOpenResponseMs == 0)
            return makeFault(cwmp::FileServerUnreachable, QStringLiteral("cannot reach %1: %2")
                                                              .arg(result.url.host(), result.error));
        return makeFault(isDownload ? cwmp::DownloadIncomplete : generic, result.error);
    }
    const int status = result.response.status;
    if (status == 401 || status == 403)
        return makeFault(cwmp::FileTransferServerAuthenticationFailure,
                         QStringLiteral("file server refused the credentials (HTTP %1)").arg(status));
    if (isDownload && status >= 400 && status < 500)
        return makeFault(cwmp::FileAccessFailure, QStringLiteral("file server answered HTTP %1").arg(status));
    if (status / 100 != 2)
        return makeFault(generic, QStringLiteral("file server answered HTTP %1").arg(status));
    if (!result.ok)
        return makeFault(isDownload ? cwmp::DownloadIncomplete : generic, result.error);
    return {};
}

void TransferRunner::start(const TransferEntry &entry, const QByteArray &uploadContent)
{
    abort();
    m_entry = entry;
    m_start = QDateTime::currentDateTimeUtc();
    m_busy = true;
    m_fetcher = new http::UrlFetcher(this);
    m_fetcher->setCredentials(entry.username, entry.password);
    m_fetcher->setTls(m_options.caCertificates, m_options.insecure);
    m_fetcher->setTimeoutMs(kTimeoutMs);
    m_fetcher->setMaxBytes(kMaxDownloadBytes);
    const QUrl url(entry.url);
    if (entry.isDownload) {
        m_file = std::make_unique<QTemporaryFile>(QDir::tempPath() + QStringLiteral("/cwmp-cpe-sim-XXXXXX"));
        if (!m_file->open()) {
            finish(makeFault(cwmp::InternalError, QStringLiteral("cannot create a temporary file")), 0);
            return;
        }
        m_fetcher->get(url, m_file.get(), [this](const http::Result &r) { onDownloaded(r); });
    } else {
        // HTTP uploads use PUT (cwmp-facts §7.1 ⚠).
        m_fetcher->upload("PUT", url, uploadContent, "text/plain; charset=utf-8",
                          [this](const http::Result &r) { onUploaded(r); });
    }
}

void TransferRunner::onDownloaded(const http::Result &result)
{
    cwmp::FaultStruct fault = faultFor(result, true);
    if (fault.faultCode != 0) {
        finish(fault, result.bodyBytes);
        return;
    }
    if (m_entry.fileSize > 0 && quint64(result.bodyBytes) != m_entry.fileSize) {
        finish(makeFault(cwmp::FileCorrupted, QStringLiteral("received %1 bytes but FileSize is %2")
                                                  .arg(result.bodyBytes)
                                                  .arg(m_entry.fileSize)),
               result.bodyBytes);
        return;
    }
    std::optional<QString> version;
    if (isFirmware(m_entry.fileType)) {
        m_file->flush();
        m_file->seek(0);
        version = FirmwareImage::versionFromContent(m_file->read(kFirmwareHeadBytes));
        if (!version)
            version = FirmwareImage::versionFromName(m_entry.targetFileName);
        if (!version)
            version = FirmwareImage::versionFromName(QUrl(m_entry.url).path());
        if (!version) {
            finish(makeFault(cwmp::FileCorrupted,
                             QStringLiteral("not a firmware image: no \"%1 version=\" line and no version in its name")
                                 .arg(QLatin1String(FirmwareImage::kMagic))),
                   result.bodyBytes);
            return;
        }
    }
    if (isConfiguration(m_entry.fileType)) {
        m_file->flush();
        m_file->seek(0);
        const auto configuration = m_file->size() <= kMaxConfigurationBytes ? parseConfiguration(m_file->readAll())
                                                                            : std::nullopt;
        if (!configuration) {
            finish(makeFault(cwmp::FileCorrupted, QStringLiteral("not a configuration file: expected path=value lines")),
                   result.bodyBytes);
            return;
        }
        finish({}, result.bodyBytes, std::nullopt, configuration);
        return;
    }
    finish({}, result.bodyBytes, version);
}

void TransferRunner::onUploaded(const http::Result &result)
{
    finish(faultFor(result, false), result.bytesSent);
}

void TransferRunner::finish(cwmp::FaultStruct fault, qint64 bytes, std::optional<QString> firmware,
                            std::optional<QList<QPair<QString, QString>>> configuration)
{
    TransferOutcome outcome;
    outcome.commandKey = m_entry.commandKey;
    outcome.isDownload = m_entry.isDownload;
    outcome.fault = std::move(fault);
    outcome.startTime = m_start;
    outcome.completeTime = QDateTime::currentDateTimeUtc();
    outcome.bytes = bytes;
    outcome.firmwareVersion = std::move(firmware);
    outcome.configuration = std::move(configuration);
    m_busy = false;
    if (m_fetcher) {
        m_fetcher->deleteLater();
        m_fetcher = nullptr;
    }
    m_file.reset();
    Q_EMIT finished(outcome);
}

void TransferRunner::abort()
{
    if (m_fetcher) {
        http::UrlFetcher *fetcher = m_fetcher;
        m_fetcher = nullptr;
        fetcher->abort();
        fetcher->deleteLater();
    }
    m_file.reset();
    m_busy = false;
}

} // namespace cpesim
