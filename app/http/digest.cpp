#include "digest.h"
#include "httpgrammar.h"

#include <QCryptographicHash>

namespace http {

namespace {

bool isToken68Char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || c == '-' || c == '.' || c == '_' || c == '~' || c == '+' || c == '/';
}

class AuthTokenizer
{
public:
    explicit AuthTokenizer(QByteArrayView text) : m_text(text) {}

    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek(qsizetype ahead = 0) const
    {
        return m_pos + ahead < m_text.size() ? m_text[m_pos + ahead] : '\0';
    }
    void skipSpace()
    {
        while (!atEnd() && (peek() == ' ' || peek() == '\t'))
            ++m_pos;
    }
    void skipSeparators()
    {
        while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == ','))
            ++m_pos;
    }
    QByteArray token()
    {
        const qsizetype start = m_pos;
        while (!atEnd() && isTokenChar(peek()))
            ++m_pos;
        return m_text.sliced(start, m_pos - start).toByteArray();
    }
    // token68 followed by OWS and end-of-input or a comma.
    std::optional<QByteArray> token68()
    {
        qsizetype p = m_pos;
        while (p < m_text.size() && isToken68Char(m_text[p]))
            ++p;
        if (p == m_pos)
            return std::nullopt;
        while (p < m_text.size() && m_text[p] == '=')
            ++p;
        qsizetype end = p;
        while (p < m_text.size() && (m_text[p] == ' ' || m_text[p] == '\t'))
            ++p;
        if (p < m_text.size() && m_text[p] != ',')
            return std::nullopt;
        QByteArray value = m_text.sliced(m_pos, end - m_pos).toByteArray();
        m_pos = p;
        return value;
    }
    // Is the next thing "token BWS =" (an auth-param rather than a new scheme)?
    bool nextIsParam() const
    {
        qsizetype p = m_pos;
        while (p < m_text.size() && isTokenChar(m_text[p]))
            ++p;
        if (p == m_pos)
            return false;
        while (p < m_text.size() && (m_text[p] == ' ' || m_text[p] == '\t'))
            ++p;
        return p < m_text.size() && m_text[p] == '=';
    }
    std::optional<QPair<QByteArray, QByteArray>> param()
    {
        QByteArray name = token().toLower();
        if (name.isEmpty())
            return std::nullopt;
        skipSpace();
        if (peek() != '=')
            return std::nullopt;
        ++m_pos;
        skipSpace();
        QByteArray value;
        if (peek() == '"') {
            ++m_pos;
            bool closed = false;
            while (!atEnd()) {
                char c = peek();
                ++m_pos;
                if (c == '\\') {
                    if (atEnd())
                        return std::nullopt;
                    value.append(peek());
                    ++m_pos;
                } else if (c == '"') {
                    closed = true;
                    break;
                } else {
                    value.append(c);
                }
            }
            if (!closed)
                return std::nullopt;
        } else {
            value = token();
            if (value.isEmpty())
                return std::nullopt;
        }
        return QPair<QByteArray, QByteArray>(name, value);
    }

private:
    QByteArrayView m_text;
    qsizetype m_pos = 0;
};

QByteArray hashHex(DigestAlgorithm algorithm, const QByteArray &data)
{
    const auto method = algorithm == DigestAlgorithm::Sha256 ? QCryptographicHash::Sha256
                                                             : QCryptographicHash::Md5;
    return QCryptographicHash::hash(data, method).toHex();
}

} // namespace

std::optional<DigestAlgorithm> digestAlgorithmFromName(QByteArrayView name)
{
    if (name.compare("MD5", Qt::CaseInsensitive) == 0)
        return DigestAlgorithm::Md5;
    if (name.compare("SHA-256", Qt::CaseInsensitive) == 0)
        return DigestAlgorithm::Sha256;
    return std::nullopt;
}

QByteArray digestAlgorithmName(DigestAlgorithm algorithm)
{
    return algorithm == DigestAlgorithm::Sha256 ? QByteArray("SHA-256") : QByteArray("MD5");
}

std::optional<QByteArray> AuthScheme::param(QByteArrayView name) const
{
    for (const auto &p : params) {
        if (name.compare(p.first, Qt::CaseInsensitive) == 0)
            return p.second;
    }
    return std::nullopt;
}

bool AuthScheme::isScheme(QByteArrayView name) const
{
    return name.compare(scheme, Qt::CaseInsensitive) == 0;
}

namespace {

// Parses challenges (or a single credential when single is true).
QList<AuthScheme> parseSchemes(QByteArrayView text, bool single, bool *ok)
{
    QList<AuthScheme> result;
    AuthTokenizer tok(text);
    *ok = true;
    tok.skipSeparators();
    while (!tok.atEnd()) {
        AuthScheme current;
        current.scheme = tok.token();
        if (current.scheme.isEmpty()) {
            *ok = false;
            return result;
        }
        const bool hadSpace = tok.peek() == ' ' || tok.peek() == '\t';
        tok.skipSpace();
        if (hadSpace && !tok.atEnd() && tok.peek() != ',') {
            if (!tok.nextIsParam() || [&] {
                    // "abc=" followed by end/comma is a token68 with padding, not a param.
                    AuthTokenizer probe = tok;
                    return probe.token68().has_value();
                }()) {
                auto t68 = tok.token68();
                if (!t68) {
                    *ok = false;
                    return result;
                }
                current.token68 = *t68;
            } else {
                while (true) {
                    auto p = tok.param();
                    if (!p) {
                        *ok = false;
                        result.append(current);
                        return result;
                    }
                    current.params.append(*p);
                    tok.skipSpace();
                    if (tok.atEnd())
                        break;
                    if (tok.peek() != ',') {
                        *ok = false;
                        result.append(current);
                        return result;
                    }
                    tok.skipSeparators();
                    if (tok.atEnd() || !tok.nextIsParam())
                        break;
                }
            }
        }
        result.append(current);
        if (single)
            break;
        tok.skipSeparators();
    }
    return result;
}

} // namespace

