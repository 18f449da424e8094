#include "sessionclient.h"

#include "runtimelog.h"
#include "simdevice.h"

#include <cwmp/envelopecodec.h>
#include <cwmp/faultcodes.h>
#include <http/httpclient.h>

#include <QTimer>

namespace cpesim {

namespace {
constexpr qint64 kMaxAcsMessageBytes = 128LL * 1024 * 1024;
}

namespace {

QByteArray targetOf(const QUrl &url)
{
    QByteArray target = url.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty())
        target = "/";
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    return target;
}

// Every version this build speaks up to the configured one (SupportedCWMPVersions, 1.4).
QList<cwmp::CwmpVersion> versionsUpTo(cwmp::CwmpVersion newest)
{
    QList<cwmp::CwmpVersion> out;
    for (int v = int(cwmp::CwmpVersion::V1_0); v <= int(newest); ++v)
        out.append(cwmp::CwmpVersion(v));
    return out;
}

bool isAcsRequest(const cwmp::Body &body)
{
    const QString name = cwmp::methodName(body);
    return !cwmp::isFault(body) && !name.endsWith(QStringLiteral("Response"));
}

cwmp::SoapFault refusedSpv(const cwmp::SetParameterValues &request)
{
    // TR-069 A.5.1: a parameter-level SetParameterValues failure is 9003 with one
    // SetParameterValuesFault per parameter.
    cwmp::SoapFault fault = cwmp::makeFault(cwmp::InvalidArguments);
    for (const cwmp::ParameterValueStruct &p : request.parameterList) {
        fault.setParameterValuesFaults.append(
            {p.name, quint32(cwmp::InvalidParameterValue), QStringLiteral("refused (--fault refuse-spv)")});
    }
    return fault;
}

} // namespace

SessionClient::SessionClient(SimDevice &device, const RuntimeOptions &options, QObject *parent)
    : QObject(parent), m_device(device), m_options(options)
{
}

SessionClient::~SessionClient()
{
    delete m_client;
}

QString SessionClient::nextId()
{
    return QStringLiteral("cpe-%1").arg(++m_idCounter);
}

void SessionClient::start(const Settings &settings)
{
    m_settings = settings;
    m_report = SessionReport();
    m_report.retryCount = settings.retryCount;
    m_running = true;
    m_stage = Stage::Inform;
    m_holdRequests = false;
    m_pendingTransferKey.reset();
    m_version = m_options.cwmpVersion;
    m_namespace = cwmp::namespaceForVersion(m_version);
    m_clock.start();

    delete m_client;
    m_client = new http::HttpClient(settings.acsUrl, this);
    // Let an oversized ACS message reach the codec, which refuses it with 9004 (resources
    // exceeded) instead of the session breaking off (DecodeLimits bounds what is parsed).
    m_client->setMaxResponseBytes(kMaxAcsMessageBytes);
    m_client->setCredentials(settings.username, settings.password);
    m_client->setTls(m_options.caCertificates, m_options.insecure);
    m_client->setTimeoutMs(m_options.sessionTimeoutMs);
    // TR-069 §3.4.5: redirects are followed for the rest of this session only.
    m_client->setFollowRedirects(true);
    m_client->setUserAgent("cwmp-cpe-sim/1");
    m_target = targetOf(settings.acsUrl);

    cwmp::Envelope envelope;
    envelope.cwmpNamespace = m_namespace;
    envelope.header.id = nextId();
    // SessionTimeout (CWMP 1.3) and SupportedCWMPVersions (1.4) ride in the Inform only
    // (cwmp-facts §2, §3).
    if (m_version >= cwmp::CwmpVersion::V1_3)
        envelope.header.sessionTimeout = quint32(qMax(1, m_options.sessionTimeoutMs / 1000));
    if (m_version >= cwmp::CwmpVersion::V1_4)
        envelope.header.supportedCwmpVersions = cwmp::formatVersionList(versionsUpTo(m_version));
    cwmp::Inform inform = m_device.buildInform(settings.retryCount, QDateTime::currentDateTimeUtc());
    for (const cwmp::EventStruct &e : std::as_const(inform.events))
        m_report.events.append(e.eventCode);
    envelope.body = std::move(inform);
    ++m_report.rpcs;
    post(cwmp::encodeEnvelope(envelope));
}

void SessionClient::post(const QByteArray &body)
{
    if (!m_client)
        return;
    http::Request request;
    request.method = "POST";
    request.target = m_target;
    if (!body.isEmpty()) {
        // cwmp-facts §4.1: SOAP POSTs say text/xml and carry an empty SOAPAction; the
        // empty POST has neither (Content-Length: 0 is added by the client).
        request.headers.add("Content-Type", "text/xml; charset=\"utf-8\"");
        request.headers.add("SOAPAction", "\"\"");
        request.body = body;
    }
    m_client->send(std::move(request), [this](const http::Result &result) { onResult(result); });
}

