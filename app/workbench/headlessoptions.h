#pragma once

// The command line (and config file) of `cwmp-workbench --headless`.

#include <acs/acssettings.h>

#include <QHostAddress>
#include <QStringList>

#include <optional>

namespace workbench {

struct HeadlessOptions {
    acs::AcsSettings acs;
    QString workspace;
    bool cpeAuthGiven = false;      // --cpe-auth on the command line
    bool cpeCredentialsGiven = false;
    bool crCredentialsGiven = false;
    QString tlsCert;
    QString tlsKey;
    bool tlsGenerate = false;
    // The northbound API (GenieACS NBI subset). Beyond loopback it needs a token; the
    // headless mode generates one when none is given.
    QHostAddress apiAddress = QHostAddress(QHostAddress::LocalHost);
    quint16 apiPort = 7557;
    QString apiToken;
    // The built-in TR-143 and UDP echo test servers (0: a free port, said in the banner).
    quint16 tr143Port = 0;
    quint16 udpEchoPort = 0;
    // Data-model XML imported at start (issue 9).
    QString datamodels;
    // One-shot: write the SOAP log (of one device, or all) to FILE as JSON lines and exit.
    QString exportLog;
    QString exportDevice;
};

// Parses arguments (argv without the program name is fine too); on error returns nullopt
// and one line in *error. A --config FILE supplies the same options as key=value lines
// ("listen=0.0.0.0:7547"); the command line wins over the file.
std::optional<HeadlessOptions> parseHeadlessOptions(const QStringList &arguments, QString *error, bool *helpShown);

QString defaultWorkspace();

} // namespace workbench
