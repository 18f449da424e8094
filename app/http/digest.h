#pragma once

// HTTP Digest access authentication (RFC 7616) and the auth-param syntax shared by every
// scheme (RFC 9110 §11). Pure functions only: the server's Authenticator and the HTTP client
// both build on them, so their signatures are kept stable.

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>

#include <optional>

namespace http {

// RFC 7616 §3.3 algorithms we speak. The "-sess" variants are not supported: no CPE we know
// of uses them and they complicate nonce bookkeeping.
enum class DigestAlgorithm { Md5, Sha256 };

// "MD5" / "SHA-256" (case-insensitive); nullopt for anything else.
std::optional<DigestAlgorithm> digestAlgorithmFromName(QByteArrayView name);
QByteArray digestAlgorithmName(DigestAlgorithm algorithm);

// One challenge or credentials value: a scheme followed by either auth-params or a token68
// (RFC 9110 §11.2, §11.4). Param names are lower-cased; quoted-strings are unescaped.
struct AuthScheme {
    QByteArray scheme;                               // as sent; compare case-insensitively
    QList<QPair<QByteArray, QByteArray>> params;
    QByteArray token68;                              // Basic credentials live here
    std::optional<QByteArray> param(QByteArrayView name) const;
    bool isScheme(QByteArrayView name) const;
};

// A WWW-Authenticate value may hold several comma-separated challenges (RFC 9110 §11.6.1).
// Malformed input yields the challenges parsed before the error (possibly none).
QList<AuthScheme> parseAuthChallenges(QByteArrayView headerValue);
// An Authorization value holds exactly one set of credentials (RFC 9110 §11.6.2).
std::optional<AuthScheme> parseAuthCredentials(QByteArrayView headerValue);

// A Digest challenge as the client needs it (RFC 7616 §3.3).
struct DigestChallenge {
    QByteArray realm;
    QByteArray nonce;
    QByteArray opaque;
    DigestAlgorithm algorithm = DigestAlgorithm::Md5; // absent algorithm means MD5
    QList<QByteArray> qop;                           // empty: RFC 2069 style, no qop
    bool stale = false;
    bool userhash = false;
};

// Every Digest challenge with an algorithm we support, in header order; unknown algorithms
// are skipped so a client can pick the first entry.
QList<DigestChallenge> parseDigestChallenges(QByteArrayView wwwAuthenticate);

// Digest credentials from an Authorization header (RFC 7616 §3.4).
struct DigestCredentials {
    QByteArray username;
    QByteArray realm;
    QByteArray nonce;
    QByteArray uri;
    QByteArray response;
    QByteArray algorithmName;   // as sent, empty if absent
    QByteArray cnonce;
    QByteArray opaque;
    QByteArray qop;             // "auth" or empty
    QByteArray nc;              // 8 hex digits as sent
    bool userhash = false;
};
// nullopt when the value is not a Digest credential or lacks username/realm/nonce/uri/response.
std::optional<DigestCredentials> parseDigestCredentials(QByteArrayView authorization);

// The lower-case hex request-digest of RFC 7616 §3.4.1. With an empty qop it is the RFC 2069
// form H(A1 ":" nonce ":" H(A2)); otherwise H(A1 ":" nonce ":" nc ":" cnonce ":" qop ":" H(A2)).
// Only qop "auth" (or none) is meaningful: A2 = method ":" uri.
QByteArray computeDigestResponse(DigestAlgorithm algorithm, const QByteArray &username,
                                 const QByteArray &realm, const QByteArray &password,
                                 const QByteArray &method, const QByteArray &uri,
                                 const QByteArray &nonce, const QByteArray &nc,
                                 const QByteArray &cnonce, const QByteArray &qop);

// "00000001" for 1: the nc wire format (RFC 7616 §3.4).
QByteArray formatNonceCount(quint32 count);

// A complete Authorization value answering challenge for one request: picks qop "auth" when
// offered (else the RFC 2069 form), echoes opaque and algorithm. cnonce must be random.
QByteArray buildDigestAuthorization(const DigestChallenge &challenge, const QByteArray &username,
                                    const QByteArray &password, const QByteArray &method,
                                    const QByteArray &uri, quint32 nonceCount,
                                    const QByteArray &cnonce);

// A quoted-string with '"' and '\' escaped (RFC 9110 §5.6.4).
QByteArray quoteHeaderString(QByteArrayView value);

// Compares secrets without an early exit, so timing does not reveal the matching prefix.
bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

} // namespace http
