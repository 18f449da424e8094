#include "authenticator.h"

#include <QDateTime>
#include <QRandomGenerator>

namespace http {

namespace {

QByteArray randomToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator *generator = QRandomGenerator::system();
    for (int i = 0; i < bytes; ++i)
        raw[i] = char(generator->bounded(256));
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// The request-target the credentials must name (RFC 7616 §3.4.6); an absolute URI is
// reduced to its path and query.
QByteArray originForm(const QByteArray &uri)
{
    const qsizetype scheme = uri.indexOf("://");
    if (scheme < 0)
        return uri;
    const qsizetype path = uri.indexOf('/', scheme + 3);
    return path < 0 ? QByteArray("/") : uri.mid(path);
}

} // namespace

Authenticator::Authenticator(AuthMode mode, const QByteArray &realm, CredentialLookup lookup)
    : m_mode(mode), m_realm(realm), m_lookup(std::move(lookup)), m_opaque(randomToken(12))
{
}

qint64 Authenticator::now() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

AuthResult Authenticator::check(const Request &request)
{
    switch (m_mode) {
    case AuthMode::None: {
        AuthResult result;
        result.ok = true;
        return result;
    }
    case AuthMode::Basic:
        if (request.secure || m_allowBasicWithoutTls)
            return checkBasic(request);
        return checkDigest(request); // see the policy in the header
    case AuthMode::Digest:
        return checkDigest(request);
    }
    return refuseDigest(QStringLiteral("unknown authentication mode"), false);
}

AuthResult Authenticator::refuseBasic(const QString &reason) const
{
    AuthResult result;
    result.failureReason = reason;
    result.challenge.status = 401;
    // RFC 7617 §2.1: charset="UTF-8" tells the client how to encode user and password.
    result.challenge.headers.add("WWW-Authenticate",
                                 "Basic realm=" + quoteHeaderString(m_realm)
                                     + ", charset=\"UTF-8\"");
    result.challenge.headers.set("Content-Type", "text/plain; charset=utf-8");
    result.challenge.body = "authentication required\n";
    return result;
}

AuthResult Authenticator::refuseDigest(const QString &reason, bool stale)
{
    AuthResult result;
    result.failureReason = reason;
    result.challenge.status = 401;
    const QByteArray nonce = newNonce();
    // RFC 7616 §3.7: list the preferred algorithm first; MD5 follows for older clients.
    for (DigestAlgorithm algorithm : {DigestAlgorithm::Sha256, DigestAlgorithm::Md5}) {
        QByteArray value = "Digest realm=" + quoteHeaderString(m_realm)
            + ", qop=\"auth\", algorithm=" + digestAlgorithmName(algorithm)
            + ", nonce=" + quoteHeaderString(nonce) + ", opaque=" + quoteHeaderString(m_opaque);
        if (stale)
            value += ", stale=true";
        result.challenge.headers.add("WWW-Authenticate", value);
    }
    result.challenge.headers.set("Content-Type", "text/plain; charset=utf-8");
    result.challenge.body = "authentication required\n";
    return result;
}

QByteArray Authenticator::newNonce()
{
    QByteArray nonce = randomToken(24);
    while (int(m_nonceOrder.size()) >= m_maxNonces) {
        m_nonces.remove(m_nonceOrder.front());
        m_nonceOrder.pop_front();
    }
    m_nonces.insert(nonce, NonceState{now(), 0, false});
    m_nonceOrder.push_back(nonce);
    return nonce;
}

AuthResult Authenticator::checkBasic(const Request &request)
{
    const auto header = request.headers.value("authorization");
    if (!header)
        return refuseBasic(QStringLiteral("no credentials"));
    const auto credentials = parseAuthCredentials(*header);
    if (!credentials || !credentials->isScheme("Basic") || credentials->token68.isEmpty())
        return refuseBasic(QStringLiteral("malformed or non-Basic credentials"));
    const auto decoded = QByteArray::fromBase64Encoding(credentials->token68);
    if (!decoded)
        return refuseBasic(QStringLiteral("malformed Basic credentials"));
    const qsizetype colon = decoded.decoded.indexOf(':');
    if (colon < 0)
        return refuseBasic(QStringLiteral("malformed Basic credentials"));
    const QByteArray username = decoded.decoded.left(colon);
    const QByteArray password = decoded.decoded.mid(colon + 1);
    const std::optional<QByteArray> expected = m_lookup ? m_lookup(username) : std::nullopt;
    if (!expected)
        return refuseBasic(QStringLiteral("unknown user \"%1\"").arg(QString::fromUtf8(username)));
    if (!constantTimeEquals(password, *expected))
        return refuseBasic(QStringLiteral("wrong password for \"%1\"").arg(QString::fromUtf8(username)));
    AuthResult result;
    result.ok = true;
    result.username = username;
    return result;
}

AuthResult Authenticator::checkDigest(const Request &request)
{
    const auto header = request.headers.value("authorization");
    if (!header)
        return refuseDigest(QStringLiteral("no credentials"), false);
    const auto scheme = parseAuthCredentials(*header);
    if (scheme && scheme->isScheme("Basic")) {
        return refuseDigest(QStringLiteral("Basic credentials over plain HTTP are refused; "
                                           "Digest is required without TLS"),
                            false);
    }
    const auto creds = parseDigestCredentials(*header);
    if (!creds)
        return refuseDigest(QStringLiteral("malformed Digest credentials"), false);
    const QString user = QString::fromUtf8(creds->username);

    const auto algorithm = creds->algorithmName.isEmpty()
        ? std::optional<DigestAlgorithm>(DigestAlgorithm::Md5)
        : digestAlgorithmFromName(creds->algorithmName);
    if (!algorithm)
        return refuseDigest(QStringLiteral("unsupported Digest algorithm"), false);
    if (creds->userhash)
        return refuseDigest(QStringLiteral("userhash is not supported"), false);
    if (creds->realm != m_realm)
        return refuseDigest(QStringLiteral("credentials are for another realm"), false);
    if (originForm(creds->uri) != request.target)
        return refuseDigest(QStringLiteral("credentials name another URI"), false);

    const bool withQop = !creds->qop.isEmpty();
    quint32 count = 0;
    if (withQop) {
        if (creds->qop != "auth")
            return refuseDigest(QStringLiteral("unsupported qop"), false);
        bool ok = creds->nc.size() == 8;
        count = ok ? creds->nc.toUInt(&ok, 16) : 0;
        if (!ok || count == 0 || creds->cnonce.isEmpty())
            return refuseDigest(QStringLiteral("malformed nonce count or cnonce"), false);
    } else if (*algorithm != DigestAlgorithm::Md5) {
        return refuseDigest(QStringLiteral("Digest without qop is only accepted with MD5"), false);
    }

    const std::optional<QByteArray> password = m_lookup ? m_lookup(creds->username) : std::nullopt;
    if (!password)
        return refuseDigest(QStringLiteral("unknown user \"%1\"").arg(user), false);
    const QByteArray expected = computeDigestResponse(
        *algorithm, creds->username, m_realm, *password, request.method, creds->uri,
        creds->nonce, withQop ? creds->nc : QByteArray(), withQop ? creds->cnonce : QByteArray(),
        withQop ? creds->qop : QByteArray());
    if (!constantTimeEquals(expected, creds->response.toLower()))
        return refuseDigest(QStringLiteral("wrong password for \"%1\"").arg(user), false);

    // The password is right; now the nonce must be ours, fresh and not replayed.
    // RFC 7616 §3.3: stale=true lets the client retry with the new nonce without asking
    // the user again.
    auto it = m_nonces.find(creds->nonce);
    if (it == m_nonces.end())
        return refuseDigest(QStringLiteral("unknown or evicted nonce"), true);
    if (now() - it->createdMs > m_nonceLifetimeMs)
        return refuseDigest(QStringLiteral("nonce expired"), true);
    if (withQop) {
        // RFC 7616 §3.4: the nonce count must increase, or the request is a replay.
        if (count <= it->lastCount)
            return refuseDigest(QStringLiteral("replayed request: nonce count %1 already seen")
                                    .arg(count), false);
        it->lastCount = count;
    } else {
        if (it->used)
            return refuseDigest(QStringLiteral("nonce already used (no qop)"), true);
        it->used = true;
    }
    AuthResult result;
    result.ok = true;
    result.username = creds->username;
    return result;
}

} // namespace http
