#pragma once

// A local certificate authority for lab TLS: the ACS serves https with a certificate the
// engineer can make a device trust by installing one CA certificate (TR-069 §3.2.1: the CPE
// validates the ACS certificate against the host of ManagementServer.URL, so the server
// certificate names every address the laptop may be reached at).

#include <QCoreApplication>
#include <QHostAddress>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QStringList>

namespace http {

// A certificate with its private key, or the reason there is none.
struct Identity {
    QSslCertificate certificate;
    QSslKey key;
    QList<QSslCertificate> chain;   // issuers after the certificate, if any
    QString error;                  // empty on success
    bool created = false;           // generated just now rather than loaded
    bool ok() const { return error.isEmpty() && !certificate.isNull(); }
};

class CertificateAuthority
{
    Q_DECLARE_TR_FUNCTIONS(http::CertificateAuthority)

public:
    static constexpr int kCaValidityDays = 3650;
    static constexpr int kServerValidityDays = 730;
    static constexpr int kRenewBeforeDays = 30;
    static inline const QString kCaCommonName = QStringLiteral("CWMP Workbench local CA");

    // PEM files live in directory: ca.pem, ca-key.pem, server.pem, server-key.pem.
    explicit CertificateAuthority(const QString &directory);

    QString directory() const { return m_directory; }

    // Loads the CA or creates it on first use (ECDSA P-256, 10 years).
    Identity ca();
    // The server certificate for these names, loaded or (re)issued when the name set changed,
    // the CA changed, or it expires within kRenewBeforeDays.
    Identity serverIdentity(const QStringList &hostNames, const QList<QHostAddress> &addresses);
    // The same for this machine: localHostName(), every address of every interface, loopback.
    Identity serverIdentity();
    // A client certificate (clientAuth) for mutual-TLS tests; not stored.
    Identity issueClientCertificate(const QString &commonName, int validityDays = kServerValidityDays);
    // Writes the CA certificate as PEM for installing on a device; the error or empty.
    QString exportCaCertificate(const QString &path);

    static QStringList localHostNames();
    static QList<QHostAddress> localAddresses();
    // A user's own certificate and key (PEM); the key must belong to the certificate and the
    // certificate must be valid now.
    static Identity loadIdentity(const QString &certificatePath, const QString &keyPath,
                                 const QByteArray &passphrase = QByteArray());

private:
    QString path(const char *name) const;

    QString m_directory;
    Identity m_ca;
};

} // namespace http
