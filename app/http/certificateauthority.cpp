#include "certificateauthority.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHostInfo>
#include <QNetworkInterface>
#include <QSet>
#include <QUrl>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace http {

namespace {

template<typename T, void (*Free)(T *)>
struct Deleter {
    void operator()(T *p) const { Free(p); }
};
using PKey = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using BnPtr = std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>>;
void freeNames(GENERAL_NAMES *names) { GENERAL_NAMES_free(names); }
using NamesPtr = std::unique_ptr<GENERAL_NAMES, Deleter<GENERAL_NAMES, freeNames>>;

QString opensslError()
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0)
        return QStringLiteral("unknown OpenSSL error");
    char text[256];
    ERR_error_string_n(code, text, sizeof text);
    return QString::fromLatin1(text);
}

QByteArray bioData(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, size);
}

X509Ptr x509FromPem(const QByteArray &pem)
{
    BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    return X509Ptr(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
}

PKey keyFromPem(const QByteArray &pem, const QByteArray &passphrase)
{
    BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    // With a null callback the default one takes userdata as the passphrase.
    return PKey(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr,
                                        const_cast<char *>(passphrase.constData())));
}

QByteArray certificatePem(X509 *cert)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(bio.get(), cert);
    return bioData(bio.get());
}

// The traditional "EC PRIVATE KEY" form: QSslKey reads it on every Qt TLS backend.
QByteArray keyPem(EVP_PKEY *key)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PrivateKey_traditional(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr);
    return bioData(bio.get());
}

QSsl::KeyAlgorithm algorithmOf(EVP_PKEY *key)
{
    switch (EVP_PKEY_get_base_id(key)) {
    case EVP_PKEY_RSA: return QSsl::Rsa;
    case EVP_PKEY_EC: return QSsl::Ec;
    case EVP_PKEY_DSA: return QSsl::Dsa;
    default: return QSsl::Opaque;
    }
}

QString readFile(const QString &path, QByteArray *data)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return CertificateAuthority::tr("cannot read %1: %2").arg(path, file.errorString());
    *data = file.readAll();
    return QString();
}

QString writeFile(const QString &path, const QByteArray &data, bool secret)
{
    QFile file(path);
    // Private keys are created 0600 from the start, never readable by others even briefly.
    const QFileDevice::Permissions perms = secret
        ? QFileDevice::ReadOwner | QFileDevice::WriteOwner
        : QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate, perms))
        return CertificateAuthority::tr("cannot write %1: %2").arg(path, file.errorString());
    file.setPermissions(perms);
    if (file.write(data) != data.size() || !file.flush())
        return CertificateAuthority::tr("cannot write %1: %2").arg(path, file.errorString());
    return QString();
}

