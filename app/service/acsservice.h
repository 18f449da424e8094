#pragma once

// The composition the GUI and `cwmp-workbench --headless` share: one workspace (database,
// generated credentials, files, uploads, TLS material), the engine on its CWMP port with the
// file server and upload receiver beside it, and the northbound API. apply() (re)starts the
// listeners from a ServiceSettings value while the program runs.

#include "definitionlibrary.h"
#include "servicesettings.h"

#include <acs/acsengine.h>
#include <acs/fileserver.h>
#include <acs/provisioning.h>
#include <acs/transfertracker.h>
#include <acs/uploadreceiver.h>
#include <acs/workspace.h>
#include <api/apiserver.h>
#include <diagnostics/diagnosticsmanager.h>
#include <diagnostics/tr143server.h>
#include <diagnostics/udpechoserver.h>

#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

namespace store {
class Database;
class FileRepository;
class SnapshotRepository;
class TransferRepository;
}

namespace api {
class DiagnosticsRoutes;
}

namespace service {

class FileLibrary;

class AcsService : public QObject
{
    Q_OBJECT

public:
    explicit AcsService(QObject *parent = nullptr);
    ~AcsService() override;

    // Opens (or creates) the workspace and loads it into the engine; done(ok, error) follows
    // from the event loop, with a plain-words reason when the folder or database is unusable.
    void open(const QString &workspaceDir, std::function<void(bool ok, QString error)> done);
    bool isOpen() const { return m_workspace.isOpen(); }

    // (Re)starts the CWMP listener and the API with these settings. A changed port applies
    // at once; when the new one cannot be had (in use, no permission, a bad certificate) the
    // previous listener keeps running and *error says why in plain words. Listeners whose
    // settings did not change are left alone (a restart would end the sessions in progress).
    // The ACS and the API are applied one after the other: when only the API fails, the ACS
    // runs with its new settings, false is returned and apiError() holds the reason.
    bool apply(const ServiceSettings &settings, QString *error);
    // Closes both listeners (queued tasks stay in the workspace).
    void stop();

    acs::AcsEngine &engine() { return m_engine; }
    acs::Workspace &workspace() { return m_workspace; }
    acs::FileServer &files() { return m_files; }
    acs::UploadReceiver &uploads() { return m_uploads; }
    api::ApiServer &api() { return m_api; }
    store::Database &database() { return m_workspace.database(); }

    // What is in force after the last successful apply(): generated credentials and token
    // filled in, the ports as requested (0 stays 0; the engine and API know the real ones).
    const ServiceSettings &settings() const { return m_settings; }
    // The credentials the workspace generated for itself (needs an open workspace).
    acs::GeneratedCredentials generatedCredentials();

    bool isListening() const { return m_engine.isListening(); }
    // Every URL a device could use to reach this ACS, loopback last; empty when not listening.
    QStringList acsUrls() const;
    // The URL for a program on this computer (the simulator); empty when not listening.
    QString localUrl() const;
    bool tlsActive() const;
    // The CA certificate devices must trust when the certificate is generated; else empty.
    QString caCertificatePath() const;
    // Writes the workspace CA's certificate (created on first use) to path; the error or empty.
    QString exportCaCertificate(const QString &path);

    bool apiListening() const { return m_api.isListening(); }
    QString apiUrl() const;
    // Why the API is not listening although enabled; empty otherwise.
    QString apiError() const { return m_apiError; }

    // Diagnostics runs (issue 8) and the built-in TR-143 and UDP echo servers the devices
    // test against: started with the ACS listener, on its address (ports: tr143Port and
    // udpEchoPort of the settings, 0 = a free one, kept across applies).
    diagnostics::DiagnosticsManager &diagnostics() { return m_diagnostics; }
    diagnostics::Tr143Server &tr143() { return m_tr143; }
    diagnostics::UdpEchoServer &udpEcho() { return m_udpEcho; }
    // The inputs to propose for a diagnostic on a device, aimed at the running servers.
    QMap<QString, QString> diagnosticDefaults(diagnostics::DiagnosticKind kind, const QString &deviceId);
    // Why a test server is not running although the ACS is; empty otherwise.
    QString testServerError() const { return m_testServerError; }

    // Snapshots, diffs, plans and profiles (issue 7), with apply-on-BOOTSTRAP.
    acs::Provisioning &provisioning() { return *m_provisioning; }

    // Imported data-model definitions, device matching and conformance (issue 9).
    DefinitionLibrary &definitions() { return m_definitions; }

    // Firmware upgrades, backups, restores and log fetches followed as timelines (issue 7).
    acs::TransferTracker &transfers() { return *m_transfers; }

    // The firmware images and files the file server offers, imported by the console (issue 7).
    FileLibrary &fileLibrary() { return *m_fileLibrary; }

Q_SIGNALS:
    // After every successful apply() (and one that changed only the API).
    void listenerChanged();
    // A storage failure (disk full, I/O error): what the workspace did not keep.
    void failed(const QString &message);

private:
    bool prepareTls(ServiceSettings &settings, QString *caPath, QString *error);
    bool applyAcs(const ServiceSettings &settings, QString *error);
    bool applyApi(ServiceSettings &settings, QString *error);
    void applyTestServers(const ServiceSettings &settings);

    // Destroyed in reverse order: the API and the engine before the handlers they route
    // to, and the workspace last, since its database runs the engine's last queued writes.
    // The engine takes the workspace's persistence in its constructor (without it nothing,
    // not even a queued task, would reach the database).
    acs::Workspace m_workspace;
    acs::FileServer m_files;
    acs::UploadReceiver m_uploads;
    acs::AcsEngine m_engine;
    api::ApiServer m_api;
    std::shared_ptr<store::FileRepository> m_fileRepository;

    ServiceSettings m_settings;
    bool m_applied = false;
    QString m_caPath;
    QString m_apiError;

    // After the engine and the workspace: the manager goes before the database it writes to.
    diagnostics::DiagnosticsManager m_diagnostics{m_engine, &m_workspace.database()};
    diagnostics::Tr143Server m_tr143;
    diagnostics::UdpEchoServer m_udpEcho;
    std::unique_ptr<api::DiagnosticsRoutes> m_diagnosticsRoutes;
    QString m_testServerError;
    // Owns its API routes; goes before the database its repositories write to.
    std::unique_ptr<acs::Provisioning> m_provisioning;
    // Data-model definitions; its API routes (owned as its child) read it.
    DefinitionLibrary m_definitions{&m_engine};
    // Transfer timelines (issue 7); the tracker goes before the repositories it writes to.
    std::unique_ptr<store::TransferRepository> m_transferRepository;
    std::unique_ptr<store::SnapshotRepository> m_transferSnapshots;
    std::unique_ptr<acs::TransferTracker> m_transfers;
    // Last, so it goes first: it waits for a running import before the rest is torn down.
    std::unique_ptr<FileLibrary> m_fileLibrary;
};

} // namespace service
