#pragma once

// "Start simulated device": runs `cwmp-cpe-sim` against this workbench's own ACS, with the
// credentials the ACS expects and the connection-request credentials it sends, so that a
// first-time user sees a device without configuring anything. Each start is one more
// device with its own serial number; their state lives in the workspace, so the same
// serial comes back as the same device.

#include <QHash>
#include <QObject>
#include <QStringList>

class QProcess;

namespace service {
class AcsService;
}

namespace models {

class SimulatorLauncher : public QObject
{
    Q_OBJECT

public:
    static constexpr int kKeptErrorLines = 5;
    // How long stop() and the destructor let a device save its state before killing it.
    static constexpr int kStopGraceMs = 3000;

    explicit SimulatorLauncher(service::AcsService &service, QObject *parent = nullptr);
    // Stops the devices it started: a simulated device never outlives the workbench.
    ~SimulatorLauncher() override;

    // cwmp-cpe-sim next to the running executable.
    static QString defaultProgram();
    void setProgram(const QString &path) { m_program = path; }
    QString program() const { return m_program; }
    // A built-in profile name (tr181-gateway, tr181-large, tr098-igd) or a profile file.
    void setProfile(const QString &profile) { m_profile = profile; }
    QString profile() const { return m_profile; }
    // Where the devices keep their state; default: "simulator" in the workspace.
    void setStateDirectory(const QString &dir) { m_stateDir = dir; }
    QString stateDirectory() const;

    // Starts one more device; its serial number, or empty after errorOccurred() when it
    // cannot start (no simulator, the ACS not listening). Does not wait for the process.
    QString start();
    // Asks every device to stop (they save their state); finished() follows for each.
    void stop();
    QStringList runningSerials() const;
    int runningCount() const { return int(m_processes.size()); }

    // The arguments start() passes, for the serial (exposed for tests and the help text).
    QStringList argumentsFor(const QString &serial) const;

Q_SIGNALS:
    void started(const QString &serial);
    // The device's process ended; lastErrorLines are its last lines of output.
    void finished(const QString &serial, int exitCode, const QStringList &lastErrorLines);
    void errorOccurred(const QString &message);

private:
    QString nextSerial() const;
    void collectOutput(QProcess *process, bool final);

    service::AcsService &m_service;
    QString m_program;
    QString m_profile = QStringLiteral("tr181-gateway");
    QString m_stateDir;
    QHash<QString, QProcess *> m_processes; // by serial
    QHash<QProcess *, QStringList> m_output;
};

} // namespace models
