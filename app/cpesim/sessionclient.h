#pragma once

#include "runtimeoptions.h"
#include "sessionreport.h"

#include <cwmp/envelope.h>

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QUrl>

namespace http {
class HttpClient;
struct Result;
}

namespace cpesim {

class SimDevice;

// One CWMP session of one device, CPE side (TR-069 §3.7, cwmp-facts §4.3): POST Inform,
// then the device's own requests (TransferComplete), the empty POST, and the loop that
// answers each ACS request carried in an HTTP response until the ACS sends 204 or an
// empty 200. Each session has its own http::HttpClient: one TCP connection kept alive for
// the session, cookies and credentials that live as long as the session (§3.4.1).
class SessionClient : public QObject
{
    Q_OBJECT

public:
    struct Settings {
        QUrl acsUrl;
        QString username;
        QString password;
        quint32 retryCount = 0;
        bool dropAfterInform = false;   // --fault drop-mid-session, this time
        bool malformFirstAnswer = false; // --fault malformed-xml, this time
    };

    SessionClient(SimDevice &device, const RuntimeOptions &options, QObject *parent = nullptr);
    ~SessionClient() override;

    void start(const Settings &settings);
    bool isRunning() const { return m_running; }
    // Ends the session at once as failed (shutdown).
    void abort(const QString &reason);

Q_SIGNALS:
    void finished(const cpesim::SessionReport &report);

private:
    enum class Stage { Inform, CpeRequests, AcsRequests };

    void post(const QByteArray &body);
    void onResult(const http::Result &result);
    void onInformResponse(const cwmp::Envelope &envelope);
    void sendNextCpeRequest();
    void answerAcsRequest(const QByteArray &body);
    void sendEnvelope(cwmp::Body body, const std::optional<QString> &id);
    void succeed(int status);
    void fail(const QString &error);
    void finish();
    QString nextId();

    SimDevice &m_device;
    const RuntimeOptions &m_options;
    Settings m_settings;
    QPointer<http::HttpClient> m_client;
    QByteArray m_target;
    QString m_namespace;
    cwmp::CwmpVersion m_version = cwmp::CwmpVersion::V1_2;
    Stage m_stage = Stage::Inform;
    bool m_running = false;
    bool m_holdRequests = false;
    int m_cpeRequestsLeft = 0;
    std::optional<QString> m_pendingTransferKey;
    quint32 m_idCounter = 0;
    QElapsedTimer m_clock;
    SessionReport m_report;
};

} // namespace cpesim
