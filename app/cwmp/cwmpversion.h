#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace cwmp {

// CWMP protocol versions (TR-069 Amendment 6 §1.6 / Annex A). 1.3 and 1.4 share the
// cwmp-1-2 namespace; they are told apart by header elements.
enum class CwmpVersion : quint8 { V1_0, V1_1, V1_2, V1_3, V1_4 };

inline constexpr CwmpVersion kNewestVersion = CwmpVersion::V1_4;

QString versionString(CwmpVersion version); // "1.2"
std::optional<CwmpVersion> parseVersion(QStringView text); // "1.2" -> V1_2

// The namespace a message of this version travels in (1.3 and 1.4 use cwmp-1-2).
QString namespaceForVersion(CwmpVersion version);
// True for any urn:dslforum-org:cwmp-<major>-<minor>, including the 1-3/1-4 forms some
// devices send although no schema defines them.
bool isCwmpNamespace(QStringView uri);
// The version a namespace names; cwmp-1-3 and cwmp-1-4 map to 1.3 and 1.4.
std::optional<CwmpVersion> versionFromNamespace(QStringView uri);

// Parses SupportedCWMPVersions ("1.0,1.1,1.2,1.4"); unknown or malformed items are ignored.
QList<CwmpVersion> parseVersionList(QStringView text);
QString formatVersionList(const QList<CwmpVersion> &versions);

struct NegotiatedVersion {
    CwmpVersion version = CwmpVersion::V1_0;
    // The namespace to answer in: the CPE's own, never a newer one (interop: some CPEs
    // drop the connection when the ACS answers in another namespace).
    QString answerNamespace;
    // Set when the CPE sent SupportedCWMPVersions: the value of UseCWMPVersion.
    std::optional<QString> useCwmpVersion;
};

// What the ACS answers an Inform with (TR-069 Amd 6 §3.5 / A.3.3.1): the highest version
// both support. Without SupportedCWMPVersions the version is inferred from the namespace
// (cwmp-1-2 + SessionTimeout -> 1.3). std::nullopt when there is no common version: the
// ACS then answers fault 8006.
std::optional<NegotiatedVersion> negotiateVersion(QStringView informNamespace,
                                                  const std::optional<QString> &supportedVersions,
                                                  bool sessionTimeoutPresent,
                                                  const QList<CwmpVersion> &acsVersions);

} // namespace cwmp