PKey generateKey()
{
    return PKey(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
}

bool addExtension(X509 *cert, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

struct Spec {
    QString commonName;
    int days = 0;
    enum class Kind { Ca, Server, Client } kind = Kind::Server;
    QStringList dnsNames;
    QList<QHostAddress> addresses;
};

// Builds and signs one certificate; issuer null means self-signed with key.
X509Ptr makeCertificate(const Spec &spec, EVP_PKEY *key, X509 *issuer, EVP_PKEY *issuerKey,
                        QString *error)
{
    X509Ptr cert(X509_new());
    X509_set_version(cert.get(), X509_VERSION_3);
    // RFC 5280 §4.1.2.2: a positive serial of up to 20 octets, unique per CA: random here.
    BnPtr serial(BN_new());
    BN_rand(serial.get(), 127, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY);
    BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(cert.get()));
    // An hour of back-dating tolerates a device clock slightly behind the laptop's.
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), long(spec.days) * 24 * 3600);
    X509_NAME *name = X509_get_subject_name(cert.get());
    const QByteArray cn = spec.commonName.toUtf8();
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>("CWMP Workbench"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>(cn.constData()), -1, -1, 0);
    X509_set_issuer_name(cert.get(), issuer ? X509_get_subject_name(issuer) : name);
    X509_set_pubkey(cert.get(), key);
    X509 *issuerCert = issuer ? issuer : cert.get();

    bool ok = addExtension(cert.get(), issuerCert, NID_subject_key_identifier, "hash")
        && addExtension(cert.get(), issuerCert, NID_authority_key_identifier, "keyid:always");
    switch (spec.kind) {
    case Spec::Kind::Ca:
        ok = ok && addExtension(cert.get(), issuerCert, NID_basic_constraints, "critical,CA:TRUE,pathlen:0")
            && addExtension(cert.get(), issuerCert, NID_key_usage, "critical,keyCertSign,cRLSign");
        break;
    case Spec::Kind::Server:
    case Spec::Kind::Client:
        ok = ok && addExtension(cert.get(), issuerCert, NID_basic_constraints, "critical,CA:FALSE")
            && addExtension(cert.get(), issuerCert, NID_key_usage, "critical,digitalSignature")
            && addExtension(cert.get(), issuerCert, NID_ext_key_usage,
                            spec.kind == Spec::Kind::Server ? "serverAuth" : "clientAuth");
        break;
    }
    if (!spec.dnsNames.isEmpty() || !spec.addresses.isEmpty()) {
        // RFC 6125 §6.4.4 / RFC 2818 §3.1: clients match host names and IP literals against
        // subjectAltName only, so every name goes there.
        NamesPtr names(sk_GENERAL_NAME_new_null());
        for (const QString &dns : spec.dnsNames) {
            const QByteArray ascii = QUrl::toAce(dns);
            ASN1_IA5STRING *value = ASN1_IA5STRING_new();
            ASN1_STRING_set(value, ascii.constData(), int(ascii.size()));
            GENERAL_NAME *gn = GENERAL_NAME_new();
            GENERAL_NAME_set0_value(gn, GEN_DNS, value);
            sk_GENERAL_NAME_push(names.get(), gn);
        }
        for (const QHostAddress &address : spec.addresses) {
            ASN1_OCTET_STRING *value = ASN1_OCTET_STRING_new();
            if (address.protocol() == QAbstractSocket::IPv4Protocol) {
                const quint32 v4 = address.toIPv4Address();
                const unsigned char bytes[4] = {uchar(v4 >> 24), uchar(v4 >> 16), uchar(v4 >> 8), uchar(v4)};
                ASN1_OCTET_STRING_set(value, bytes, 4);
            } else {
                const Q_IPV6ADDR v6 = address.toIPv6Address();
                ASN1_OCTET_STRING_set(value, v6.c, 16);
            }
            GENERAL_NAME *gn = GENERAL_NAME_new();
            GENERAL_NAME_set0_value(gn, GEN_IPADD, value);
            sk_GENERAL_NAME_push(names.get(), gn);
        }
        ok = ok && X509_add1_ext_i2d(cert.get(), NID_subject_alt_name, names.get(), 0, X509V3_ADD_DEFAULT) == 1;
    }
    if (!ok || X509_sign(cert.get(), issuerKey, EVP_sha256()) == 0) {
        *error = CertificateAuthority::tr("cannot create the certificate: %1").arg(opensslError());
        return nullptr;
    }
    return cert;
}

Identity toIdentity(X509 *cert, EVP_PKEY *key)
{
    Identity id;
    id.certificate = QSslCertificate(certificatePem(cert), QSsl::Pem);
    id.key = QSslKey(keyPem(key), algorithmOf(key), QSsl::Pem, QSsl::PrivateKey);
    if (id.certificate.isNull() || id.key.isNull())
        id.error = CertificateAuthority::tr("Qt cannot use the generated certificate or key");
    return id;
}

// Normalised names for comparing a certificate's SANs with the wanted set.
QSet<QString> wantedNames(const QStringList &hostNames, const QList<QHostAddress> &addresses)
{
    QSet<QString> set;
    for (const QString &h : hostNames)
        set.insert(QStringLiteral("dns:") + QString::fromLatin1(QUrl::toAce(h)).toLower());
    for (const QHostAddress &a : addresses)
        set.insert(QStringLiteral("ip:") + QHostAddress(a.toString()).toString());
    return set;
}

QSet<QString> certificateNames(const QSslCertificate &cert)
{
    QSet<QString> set;
    const auto sans = cert.subjectAlternativeNames();
    for (auto it = sans.cbegin(); it != sans.cend(); ++it) {
        if (it.key() == QSsl::DnsEntry)
            set.insert(QStringLiteral("dns:") + it.value().toLower());
        else if (it.key() == QSsl::IpAddressEntry)
            set.insert(QStringLiteral("ip:") + QHostAddress(it.value()).toString());
    }
    return set;
}

