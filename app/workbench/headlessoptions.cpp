#include "headlessoptions.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTextStream>

namespace workbench {

namespace {

bool parseListen(const QString &text, QHostAddress *address, quint16 *port)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint p = text.mid(colon + 1).toUInt(&ok);
    if (!ok || p > 65535)
        return false;
    const QHostAddress a(host);
    if (a.isNull())
        return false;
    *address = a;
    *port = quint16(p);
    return true;
}

// key=value lines; '#' starts a comment.
QStringList configArguments(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = QStringLiteral("cannot read the config file %1: %2").arg(path, f.errorString());
        return {};
    }
    QStringList args;
    QTextStream in(&f);
    int line = 0;
    while (!in.atEnd()) {
        ++line;
        const QString text = in.readLine().trimmed();
        if (text.isEmpty() || text.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype eq = text.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            *error = QStringLiteral("%1:%2: expected key=value").arg(path).arg(line);
            return {};
        }
        const QString key = text.left(eq).trimmed();
        const QString value = text.mid(eq + 1).trimmed();
        args << QStringLiteral("--") + key;
        if (value != u"true")
            args << value;
    }
    return args;
}

} // namespace

QString defaultWorkspace()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("workspace"));
}

std::optional<HeadlessOptions> parseHeadlessOptions(const QStringList &arguments, QString *error, bool *helpShown)
{
    *helpShown = false;
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("CWMP Workbench: a TR-069 ACS for the lab bench. With --headless "
                                                    "it runs the ACS without a window."));
    const QCommandLineOption headless(QStringLiteral("headless"), QStringLiteral("Run the ACS without a window."));
    const QCommandLineOption config(QStringLiteral("config"), QStringLiteral("Read options from FILE (key=value lines)."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption listen(QStringLiteral("listen"), QStringLiteral("CWMP address and port (default 0.0.0.0:7547)."),
                                    QStringLiteral("ADDR:PORT"));
    const QCommandLineOption apiListen(QStringLiteral("api-listen"),
                                       QStringLiteral("Northbound API address and port (default 127.0.0.1:7557)."),
                                       QStringLiteral("ADDR:PORT"));
    const QCommandLineOption apiToken(QStringLiteral("api-token"),
                                      QStringLiteral("Bearer token the northbound API requires (generated when it listens beyond loopback)."),
                                      QStringLiteral("TOKEN"));
    const QCommandLineOption workspace(QStringLiteral("workspace"), QStringLiteral("Workspace folder: database, files, certificates."),
                                       QStringLiteral("DIR"));
    const QCommandLineOption cpeAuth(QStringLiteral("cpe-auth"), QStringLiteral("How devices authenticate: none, basic or digest (default digest)."),
                                     QStringLiteral("MODE"));
    const QCommandLineOption cpeUser(QStringLiteral("cpe-username"), QStringLiteral("Username devices use (default: generated)."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption cpePass(QStringLiteral("cpe-password"), QStringLiteral("Password devices use (default: generated)."),
                                     QStringLiteral("PASSWORD"));
    const QCommandLineOption tlsCert(QStringLiteral("tls-cert"), QStringLiteral("Serve HTTPS with this PEM certificate."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption tlsKey(QStringLiteral("tls-key"), QStringLiteral("The PEM key of --tls-cert."), QStringLiteral("FILE"));
    const QCommandLineOption tlsGenerate(QStringLiteral("tls-generate"),
                                         QStringLiteral("Serve HTTPS with a certificate from the workspace's own CA."));
    const QCommandLineOption crUser(QStringLiteral("cr-username"), QStringLiteral("Default connection-request username."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption crPass(QStringLiteral("cr-password"), QStringLiteral("Default connection-request password."),
                                    QStringLiteral("PASSWORD"));
    const QCommandLineOption allowBasic(QStringLiteral("allow-basic-without-tls"),
                                        QStringLiteral("Offer Basic authentication over plain HTTP (not recommended)."));
    const QCommandLineOption provisionCr(QStringLiteral("provision-cr-credentials"),
                                         QStringLiteral("On a device's BOOTSTRAP, give it connection-request credentials of its own."));
    const QCommandLineOption exportLog(QStringLiteral("export-log"),
                                       QStringLiteral("Write the SOAP log to FILE (JSON lines) and exit."), QStringLiteral("FILE"));
    const QCommandLineOption exportDevice(QStringLiteral("device"), QStringLiteral("With --export-log: only this device."),
                                          QStringLiteral("ID"));
    const QCommandLineOption tr143Port(QStringLiteral("tr143-port"),
                                       QStringLiteral("Port of the TR-143 download/upload test server (default: a free one)."),
                                       QStringLiteral("PORT"));
    const QCommandLineOption udpEchoPort(QStringLiteral("udp-echo-port"),
                                         QStringLiteral("Port of the UDP echo test server (default: a free one)."), QStringLiteral("PORT"));
    const QCommandLineOption datamodels(QStringLiteral("datamodels"),
                                        QStringLiteral("Import the Broadband Forum data-model XML files of DIR at start."),
                                        QStringLiteral("DIR"));
    parser.addOptions({headless, config, listen, apiListen, apiToken, workspace, cpeAuth, cpeUser, cpePass, tlsCert, tlsKey, tlsGenerate,
                       crUser, crPass, allowBasic, provisionCr, exportLog, exportDevice, tr143Port, udpEchoPort, datamodels});
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();

    QStringList args = arguments;
    if (args.isEmpty() || args.constFirst().startsWith(QLatin1Char('-')))
        args.prepend(QStringLiteral("cwmp-workbench"));
    if (!parser.parse(args)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    if (parser.isSet(help)) {
        *helpShown = true;
        *error = parser.helpText();
        return std::nullopt;
    }
    if (parser.isSet(version)) {
        *helpShown = true;
        *error = QStringLiteral("cwmp-workbench %1\n").arg(QStringLiteral(CWMP_WORKBENCH_VERSION));
        return std::nullopt;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error = QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().constFirst());
        return std::nullopt;
    }
    if (parser.isSet(config)) {
        // The file first, then the command line again, so that it wins.
        QStringList fromFile = configArguments(parser.value(config), error);
        if (!error->isEmpty())
            return std::nullopt;
        QStringList merged{args.constFirst()};
        merged += fromFile;
        merged += args.mid(1);
        if (!parser.parse(merged)) {
            *error = QStringLiteral("%1: %2").arg(parser.value(config), parser.errorText());
            return std::nullopt;
        }
    }

    HeadlessOptions o;
    o.acs.port = 7547;
    if (parser.isSet(listen) && !parseListen(parser.value(listen), &o.acs.address, &o.acs.port)) {
        *error = QStringLiteral("--listen wants ADDR:PORT, e.g. 0.0.0.0:7547, not '%1'").arg(parser.value(listen));
        return std::nullopt;
    }
    if (parser.isSet(apiListen)) {
        QHostAddress a;
        quint16 p = 0;
        if (!parseListen(parser.value(apiListen), &a, &p)) {
            *error = QStringLiteral("--api-listen wants ADDR:PORT, e.g. 127.0.0.1:7557, not '%1'").arg(parser.value(apiListen));
            return std::nullopt;
        }
        o.apiAddress = a;
        o.apiPort = p;
    }
    if (parser.isSet(apiToken)) {
        o.apiToken = parser.value(apiToken);
        if (o.apiToken.isEmpty() || o.apiToken.contains(QLatin1Char(' '))) {
            *error = QStringLiteral("--api-token wants a token without spaces");
            return std::nullopt;
        }
    }
    o.workspace = parser.isSet(workspace) ? parser.value(workspace) : defaultWorkspace();
    if (parser.isSet(cpeAuth)) {
        const QString mode = parser.value(cpeAuth).toLower();
        if (mode == u"none")
            o.acs.authMode = acs::CpeAuthMode::None;
        else if (mode == u"basic")
            o.acs.authMode = acs::CpeAuthMode::Basic;
        else if (mode == u"digest")
            o.acs.authMode = acs::CpeAuthMode::Digest;
        else {
            *error = QStringLiteral("--cpe-auth is none, basic or digest, not '%1'").arg(parser.value(cpeAuth));
            return std::nullopt;
        }
        o.cpeAuthGiven = true;
    }
    if (parser.isSet(cpeUser) != parser.isSet(cpePass)) {
        *error = QStringLiteral("--cpe-username and --cpe-password go together");
        return std::nullopt;
    }
    if (parser.isSet(cpeUser)) {
        o.acs.cpeUsername = parser.value(cpeUser);
        o.acs.cpePassword = parser.value(cpePass);
        o.cpeCredentialsGiven = true;
    }
    if (parser.isSet(crUser)) {
        o.acs.crUsername = parser.value(crUser);
        o.acs.crPassword = parser.value(crPass);
        o.crCredentialsGiven = true;
    }
    if (parser.isSet(tlsCert) != parser.isSet(tlsKey)) {
        *error = QStringLiteral("--tls-cert and --tls-key go together");
        return std::nullopt;
    }
    o.tlsCert = parser.value(tlsCert);
    o.tlsKey = parser.value(tlsKey);
    o.tlsGenerate = parser.isSet(tlsGenerate);
    o.acs.allowBasicWithoutTls = parser.isSet(allowBasic);
    o.acs.provisionConnectionRequestCredentials = parser.isSet(provisionCr);
    for (const auto &[option, target] : {std::pair{&tr143Port, &o.tr143Port}, std::pair{&udpEchoPort, &o.udpEchoPort}}) {
        if (!parser.isSet(*option))
            continue;
        bool ok = false;
        const uint port = parser.value(*option).toUInt(&ok);
        if (!ok || port > 65535) {
            *error = QStringLiteral("--%1 wants a port number, not '%2'").arg(option->names().constFirst(), parser.value(*option));
            return std::nullopt;
        }
        *target = quint16(port);
    }
    o.datamodels = parser.value(datamodels);
    if (!o.datamodels.isEmpty() && !QFileInfo(o.datamodels).isDir()) {
        *error = QStringLiteral("--datamodels wants a folder, and %1 is none").arg(o.datamodels);
        return std::nullopt;
    }
    o.exportLog = parser.value(exportLog);
    o.exportDevice = parser.value(exportDevice);
    if (!o.exportDevice.isEmpty() && o.exportLog.isEmpty()) {
        *error = QStringLiteral("--device goes with --export-log");
        return std::nullopt;
    }
    return o;
}

} // namespace workbench
