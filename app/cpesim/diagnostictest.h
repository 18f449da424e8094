#pragma once

#include "diagnosticwanprofile.h"

#include <QHostAddress>
#include <QObject>

#include <functional>

namespace cpesim {

class SimDevice;

// One running diagnostic of one device (cwmp-facts §11): it reads its inputs from the
// diagnostics object, measures for real, writes the result parameters and tables, and ends
// with finished(state) — "Complete" (TR-098 transfers: "Completed") or an "Error_…" value the
// object's DiagnosticsState enumeration allows. The runner then raises "8 DIAGNOSTICS
// COMPLETE". A test is deleted when cancelled; it never touches the device afterwards.
class DiagnosticTest : public QObject
{
    Q_OBJECT

public:
    DiagnosticTest(SimDevice &device, const QString &objectPath, const DiagnosticWanProfile &wan,
                   QObject *parent = nullptr);

    virtual void start() = 0;
    QString objectPath() const { return m_object; }
    // TR-143 dateTime with microseconds, "2008-04-09T15:01:05.123456Z".
    static QString dateTime(qint64 epochUs);
    static qint64 nowUs();

Q_SIGNALS:
    void finished(const QString &state);

protected:
    bool has(const QString &name) const;
    QString input(const QString &name) const;
    // A missing, empty or zero value gives the fallback.
    quint32 inputUInt(const QString &name, quint32 fallback) const;
    bool inputBool(const QString &name) const;
    // Writes one result; parameters the profile lacks are skipped.
    void setResult(const QString &name, const QString &value);
    void setResult(const QString &name, qint64 value) { setResult(name, QString::number(value)); }
    // Deletes every row of a result table ("RouteHops.") and restarts its numbering at 1,
    // as a device's next run replaces the previous run's rows.
    void clearTable(const QString &table);
    // Appends a row; returns its relative path ("RouteHops.3."), empty when the table is full.
    QString addRow(const QString &table);
    bool isTr098() const;
    // "Complete", or "Completed" where the object's enumeration says so (TR-098 transfers).
    QString completeState() const;
    // The first of the candidates the object's DiagnosticsState enumeration allows.
    QString errorState(const QStringList &candidates) const;
    // Ends the test (once, queued).
    void finish(const QString &state);
    void finishError(const QStringList &candidates) { finish(errorState(candidates)); }

    // Resolves a host name or address literal, honouring ProtocolVersion (Any|IPv4|IPv6)
    // when the object has it. A null address: cannot be resolved.
    void resolve(const QString &host, std::function<void(const QHostAddress &)> done);
    // The local address the system would use towards `target` (IPAddressUsed).
    static QString localAddressFor(const QHostAddress &target);

    SimDevice &m_device;
    const QString m_object;
    const DiagnosticWanProfile &m_wan;

private:
    bool m_finished = false;
};

} // namespace cpesim
