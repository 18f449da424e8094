#include "simulatorlauncher.h"

#include <service/acsservice.h>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTimer>

namespace models {

namespace {

// "WBSIM0001": far from the serials of real equipment and of the simulator's own default,
// so a simulated device is never mistaken for one on the bench.
QString serialFor(int index)
{
    return QStringLiteral("WBSIM%1").arg(index, 4, 10, QLatin1Char('0'));
}

} // namespace

SimulatorLauncher::SimulatorLauncher(service::AcsService &service, QObject *parent)
    : QObject(parent), m_service(service), m_program(defaultProgram())
{
}

SimulatorLauncher::~SimulatorLauncher()
{
    const auto processes = m_processes.values();
    for (QProcess *process : processes) {
        process->disconnect(this);
        process->terminate(); // SIGTERM: the simulator saves its state and exits
    }
    for (QProcess *process : processes) {
        if (!process->waitForFinished(kStopGraceMs)) {
            process->kill();
            process->waitForFinished(kStopGraceMs);
        }
        delete process;
    }
}

QString SimulatorLauncher::defaultProgram()
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("cwmp-cpe-sim"));
}

QString SimulatorLauncher::stateDirectory() const
{
    if (!m_stateDir.isEmpty())
        return m_stateDir;
    const QString workspace = m_service.workspace().directory();
    return workspace.isEmpty() ? QString() : QDir(workspace).filePath(QStringLiteral("simulator"));
}

QString SimulatorLauncher::nextSerial() const
{
    int index = 1;
    while (m_processes.contains(serialFor(index)))
        ++index;
    return serialFor(index);
}

QStringList SimulatorLauncher::runningSerials() const
{
    QStringList serials = m_processes.keys();
    serials.sort();
    return serials;
}

QStringList SimulatorLauncher::argumentsFor(const QString &serial) const
{
    const service::ServiceSettings &settings = m_service.settings();
    QStringList args{QStringLiteral("--acs"), m_service.localUrl(), QStringLiteral("--serial-base"), serial,
                     QStringLiteral("--profile"), m_profile,
                     // Any free port on loopback: the ACS on this laptop reaches it there.
                     QStringLiteral("--cr-port"), QStringLiteral("0"),
                     // Its own connection-request credentials are the ACS's defaults, so a
                     // connection request works without per-device credentials.
                     QStringLiteral("--cr-username"), settings.acs.crUsername, QStringLiteral("--cr-password"),
                     settings.acs.crPassword, QStringLiteral("--log"), QStringLiteral("warn")};
    if (settings.acs.authMode != acs::CpeAuthMode::None)
        args << QStringLiteral("--username") << settings.acs.cpeUsername << QStringLiteral("--password")
             << settings.acs.cpePassword;
    const QString stateDir = stateDirectory();
    if (!stateDir.isEmpty())
        args << QStringLiteral("--state-dir") << stateDir;
    if (m_service.tlsActive()) {
        // The generated certificate names this laptop and its CA is at hand; a certificate
        // of the engineer's own may not name 127.0.0.1, and the simulator is ours anyway.
        const QString ca = m_service.caCertificatePath();
        if (!ca.isEmpty())
            args << QStringLiteral("--ca-file") << ca;
        else
            args << QStringLiteral("--insecure");
    }
    return args;
}

QString SimulatorLauncher::start()
{
    const QFileInfo program(m_program);
    if (!program.exists()) {
        Q_EMIT errorOccurred(tr("The simulator was not found at %1. It is built and installed together with the "
                                "workbench as cwmp-cpe-sim.")
                                 .arg(QDir::toNativeSeparators(m_program)));
        return {};
    }
    if (!program.isExecutable()) {
        Q_EMIT errorOccurred(tr("The simulator at %1 cannot be run (it is not executable).")
                                 .arg(QDir::toNativeSeparators(m_program)));
        return {};
    }
    if (!m_service.isListening()) {
        Q_EMIT errorOccurred(tr("The ACS is not listening, so a simulated device would have nowhere to connect. "
                                "Check the port in the settings."));
        return {};
    }

    const QString serial = nextSerial();
    auto *process = new QProcess(this);
    process->setProcessChannelMode(QProcess::MergedChannels);
    m_processes.insert(serial, process);
    connect(process, &QProcess::readyReadStandardOutput, this, [this, process] { collectOutput(process, false); });
    connect(process, &QProcess::started, this, [this, serial] { Q_EMIT started(serial); });
    connect(process, &QProcess::finished, this, [this, process, serial](int exitCode, QProcess::ExitStatus status) {
        collectOutput(process, true);
        const QStringList lines = m_output.take(process);
        m_processes.remove(serial);
        process->deleteLater();
        Q_EMIT finished(serial, status == QProcess::NormalExit ? exitCode : -1, lines);
    });
    connect(process, &QProcess::errorOccurred, this, [this, process, serial](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return; // a crash is reported by finished()
        m_output.remove(process);
        m_processes.remove(serial);
        process->deleteLater();
        Q_EMIT errorOccurred(tr("The simulator could not be started: %1").arg(process->errorString()));
    });
    process->start(m_program, argumentsFor(serial));
    return serial;
}

void SimulatorLauncher::stop()
{
    for (QProcess *process : std::as_const(m_processes)) {
        process->terminate(); // SIGTERM: the simulator saves its state and exits
        QTimer::singleShot(kStopGraceMs, process, [process] { process->kill(); });
    }
}

void SimulatorLauncher::collectOutput(QProcess *process, bool final)
{
    QStringList &lines = m_output[process];
    while (process->canReadLine())
        lines << QString::fromLocal8Bit(process->readLine()).trimmed();
    if (final && process->bytesAvailable() > 0)
        lines << QString::fromLocal8Bit(process->readAll()).trimmed();
    lines.removeAll(QString());
    if (lines.size() > kKeptErrorLines)
        lines = lines.mid(lines.size() - kKeptErrorLines);
}

} // namespace models
