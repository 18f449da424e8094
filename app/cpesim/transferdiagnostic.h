#pragma once

#include "diagnostichttpconnection.h"
#include "diagnostictest.h"

#include <QList>
#include <QTimer>

namespace cpesim {

// TR-143 DownloadDiagnostics and UploadDiagnostics over HTTP (TR-181 Device.IP.Diagnostics.…,
// TR-098 InternetGatewayDevice.…): NumberOfConnections parallel connections, file-size based
// or time-based (TimeBasedTestDuration), with IncrementalResult rows per measurement
// interval, PerConnectionResult rows when enabled, and the "under full loading" window from
// the latest per-connection BOM to the earliest EOM (cwmp-facts §11.4).
class TransferDiagnostic : public DiagnosticTest
{
    Q_OBJECT

public:
    static constexpr int kIdleTimeoutMs = 30'000;

    TransferDiagnostic(SimDevice &device, const QString &objectPath, const DiagnosticWanProfile &wan, bool upload,
                       QObject *parent = nullptr);
    void start() override;

private:
    void begin(const QUrl &url, const QHostAddress &address);
    void onConnectionFinished();
    void report();
    void writeIncrements(qint64 bom, qint64 eom);
    void writePerConnection();
    QString bytesName() const { return m_upload ? QStringLiteral("TestBytesSent") : QStringLiteral("TestBytesReceived"); }

    const bool m_upload;
    QList<DiagnosticHttpConnection *> m_connections;
    QTimer m_duration;
    bool m_timeBased = false;
    bool m_durationStarted = false;
};

} // namespace cpesim
