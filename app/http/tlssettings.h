#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslKey>

namespace http {

// The server side of TLS: our certificate and key, and optionally mutual TLS where the peer
// must present a certificate issued by one of clientCaCertificates.
struct TlsSettings {
    QSslCertificate certificate;
    QSslKey key;
    QList<QSslCertificate> chain;   // intermediates sent after the certificate
    bool requireClientCertificate = false;
    QList<QSslCertificate> clientCaCertificates;
};

} // namespace http
