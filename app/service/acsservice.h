#pragma once

// The composition the GUI and `cwmp-workbench --headless` share: one workspace (database,
// generated credentials, files, uploads, TLS material), the engine on its CWMP port with the
// file server and upload receiver beside it, and the northbound API. apply() (re)starts the
// listeners from a ServiceSettings value while the program runs.

#include "servicesettings.h"

#include <acs/acsengine.h>
#include <acs/fileserver.h>
#include <acs/uploadreceiver.h>
#include <acs/workspace.h>
#include <api/apiserver.h>

#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

namespace store {
class Database;
class FileRepository;
}

namespace service {

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

Q_SIGNALS:
    // After every successful apply() (and one that changed only the API).
    void listenerChanged();
    // A storage failure (disk full, I/O error): what the workspace did not keep.
    void failed(const QString &message);

private:
    bool prepareTls(ServiceSettings &settings, QString *caPath, QString *error);
    bool applyAcs(const ServiceSettings &settings, QString *error);
    bool applyApi(ServiceSettings &settings, QString *error);

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
};

} // namespace service
