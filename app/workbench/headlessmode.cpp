#include "headlessmode.h"

#include "signalwatcher.h"

#include <service/acsservice.h>
#include <store/soaplogrepository.h>

#include <QCoreApplication>
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

service::ServiceSettings serviceSettingsFrom(const HeadlessOptions &options)
{
    service::ServiceSettings s;
    s.acs = options.acs;
    s.cpeCredentialsGiven = options.cpeCredentialsGiven;
    s.crCredentialsGiven = options.crCredentialsGiven;
    if (options.tlsGenerate) {
        s.tlsMode = service::TlsMode::Generate;
    } else if (!options.tlsCert.isEmpty()) {
        s.tlsMode = service::TlsMode::Files;
        s.tlsCertificatePath = options.tlsCert;
        s.tlsKeyPath = options.tlsKey;
    }
    // The headless mode always serves the API; beyond loopback the service generates a
    // token when none is given, and it is printed below.
    s.apiEnabled = true;
    s.apiAddress = options.apiAddress;
    s.apiPort = options.apiPort;
    s.apiToken = options.apiToken;
    s.tr143Port = options.tr143Port;
    s.udpEchoPort = options.udpEchoPort;
    s.definitionsFolder = options.datamodels;
    return s;
}

void exportLog(service::AcsService &service, const HeadlessOptions &options)
{
    auto log = std::make_shared<store::SoapLogRepository>(service.database());
    const std::optional<QString> device = options.exportDevice.isEmpty() ? std::nullopt
                                                                          : std::optional<QString>(options.exportDevice);
    log->exportTo(options.exportLog, store::SoapLogRepository::ExportFormat::JsonLines, device)
        .then(&service, [log, &options](const store::Result<qint64> &written) {
            if (!written.ok()) {
                line(QStringLiteral("cwmp-workbench: cannot export the log: %1").arg(written.error().message));
                QCoreApplication::exit(1);
                return;
            }
            line(QStringLiteral("exported %1 messages to %2").arg(written.value()).arg(options.exportLog));
            QCoreApplication::exit(0);
        });
}

// What an engineer (or a CI log) needs to point a device at this ACS.
void reportListening(service::AcsService &service)
{
    const acs::AcsSettings &settings = service.settings().acs;
    for (const QString &url : service.acsUrls())
        line(QStringLiteral("listening: %1").arg(url));
    if (!service.caCertificatePath().isEmpty())
        line(QStringLiteral("tls: devices can trust %1").arg(service.caCertificatePath()));
    if (settings.authMode == acs::CpeAuthMode::None)
        line(QStringLiteral("auth: none (any device is accepted)"));
    else
        line(QStringLiteral("auth: %1, username %2, password %3")
                 .arg(settings.authMode == acs::CpeAuthMode::Digest ? QStringLiteral("digest") : QStringLiteral("basic"),
                      settings.cpeUsername, settings.cpePassword));
    // An API that cannot listen is reported, and the ACS keeps running: devices matter more
    // than scripts.
    if (!service.apiListening()) {
        line(QStringLiteral("api: not started: %1").arg(service.apiError()));
    } else {
        const QString token = service.settings().apiToken;
        if (token.isEmpty())
            line(QStringLiteral("api: %1 (no token)").arg(service.apiUrl()));
        else
            line(QStringLiteral("api: %1 (token %2)").arg(service.apiUrl(), token));
    }
    // The built-in servers diagnostics point devices at (issue 8), on the ACS's address.
    if (service.tr143().port() != 0)
        line(QStringLiteral("tr143: http port %1 (GET /tr143/download/<bytes>, PUT /tr143/upload)").arg(service.tr143().port()));
    if (service.udpEcho().port() != 0)
        line(QStringLiteral("udp echo: port %1").arg(service.udpEcho().port()));
    if (!service.testServerError().isEmpty())
        line(QStringLiteral("test servers: %1").arg(service.testServerError()));
}

} // namespace

int runHeadless(const HeadlessOptions &options)
{
    service::AcsService service;
    acs::AcsEngine &engine = service.engine();
    SignalWatcher watcher;
    int exitCode = 0;

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
    QObject::connect(&service.definitions(), &service::DefinitionLibrary::importFinished, [&service](bool ok, const QString &message) {
        line(QStringLiteral("datamodels: %1%2 (%3 models)")
                 .arg(ok ? QString() : QStringLiteral("import failed: "), message)
                 .arg(service.definitions().models().size()));
    });
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, [&](int) {
        line(QStringLiteral("stopping; queued tasks are kept in %1").arg(service.workspace().directory()));
        service.stop();
        QCoreApplication::exit(0);
    });

    service.open(options.workspace, [&](bool ok, const QString &error) {
        if (!ok) {
            line(QStringLiteral("cwmp-workbench: cannot open the workspace %1: %2").arg(options.workspace, error));
            exitCode = 1;
            QCoreApplication::exit(1);
            return;
        }
        if (!options.exportLog.isEmpty()) {
            exportLog(service, options); // one-shot, then exit
            return;
        }
        // From here on a full disk or an I/O error in the store is worth a line: nothing
        // the engine does waits for a write, but the engineer must know what is not kept.
        // (A database refused at open time is already reported above, once.)
        QObject::connect(&service, &service::AcsService::failed,
                         [](const QString &message) { line(QStringLiteral("storage: %1").arg(message)); });
        QString why;
        if (!service.apply(serviceSettingsFrom(options), &why) && !service.isListening()) {
            line(QStringLiteral("cwmp-workbench: %1").arg(why));
            QCoreApplication::exit(1);
            return;
        }
        reportListening(service);
        line(QStringLiteral("workspace: %1 (%2 devices, %3 tasks)")
                 .arg(service.workspace().directory())
                 .arg(engine.devices().ids().size())
                 .arg(engine.tasks().all().size()));
    });

    const int code = QCoreApplication::exec();
    return code != 0 ? code : exitCode;
}

} // namespace workbench
