#include "headlessmode.h"

#include "signalwatcher.h"

#include <acs/acsengine.h>
#include <acs/fileserver.h>
#include <acs/uploadreceiver.h>
#include <acs/workspace.h>

#include <api/apiserver.h>
#include <http/certificateauthority.h>
#include <store/database.h>
#include <store/filerepository.h>
#include <store/soaplogrepository.h>

#include <QCoreApplication>
#include <QDir>
#include <QNetworkInterface>
#include <QTextStream>

namespace workbench {

namespace {

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

void line(const QString &text)
{
    err() << text << Qt::endl;
}

// Every URL a device on this laptop's networks could use.
QStringList acsUrls(const acs::AcsSettings &settings, quint16 port)
{
    const QString scheme = settings.tls ? QStringLiteral("https") : QStringLiteral("http");
    QStringList urls;
    QList<QHostAddress> addresses;
    if (settings.address == QHostAddress::Any || settings.address == QHostAddress::AnyIPv4)
        addresses = QNetworkInterface::allAddresses();
    else
        addresses = {settings.address};
    for (const QHostAddress &a : addresses) {
        if (a.protocol() != QAbstractSocket::IPv4Protocol)
            continue;
        urls << QStringLiteral("%1://%2:%3/").arg(scheme, a.toString()).arg(port);
    }
    return urls;
}

// The northbound API next to the ACS. Beyond loopback it is never open: without --api-token
// a token is generated and printed. An API that cannot listen is reported, and the ACS
// keeps running: devices matter more than scripts.
void startApi(api::ApiServer &server, const HeadlessOptions &options, acs::Workspace &workspace)
{
    QString token = options.apiToken;
    if (token.isEmpty() && !api::ApiServer::isLoopback(options.apiAddress))
        token = api::ApiServer::generateToken();
    server.setToken(token);
    server.setFilesDirectory(workspace.filesDirectory());
    auto repository = std::make_shared<store::FileRepository>(workspace.database());
    QObject::connect(&server, &api::ApiServer::fileStored, &workspace, [repository](const acs::ServedFile &f) {
        const auto optional = [](const QString &s) { return s.isEmpty() ? std::nullopt : std::optional<QString>(s); };
        repository->add(store::RegisteredFile{f.name, f.fileType, f.size, QString::fromLatin1(f.sha256), f.path,
                                              optional(f.oui), optional(f.productClass), optional(f.version), f.addedMs});
    });
    QObject::connect(&server, &api::ApiServer::fileRemoved, &workspace,
                     [repository](const QString &name) { repository->remove(name); });
    if (!server.listen(options.apiAddress, options.apiPort)) {
        line(QStringLiteral("api: not started: %1").arg(server.errorString()));
        return;
    }
    QString host = options.apiAddress.toString();
    if (options.apiAddress.protocol() == QAbstractSocket::IPv6Protocol)
        host = QStringLiteral("[%1]").arg(host);
    const QString url = QStringLiteral("http://%1:%2/").arg(host).arg(server.serverPort());
    if (token.isEmpty())
        line(QStringLiteral("api: %1 (no token)").arg(url));
    else
        line(QStringLiteral("api: %1 (token %2)").arg(url, token));
}

} // namespace

int runHeadless(const HeadlessOptions &options)
{
    // The workspace comes first: the engine takes its persistence in its constructor
    // (without it nothing, not even a queued task, reached the database), and is
    // destroyed before the workspace, whose database then runs the last queued writes.
    acs::Workspace workspace;
    acs::FileServer files;
    acs::UploadReceiver uploads;
    acs::AcsEngine engine(workspace.persistence());
    api::ApiServer apiServer(&engine, &files);
    SignalWatcher watcher;
    int exitCode = 0;
    bool started = false;

    engine.setFileServer(&files);
    engine.setUploadReceiver(&uploads);

    QObject::connect(&engine, &acs::AcsEngine::sessionStarted, [](const QString &id, const QString &, const QStringList &events) {
        line(QStringLiteral("session: %1 started (%2)").arg(id, events.join(QStringLiteral(", "))));
    });
    QObject::connect(&engine, &acs::AcsEngine::sessionFinished, [](const QString &id, const QString &, const QString &outcome) {
        line(QStringLiteral("session: %1 ended: %2").arg(id.isEmpty() ? QStringLiteral("(unknown device)") : id, outcome));
    });
    QObject::connect(&engine.tasks(), &acs::TaskQueue::taskChanged, [](const acs::Task &t) {
        QString text = QStringLiteral("task %1: %2 %3 on %4").arg(t.id).arg(t.kind, acs::taskStateName(t.state), t.deviceId);
        if (t.state == acs::TaskState::Fault)
            text += QStringLiteral(" (%1 %2)").arg(t.faultCode).arg(t.faultString);
        line(text);
    });
    QObject::connect(&engine, &acs::AcsEngine::authenticationFailed, [](const QString &address, const QString &reason) {
        line(QStringLiteral("auth: refused %1: %2").arg(address, reason));
    });
    QObject::connect(&engine, &acs::AcsEngine::connectionRequestFinished, [](const QString &id, bool, const QString &outcome) {
        line(QStringLiteral("connection request: %1: %2").arg(id, outcome));
    });
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, [&](int) {
        line(QStringLiteral("stopping; queued tasks are kept in %1").arg(workspace.directory()));
        apiServer.close();
        engine.stop();
        QCoreApplication::exit(0);
    });

