#pragma once

#include <QDateTime>
#include <QHostAddress>
#include <QObject>

class QUdpSocket;

namespace diagnostics {

// A UDP echo server for UDPEchoDiagnostics (RFC 862; TR-181 UDPEchoConfig): every datagram
// goes back to its sender. With Echo Plus on (TR-143 A.1.4) a datagram of 20 bytes or more
// gets its header filled in: TestRespSN (this server's counter), TestRespRcvTimeStamp and
// TestRespReplyTimeStamp (µs, this server's clock, modulo 2^32), TestRespReplyFailureCount.
// It counts what it saw, as UDPEchoConfig does.
class UdpEchoServer : public QObject
{
    Q_OBJECT

public:
    static constexpr int kEchoPlusHeaderBytes = 20;

    explicit UdpEchoServer(QObject *parent = nullptr);

    bool listen(const QHostAddress &address, quint16 port);
    void close();
    quint16 port() const;
    QString errorString() const { return m_error; }
    void setEchoPlus(bool on) { m_echoPlus = on; }
    bool echoPlus() const { return m_echoPlus; }

    quint64 packetsReceived() const { return m_packetsReceived; }
    quint64 packetsResponded() const { return m_packetsResponded; }
    quint64 bytesReceived() const { return m_bytesReceived; }
    quint64 bytesResponded() const { return m_bytesResponded; }
    QDateTime firstPacketReceived() const { return m_first; }
    QDateTime lastPacketReceived() const { return m_last; }

Q_SIGNALS:
    void echoed(const QHostAddress &peer, quint16 port, qint64 bytes);

private:
    void onReadable();

    QUdpSocket *m_socket = nullptr;
    QString m_error;
    bool m_echoPlus = true;
    quint32 m_respSn = 0;
    quint32 m_failures = 0;
    quint64 m_packetsReceived = 0;
    quint64 m_packetsResponded = 0;
    quint64 m_bytesReceived = 0;
    quint64 m_bytesResponded = 0;
    QDateTime m_first;
    QDateTime m_last;
};

} // namespace diagnostics
