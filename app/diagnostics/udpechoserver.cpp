#include "udpechoserver.h"

#include <QElapsedTimer>
#include <QNetworkDatagram>
#include <QUdpSocket>
#include <QtEndian>

namespace diagnostics {

namespace {

quint32 clockUs()
{
    static QElapsedTimer clock;
    if (!clock.isValid())
        clock.start();
    return quint32(quint64(clock.nsecsElapsed() / 1000) & 0xffffffffu);
}

} // namespace

UdpEchoServer::UdpEchoServer(QObject *parent) : QObject(parent) { }

bool UdpEchoServer::listen(const QHostAddress &address, quint16 port)
{
    close();
    m_socket = new QUdpSocket(this);
    if (!m_socket->bind(address, port)) {
        m_error = m_socket->errorString();
        delete m_socket;
        m_socket = nullptr;
        return false;
    }
    connect(m_socket, &QUdpSocket::readyRead, this, &UdpEchoServer::onReadable);
    return true;
}

void UdpEchoServer::close()
{
    delete m_socket;
    m_socket = nullptr;
}

quint16 UdpEchoServer::port() const
{
    return m_socket ? m_socket->localPort() : 0;
}

void UdpEchoServer::onReadable()
{
    while (m_socket && m_socket->hasPendingDatagrams()) {
        const QNetworkDatagram d = m_socket->receiveDatagram();
        const quint32 received = clockUs();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (!m_first.isValid())
            m_first = now;
        m_last = now;
        ++m_packetsReceived;
        QByteArray data = d.data();
        m_bytesReceived += quint64(data.size());
        if (m_echoPlus && data.size() >= kEchoPlusHeaderBytes) {
            char *h = data.data();
            qToBigEndian(++m_respSn, h + 4);
            qToBigEndian(received, h + 8);
            qToBigEndian(clockUs(), h + 12);
            qToBigEndian(m_failures, h + 16);
        }
        if (m_socket->writeDatagram(data, d.senderAddress(), quint16(d.senderPort())) == data.size()) {
            ++m_packetsResponded;
            m_bytesResponded += quint64(data.size());
            Q_EMIT echoed(d.senderAddress(), quint16(d.senderPort()), data.size());
        } else {
            ++m_failures;
        }
    }
}

} // namespace diagnostics
