#pragma once

#include "diagnosticwanprofile.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <memory>

class QTcpSocket;

namespace http::Internal {
class ResponseParser;
}

namespace cpesim {

// What one TR-143 HTTP connection measured. Times are µs since the epoch, 0 = never.
struct DiagnosticConnectionResult {
    enum Failure { None, InitConnection, NoResponse, Transfer, IncorrectSize, Timeout };
    struct Sample {
        qint64 atUs = 0;
        qint64 bytes = 0; // test bytes so far
    };
    qint64 tcpOpenRequestUs = 0;  // connect() called (SYN)
    qint64 tcpOpenResponseUs = 0; // connection established
    qint64 romUs = 0;             // GET / PUT request written
    qint64 bomUs = 0;             // download: first response byte; upload: first body byte sent
    qint64 eomUs = 0;             // download: last byte; upload: the server's final status
    qint64 testBytes = 0;         // HTTP headers included (TR-181 TestBytesReceived/Sent)
    qint64 totalBytesReceived = 0;
    qint64 totalBytesSent = 0;
    qint64 bodyBytes = 0;
    QList<Sample> samples;        // for IncrementalResult and the full-loading window
    Failure failure = None;
    int httpStatus = 0;
    QString error;
    qint64 bytesAt(qint64 us) const; // test bytes at that instant, interpolated
};

// One HTTP connection of a TR-143 download (GET) or upload (PUT) test, on a plain
// QTcpSocket so that every instant TR-143 names can be taken where it happens, and so that
// an emulated rate (--wan-profile rate=…) can really pace the bytes: reads are taken from
// a small socket buffer, writes are held back, both by a token bucket.
class DiagnosticHttpConnection : public QObject
{
    Q_OBJECT

public:
    static constexpr int kPaceTickMs = 10;
    static constexpr int kMaxBurstMs = 50; // tokens banked while the event loop lags
    static constexpr qint64 kPieceBytes = 64 * 1024;
    static constexpr qint64 kWriteHighWater = 256 * 1024;
    static constexpr int kSampleEveryUs = 20'000;

    struct Request {
        QUrl url;
        QHostAddress address;
        bool upload = false;
        qint64 uploadBytes = 0;
        qint64 rateBitsPerSecond = 0; // 0: as fast as the network goes
        int dscp = 0;
        int timeoutMs = 30'000;      // without progress
    };

    DiagnosticHttpConnection(const DiagnosticWanProfile &wan, QObject *parent = nullptr);
    ~DiagnosticHttpConnection() override;

    void start(const Request &request);
    // Ends a time-based test now: what was transferred counts, EOM is now.
    void stopNow();
    bool isFinished() const { return m_finished; }
    const DiagnosticConnectionResult &result() const { return m_result; }

Q_SIGNALS:
    void began(); // BOM: the first byte of the test data moved
    void finished();

private:
    void onConnected();
    void sendHead();
    void pumpUpload();
    void onBytesWritten(qint64 bytes);
    void onReadable();
    void consume(QByteArray data);
    void onPaceTick();
    void onDisconnected();
    void fail(DiagnosticConnectionResult::Failure failure, const QString &error);
    void complete();
    void sample(qint64 now);

    const DiagnosticWanProfile &m_wan;
    Request m_request;
    DiagnosticConnectionResult m_result;
    QTcpSocket *m_socket = nullptr;
    std::unique_ptr<http::Internal::ResponseParser> m_parser;
    std::unique_ptr<QIODevice> m_discard;
    QTimer m_pace;
    QTimer m_idle;
    double m_tokens = 0;
    qint64 m_lastTickUs = 0;
    qint64 m_headBytes = 0;
    qint64 m_bodyQueued = 0;  // upload body bytes handed to the socket
    qint64 m_written = 0;     // upload bytes the socket reported written (head included)
    qint64 m_lastSampleUs = 0;
    bool m_finished = false;
};

} // namespace cpesim
