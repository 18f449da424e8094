#include "connectionrequester.h"

#include <http/httpclient.h>

#include <QDateTime>
#include <QUrl>

namespace acs {

ConnectionRequester::ConnectionRequester(QObject *parent) : QObject(parent) {}

ConnectionRequester::~ConnectionRequester() = default;

void ConnectionRequester::setDefaults(const QString &username, const QString &password, int timeoutMs, int minIntervalMs)
{
    m_username = username;
    m_password = password;
    m_timeoutMs = timeoutMs;
    m_minIntervalMs = minIntervalMs;
}

void ConnectionRequester::request(const DeviceRecord &device)
{
    const QString id = device.id;
    const QUrl url(device.connectionRequestUrl);
    if (device.connectionRequestUrl.isEmpty() || !url.isValid() || url.host().isEmpty()) {
        Q_EMIT finished(id, false, tr("the device has not reported a usable ConnectionRequestURL"));
        return;
    }
    if (m_inFlight.contains(id)) {
        Q_EMIT finished(id, false, tr("a connection request to this device is already under way"));
        return;
    }
    // Rate limit per device: devices themselves refuse requests that come too fast
    // (TR-069 §3.2.2 lets a CPE limit them), and a burst helps nobody.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 since = now - m_lastRequestMs.value(id, 0);
    if (since < m_minIntervalMs) {
        Q_EMIT finished(id, false, tr("a connection request was sent %1 s ago; try again in %2 s")
                                       .arg(double(since) / 1000.0, 0, 'f', 1)
                                       .arg(double(m_minIntervalMs - since) / 1000.0, 0, 'f', 1));
        return;
    }
    m_lastRequestMs.insert(id, now);

    auto *client = new http::HttpClient(url, this);
    client->setTimeoutMs(m_timeoutMs);
    client->setMaxResponseBytes(64 * 1024);
    const QString user = device.credentials.crUsername.value_or(m_username);
    const QString password = device.credentials.crPassword.value_or(m_password);
    if (!user.isEmpty())
        client->setCredentials(user, password);
    client->setTls({}, true); // a device's own certificate is rarely one we could verify
    m_inFlight.insert(id, client);

    http::Request get;
    get.method = "GET";
    get.target = url.path(QUrl::FullyEncoded).toLatin1();
    if (get.target.isEmpty())
        get.target = "/";
    if (url.hasQuery())
        get.target += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    const QString where = QStringLiteral("%1:%2").arg(url.host()).arg(url.port(url.scheme() == u"https" ? 443 : 80));
    client->send(get, [this, id, client, where](const http::Result &result) {
        m_inFlight.remove(id);
        client->deleteLater();
        const int status = result.response.status;
        if (!result.responded) {
            Q_EMIT finished(id, false, result.error.isEmpty() ? tr("no answer from %1").arg(where) : result.error);
        } else if (status == 200 || status == 204) {
            Q_EMIT finished(id, true, tr("accepted by %1 (HTTP %2); the device should open a session now").arg(where).arg(status));
        } else if (status == 401) {
            Q_EMIT finished(id, false, tr("device refused credentials (401)"));
        } else if (status == 503) {
            Q_EMIT finished(id, false, tr("device is busy and refused the request (503)"));
        } else {
            Q_EMIT finished(id, false, tr("device answered HTTP %1").arg(status));
        }
    });
}

} // namespace acs