QList<AuthScheme> parseAuthChallenges(QByteArrayView headerValue)
{
    bool ok = false;
    QList<AuthScheme> list = parseSchemes(headerValue, false, &ok);
    if (!ok && !list.isEmpty())
        list.removeLast(); // the broken one
    return list;
}

std::optional<AuthScheme> parseAuthCredentials(QByteArrayView headerValue)
{
    bool ok = false;
    QList<AuthScheme> list = parseSchemes(headerValue, true, &ok);
    if (!ok || list.size() != 1)
        return std::nullopt;
    return list.first();
}

QList<DigestChallenge> parseDigestChallenges(QByteArrayView wwwAuthenticate)
{
    QList<DigestChallenge> result;
    for (const AuthScheme &scheme : parseAuthChallenges(wwwAuthenticate)) {
        if (!scheme.isScheme("Digest"))
            continue;
        DigestChallenge c;
        if (auto a = scheme.param("algorithm")) {
            auto alg = digestAlgorithmFromName(*a);
            if (!alg)
                continue;
            c.algorithm = *alg;
        }
        c.realm = scheme.param("realm").value_or(QByteArray());
        c.nonce = scheme.param("nonce").value_or(QByteArray());
        if (c.nonce.isEmpty())
            continue;
        c.opaque = scheme.param("opaque").value_or(QByteArray());
        if (auto q = scheme.param("qop")) {
            for (const QByteArray &item : q->split(',')) {
                const QByteArray v = item.trimmed().toLower();
                if (!v.isEmpty())
                    c.qop.append(v);
            }
        }
        c.stale = scheme.param("stale").value_or(QByteArray()).toLower() == "true";
        c.userhash = scheme.param("userhash").value_or(QByteArray()).toLower() == "true";
        result.append(c);
    }
    return result;
}

std::optional<DigestCredentials> parseDigestCredentials(QByteArrayView authorization)
{
    auto scheme = parseAuthCredentials(authorization);
    if (!scheme || !scheme->isScheme("Digest"))
        return std::nullopt;
    DigestCredentials c;
    auto get = [&](const char *name) { return scheme->param(name).value_or(QByteArray()); };
    c.username = get("username");
    c.realm = get("realm");
    c.nonce = get("nonce");
    c.uri = get("uri");
    c.response = get("response");
    c.algorithmName = get("algorithm");
    c.cnonce = get("cnonce");
    c.opaque = get("opaque");
    c.qop = get("qop");
    c.nc = get("nc");
    c.userhash = get("userhash").toLower() == "true";
    if (c.username.isEmpty() || c.nonce.isEmpty() || c.uri.isEmpty() || c.response.isEmpty()
        || !scheme->param("realm"))
        return std::nullopt;
    return c;
}

QByteArray computeDigestResponse(DigestAlgorithm algorithm, const QByteArray &username,
                                 const QByteArray &realm, const QByteArray &password,
                                 const QByteArray &method, const QByteArray &uri,
                                 const QByteArray &nonce, const QByteArray &nc,
                                 const QByteArray &cnonce, const QByteArray &qop)
{
    const char colon = ':';
    const QByteArray ha1 = hashHex(algorithm, username + colon + realm + colon + password);
    const QByteArray ha2 = hashHex(algorithm, method + colon + uri);
    if (qop.isEmpty())
        return hashHex(algorithm, ha1 + colon + nonce + colon + ha2);
    return hashHex(algorithm,
                   ha1 + colon + nonce + colon + nc + colon + cnonce + colon + qop + colon + ha2);
}

QByteArray formatNonceCount(quint32 count)
{
    return QByteArray::number(count, 16).rightJustified(8, '0');
}

QByteArray quoteHeaderString(QByteArrayView value)
{
    QByteArray out;
    out.reserve(value.size() + 2);
    out.append('"');
    for (char c : value) {
        if (c == '"' || c == '\\')
            out.append('\\');
        out.append(c);
    }
    out.append('"');
    return out;
}

QByteArray buildDigestAuthorization(const DigestChallenge &challenge, const QByteArray &username,
                                    const QByteArray &password, const QByteArray &method,
                                    const QByteArray &uri, quint32 nonceCount,
                                    const QByteArray &cnonce)
{
    const bool useQop = challenge.qop.contains(QByteArrayLiteral("auth"));
    const QByteArray nc = formatNonceCount(nonceCount);
    const QByteArray qop = useQop ? QByteArrayLiteral("auth") : QByteArray();
    const QByteArray response = computeDigestResponse(challenge.algorithm, username,
                                                      challenge.realm, password, method, uri,
                                                      challenge.nonce, nc, cnonce, qop);
    QByteArray out = "Digest username=" + quoteHeaderString(username)
        + ", realm=" + quoteHeaderString(challenge.realm)
        + ", nonce=" + quoteHeaderString(challenge.nonce)
        + ", uri=" + quoteHeaderString(uri)
        + ", algorithm=" + digestAlgorithmName(challenge.algorithm)
        + ", response=" + quoteHeaderString(response);
    if (!challenge.opaque.isEmpty())
        out += ", opaque=" + quoteHeaderString(challenge.opaque);
    if (useQop)
        out += ", qop=auth, nc=" + nc + ", cnonce=" + quoteHeaderString(cnonce);
    return out;
}

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    // The length is not secret (hex digests have a fixed size per algorithm).
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i]) ^ static_cast<unsigned char>(b[i]);
    return diff == 0;
}

} // namespace http