// Drops scope ids and duplicates (a link-local fe80::…%eth0 cannot sit in a certificate).
QList<QHostAddress> cleanAddresses(const QList<QHostAddress> &addresses)
{
    QList<QHostAddress> out;
    QSet<QString> seen;
    for (QHostAddress a : addresses) {
        if (a.isNull())
            continue;
        bool v4 = false;
        const quint32 mapped = a.toIPv4Address(&v4);
        if (v4 && a.protocol() == QAbstractSocket::IPv6Protocol)
            a = QHostAddress(mapped);
        a.setScopeId(QString());
        if (!seen.contains(a.toString())) {
            seen.insert(a.toString());
            out.append(a);
        }
    }
    return out;
}

// A new key and a certificate for it, signed by the CA whose key is in caKeyPath.
X509Ptr signWithCa(const QString &caKeyPath, const QSslCertificate &caCertificate, const Spec &spec, PKey *key,
                   QString *error)
{
    QByteArray caKeyPem;
    if (QString e = readFile(caKeyPath, &caKeyPem); !e.isEmpty()) {
        *error = e;
        return nullptr;
    }
    PKey caKey = keyFromPem(caKeyPem, QByteArray());
    X509Ptr caCert = x509FromPem(caCertificate.toPem());
    *key = generateKey();
    if (!caKey || !caCert || !*key) {
        *error = CertificateAuthority::tr("cannot use the CA key: %1").arg(opensslError());
        return nullptr;
    }
    return makeCertificate(spec, key->get(), caCert.get(), caKey.get(), error);
}

} // namespace

CertificateAuthority::CertificateAuthority(const QString &directory) : m_directory(directory) {}

QString CertificateAuthority::path(const char *name) const
{
    return QDir(m_directory).filePath(QString::fromLatin1(name));
}

Identity CertificateAuthority::ca()
{
    if (m_ca.ok())
        return m_ca;
    const QString certPath = path("ca.pem");
    const QString keyPath = path("ca-key.pem");
    if (QFile::exists(certPath) || QFile::exists(keyPath)) {
        Identity loaded = loadIdentity(certPath, keyPath);
        if (!loaded.ok())
            return loaded; // never overwrite a CA devices may already trust
        m_ca = loaded;
        return m_ca;
    }
    Identity id;
    if (!QDir().mkpath(m_directory)) {
        id.error = tr("cannot create the directory %1").arg(m_directory);
        return id;
    }
    PKey key = generateKey();
    if (!key) {
        id.error = tr("cannot generate a key: %1").arg(opensslError());
        return id;
    }
    Spec spec;
    spec.commonName = kCaCommonName;
    spec.days = kCaValidityDays;
    spec.kind = Spec::Kind::Ca;
    X509Ptr cert = makeCertificate(spec, key.get(), nullptr, key.get(), &id.error);
    if (!cert)
        return id;
    if (QString e = writeFile(keyPath, keyPem(key.get()), true); !e.isEmpty()) {
        id.error = e;
        return id;
    }
    if (QString e = writeFile(certPath, certificatePem(cert.get()), false); !e.isEmpty()) {
        id.error = e;
        return id;
    }
    m_ca = toIdentity(cert.get(), key.get());
    m_ca.created = true;
    return m_ca;
}

QStringList CertificateAuthority::localHostNames()
{
    QStringList names{QStringLiteral("localhost")};
    const QString host = QHostInfo::localHostName();
    if (!host.isEmpty() && !names.contains(host, Qt::CaseInsensitive))
        names.append(host);
    return names;
}

QList<QHostAddress> CertificateAuthority::localAddresses()
{
    QList<QHostAddress> addresses{QHostAddress(QHostAddress::LocalHost), QHostAddress(QHostAddress::LocalHostIPv6)};
    addresses += QNetworkInterface::allAddresses();
    return cleanAddresses(addresses);
}

Identity CertificateAuthority::serverIdentity()
{
    return serverIdentity(localHostNames(), localAddresses());
}