void SessionClient::onResult(const http::Result &result)
{
    if (!m_running)
        return;
    if (!result.responded) {
        fail(result.error.isEmpty() ? QStringLiteral("no answer from the ACS") : result.error);
        return;
    }
    if (result.redirects > 0 && result.url.isValid())
        m_target = targetOf(result.url); // later POSTs of this session go to the new URL
    const int status = result.response.status;
    const QByteArray &body = result.response.body;
    const bool empty = status == 204 || (status == 200 && body.trimmed().isEmpty());
    if (status == 401 || status == 407) {
        fail(QStringLiteral("the ACS refused the credentials (HTTP %1)").arg(status));
        return;
    }
    if (status != 200 && status != 204) {
        fail(QStringLiteral("the ACS answered HTTP %1").arg(status));
        return;
    }

    switch (m_stage) {
    case Stage::Inform: {
        if (empty) {
            fail(QStringLiteral("the ACS answered the Inform with an empty response"));
            return;
        }
        const cwmp::DecodeResult decoded = cwmp::decodeEnvelope(body);
        if (!decoded.ok()) {
            fail(QStringLiteral("unreadable InformResponse: %1").arg(decoded.error.reason));
            return;
        }
        onInformResponse(decoded.envelope);
        return;
    }
    case Stage::CpeRequests: {
        if (empty) {
            fail(QStringLiteral("the ACS answered TransferComplete with an empty response"));
            return;
        }
        const cwmp::DecodeResult decoded = cwmp::decodeEnvelope(body);
        if (decoded.ok() && cwmp::bodyAs<cwmp::TransferCompleteResponse>(decoded.envelope)) {
            if (m_pendingTransferKey)
                m_device.transferCompleteDelivered(*m_pendingTransferKey);
            m_pendingTransferKey.reset();
            sendNextCpeRequest();
            return;
        }
        if (decoded.ok() && cwmp::isFault(decoded.envelope.body)) {
            // A fault (8005 retry, …): the TransferComplete stays for a later session.
            RuntimeLog::debug(QStringLiteral("%1: ACS refused TransferComplete").arg(m_device.deviceId().serialNumber));
            m_pendingTransferKey.reset();
            m_cpeRequestsLeft = 0;
            sendNextCpeRequest();
            return;
        }
        fail(QStringLiteral("unexpected answer to TransferComplete"));
        return;
    }
    case Stage::AcsRequests:
        if (empty) {
            succeed(status);
            return;
        }
        answerAcsRequest(body);
        return;
    }
}

void SessionClient::onInformResponse(const cwmp::Envelope &envelope)
{
    if (const auto *fault = cwmp::bodyAs<cwmp::SoapFault>(envelope)) {
        // TR-069 §3.2.1 (cwmp-facts §4.4): a fault in answer to the Inform fails the session.
        fail(QStringLiteral("the ACS answered the Inform with fault %1 %2").arg(fault->faultCode).arg(fault->faultString));
        return;
    }
    if (!cwmp::bodyAs<cwmp::InformResponse>(envelope)) {
        fail(QStringLiteral("the ACS answered the Inform with %1").arg(cwmp::methodName(envelope.body)));
        return;
    }
    // Version negotiation (cwmp-facts §3): UseCWMPVersion fixes the version of the rest of the
    // session; without it an older namespace in the answer tells the same.
    if (envelope.header.useCwmpVersion) {
        const auto chosen = cwmp::parseVersion(*envelope.header.useCwmpVersion);
        if (!chosen || *chosen > m_options.cwmpVersion) {
            fail(QStringLiteral("the ACS chose CWMP version \"%1\", which this CPE does not support")
                     .arg(*envelope.header.useCwmpVersion));
            return;
        }
        m_version = *chosen;
        m_namespace = cwmp::namespaceForVersion(m_version);
    } else if (const auto answered = cwmp::versionFromNamespace(envelope.cwmpNamespace);
               answered && *answered < m_version && *answered < cwmp::CwmpVersion::V1_2) {
        m_version = *answered;
        m_namespace = cwmp::namespaceForVersion(m_version);
    }
    m_holdRequests = envelope.header.holdRequests.value_or(false);

    if (m_settings.dropAfterInform) {
        // --fault drop-mid-session: the connection goes away without the empty POST. The
        // events are not marked delivered: from the CPE's side the session failed.
        m_report.droppedByFault = true;
        m_client->abort();
        fail(QStringLiteral("connection dropped after the InformResponse (--fault drop-mid-session)"));
        return;
    }
    m_device.informDelivered();
    m_report.informDelivered = true;
    m_stage = Stage::CpeRequests;
    // Bounded by what is pending now, so an ACS that never acknowledges cannot loop us.
    m_cpeRequestsLeft = int(m_device.transfers().entries().size());
    sendNextCpeRequest();
}

