#include "testserverurls.h"

#include <acs/devicerecord.h>

#include <QHostAddress>
#include <QNetworkInterface>

namespace diagnostics {

QString TestServerUrls::hostFor(const acs::DeviceRecord *device)
{
    if (device && !device->acsBaseUrl.isEmpty()) {
        const QUrl base(device->acsBaseUrl);
        if (!base.host().isEmpty())
            return base.host();
    }
    return firstLanAddress();
}

QString TestServerUrls::firstLanAddress()
{
    for (const QHostAddress &a : QNetworkInterface::allAddresses()) {
        if (!a.isLoopback() && a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLinkLocal())
            return a.toString();
    }
    return QHostAddress(QHostAddress::LocalHost).toString();
}

QUrl TestServerUrls::downloadUrl(const QString &host, quint16 port, qint64 bytes)
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(host);
    url.setPort(port);
    url.setPath(QStringLiteral("/tr143/download/%1").arg(bytes));
    return url;
}

QUrl TestServerUrls::uploadUrl(const QString &host, quint16 port)
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(host);
    url.setPort(port);
    url.setPath(QStringLiteral("/tr143/upload"));
    return url;
}

} // namespace diagnostics
