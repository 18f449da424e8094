#include "diagnostictest.h"

#include "simdevice.h"

#include <QDateTime>
#include <QHostInfo>
#include <QPointer>
#include <QUdpSocket>

#include <ctime>

namespace cpesim {

DiagnosticTest::DiagnosticTest(SimDevice &device, const QString &objectPath, const DiagnosticWanProfile &wan,
                               QObject *parent)
    : QObject(parent), m_device(device), m_object(objectPath), m_wan(wan)
{
}

QString DiagnosticTest::dateTime(qint64 epochUs)
{
    if (epochUs <= 0)
        return QStringLiteral("0001-01-01T00:00:00Z");
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(epochUs / 1000, Qt::UTC);
    return t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QStringLiteral(".%1Z").arg(epochUs % 1'000'000, 6, 10, QLatin1Char('0'));
}

qint64 DiagnosticTest::nowUs()
{
    timespec ts{};
    clock_gettime(CLOCK_REALTIME, &ts);
    return qint64(ts.tv_sec) * 1'000'000 + ts.tv_nsec / 1000;
}

bool DiagnosticTest::has(const QString &name) const
{
    return m_device.state().resolve(m_object + name).isValid();
}

QString DiagnosticTest::input(const QString &name) const
{
    return m_device.state().value(m_object + name).value_or(QString());
}

quint32 DiagnosticTest::inputUInt(const QString &name, quint32 fallback) const
{
    const quint32 v = input(name).toUInt();
    return v == 0 ? fallback : v;
}

bool DiagnosticTest::inputBool(const QString &name) const
{
    const QString v = input(name);
    return v == u"true" || v == u"1";
}

void DiagnosticTest::setResult(const QString &name, const QString &value)
{
    m_device.state().setValue(m_object + name, value);
}

void DiagnosticTest::clearTable(const QString &table)
{
    DeviceState &state = m_device.state();
    const NodeRef node = state.resolve(m_object + table);
    if (node.kind != NodeRef::Table)
        return;
    for (const quint32 n : state.instances(node)) {
        const NodeRef row = state.resolve(node.path + QString::number(n) + u'.');
        if (row.isValid())
            state.deleteInstance(row);
    }
    // DeviceState keeps instance numbers growing (TR-069 A.3.2.6 for AddObject); a result
    // table is the device's own and starts again at 1 with every run.
    QHash<QString, quint32> counters = state.nextInstanceCounters();
    if (counters.remove(node.path) > 0)
        state.restoreOverlay(state.changedValues(), state.changedInstances(), counters, state.changedAttributes());
}

QString DiagnosticTest::addRow(const QString &table)
{
    DeviceState &state = m_device.state();
    const NodeRef node = state.resolve(m_object + table);
    if (node.kind != NodeRef::Table)
        return {};
    const auto n = state.addInstance(node);
    return n ? table + QString::number(*n) + u'.' : QString();
}

bool DiagnosticTest::isTr098() const
{
    return m_object.startsWith(u"InternetGatewayDevice.");
}

QString DiagnosticTest::completeState() const
{
    return errorState({QStringLiteral("Complete"), QStringLiteral("Completed")});
}

QString DiagnosticTest::errorState(const QStringList &candidates) const
{
    const DeviceState &state = m_device.state();
    const NodeRef node = state.resolve(m_object + QStringLiteral("DiagnosticsState"));
    if (node.kind == NodeRef::Parameter) {
        const QStringList allowed = state.meta(node).enumValues;
        for (const QString &c : candidates) {
            if (allowed.contains(c))
                return c;
        }
        // Every TR-098/TR-181 diagnostics object knows one of these.
        for (const char *general : {"Error_Other", "Error_Internal", "Error_Timeout", "Error_NoResponse"}) {
            const QString g = QString::fromLatin1(general);
            if (candidates.first().startsWith(u"Error") && allowed.contains(g))
                return g;
        }
    }
    return candidates.first();
}

void DiagnosticTest::finish(const QString &state)
{
    if (m_finished)
        return;
    m_finished = true;
    QMetaObject::invokeMethod(this, [this, state] { Q_EMIT finished(state); }, Qt::QueuedConnection);
}

void DiagnosticTest::resolve(const QString &host, std::function<void(const QHostAddress &)> done)
{
    const QString version = has(QStringLiteral("ProtocolVersion")) ? input(QStringLiteral("ProtocolVersion")) : QString();
    const auto pick = [version](const QList<QHostAddress> &addresses) {
        for (const QHostAddress &a : addresses) {
            if (version == u"IPv6" ? a.protocol() == QAbstractSocket::IPv6Protocol
                                   : version == u"IPv4" ? a.protocol() == QAbstractSocket::IPv4Protocol : true)
                return a;
        }
        return QHostAddress();
    };
    QString name = host.trimmed();
    if (name.startsWith(u'[') && name.endsWith(u']'))
        name = name.mid(1, name.size() - 2);
    const QHostAddress literal(name);
    if (!literal.isNull() || name.isEmpty()) {
        const QHostAddress chosen = pick({literal});
        QMetaObject::invokeMethod(this, [done, chosen] { done(chosen); }, Qt::QueuedConnection);
        return;
    }
    QPointer<DiagnosticTest> self(this);
    QHostInfo::lookupHost(name, this, [self, done, pick](const QHostInfo &info) {
        if (!self)
            return;
        // Prefer IPv4 for Any: what a gateway's WAN usually has.
        QList<QHostAddress> ordered;
        for (const QHostAddress &a : info.addresses()) {
            if (a.protocol() == QAbstractSocket::IPv4Protocol)
                ordered.append(a);
        }
        for (const QHostAddress &a : info.addresses()) {
            if (a.protocol() != QAbstractSocket::IPv4Protocol)
                ordered.append(a);
        }
        done(info.error() == QHostInfo::NoError ? pick(ordered) : QHostAddress());
    });
}

QString DiagnosticTest::localAddressFor(const QHostAddress &target)
{
    // A connected UDP socket sends nothing but makes the kernel choose the route.
    QUdpSocket probe;
    probe.connectToHost(target, 9);
    const QHostAddress local = probe.localAddress();
    return local.isNull() ? QString() : local.toString();
}

} // namespace cpesim