void SessionClient::sendNextCpeRequest()
{
    // TR-069 A.3.2 / §3.7.2: the CPE's own requests (TransferComplete), one per POST,
    // unless the ACS set HoldRequests; then the empty POST.
    if (!m_holdRequests && m_cpeRequestsLeft > 0) {
        if (const auto tc = m_device.nextTransferComplete()) {
            --m_cpeRequestsLeft;
            m_pendingTransferKey = tc->commandKey;
            cwmp::Envelope envelope;
            envelope.cwmpNamespace = m_namespace;
            envelope.header.id = nextId();
            envelope.body = *tc;
            ++m_report.rpcs;
            post(cwmp::encodeEnvelope(envelope));
            return;
        }
    }
    m_stage = Stage::AcsRequests;
    post(QByteArray()); // TR-069 A.3.2: the empty POST, "no more requests from the CPE"
}

void SessionClient::answerAcsRequest(const QByteArray &body)
{
    const cwmp::DecodeResult decoded = cwmp::decodeEnvelope(body);
    const std::optional<QString> id = decoded.envelope.header.id;
    if (!decoded.ok()) {
        // Never trust peer input: a message we cannot read gets the fault its error maps
        // to (9000 unknown method, 9003 bad arguments, …) with the ID we could read.
        sendEnvelope(cwmp::makeFault(decoded.error.cpeFaultCode(), decoded.error.reason), id);
        return;
    }
    const cwmp::Body &request = decoded.envelope.body;
    if (cwmp::isFault(request)) {
        const auto &fault = std::get<cwmp::SoapFault>(request);
        fail(QStringLiteral("the ACS sent fault %1 %2").arg(fault.faultCode).arg(fault.faultString));
        return;
    }
    if (isAcsRequest(request))
        ++m_report.rpcs;
    cwmp::Body response;
    const auto *spv = std::get_if<cwmp::SetParameterValues>(&request);
    if (spv && m_options.faults.refuseSpv) {
        response = refusedSpv(*spv);
    } else {
        m_device.state().setNow(QDateTime::currentDateTimeUtc());
        response = m_device.handle(request);
    }
    if (m_options.faults.slowSeconds > 0) {
        // --fault slow:N: the answer leaves N seconds late (the session timeout of the
        // ACS is what is being tested).
        QTimer::singleShot(m_options.faults.slowSeconds * 1000, this,
                           [this, response = std::move(response), id]() mutable {
                               if (m_running)
                                   sendEnvelope(std::move(response), id);
                           });
        return;
    }
    sendEnvelope(std::move(response), id);
}

void SessionClient::sendEnvelope(cwmp::Body body, const std::optional<QString> &id)
{
    cwmp::Envelope envelope;
    envelope.cwmpNamespace = m_namespace;
    envelope.header.id = id; // a response echoes the request's ID (cwmp-facts §2)
    envelope.body = std::move(body);
    QByteArray xml = cwmp::encodeEnvelope(envelope);
    if (m_settings.malformFirstAnswer && !m_report.malformedSent) {
        // --fault malformed-xml: the envelope is cut in the middle and left unclosed.
        m_report.malformedSent = true;
        xml = xml.left(xml.size() / 2) + "<cwmp:Broken attr=\"x></soap-env:Body>";
    }
    post(xml);
}

void SessionClient::succeed(int status)
{
    m_report.ok = true;
    m_report.finalStatus = status;
    finish();
}

void SessionClient::fail(const QString &error)
{
    m_report.ok = false;
    m_report.error = error;
    finish();
}

void SessionClient::abort(const QString &reason)
{
    if (!m_running)
        return;
    if (m_client)
        m_client->abort();
    fail(reason);
}

void SessionClient::finish()
{
    if (!m_running)
        return;
    m_running = false;
    m_report.elapsedMs = m_clock.elapsed();
    if (m_client) {
        // The session's cookies and connection end with it (TR-069 §3.4.1).
        http::HttpClient *client = m_client;
        m_client = nullptr;
        client->clearCookies();
        client->abort();
        client->deleteLater();
    }
    const SessionReport report = m_report;
    Q_EMIT finished(report);
}

} // namespace cpesim
