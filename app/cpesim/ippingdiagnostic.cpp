#include "ippingdiagnostic.h"

#include "runtimelog.h"

#include <algorithm>
#include <numeric>

namespace cpesim {

void IpPingDiagnostic::start()
{
    for (const char *name : {"SuccessCount", "FailureCount", "AverageResponseTime", "MinimumResponseTime",
                             "MaximumResponseTime", "AverageResponseTimeDetailed", "MinimumResponseTimeDetailed",
                             "MaximumResponseTimeDetailed"})
        setResult(QString::fromLatin1(name), 0);
    setResult(QStringLiteral("IPAddressUsed"), QString());
    m_repetitions = inputUInt(QStringLiteral("NumberOfRepetitions"), 1);
    resolve(input(QStringLiteral("Host")), [this](const QHostAddress &address) {
        if (address.isNull()) {
            finishError({QStringLiteral("Error_CannotResolveHostName")});
            return;
        }
        m_target = address;
        setResult(QStringLiteral("IPAddressUsed"), localAddressFor(address));
        m_probe = new DiagnosticIcmpProbe(m_wan, this);
        connect(m_probe, &DiagnosticIcmpProbe::finished, this, &IpPingDiagnostic::onReply);
        sendNext();
    });
}

void IpPingDiagnostic::sendNext()
{
    if (m_sent >= m_repetitions) {
        report();
        return;
    }
    ++m_sent;
    m_probe->send(m_target, 0, int(inputUInt(QStringLiteral("DataBlockSize"), 64)), int(input(QStringLiteral("DSCP")).toUInt()),
                  int(inputUInt(QStringLiteral("Timeout"), kDefaultTimeoutMs)));
}

void IpPingDiagnostic::onReply(const IcmpReply &reply)
{
    if (m_sent == 1)
        RuntimeLog::debug(QStringLiteral("ping %1 via %2").arg(m_target.toString(), DiagnosticIcmpProbe::modeName(m_probe->mode())));
    if (reply.kind == IcmpReply::EchoReply) {
        m_rttUs.append(reply.rttUs);
    } else {
        ++m_failed;
        if (reply.kind == IcmpReply::Unreachable && reply.icmpType < 0)
            m_unreachable = true; // the system has no route at all
    }
    QTimer::singleShot(kIntervalMs, this, &IpPingDiagnostic::sendNext);
}

void IpPingDiagnostic::report()
{
    if (m_rttUs.isEmpty() && m_unreachable) {
        finishError({QStringLiteral("Error_NoRouteToHost"), QStringLiteral("Error_Other")});
        return;
    }
    setResult(QStringLiteral("SuccessCount"), m_rttUs.size());
    setResult(QStringLiteral("FailureCount"), m_failed);
    if (!m_rttUs.isEmpty()) {
        const qint64 min = *std::min_element(m_rttUs.cbegin(), m_rttUs.cend());
        const qint64 max = *std::max_element(m_rttUs.cbegin(), m_rttUs.cend());
        const qint64 avg = std::accumulate(m_rttUs.cbegin(), m_rttUs.cend(), qint64(0)) / m_rttUs.size();
        // The millisecond figures are rounded up: a reply is never reported as 0 ms late.
        const auto ms = [](qint64 us) { return (us + 999) / 1000; };
        setResult(QStringLiteral("MinimumResponseTime"), ms(min));
        setResult(QStringLiteral("AverageResponseTime"), ms(avg));
        setResult(QStringLiteral("MaximumResponseTime"), ms(max));
        setResult(QStringLiteral("MinimumResponseTimeDetailed"), min);
        setResult(QStringLiteral("AverageResponseTimeDetailed"), avg);
        setResult(QStringLiteral("MaximumResponseTimeDetailed"), max);
    }
    finish(completeState());
}

} // namespace cpesim
