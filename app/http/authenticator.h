#pragma once

// Authentication of HTTP peers (the CPE towards our ACS, the ACS towards the simulated CPE's
// connection-request server): RFC 7617 Basic and RFC 7616 Digest.
//
// Policy (TR-069 §3.4.4, cwmp-facts §4.2: without TLS the ACS must use Digest):
//  * Basic is only offered over TLS. In Basic mode a plain-HTTP request is answered with a
//    Digest challenge instead, and Basic credentials sent over plain HTTP are refused: Digest
//    keeps the password off the wire and every CPE must support both schemes, so falling
//    back is both safer and more interoperable than a 403. setAllowBasicWithoutTls(true)
//    lifts this for lab devices that only speak Basic.
//  * Digest accepts algorithm MD5 and SHA-256 with qop=auth, and, for old CPEs, the RFC 2069
//    form without qop, with MD5 only. Such a nonce is single-use (there is no nonce count to
//    detect replays), so those CPEs are re-challenged with stale=true on their next request.
//    qop=auth-int and the -sess algorithms are not supported.
//  * Nonces belong to the authenticator, not to a TCP connection (devices reconnect after a
//    401), expire after nonceLifetimeMs (then the challenge says stale=true), and the nonce
//    count must grow with every request. The table is bounded; the oldest nonce is evicted.
//
// Not thread-safe: use it on one thread (the server's).

#include "digest.h"
#include "httpmessage.h"

#include <QHash>
#include <QString>

#include <deque>
#include <functional>
#include <optional>

namespace http {

enum class AuthMode { None, Basic, Digest };

struct AuthResult {
    bool ok = false;
    QByteArray username;
    Response challenge;       // the 401 to send when !ok
    QString failureReason;    // for the log: why the request was refused
};

class Authenticator
{
public:
    using CredentialLookup = std::function<std::optional<QByteArray>(const QByteArray &username)>;
    using Clock = std::function<qint64()>; // milliseconds, monotonic enough for expiry

    static constexpr qint64 kDefaultNonceLifetimeMs = 300 * 1000;
    static constexpr int kDefaultMaxNonces = 10000;

    Authenticator(AuthMode mode = AuthMode::Digest, const QByteArray &realm = "cwmp",
                  CredentialLookup lookup = {});

    void setMode(AuthMode mode) { m_mode = mode; }
    AuthMode mode() const { return m_mode; }
    void setRealm(const QByteArray &realm) { m_realm = realm; }
    QByteArray realm() const { return m_realm; }
    void setCredentialLookup(CredentialLookup lookup) { m_lookup = std::move(lookup); }
    void setAllowBasicWithoutTls(bool allow) { m_allowBasicWithoutTls = allow; }
    bool allowBasicWithoutTls() const { return m_allowBasicWithoutTls; }
    void setNonceLifetimeMs(qint64 ms) { m_nonceLifetimeMs = ms; }
    void setMaxNonces(int count) { m_maxNonces = qMax(1, count); }
    int nonceCount() const { return int(m_nonces.size()); }
    void setClock(Clock clock) { m_clock = std::move(clock); }

    AuthResult check(const Request &request);

private:
    struct NonceState {
        qint64 createdMs = 0;
        quint32 lastCount = 0;   // highest nc seen
        bool used = false;       // for the no-qop form
    };

    AuthResult checkBasic(const Request &request);
    AuthResult checkDigest(const Request &request);
    AuthResult refuseBasic(const QString &reason) const;
    AuthResult refuseDigest(const QString &reason, bool stale);
    QByteArray newNonce();
    qint64 now() const;

    AuthMode m_mode;
    QByteArray m_realm;
    CredentialLookup m_lookup;
    bool m_allowBasicWithoutTls = false;
    qint64 m_nonceLifetimeMs = kDefaultNonceLifetimeMs;
    int m_maxNonces = kDefaultMaxNonces;
    Clock m_clock;
    QByteArray m_opaque;
    QHash<QByteArray, NonceState> m_nonces;
    std::deque<QByteArray> m_nonceOrder;   // oldest first, for eviction
};

} // namespace http
