#include "diagnosticrunner.h"

#include "ippingdiagnostic.h"
#include "nslookupdiagnostic.h"
#include "runtimelog.h"
#include "serverselectiondiagnostic.h"
#include "simdevice.h"
#include "transferdiagnostic.h"
#include "traceroutediagnostic.h"
#include "udpechodiagnostic.h"

namespace cpesim {

DiagnosticRunner::DiagnosticRunner(SimDevice &device, const DiagnosticWanProfile &wan, QObject *parent)
    : QObject(parent), m_device(device), m_wan(wan)
{
}

DiagnosticRunner::~DiagnosticRunner()
{
    cancelAll();
}

DiagnosticTest *DiagnosticRunner::create(SimDevice &device, const QString &objectPath, const DiagnosticWanProfile &wan,
                                         QObject *parent)
{
    const QStringList segments = objectPath.split(u'.', Qt::SkipEmptyParts);
    const QString name = segments.isEmpty() ? QString() : segments.constLast();
    if (name == u"IPPing" || name == u"IPPingDiagnostics")
        return new IpPingDiagnostic(device, objectPath, wan, parent);
    if (name == u"TraceRoute" || name == u"TraceRouteDiagnostics")
        return new TraceRouteDiagnostic(device, objectPath, wan, parent);
    if (name == u"DownloadDiagnostics")
        return new TransferDiagnostic(device, objectPath, wan, false, parent);
    if (name == u"UploadDiagnostics")
        return new TransferDiagnostic(device, objectPath, wan, true, parent);
    if (name == u"UDPEchoDiagnostics")
        return new UdpEchoDiagnostic(device, objectPath, wan, parent);
    if (name == u"ServerSelectionDiagnostics")
        return new ServerSelectionDiagnostic(device, objectPath, wan, parent);
    if (name == u"NSLookupDiagnostics")
        return new NsLookupDiagnostic(device, objectPath, wan, parent);
    return nullptr;
}

void DiagnosticRunner::start(const QString &objectPath)
{
    cancel(objectPath);
    DiagnosticTest *test = create(m_device, objectPath, m_wan, this);
    if (!test) {
        RuntimeLog::warn(QStringLiteral("%1: the simulator cannot run this diagnostic").arg(objectPath));
        QMetaObject::invokeMethod(this, [this, objectPath] { Q_EMIT finished(objectPath, QStringLiteral("Error_Internal")); },
                                  Qt::QueuedConnection);
        return;
    }
    m_running.insert(objectPath, test);
    connect(test, &DiagnosticTest::finished, this, [this, test, objectPath](const QString &state) {
        if (m_running.value(objectPath) != test)
            return;
        m_running.remove(objectPath);
        test->deleteLater();
        RuntimeLog::debug(QStringLiteral("%1 ended: %2").arg(objectPath, state));
        Q_EMIT finished(objectPath, state);
    });
    if (m_wan.isActive())
        RuntimeLog::info(QStringLiteral("%1 runs with EMULATED WAN conditions (--wan-profile): %2").arg(objectPath, m_wan.describe()));
    test->start();
}

void DiagnosticRunner::cancel(const QString &objectPath)
{
    const QPointer<DiagnosticTest> test = m_running.take(objectPath);
    if (test) {
        test->disconnect(this);
        delete test.data();
    }
}

void DiagnosticRunner::cancelAll()
{
    const QStringList objects = m_running.keys();
    for (const QString &object : objects)
        cancel(object);
}

} // namespace cpesim
