#pragma once

#include <QHostAddress>
#include <QStringList>

namespace service {

// Every URL a device could use to reach an ACS bound to address:port on this computer:
// with a wildcard address one per IPv4 address of every interface, loopback last (a device
// on the network cannot use it; a simulator on this laptop can).
QStringList acsUrls(const QHostAddress &address, quint16 port, bool tls);

// The URL a program on this computer uses (loopback, unless the ACS is bound to one
// address only).
QString localAcsUrl(const QHostAddress &address, quint16 port, bool tls);

} // namespace service
