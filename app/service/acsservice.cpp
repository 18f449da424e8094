#include "acsservice.h"

#include "acsurls.h"
#include "datamodelroutes.h"
#include "filelibrary.h"

#include <api/diagnosticsroutes.h>
#include <api/provisioningroutes.h>
#include <api/transferroutes.h>
#include <diagnostics/diagnosticdefaults.h>
#include <http/certificateauthority.h>
#include <http/server.h>
#include <store/database.h>
#include <store/filerepository.h>
#include <store/snapshotrepository.h>
#include <store/transferrepository.h>

#include <QDir>

namespace service {

namespace {

// A handler for a listener that only finds out whether an endpoint can be had: it is
// closed before the event loop could hand it a request.
class ProbeHandler : public http::RequestHandler
{
public:
    void handleRequest(const http::Request &, http::Responder) override {}
};

// Why address:port cannot be listened on (with these TLS settings), in the server's plain
// words; empty when it can. Tried before a running listener is given up for it.
QString probe(const QHostAddress &address, quint16 port, const std::optional<http::TlsSettings> &tls = {})
{
    ProbeHandler handler;
    http::Server server(&handler);
    if (!server.listen(address, port, tls))
        return server.errorString();
    server.close();
    return {};
}

bool sameCertificate(const std::optional<http::TlsSettings> &a, const std::optional<http::TlsSettings> &b)
{
    if (a.has_value() != b.has_value())
        return false;
    return !a || (a->certificate == b->certificate && a->key == b->key);
}

// Whether the CWMP listener would behave differently with `next` than with `current`.
bool sameAcs(const acs::AcsSettings &current, const acs::AcsSettings &next)
{
    return current.address == next.address && current.port == next.port && sameCertificate(current.tls, next.tls)
        && current.authMode == next.authMode && current.cpeUsername == next.cpeUsername
        && current.cpePassword == next.cpePassword && current.allowBasicWithoutTls == next.allowBasicWithoutTls
        && current.realm == next.realm && current.session.holdMs == next.session.holdMs
        && current.session.sessionTimeoutMs == next.session.sessionTimeoutMs
        && current.session.acceptRequestDownload == next.session.acceptRequestDownload
        && current.crUsername == next.crUsername && current.crPassword == next.crPassword
        && current.crTimeoutMs == next.crTimeoutMs && current.crMinIntervalMs == next.crMinIntervalMs
        && current.provisionConnectionRequestCredentials == next.provisionConnectionRequestCredentials
        && current.soapLog == next.soapLog;
}

} // namespace

AcsService::AcsService(QObject *parent)
    : QObject(parent), m_engine(m_workspace.persistence()), m_api(&m_engine, &m_files)
{
    m_engine.setFileServer(&m_files);
    m_engine.setUploadReceiver(&m_uploads);
    m_diagnosticsRoutes = std::make_unique<api::DiagnosticsRoutes>(
        &m_engine, &m_diagnostics, &m_workspace.database(),
        [this](diagnostics::DiagnosticKind kind, const QString &deviceId) { return diagnosticDefaults(kind, deviceId); });
    m_diagnosticsRoutes->setTestServers(&m_tr143, &m_udpEcho);
    m_api.addRoutes(m_diagnosticsRoutes->routeGroup());
    m_provisioning = std::make_unique<acs::Provisioning>(m_engine, m_workspace.database());
    auto *provisioningRoutes = new api::ProvisioningRoutes(*m_provisioning, m_provisioning.get());
    m_api.addRoutes([provisioningRoutes](const http::Request &request, const QList<QString> &segments, http::Responder &responder) {
        return provisioningRoutes->handle(request, segments, responder);
    });
    m_api.addRoutes((new DataModelRoutes(&m_definitions, &m_definitions))->routeGroup());
    m_transferRepository = std::make_unique<store::TransferRepository>(m_workspace.database());
    m_transferSnapshots = std::make_unique<store::SnapshotRepository>(m_workspace.database());
    m_transfers = std::make_unique<acs::TransferTracker>(&m_engine, &m_files, &m_uploads, m_transferRepository.get(),
                                                         m_transferSnapshots.get());
    auto transferRoutes = std::make_shared<api::TransferRoutes>(m_transfers.get());
    m_api.addRoutes([transferRoutes](const http::Request &request, const QList<QString> &segments, http::Responder &responder) {
        return transferRoutes->handle(request, segments, responder);
    });
    m_fileLibrary = std::make_unique<FileLibrary>(*this);
}

AcsService::~AcsService() = default;

void AcsService::open(const QString &workspaceDir, std::function<void(bool, QString)> done)
{
    m_workspace.open(workspaceDir, m_engine, m_files, [this, done = std::move(done)](bool ok, const QString &error) {
        if (ok) {
            // Emitted from the store's worker thread: queued to this one by the context.
            connect(&m_workspace.database(), &store::Database::failed, this, &AcsService::failed);
            m_uploads.setDirectory(m_workspace.uploadsDirectory());
            m_api.setFilesDirectory(m_workspace.filesDirectory());
            m_api.setDatabase(&m_workspace.database()); // GET /devices/<id>/log
            m_definitions.open(m_workspace.directory(), m_settings.definitionsFolder);
            // The API holds no database: the files it stores or removes are registered here.
            m_fileRepository = std::make_shared<store::FileRepository>(m_workspace.database());
            auto repository = m_fileRepository;
            connect(&m_api, &api::ApiServer::fileStored, this, [repository](const acs::ServedFile &f) {
                const auto optional = [](const QString &s) {
                    return s.isEmpty() ? std::nullopt : std::optional<QString>(s);
                };
                repository->add(store::RegisteredFile{f.name, f.fileType, f.size, QString::fromLatin1(f.sha256), f.path,
                                                      optional(f.oui), optional(f.productClass), optional(f.version),
                                                      f.addedMs});
            });
            connect(&m_api, &api::ApiServer::fileRemoved, this, [repository](const QString &name) { repository->remove(name); });
        }
        done(ok, error);
    });
}

acs::GeneratedCredentials AcsService::generatedCredentials()
{
    return m_workspace.credentials();
}

bool AcsService::apply(const ServiceSettings &requested, QString *error)
{
    QString scratch;
    if (!error)
        error = &scratch;
    if (!m_workspace.isOpen()) {
        *error = tr("the workspace is not open");
        return false;
    }
    ServiceSettings s = requested;
    m_definitions.setLibraryFolder(s.definitionsFolder);
    if (!s.cpeCredentialsGiven || !s.crCredentialsGiven) {
        const acs::GeneratedCredentials generated = m_workspace.credentials();
        if (!s.cpeCredentialsGiven) {
            s.acs.cpeUsername = generated.cpeUsername;
            s.acs.cpePassword = generated.cpePassword;
        }
        if (!s.crCredentialsGiven) {
            s.acs.crUsername = generated.crUsername;
            s.acs.crPassword = generated.crPassword;
        }
    }
    QString caPath;
    if (!prepareTls(s, &caPath, error) || !applyAcs(s, error))
        return false;
    m_caPath = caPath;
    applyTestServers(s);
    const bool apiOk = applyApi(s, error);
    m_settings = s;
    m_applied = true;
    Q_EMIT listenerChanged();
    return apiOk;
}

bool AcsService::prepareTls(ServiceSettings &s, QString *caPath, QString *error)
{
    s.acs.tls.reset();
    switch (s.tlsMode) {
    case TlsMode::Off:
        return true;
    case TlsMode::Generate: {
        http::CertificateAuthority ca(m_workspace.tlsDirectory());
        const http::Identity id = ca.serverIdentity();
        if (!id.ok()) {
            *error = tr("cannot create a TLS certificate: %1").arg(id.error);
            return false;
        }
        s.acs.tls = http::TlsSettings{id.certificate, id.key, id.chain, false, {}};
        // The CA keeps its certificate as ca.pem in its folder: the file to install on devices.
        *caPath = QDir(ca.directory()).filePath(QStringLiteral("ca.pem"));
        return true;
    }
    case TlsMode::Files: {
        if (s.tlsCertificatePath.isEmpty() || s.tlsKeyPath.isEmpty()) {
            *error = tr("TLS needs both a certificate file and its key file");
            return false;
        }
        const http::Identity id = http::CertificateAuthority::loadIdentity(s.tlsCertificatePath, s.tlsKeyPath, QByteArray());
        if (!id.ok()) {
            *error = id.error;
            return false;
        }
        s.acs.tls = http::TlsSettings{id.certificate, id.key, id.chain, false, {}};
        return true;
    }
    }
    return true;
}

bool AcsService::applyAcs(const ServiceSettings &s, QString *error)
{
    if (!m_engine.isListening()) {
        if (m_engine.start(s.acs))
            return true;
        *error = m_engine.errorString();
        return false;
    }
    if (m_applied && sameAcs(m_settings.acs, s.acs))
        return true; // a restart would only end the sessions in progress

    const quint16 livePort = m_engine.port();
    acs::AcsSettings previous = m_engine.settings();
    previous.port = livePort;
    acs::AcsSettings wanted = s.acs;
    // "Any free port" again: keep the one we have rather than hop to another.
    if (wanted.port == 0 && m_settings.acs.port == 0)
        wanted.port = livePort;

    if (wanted.port != livePort && wanted.port != 0) {
        // Another port: find out whether it can be had before the running listener goes.
        const QString busy = probe(wanted.address, wanted.port, wanted.tls);
        if (!busy.isEmpty()) {
            *error = busy;
            return false;
        }
    }
    // AcsEngine::start() binds the new port beside the old one; on the same port the old
    // listener has to go first. Stopping ends the sessions in progress: the devices come
    // back with their next Inform, to the new settings.
    m_engine.stop();
    if (m_engine.start(wanted))
        return true;
    *error = m_engine.errorString();
    // Taken between the probe and the bind, or refused for another reason: the port we had a
    // moment ago is the one to go back to.
    m_engine.start(previous);
    return false;
}

bool AcsService::applyApi(ServiceSettings &s, QString *error)
{
    if (!s.apiEnabled) {
        m_api.close();
        m_apiError.clear();
        return true;
    }
    // Beyond loopback the API is never open: it can reboot and reflash every device. A
    // generated token is kept across applies, so that scripts given it keep working.
    if (s.apiToken.isEmpty() && !api::ApiServer::isLoopback(s.apiAddress)) {
        if (!m_settings.apiToken.isEmpty() && m_settings.apiEnabled && !api::ApiServer::isLoopback(m_settings.apiAddress))
            s.apiToken = m_settings.apiToken;
        else
            s.apiToken = api::ApiServer::generateToken();
    }
    const QString previousToken = m_api.token();
    const bool wasListening = m_api.isListening();
    const QHostAddress previousAddress = m_api.serverAddress();
    const quint16 previousPort = m_api.serverPort();
    const quint16 wantedPort = (s.apiPort == 0 && m_applied && m_settings.apiPort == 0) ? previousPort : s.apiPort;

    m_api.setToken(s.apiToken);
    if (wasListening && previousAddress == s.apiAddress && previousPort == wantedPort && wantedPort != 0) {
        m_apiError.clear(); // the token applies to the next request; no need to rebind
        return true;
    }
    QString busy;
    if (wasListening && wantedPort != previousPort && wantedPort != 0)
        busy = probe(s.apiAddress, wantedPort);
    if (busy.isEmpty() && m_api.listen(s.apiAddress, wantedPort)) {
        m_apiError.clear();
        return true;
    }
    m_apiError = busy.isEmpty() ? m_api.errorString() : busy;
    *error = tr("the API cannot listen: %1").arg(m_apiError);
    m_api.setToken(previousToken);
    if (wasListening && !m_api.isListening())
        m_api.listen(previousAddress, previousPort);
    return false;
}

void AcsService::applyTestServers(const ServiceSettings &s)
{
    // On the ACS's address: a device that reaches the ACS reaches them too. A running server
    // stays on its port unless another one is asked for (a restart would break a transfer).
    const bool moved = !m_applied || m_settings.acs.address != s.acs.address;
    QStringList errors;
    if (moved || m_tr143.port() == 0 || (s.tr143Port != 0 && s.tr143Port != m_tr143.port())) {
        m_tr143.close();
        if (!m_tr143.listen(s.acs.address, s.tr143Port))
            errors.append(tr("TR-143 test server: %1").arg(m_tr143.errorString()));
    }
    if (moved || m_udpEcho.port() == 0 || (s.udpEchoPort != 0 && s.udpEchoPort != m_udpEcho.port())) {
        if (!m_udpEcho.listen(s.acs.address, s.udpEchoPort))
            errors.append(tr("UDP echo server: %1").arg(m_udpEcho.errorString()));
    }
    m_testServerError = errors.join(QStringLiteral("; "));
}

QMap<QString, QString> AcsService::diagnosticDefaults(diagnostics::DiagnosticKind kind, const QString &deviceId)
{
    return diagnostics::DiagnosticDefaults::inputs(m_engine, deviceId, kind, m_tr143.port(), m_udpEcho.port());
}

void AcsService::stop()
{
    m_api.close();
    m_tr143.close();
    m_udpEcho.close();
    m_engine.stop();
    Q_EMIT listenerChanged();
}

QStringList AcsService::acsUrls() const
{
    if (!m_engine.isListening())
        return {};
    return service::acsUrls(m_engine.settings().address, m_engine.port(), tlsActive());
}

QString AcsService::localUrl() const
{
    if (!m_engine.isListening())
        return {};
    return localAcsUrl(m_engine.settings().address, m_engine.port(), tlsActive());
}

bool AcsService::tlsActive() const
{
    return m_engine.isListening() && m_engine.settings().tls.has_value();
}

QString AcsService::caCertificatePath() const
{
    return tlsActive() && m_settings.tlsMode == TlsMode::Generate ? m_caPath : QString();
}

QString AcsService::exportCaCertificate(const QString &path)
{
    if (!m_workspace.isOpen())
        return tr("the workspace is not open");
    http::CertificateAuthority ca(m_workspace.tlsDirectory());
    return ca.exportCaCertificate(path);
}

QString AcsService::apiUrl() const
{
    if (!m_api.isListening())
        return {};
    const QHostAddress address = m_api.serverAddress();
    QString host = address.toString();
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
        host = QStringLiteral("[%1]").arg(host);
    return QStringLiteral("http://%1:%2/").arg(host).arg(m_api.serverPort());
}

} // namespace service
