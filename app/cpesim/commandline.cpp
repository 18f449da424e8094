#include "commandline.h"

#include "fleet.h"
#include "profile.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkInterface>

namespace cpesim {

namespace {

QString describe()
{
    QString text = QStringLiteral(
        "Simulated TR-069 (CWMP) devices for testing an ACS: each device opens sessions to the ACS,\n"
        "answers its RPCs from a profile's data model, listens for connection requests and\n"
        "carries out reboots, downloads and uploads.\n\nFault modes for --fault (comma-separated):\n");
    for (const QString &line : FaultInjection::modeHelp())
        text += QStringLiteral("  ") + line + u'\n';
    text += QStringLiteral(
        "\nDiagnostics (IPPing, TraceRoute, Download/Upload (TR-143 HTTP), UDPEcho, ServerSelection,\n"
        "NSLookup) are measured for real against the requested host. Ping and traceroute use an\n"
        "ICMP datagram socket (net.ipv4.ping_group_range), else a raw socket (root), else an EMULATION\n"
        "that times a TCP connection attempt to port 7 (logged as such).\n"
        "--wan-profile latency=40ms,jitter=5ms,loss=1%,rate=50mbit adds EMULATED conditions on top:\n"
        "latency and jitter lengthen every round trip, loss drops probes and echo replies, rate paces\n"
        "the HTTP transfers. Any subset of the keys; the log names the emulation on every run.\n");
    text += QStringLiteral("\nBuilt-in profiles: ") + Profile::builtinNames().join(QStringLiteral(", "));
    return text;
}

std::optional<quint32> parseUnsigned(const QString &text, quint32 min, quint32 max)
{
    bool ok = false;
    const qulonglong value = text.toULongLong(&ok);
    if (!ok || value < min || value > max)
        return std::nullopt;
    return quint32(value);
}

} // namespace

CommandLine CommandLine::parse(const QStringList &arguments)
{
    CommandLine out;
    QCommandLineParser parser;
    parser.setApplicationDescription(describe());
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help and exit."));
    const QCommandLineOption acs(QStringLiteral("acs"), QStringLiteral("ACS URL (http or https). Required."), QStringLiteral("URL"));
    const QCommandLineOption count(QStringLiteral("count"), QStringLiteral("Number of devices (default 1)."), QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption serialBase(QStringLiteral("serial-base"),
                                        QStringLiteral("Serial number of the first device; the next ones count up its trailing number."),
                                        QStringLiteral("S"));
    const QCommandLineOption crPort(QStringLiteral("cr-port"),
                                    QStringLiteral("Connection-request port of the first device; device i uses P+i. 0: any free port (default %1).")
                                        .arg(RuntimeOptions::kDefaultConnectionRequestPort),
                                    QStringLiteral("P"), QString::number(RuntimeOptions::kDefaultConnectionRequestPort));
    const QCommandLineOption crHost(QStringLiteral("cr-host"),
                                    QStringLiteral("Address the connection-request listeners bind to (default 127.0.0.1)."),
                                    QStringLiteral("ADDR"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption profile(QStringLiteral("profile"), QStringLiteral("Device profile: a built-in name or a file (default %1).").arg(Profile::defaultName()),
                                     QStringLiteral("NAME|FILE"), Profile::defaultName());
    const QCommandLineOption username(QStringLiteral("username"), QStringLiteral("User name towards the ACS (default: the profile's ManagementServer.Username)."), QStringLiteral("USER"));
    const QCommandLineOption password(QStringLiteral("password"), QStringLiteral("Password towards the ACS."), QStringLiteral("PASSWORD"));
    const QCommandLineOption crUsername(QStringLiteral("cr-username"), QStringLiteral("User name the ACS must give in connection requests."), QStringLiteral("USER"));
    const QCommandLineOption crPassword(QStringLiteral("cr-password"), QStringLiteral("Password the ACS must give in connection requests."), QStringLiteral("PASSWORD"));
    const QCommandLineOption periodic(QStringLiteral("periodic-interval"), QStringLiteral("Periodic inform interval in seconds (enables periodic informs)."), QStringLiteral("SECONDS"));
    const QCommandLineOption version(QStringLiteral("cwmp-version"), QStringLiteral("CWMP version to speak: 1.0, 1.1, 1.2, 1.3 or 1.4 (default 1.2)."), QStringLiteral("V"), QStringLiteral("1.2"));
    const QCommandLineOption stateDir(QStringLiteral("state-dir"), QStringLiteral("Keep each device's state in a file in DIR across restarts."), QStringLiteral("DIR"));
    const QCommandLineOption fault(QStringLiteral("fault"), QStringLiteral("Misbehave on purpose; modes listed above, comma-separated."), QStringLiteral("MODE"));
    const QCommandLineOption caFile(QStringLiteral("ca-file"), QStringLiteral("PEM file with CA certificates to trust for https (ACS and file servers)."), QStringLiteral("FILE"));
    const QCommandLineOption insecure(QStringLiteral("insecure"), QStringLiteral("Do not verify TLS certificates."));
    const QCommandLineOption wanProfile(QStringLiteral("wan-profile"),
                                        QStringLiteral("Emulated WAN conditions for diagnostics, e.g. latency=40ms,jitter=5ms,loss=1%,rate=50mbit."),
                                        QStringLiteral("SPEC"));
    const QCommandLineOption log(QStringLiteral("log"), QStringLiteral("Log level: error, warn, info (one line per session) or debug (default info)."), QStringLiteral("LEVEL"), QStringLiteral("info"));
    parser.addOptions({help, acs, count, serialBase, crPort, crHost, profile, username, password, crUsername, crPassword,
                       periodic, version, stateDir, fault, caFile, insecure, wanProfile, log});
    out.helpText = parser.helpText();

    const auto failWith = [&out](const QString &error) {
        out.error = error;
        return out;
    };
    if (!parser.parse(arguments))
        return failWith(parser.errorText());
    if (parser.isSet(help)) {
        out.help = true;
        return out;
    }
    if (!parser.positionalArguments().isEmpty())
        return failWith(QStringLiteral("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));

    RuntimeOptions &o = out.options;
    if (!parser.isSet(acs))
        return failWith(QStringLiteral("--acs URL is required"));
    o.acsUrl = QUrl(parser.value(acs), QUrl::StrictMode);
    const QString scheme = o.acsUrl.scheme().toLower();
    if (!o.acsUrl.isValid() || o.acsUrl.host().isEmpty() || (scheme != u"http" && scheme != u"https"))
        return failWith(QStringLiteral("--acs needs an http:// or https:// URL, got \"%1\"").arg(parser.value(acs)));

    const auto n = parseUnsigned(parser.value(count), 1, Fleet::kMaxDevices);
    if (!n)
        return failWith(QStringLiteral("--count must be a number between 1 and %1").arg(Fleet::kMaxDevices));
    out.count = int(*n);
    out.serialBase = parser.value(serialBase);
    if (parser.isSet(serialBase) && (out.serialBase.isEmpty() || out.serialBase.size() > 64))
        return failWith(QStringLiteral("--serial-base must be 1 to 64 characters"));

    const auto port = parseUnsigned(parser.value(crPort), 0, 65535);
    if (!port)
        return failWith(QStringLiteral("--cr-port must be a port number (0 to 65535)"));
    if (*port != 0 && *port + quint32(out.count) - 1 > 65535)
        return failWith(QStringLiteral("--cr-port %1 with --count %2 runs past port 65535").arg(*port).arg(out.count));
    o.crPort = quint16(*port);
    const QHostAddress address(parser.value(crHost));
    if (address.isNull())
        return failWith(QStringLiteral("--cr-host needs an IP address, got \"%1\"").arg(parser.value(crHost)));
    o.crAddress = address;
    if (address == QHostAddress::AnyIPv4 || address == QHostAddress::AnyIPv6 || address == QHostAddress::Any) {
        // A wildcard cannot be advertised: the ConnectionRequestURL names this host.
        o.crAdvertisedHost = QHostAddress(QHostAddress::LocalHost).toString();
        for (const QHostAddress &local : QNetworkInterface::allAddresses()) {
            if (!local.isLoopback() && local.protocol() == QAbstractSocket::IPv4Protocol) {
                o.crAdvertisedHost = local.toString();
                break;
            }
        }
    }

    out.profile = parser.value(profile);
    if (parser.isSet(username))
        o.username = parser.value(username);
    if (parser.isSet(password))
        o.password = parser.value(password);
    if (parser.isSet(crUsername))
        o.crUsername = parser.value(crUsername);
    if (parser.isSet(crPassword))
        o.crPassword = parser.value(crPassword);
    if (parser.isSet(periodic)) {
        const auto seconds = parseUnsigned(parser.value(periodic), 1, 0xFFFFFFFFu);
        if (!seconds)
            return failWith(QStringLiteral("--periodic-interval must be a number of seconds (1 or more)"));
        o.periodicIntervalSeconds = *seconds;
    }
    const auto v = cwmp::parseVersion(parser.value(version));
    if (!v)
        return failWith(QStringLiteral("--cwmp-version must be 1.0, 1.1, 1.2, 1.3 or 1.4, got \"%1\"").arg(parser.value(version)));
    o.cwmpVersion = *v;
    if (parser.isSet(stateDir)) {
        o.stateDir = parser.value(stateDir);
        if (o.stateDir.isEmpty() || !QDir().mkpath(o.stateDir) || !QFileInfo(o.stateDir).isWritable())
            return failWith(QStringLiteral("--state-dir \"%1\" cannot be created or written").arg(o.stateDir));
    }
    if (parser.isSet(fault)) {
        QString why;
        const auto faults = FaultInjection::parse(parser.value(fault), &why);
        if (!faults)
            return failWith(why);
        o.faults = *faults;
    }
    if (parser.isSet(caFile)) {
        QFile file(parser.value(caFile));
        if (!file.open(QIODevice::ReadOnly))
            return failWith(QStringLiteral("--ca-file \"%1\" cannot be read").arg(parser.value(caFile)));
        o.caCertificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
        if (o.caCertificates.isEmpty())
            return failWith(QStringLiteral("--ca-file \"%1\" holds no PEM certificate").arg(parser.value(caFile)));
    }
    o.insecure = parser.isSet(insecure);
    if (parser.isSet(wanProfile)) {
        QString why;
        const auto wan = DiagnosticWanProfile::parse(parser.value(wanProfile), &why);
        if (!wan)
            return failWith(why);
        o.wanProfile = *wan;
    }
    const auto level = RuntimeLog::parseLevel(parser.value(log));
    if (!level)
        return failWith(QStringLiteral("--log must be error, warn, info or debug, got \"%1\"").arg(parser.value(log)));
    out.logLevel = *level;
    return out;
}

} // namespace cpesim
