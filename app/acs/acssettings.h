#pragma once

#include "sessioncontext.h"

#include <http/serverlimits.h>
#include <http/tlssettings.h>

#include <QHostAddress>
#include <QString>

#include <optional>

namespace acs {

enum class CpeAuthMode { None, Basic, Digest };

struct AcsSettings {
    // A lab has many devices behind one address (a NAT, or a simulator fleet on this
    // laptop), so the per-address cap is far above the HTTP server's general default.
    static http::ServerLimits defaultLimits()
    {
        http::ServerLimits l;
        l.maxConnections = 4096;
        l.maxConnectionsPerAddress = 2048;
        return l;
    }

    QHostAddress address = QHostAddress::Any;
    quint16 port = 7547; // IANA port for CWMP
    std::optional<http::TlsSettings> tls;

    // How CPEs authenticate to us (TR-069 §3.4.4): Digest by default. Basic is offered
    // only over TLS unless allowBasicWithoutTls is set explicitly.
    CpeAuthMode authMode = CpeAuthMode::Digest;
    QString cpeUsername;
    QString cpePassword;
    bool allowBasicWithoutTls = false;
    QString realm = QStringLiteral("CWMP Workbench");

    SessionSettings session;
    http::ServerLimits limits = defaultLimits();

    // Defaults for connection requests to devices that have no credentials of their own.
    QString crUsername;
    QString crPassword;
    int crTimeoutMs = 5000;
    int crMinIntervalMs = 2000; // per device
    // On a device's BOOTSTRAP, write generated connection-request credentials to it
    // (ManagementServer.ConnectionRequestUsername/Password) and remember them per device.
    bool provisionConnectionRequestCredentials = false;

    bool soapLog = true;
};

} // namespace acs
