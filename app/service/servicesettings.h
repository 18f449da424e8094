#pragma once

// Everything the engineer can choose about the listeners of the workbench: the CWMP
// endpoint devices talk to, its authentication and TLS, and the northbound API. The GUI
// keeps it with QSettings, the headless mode builds it from its command line; both hand it
// to AcsService::apply().

#include <acs/acssettings.h>

#include <QHostAddress>
#include <QString>

namespace service {

enum class TlsMode {
    Off,
    Generate, // a certificate issued by the workspace's own CA (tls/ca.pem to install on devices)
    Files,    // the engineer's certificate and key (PEM)
};

struct ServiceSettings {
    static constexpr quint16 kDefaultApiPort = 7557; // GenieACS's NBI port

    // Address, port, authentication, default connection-request credentials and the
    // session hold time. Its `tls` member is ignored: tlsMode decides.
    acs::AcsSettings acs;
    // Without them the workspace's generated credentials are used (Workspace::credentials()),
    // so that a device configured once keeps working across runs.
    bool cpeCredentialsGiven = false;
    bool crCredentialsGiven = false;

    TlsMode tlsMode = TlsMode::Off;
    QString tlsCertificatePath;
    QString tlsKeyPath;

    bool apiEnabled = false;
    QHostAddress apiAddress = QHostAddress(QHostAddress::LocalHost);
    quint16 apiPort = kDefaultApiPort;
    // Empty: none on loopback; beyond loopback one is generated (the API can reflash devices).
    QString apiToken;

    // A folder of data-model XML (the Forum's or a vendor's) imported at every start, besides
    // the files imported by hand (DefinitionLibrary). Empty: none.
    QString definitionsFolder;

    // The built-in diagnostics test servers (TR-143 HTTP, UDP echo), on the ACS's address;
    // 0: a free port.
    quint16 tr143Port = 0;
    quint16 udpEchoPort = 0;
};

} // namespace service
