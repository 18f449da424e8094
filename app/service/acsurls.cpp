#include "acsurls.h"

#include <QNetworkInterface>

namespace service {

namespace {

QString urlFor(const QHostAddress &address, quint16 port, bool tls)
{
    const QString scheme = tls ? QStringLiteral("https") : QStringLiteral("http");
    QString host = address.toString();
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
        host = QStringLiteral("[%1]").arg(host);
    return QStringLiteral("%1://%2:%3/").arg(scheme, host).arg(port);
}

bool isWildcard(const QHostAddress &address)
{
    return address == QHostAddress::Any || address == QHostAddress::AnyIPv4 || address == QHostAddress::AnyIPv6;
}

} // namespace

QStringList acsUrls(const QHostAddress &address, quint16 port, bool tls)
{
    if (!isWildcard(address))
        return {urlFor(address, port, tls)};
    QStringList urls;
    QStringList loopback;
    for (const QHostAddress &a : QNetworkInterface::allAddresses()) {
        if (a.protocol() != QAbstractSocket::IPv4Protocol)
            continue;
        (a.isLoopback() ? loopback : urls) << urlFor(a, port, tls);
    }
    if (loopback.isEmpty())
        loopback << urlFor(QHostAddress(QHostAddress::LocalHost), port, tls);
    return urls + loopback;
}

QString localAcsUrl(const QHostAddress &address, quint16 port, bool tls)
{
    if (isWildcard(address))
        return urlFor(QHostAddress(QHostAddress::LocalHost), port, tls);
    return urlFor(address, port, tls);
}

} // namespace service