Identity CertificateAuthority::serverIdentity(const QStringList &hostNames,
                                              const QList<QHostAddress> &rawAddresses)
{
    const Identity authority = ca();
    if (!authority.ok())
        return authority;
    const QList<QHostAddress> addresses = cleanAddresses(rawAddresses);
    const QString certPath = path("server.pem");
    const QString keyPath = path("server-key.pem");
    const QSet<QString> wanted = wantedNames(hostNames, addresses);

    if (QFile::exists(certPath) && QFile::exists(keyPath)) {
        Identity current = loadIdentity(certPath, keyPath);
        const bool fresh = current.ok()
            && current.certificate.expiryDate() > QDateTime::currentDateTimeUtc().addDays(kRenewBeforeDays);
        bool signedByCa = false;
        if (current.ok()) {
            X509Ptr cert = x509FromPem(current.certificate.toPem());
            X509Ptr caCert = x509FromPem(authority.certificate.toPem());
            signedByCa = cert && caCert && X509_verify(cert.get(), X509_get0_pubkey(caCert.get())) == 1;
            ERR_clear_error();
        }
        if (fresh && signedByCa && certificateNames(current.certificate) == wanted) {
            current.chain = {authority.certificate};
            return current;
        }
    }

    Identity id;
    Spec spec;
    spec.commonName = hostNames.isEmpty() ? QStringLiteral("CWMP Workbench ACS") : hostNames.constLast();
    spec.days = kServerValidityDays;
    spec.kind = Spec::Kind::Server;
    spec.dnsNames = hostNames;
    spec.addresses = addresses;
    PKey key;
    X509Ptr cert = signWithCa(path("ca-key.pem"), authority.certificate, spec, &key, &id.error);
    if (!cert)
        return id;
    if (QString e = writeFile(keyPath, keyPem(key.get()), true); !e.isEmpty()) {
        id.error = e;
        return id;
    }
    if (QString e = writeFile(certPath, certificatePem(cert.get()), false); !e.isEmpty()) {
        id.error = e;
        return id;
    }
    id = toIdentity(cert.get(), key.get());
    id.chain = {authority.certificate};
    id.created = true;
    return id;
}

Identity CertificateAuthority::issueClientCertificate(const QString &commonName, int validityDays)
{
    const Identity authority = ca();
    if (!authority.ok())
        return authority;
    Identity id;
    Spec spec;
    spec.commonName = commonName;
    spec.days = validityDays;
    spec.kind = Spec::Kind::Client;
    PKey key;
    X509Ptr cert = signWithCa(path("ca-key.pem"), authority.certificate, spec, &key, &id.error);
    if (!cert)
        return id;
    id = toIdentity(cert.get(), key.get());
    id.chain = {authority.certificate};
    id.created = true;
    return id;
}

QString CertificateAuthority::exportCaCertificate(const QString &exportPath)
{
    const Identity authority = ca();
    if (!authority.ok())
        return authority.error;
    return writeFile(exportPath, authority.certificate.toPem(), false);
}

Identity CertificateAuthority::loadIdentity(const QString &certificatePath, const QString &keyPath,
                                            const QByteArray &passphrase)
{
    Identity id;
    QByteArray certData;
    QByteArray keyData;
    if (QString e = readFile(certificatePath, &certData); !e.isEmpty()) {
        id.error = e;
        return id;
    }
    if (QString e = readFile(keyPath, &keyData); !e.isEmpty()) {
        id.error = e;
        return id;
    }
    const QList<QSslCertificate> certs = QSslCertificate::fromData(certData, QSsl::Pem);
    X509Ptr cert = x509FromPem(certData);
    ERR_clear_error();
    if (certs.isEmpty() || certs.first().isNull() || !cert) {
        id.error = tr("%1 holds no readable PEM certificate").arg(certificatePath);
        return id;
    }
    PKey key = keyFromPem(keyData, passphrase);
    if (!key) {
        ERR_clear_error();
        id.error = passphrase.isEmpty() && keyData.contains("ENCRYPTED")
            ? tr("%1 is encrypted and needs a passphrase").arg(keyPath)
            : tr("%1 holds no readable PEM private key (or the passphrase is wrong)").arg(keyPath);
        return id;
    }
    if (X509_check_private_key(cert.get(), key.get()) != 1) {
        ERR_clear_error();
        id.error = tr("the key in %1 does not belong to the certificate in %2").arg(keyPath, certificatePath);
        return id;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QSslCertificate &leaf = certs.first();
    if (leaf.expiryDate() < now) {
        id.error = tr("the certificate in %1 expired on %2")
                       .arg(certificatePath, leaf.expiryDate().toString(Qt::ISODate));
        return id;
    }
    if (leaf.effectiveDate() > now) {
        id.error = tr("the certificate in %1 is not valid before %2")
                       .arg(certificatePath, leaf.effectiveDate().toString(Qt::ISODate));
        return id;
    }
    id.certificate = leaf;
    id.chain = certs.mid(1);
    id.key = QSslKey(keyPem(key.get()), algorithmOf(key.get()), QSsl::Pem, QSsl::PrivateKey);
    if (id.key.isNull())
        id.error = tr("Qt cannot use the key in %1").arg(keyPath);
    return id;
}

} // namespace http
