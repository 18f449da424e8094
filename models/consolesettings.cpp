#include "consolesettings.h"

#include <QSettings>
#include <QStandardPaths>

namespace models {

namespace {

// The keys, in one place: renaming one loses the user's choice.
const QString kAddress = QStringLiteral("cwmp/address");
const QString kPort = QStringLiteral("cwmp/port");
const QString kAuthMode = QStringLiteral("cwmp/authMode");
const QString kAllowBasic = QStringLiteral("cwmp/allowBasicWithoutTls");
const QString kCpeUsername = QStringLiteral("cwmp/username");
const QString kCpePassword = QStringLiteral("cwmp/password");
const QString kCrUsername = QStringLiteral("connectionRequest/username");
const QString kCrPassword = QStringLiteral("connectionRequest/password");
const QString kHoldMs = QStringLiteral("session/holdMs");
const QString kTlsMode = QStringLiteral("tls/mode");
const QString kTlsCertificate = QStringLiteral("tls/certificate");
const QString kTlsKey = QStringLiteral("tls/key");
const QString kApiEnabled = QStringLiteral("api/enabled");
const QString kApiAddress = QStringLiteral("api/address");
const QString kApiPort = QStringLiteral("api/port");
const QString kApiToken = QStringLiteral("api/token");
const QString kDefinitionsFolder = QStringLiteral("datamodels/folder");
const QString kTr143Port = QStringLiteral("testServers/tr143Port");
const QString kUdpEchoPort = QStringLiteral("testServers/udpEchoPort");
const QString kWorkspace = QStringLiteral("workspace/dir");
const QString kLanguage = QStringLiteral("ui/language");

QString authModeName(acs::CpeAuthMode mode)
{
    switch (mode) {
    case acs::CpeAuthMode::None:
        return QStringLiteral("none");
    case acs::CpeAuthMode::Basic:
        return QStringLiteral("basic");
    case acs::CpeAuthMode::Digest:
        break;
    }
    return QStringLiteral("digest");
}

acs::CpeAuthMode authModeFrom(const QString &name)
{
    if (name == u"none")
        return acs::CpeAuthMode::None;
    if (name == u"basic")
        return acs::CpeAuthMode::Basic;
    return acs::CpeAuthMode::Digest;
}

QString tlsModeName(service::TlsMode mode)
{
    switch (mode) {
    case service::TlsMode::Generate:
        return QStringLiteral("generate");
    case service::TlsMode::Files:
        return QStringLiteral("files");
    case service::TlsMode::Off:
        break;
    }
    return QStringLiteral("off");
}

service::TlsMode tlsModeFrom(const QString &name)
{
    if (name == u"generate")
        return service::TlsMode::Generate;
    if (name == u"files")
        return service::TlsMode::Files;
    return service::TlsMode::Off;
}

// A port as stored, or the fallback when absent or out of range (a hand-edited file).
quint16 portFrom(const QVariant &value, quint16 fallback)
{
    bool ok = false;
    const int port = value.toInt(&ok);
    return ok && port >= 0 && port <= 65535 ? quint16(port) : fallback;
}

// QHostAddress::Any (IPv4 and IPv6) prints as "::", which reads back as IPv6 only.
const QString kAnyAddress = QStringLiteral("any");

QString addressText(const QHostAddress &address)
{
    return address.protocol() == QAbstractSocket::AnyIPProtocol ? kAnyAddress : address.toString();
}

QHostAddress addressFrom(const QVariant &value, const QHostAddress &fallback)
{
    if (value.toString() == kAnyAddress)
        return QHostAddress(QHostAddress::Any);
    const QHostAddress address(value.toString());
    return address.isNull() ? fallback : address;
}

} // namespace

ConsoleSettings::ConsoleSettings() : m_settings(std::make_unique<QSettings>()) {}

ConsoleSettings::ConsoleSettings(const QString &iniPath)
    : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{
}

ConsoleSettings::~ConsoleSettings() = default;

service::ServiceSettings ConsoleSettings::serviceSettings() const
{
    const QSettings &q = *m_settings;
    service::ServiceSettings s;
    s.acs.address = addressFrom(q.value(kAddress), s.acs.address);
    s.acs.port = portFrom(q.value(kPort), s.acs.port);
    s.acs.authMode = authModeFrom(q.value(kAuthMode).toString());
    s.acs.allowBasicWithoutTls = q.value(kAllowBasic, false).toBool();
    s.cpeCredentialsGiven = q.contains(kCpeUsername);
    if (s.cpeCredentialsGiven) {
        s.acs.cpeUsername = q.value(kCpeUsername).toString();
        s.acs.cpePassword = q.value(kCpePassword).toString();
    }
    s.crCredentialsGiven = q.contains(kCrUsername);
    if (s.crCredentialsGiven) {
        s.acs.crUsername = q.value(kCrUsername).toString();
        s.acs.crPassword = q.value(kCrPassword).toString();
    }
    bool ok = false;
    const int holdMs = q.value(kHoldMs).toInt(&ok);
    if (ok && holdMs > 0)
        s.acs.session.holdMs = holdMs;
    s.tlsMode = tlsModeFrom(q.value(kTlsMode).toString());
    s.tlsCertificatePath = q.value(kTlsCertificate).toString();
    s.tlsKeyPath = q.value(kTlsKey).toString();
    s.apiEnabled = q.value(kApiEnabled, false).toBool();
    s.apiAddress = addressFrom(q.value(kApiAddress), s.apiAddress);
    s.apiPort = portFrom(q.value(kApiPort), s.apiPort);
    s.apiToken = q.value(kApiToken).toString();
    s.definitionsFolder = q.value(kDefinitionsFolder).toString();
    s.tr143Port = portFrom(q.value(kTr143Port), s.tr143Port);
    s.udpEchoPort = portFrom(q.value(kUdpEchoPort), s.udpEchoPort);
    return s;
}

void ConsoleSettings::setServiceSettings(const service::ServiceSettings &s)
{
    QSettings &q = *m_settings;
    q.setValue(kAddress, addressText(s.acs.address));
    q.setValue(kPort, int(s.acs.port));
    q.setValue(kAuthMode, authModeName(s.acs.authMode));
    q.setValue(kAllowBasic, s.acs.allowBasicWithoutTls);
    if (s.cpeCredentialsGiven) {
        q.setValue(kCpeUsername, s.acs.cpeUsername);
        q.setValue(kCpePassword, s.acs.cpePassword);
    } else {
        q.remove(kCpeUsername);
        q.remove(kCpePassword);
    }
    if (s.crCredentialsGiven) {
        q.setValue(kCrUsername, s.acs.crUsername);
        q.setValue(kCrPassword, s.acs.crPassword);
    } else {
        q.remove(kCrUsername);
        q.remove(kCrPassword);
    }
    q.setValue(kHoldMs, s.acs.session.holdMs);
    q.setValue(kTlsMode, tlsModeName(s.tlsMode));
    q.setValue(kTlsCertificate, s.tlsCertificatePath);
    q.setValue(kTlsKey, s.tlsKeyPath);
    q.setValue(kApiEnabled, s.apiEnabled);
    q.setValue(kApiAddress, addressText(s.apiAddress));
    q.setValue(kApiPort, int(s.apiPort));
    q.setValue(kApiToken, s.apiToken);
    q.setValue(kDefinitionsFolder, s.definitionsFolder);
    q.setValue(kTr143Port, int(s.tr143Port));
    q.setValue(kUdpEchoPort, int(s.udpEchoPort));
}

QString ConsoleSettings::workspaceDir() const
{
    const QString dir = m_settings->value(kWorkspace).toString();
    return dir.isEmpty() ? defaultWorkspaceDir() : dir;
}

void ConsoleSettings::setWorkspaceDir(const QString &dir)
{
    if (dir.isEmpty() || dir == defaultWorkspaceDir())
        m_settings->remove(kWorkspace); // follows the default if it ever moves
    else
        m_settings->setValue(kWorkspace, dir);
}

QString ConsoleSettings::defaultWorkspaceDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/workspace");
}

QString ConsoleSettings::language() const
{
    const QString language = m_settings->value(kLanguage).toString();
    return language == u"en" || language == u"de" ? language : QString();
}

void ConsoleSettings::setLanguage(const QString &language)
{
    if (language.isEmpty())
        m_settings->remove(kLanguage);
    else
        m_settings->setValue(kLanguage, language);
}

void ConsoleSettings::sync()
{
    m_settings->sync();
}

} // namespace models
