#include "traceroutediagnostic.h"

#include <QHostInfo>
#include <QTimer>

namespace cpesim {

void TraceRouteDiagnostic::start()
{
    clearTable(QStringLiteral("RouteHops."));
    setResult(QStringLiteral("ResponseTime"), 0);
    setResult(QStringLiteral("IPAddressUsed"), QString());
    m_tries = std::clamp<quint32>(inputUInt(QStringLiteral("NumberOfTries"), 3), 1, 3);
    m_maxHops = std::clamp<quint32>(inputUInt(QStringLiteral("MaxHopCount"), kDefaultMaxHops), 1, 64);
    resolve(input(QStringLiteral("Host")), [this](const QHostAddress &address) {
        if (address.isNull()) {
            finishError({QStringLiteral("Error_CannotResolveHostName")});
            return;
        }
        m_target = address;
        setResult(QStringLiteral("IPAddressUsed"), localAddressFor(address));
        m_probe = new DiagnosticIcmpProbe(m_wan, this);
        connect(m_probe, &DiagnosticIcmpProbe::finished, this, &TraceRouteDiagnostic::onReply);
        m_hops.append(Hop{});
        probe();
    });
}

void TraceRouteDiagnostic::probe()
{
    m_probe->send(m_target, int(m_hops.size()), int(inputUInt(QStringLiteral("DataBlockSize"), 38)),
                  int(input(QStringLiteral("DSCP")).toUInt()), int(inputUInt(QStringLiteral("Timeout"), kDefaultTimeoutMs)));
}

void TraceRouteDiagnostic::onReply(const IcmpReply &reply)
{
    Hop &hop = m_hops.last();
    const bool answered = reply.kind == IcmpReply::EchoReply || reply.kind == IcmpReply::TimeExceeded
        || (reply.kind == IcmpReply::Unreachable && !reply.from.isNull());
    hop.rttUs.append(answered ? reply.rttUs : -1);
    if (answered) {
        hop.address = reply.from;
        hop.errorCode = std::max(0, reply.icmpCode);
        if (reply.kind != IcmpReply::TimeExceeded)
            m_reached = true; // the destination itself (or it said "unreachable")
    }
    // Without an ICMP socket there is no TTL to play with: the emulation reaches the
    // destination in one hop.
    if (m_probe->mode() == DiagnosticIcmpProbe::Mode::TcpConnect && answered)
        m_reached = true;
    if (quint32(hop.rttUs.size()) < m_tries) {
        probe();
        return;
    }
    if (m_reached) {
        nameHopsAndReport();
        return;
    }
    if (quint32(m_hops.size()) >= m_maxHops) {
        finishError({QStringLiteral("Error_MaxHopCountExceeded")});
        return;
    }
    m_hops.append(Hop{});
    probe();
}

void TraceRouteDiagnostic::nameHopsAndReport()
{
    for (int i = 0; i < m_hops.size(); ++i) {
        if (m_hops.at(i).address.isNull())
            continue;
        ++m_lookupsPending;
        QHostInfo::lookupHost(m_hops.at(i).address.toString(), this, [this, i](const QHostInfo &info) {
            if (info.error() == QHostInfo::NoError && QHostAddress(info.hostName()).isNull())
                m_hops[i].name = info.hostName();
            if (--m_lookupsPending == 0)
                report();
        });
    }
    if (m_lookupsPending == 0)
        report();
    else
        QTimer::singleShot(kReverseLookupMs, this, &TraceRouteDiagnostic::report);
}

void TraceRouteDiagnostic::report()
{
    if (m_reported)
        return;
    m_reported = true;
    const QString prefix = isTr098() ? QStringLiteral("Hop") : QString();
    for (const Hop &hop : std::as_const(m_hops)) {
        const QString row = addRow(QStringLiteral("RouteHops."));
        if (row.isEmpty())
            break;
        const QString address = hop.address.isNull() ? QString() : hop.address.toString();
        QStringList times;
        for (const qint64 us : hop.rttUs)
            times << QString::number(us < 0 ? 0 : std::max<qint64>(1, (us + 999) / 1000));
        setResult(row + prefix + QStringLiteral("Host"), hop.name.isEmpty() ? address : hop.name);
        setResult(row + prefix + QStringLiteral("HostAddress"), address);
        setResult(row + prefix + QStringLiteral("ErrorCode"), hop.errorCode);
        setResult(row + prefix + QStringLiteral("RTTimes"), times.join(u','));
    }
    qint64 sum = 0;
    int n = 0;
    for (const qint64 us : m_hops.last().rttUs) {
        if (us >= 0) {
            sum += us;
            ++n;
        }
    }
    setResult(QStringLiteral("ResponseTime"), n ? std::max<qint64>(1, (sum / n + 999) / 1000) : 0);
    finish(completeState());
}

} // namespace cpesim