    workspace.open(options.workspace, engine, files, [&](bool ok, const QString &error) {
        if (!ok) {
            line(QStringLiteral("cwmp-workbench: cannot open the workspace %1: %2").arg(options.workspace, error));
            exitCode = 1;
            QCoreApplication::exit(1);
            return;
        }
        if (!options.exportLog.isEmpty()) {
            // One-shot export of the SOAP log, then exit.
            auto log = std::make_shared<store::SoapLogRepository>(workspace.database());
            const std::optional<QString> device = options.exportDevice.isEmpty() ? std::nullopt
                                                                                  : std::optional<QString>(options.exportDevice);
            log->exportTo(options.exportLog, store::SoapLogRepository::ExportFormat::JsonLines, device)
                .then(&workspace, [log, &options](const store::Result<qint64> &written) {
                    if (!written.ok()) {
                        line(QStringLiteral("cwmp-workbench: cannot export the log: %1").arg(written.error().message));
                        QCoreApplication::exit(1);
                        return;
                    }
                    line(QStringLiteral("exported %1 messages to %2").arg(written.value()).arg(options.exportLog));
                    QCoreApplication::exit(0);
                });
            return;
        }
        // From here on a full disk or an I/O error in the store is worth a line: nothing
        // the engine does waits for a write, but the engineer must know what is not kept.
        // (A database refused at open time is already reported above, once.)
        QObject::connect(&workspace.database(), &store::Database::failed, &workspace,
                         [](const QString &message) { line(QStringLiteral("storage: %1").arg(message)); });
        acs::AcsSettings settings = options.acs;
        const acs::GeneratedCredentials generated = workspace.credentials();
        if (!options.cpeCredentialsGiven) {
            settings.cpeUsername = generated.cpeUsername;
            settings.cpePassword = generated.cpePassword;
        }
        if (!options.crCredentialsGiven) {
            settings.crUsername = generated.crUsername;
            settings.crPassword = generated.crPassword;
        }
        if (options.tlsGenerate) {
            http::CertificateAuthority ca(workspace.tlsDirectory());
            const http::Identity id = ca.serverIdentity();
            if (!id.ok()) {
                line(QStringLiteral("cwmp-workbench: cannot create a TLS certificate: %1").arg(id.error));
                QCoreApplication::exit(1);
                return;
            }
            settings.tls = http::TlsSettings{id.certificate, id.key, id.chain, false, {}};
            // The CA keeps its certificate as ca.pem in its folder: that is the file to install
            // on devices. (exportCaCertificate() copies it elsewhere; given no path it only
            // returned "cannot write : No file name specified", which this line printed.)
            line(QStringLiteral("tls: devices can trust %1").arg(QDir(ca.directory()).filePath(QStringLiteral("ca.pem"))));
        } else if (!options.tlsCert.isEmpty()) {
            const http::Identity id = http::CertificateAuthority::loadIdentity(options.tlsCert, options.tlsKey, QByteArray());
            if (!id.ok()) {
                line(QStringLiteral("cwmp-workbench: %1").arg(id.error));
                QCoreApplication::exit(1);
                return;
            }
            settings.tls = http::TlsSettings{id.certificate, id.key, id.chain, false, {}};
        }
        files.setFiles(files.files());
        uploads.setDirectory(workspace.uploadsDirectory());
        if (!engine.start(settings)) {
            line(QStringLiteral("cwmp-workbench: %1").arg(engine.errorString()));
            QCoreApplication::exit(1);
            return;
        }
        started = true;
        for (const QString &url : acsUrls(settings, engine.port()))
            line(QStringLiteral("listening: %1").arg(url));
        if (settings.authMode == acs::CpeAuthMode::None)
            line(QStringLiteral("auth: none (any device is accepted)"));
        else
            line(QStringLiteral("auth: %1, username %2, password %3")
                     .arg(settings.authMode == acs::CpeAuthMode::Digest ? QStringLiteral("digest") : QStringLiteral("basic"),
                          settings.cpeUsername, settings.cpePassword));
        startApi(apiServer, options, workspace);
        line(QStringLiteral("workspace: %1 (%2 devices, %3 tasks)")
                 .arg(workspace.directory())
                 .arg(engine.devices().ids().size())
                 .arg(engine.tasks().all().size()));
    });

    const int code = QCoreApplication::exec();
    Q_UNUSED(started);
    return code != 0 ? code : exitCode;
}

} // namespace workbench
