#include "transferdiagnostic.h"

#include "runtimelog.h"

#include <algorithm>

namespace cpesim {

TransferDiagnostic::TransferDiagnostic(SimDevice &device, const QString &objectPath, const DiagnosticWanProfile &wan,
                                       bool upload, QObject *parent)
    : DiagnosticTest(device, objectPath, wan, parent), m_upload(upload)
{
    m_duration.setSingleShot(true);
    m_duration.setTimerType(Qt::PreciseTimer); // a coarse timer may end a 3 s test 150 ms early
    connect(&m_duration, &QTimer::timeout, this, [this] {
        for (DiagnosticHttpConnection *c : std::as_const(m_connections))
            c->stopNow();
    });
}

void TransferDiagnostic::start()
{
    clearTable(QStringLiteral("PerConnectionResult."));
    clearTable(QStringLiteral("IncrementalResult."));
    const QString zero = dateTime(0);
    for (const char *name : {"ROMTime", "BOMTime", "EOMTime", "TCPOpenRequestTime", "TCPOpenResponseTime"})
        setResult(QString::fromLatin1(name), zero);
    for (const char *name : {"TestBytesReceived", "TestBytesSent", "TotalBytesReceived", "TotalBytesSent",
                             "TestBytesReceivedUnderFullLoading", "TestBytesSentUnderFullLoading",
                             "TotalBytesReceivedUnderFullLoading", "TotalBytesSentUnderFullLoading", "PeriodOfFullLoading"})
        setResult(QString::fromLatin1(name), 0);
    setResult(QStringLiteral("IPAddressUsed"), QString());

    const QUrl url(input(m_upload ? QStringLiteral("UploadURL") : QStringLiteral("DownloadURL")), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || url.scheme() != u"http") {
        // Only HTTP is offered in DownloadTransports/UploadTransports.
        RuntimeLog::warn(QStringLiteral("%1: not an http:// URL: %2").arg(m_object, url.toString()));
        finishError({QStringLiteral("Error_InitConnectionFailed")});
        return;
    }
    resolve(url.host(), [this, url](const QHostAddress &address) {
        if (address.isNull()) {
            finishError({QStringLiteral("Error_CannotResolveHostName"), QStringLiteral("Error_InitConnectionFailed")});
            return;
        }
        begin(url, address);
    });
}

void TransferDiagnostic::begin(const QUrl &url, const QHostAddress &address)
{
    setResult(QStringLiteral("IPAddressUsed"), localAddressFor(address));
    const QString maxName = m_upload ? QStringLiteral("UploadDiagnosticsMaxConnections")
                                     : QStringLiteral("DownloadDiagnosticMaxConnections");
    const quint32 max = inputUInt(maxName, 1);
    const quint32 count = std::clamp<quint32>(inputUInt(QStringLiteral("NumberOfConnections"), 1), 1, max);
    const quint32 duration = input(QStringLiteral("TimeBasedTestDuration")).toUInt();
    m_timeBased = duration > 0;
    DiagnosticHttpConnection::Request request;
    request.url = url;
    request.address = address;
    request.upload = m_upload;
    request.uploadBytes = input(QStringLiteral("TestFileLength")).toLongLong();
    request.dscp = int(input(QStringLiteral("DSCP")).toUInt());
    request.timeoutMs = kIdleTimeoutMs;
    request.rateBitsPerSecond = m_wan.rateBitsPerSecond / count; // the emulated link is shared
    if (m_upload && m_timeBased && request.uploadBytes == 0)
        request.uploadBytes = std::max<qint64>(1, m_wan.rateBitsPerSecond / 8) * duration * 4 + (1LL << 30);
    for (quint32 i = 0; i < count; ++i) {
        auto *c = new DiagnosticHttpConnection(m_wan, this);
        connect(c, &DiagnosticHttpConnection::finished, this, &TransferDiagnostic::onConnectionFinished);
        // TR-143: a time-based test lasts TimeBasedTestDuration from the first BOM.
        connect(c, &DiagnosticHttpConnection::began, this, [this, duration] {
            if (m_timeBased && !m_duration.isActive() && !m_durationStarted) {
                m_durationStarted = true;
                m_duration.start(int(duration) * 1000);
            }
        });
        m_connections.append(c);
    }
    for (DiagnosticHttpConnection *c : std::as_const(m_connections))
        c->start(request);
}

void TransferDiagnostic::onConnectionFinished()
{
    for (const DiagnosticHttpConnection *c : std::as_const(m_connections)) {
        if (!c->isFinished())
            return;
    }
    m_duration.stop();
    report();
}

void TransferDiagnostic::report()
{
    // The first failure decides the state (TR-143: the test as a whole failed).
    for (const DiagnosticHttpConnection *c : std::as_const(m_connections)) {
        const DiagnosticConnectionResult &r = c->result();
        if (r.failure == DiagnosticConnectionResult::None)
            continue;
        RuntimeLog::info(QStringLiteral("%1 failed: %2").arg(m_object, r.error));
        switch (r.failure) {
        case DiagnosticConnectionResult::InitConnection:
            finishError({QStringLiteral("Error_InitConnectionFailed")});
            return;
        case DiagnosticConnectionResult::NoResponse:
            finishError({QStringLiteral("Error_NoResponse")});
            return;
        case DiagnosticConnectionResult::IncorrectSize:
            finishError({QStringLiteral("Error_IncorrectSize"), QStringLiteral("Error_TransferFailed")});
            return;
        case DiagnosticConnectionResult::Timeout:
            finishError({QStringLiteral("Error_Timeout"), QStringLiteral("Error_TransferFailed"),
                         QStringLiteral("Error_NoTransferComplete")});
            return;
        case DiagnosticConnectionResult::Transfer:
        case DiagnosticConnectionResult::None:
            finishError({QStringLiteral("Error_TransferFailed"), QStringLiteral("Error_NoTransferComplete")});
            return;
        }
    }
    // Several connections: ROM and BOM are the earliest, EOM and TCPOpen* the latest.
    qint64 rom = 0, bom = 0, eom = 0, openRequest = 0, openResponse = 0;
    qint64 latestBom = 0, earliestEom = 0;
    qint64 test = 0, received = 0, sent = 0;
    for (const DiagnosticHttpConnection *c : std::as_const(m_connections)) {
        const DiagnosticConnectionResult &r = c->result();
        rom = rom ? std::min(rom, r.romUs) : r.romUs;
        bom = bom ? std::min(bom, r.bomUs) : r.bomUs;
        eom = std::max(eom, r.eomUs);
        openRequest = std::max(openRequest, r.tcpOpenRequestUs);
        openResponse = std::max(openResponse, r.tcpOpenResponseUs);
        latestBom = std::max(latestBom, r.bomUs);
        earliestEom = earliestEom ? std::min(earliestEom, r.eomUs) : r.eomUs;
        test += r.testBytes;
        received += r.totalBytesReceived;
        sent += r.totalBytesSent;
    }
    setResult(QStringLiteral("ROMTime"), dateTime(rom));
    setResult(QStringLiteral("BOMTime"), dateTime(bom));
    setResult(QStringLiteral("EOMTime"), dateTime(eom));
    setResult(QStringLiteral("TCPOpenRequestTime"), dateTime(openRequest));
    setResult(QStringLiteral("TCPOpenResponseTime"), dateTime(openResponse));
    setResult(bytesName(), test);
    setResult(QStringLiteral("TotalBytesReceived"), received);
    setResult(QStringLiteral("TotalBytesSent"), sent);
    if (earliestEom > latestBom) {
        qint64 underLoad = 0;
        for (const DiagnosticHttpConnection *c : std::as_const(m_connections))
            underLoad += c->result().bytesAt(earliestEom) - c->result().bytesAt(latestBom);
        setResult(bytesName() + QStringLiteral("UnderFullLoading"), underLoad);
        setResult(m_upload ? QStringLiteral("TotalBytesSentUnderFullLoading") : QStringLiteral("TotalBytesReceivedUnderFullLoading"),
                  underLoad);
        setResult(QStringLiteral("PeriodOfFullLoading"), earliestEom - latestBom);
    }
    if (m_timeBased)
        writeIncrements(bom, eom);
    if (inputBool(QStringLiteral("EnablePerConnectionResults")))
        writePerConnection();
    finish(completeState());
}

void TransferDiagnostic::writeIncrements(qint64 bom, qint64 eom)
{
    const qint64 intervalUs = qint64(input(QStringLiteral("TimeBasedTestMeasurementInterval")).toUInt()) * 1'000'000;
    if (intervalUs <= 0)
        return;
    const qint64 offsetUs = qint64(input(QStringLiteral("TimeBasedTestMeasurementOffset")).toUInt()) * 1'000'000;
    const quint32 maxRows = inputUInt(m_upload ? QStringLiteral("UploadDiagnosticsMaxIncrementalResult")
                                               : QStringLiteral("DownloadDiagnosticsMaxIncrementalResult"), 100);
    quint32 rows = 0;
    // TR-143: the first interval starts at BOMTime + offset and the intervals fill the
    // test's duration (90 s in 10 s intervals: 9 rows); a test cut short ends the last one.
    const qint64 endUs = std::min(eom, bom + qint64(input(QStringLiteral("TimeBasedTestDuration")).toUInt()) * 1'000'000);
    for (qint64 from = bom + offsetUs; from < endUs && rows < maxRows; from += intervalUs, ++rows) {
        const qint64 to = std::min(endUs, from + intervalUs);
        qint64 bytes = 0;
        for (const DiagnosticHttpConnection *c : std::as_const(m_connections))
            bytes += c->result().bytesAt(to) - c->result().bytesAt(from);
        const QString row = addRow(QStringLiteral("IncrementalResult."));
        if (row.isEmpty())
            break;
        setResult(row + bytesName(), bytes);
        setResult(row + (m_upload ? QStringLiteral("TotalBytesSent") : QStringLiteral("TotalBytesReceived")), bytes);
        setResult(row + QStringLiteral("StartTime"), dateTime(from));
        setResult(row + QStringLiteral("EndTime"), dateTime(to));
    }
}

void TransferDiagnostic::writePerConnection()
{
    for (const DiagnosticHttpConnection *c : std::as_const(m_connections)) {
        const DiagnosticConnectionResult &r = c->result();
        const QString row = addRow(QStringLiteral("PerConnectionResult."));
        if (row.isEmpty())
            return;
        setResult(row + QStringLiteral("ROMTime"), dateTime(r.romUs));
        setResult(row + QStringLiteral("BOMTime"), dateTime(r.bomUs));
        setResult(row + QStringLiteral("EOMTime"), dateTime(r.eomUs));
        setResult(row + bytesName(), r.testBytes);
        setResult(row + QStringLiteral("TotalBytesReceived"), r.totalBytesReceived);
        setResult(row + QStringLiteral("TotalBytesSent"), r.totalBytesSent);
        setResult(row + QStringLiteral("TCPOpenRequestTime"), dateTime(r.tcpOpenRequestUs));
        setResult(row + QStringLiteral("TCPOpenResponseTime"), dateTime(r.tcpOpenResponseUs));
    }
}

} // namespace cpesim
