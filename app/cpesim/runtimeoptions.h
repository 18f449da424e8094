#pragma once

#include "diagnosticwanprofile.h"
#include "faultinjection.h"

#include <cwmp/cwmpversion.h>

#include <QHostAddress>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

#include <optional>

namespace cpesim {

// How the runtime puts simulated devices on the network: what the command line sets, plus
// the timing knobs tests shorten. Shared by every device of a fleet.
struct RuntimeOptions {
    // TR-069 §3.2.2 (cwmp-facts §4.1 ⚠): 30 s without an answer fails the session.
    static constexpr int kDefaultSessionTimeoutMs = 30'000;
    static constexpr int kDefaultRebootDelayMs = 2'000;
    // Connection requests accepted at most once per this interval (TR-069 §3.2.2 leaves
    // the limit to the CPE); others get 503.
    static constexpr int kDefaultConnectionRequestIntervalMs = 2'000;
    static constexpr quint16 kDefaultConnectionRequestPort = 30005;

    QUrl acsUrl;                       // factory ManagementServer.URL
    std::optional<QString> username;   // overrides ManagementServer.Username
    std::optional<QString> password;   // overrides ManagementServer.Password
    QHostAddress crAddress = QHostAddress(QHostAddress::LocalHost);
    QString crAdvertisedHost;          // host in ConnectionRequestURL; empty: crAddress
    quint16 crPort = kDefaultConnectionRequestPort; // device i listens on crPort + i; 0: any free port
    std::optional<QString> crUsername; // overrides ManagementServer.ConnectionRequestUsername
    std::optional<QString> crPassword; // overrides ManagementServer.ConnectionRequestPassword
    std::optional<quint32> periodicIntervalSeconds;
    cwmp::CwmpVersion cwmpVersion = cwmp::CwmpVersion::V1_2;
    QString stateDir;                  // empty: no persistence
    FaultInjection faults;
    QList<QSslCertificate> caCertificates;
    bool insecure = false;
    DiagnosticWanProfile wanProfile; // --wan-profile: emulated conditions for the diagnostics

    int sessionTimeoutMs = kDefaultSessionTimeoutMs;
    int rebootDelayMs = kDefaultRebootDelayMs;
    int connectionRequestIntervalMs = kDefaultConnectionRequestIntervalMs;
    // Multiplies the back-off waits of TR-069 §3.2.1.1; tests use a small factor so that a
    // retry series takes milliseconds. The waits' shape (m·k^(n-1)…m·k^n) is unchanged.
    double retryTimeScale = 1.0;
    // Spread of the first Informs of a fleet.
    int staggerMs = 1000;
};

} // namespace cpesim
