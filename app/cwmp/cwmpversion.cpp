#include "cwmpversion.h"

#include <algorithm>

namespace cwmp {

namespace {

constexpr QLatin1String kNamespacePrefix("urn:dslforum-org:cwmp-");

constexpr bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isDigits(QStringView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), isAsciiDigit);
}

std::optional<CwmpVersion> versionFromParts(QStringView major, QStringView minor)
{
    if (major != u"1" || minor.size() != 1)
        return std::nullopt;
    switch (minor[0].unicode()) {
    case u'0': return CwmpVersion::V1_0;
    case u'1': return CwmpVersion::V1_1;
    case u'2': return CwmpVersion::V1_2;
    case u'3': return CwmpVersion::V1_3;
    case u'4': return CwmpVersion::V1_4;
    default: return std::nullopt;
    }
}

// The newest version a CPE can speak when it sends its Inform in this namespace. The CPE
// opens with the namespace of the highest version it supports (cwmp-facts.md §3.1), and cwmp-1-2
// carries 1.2, 1.3 and 1.4 alike; the non-standard 1-3/1-4 forms belong to the same family.
CwmpVersion newestVersionForNamespace(CwmpVersion namespaceVersion)
{
    return namespaceVersion >= CwmpVersion::V1_2 ? kNewestVersion : namespaceVersion;
}

// Versions 1.2 to 1.4 travel in one namespace (see the table in cwmp-facts.md §1).
bool sameNamespaceFamily(CwmpVersion a, CwmpVersion b)
{
    return a == b || (a >= CwmpVersion::V1_2 && b >= CwmpVersion::V1_2);
}

} // namespace

QString versionString(CwmpVersion version)
{
    switch (version) {
    case CwmpVersion::V1_0: return QStringLiteral("1.0");
    case CwmpVersion::V1_1: return QStringLiteral("1.1");
    case CwmpVersion::V1_2: return QStringLiteral("1.2");
    case CwmpVersion::V1_3: return QStringLiteral("1.3");
    case CwmpVersion::V1_4: return QStringLiteral("1.4");
    }
    return QStringLiteral("1.0");
}

std::optional<CwmpVersion> parseVersion(QStringView text)
{
    text = text.trimmed();
    const qsizetype dot = text.indexOf(u'.');
    if (dot < 0)
        return std::nullopt;
    return versionFromParts(text.first(dot), text.sliced(dot + 1));
}

QString namespaceForVersion(CwmpVersion version)
{
    switch (version) {
    case CwmpVersion::V1_0: return QStringLiteral("urn:dslforum-org:cwmp-1-0");
    case CwmpVersion::V1_1: return QStringLiteral("urn:dslforum-org:cwmp-1-1");
    case CwmpVersion::V1_2:
    case CwmpVersion::V1_3:
    case CwmpVersion::V1_4: break;
    }
    // cwmp-1-3.xsd and cwmp-1-4.xsd keep targetNamespace cwmp-1-2.
    return QStringLiteral("urn:dslforum-org:cwmp-1-2");
}

bool isCwmpNamespace(QStringView uri)
{
    if (!uri.startsWith(kNamespacePrefix))
        return false;
    const QStringView rest = uri.sliced(kNamespacePrefix.size());
    const qsizetype dash = rest.indexOf(u'-');
    return dash > 0 && isDigits(rest.first(dash)) && isDigits(rest.sliced(dash + 1));
}

std::optional<CwmpVersion> versionFromNamespace(QStringView uri)
{
    if (!isCwmpNamespace(uri))
        return std::nullopt;
    const QStringView rest = uri.sliced(kNamespacePrefix.size());
    const qsizetype dash = rest.indexOf(u'-');
    return versionFromParts(rest.first(dash), rest.sliced(dash + 1));
}

QList<CwmpVersion> parseVersionList(QStringView text)
{
    // Returned sorted and without duplicates, so callers can take last() as the newest.
    QList<CwmpVersion> versions;
    for (const QStringView item : text.tokenize(u',')) {
        const auto version = parseVersion(item);
        if (version && !versions.contains(*version))
            versions.append(*version);
    }
    std::sort(versions.begin(), versions.end());
    return versions;
}

QString formatVersionList(const QList<CwmpVersion> &versions)
{
    QString text;
    for (const CwmpVersion version : versions) {
        if (!text.isEmpty())
            text.append(u',');
        text.append(versionString(version));
    }
    return text;
}

std::optional<NegotiatedVersion> negotiateVersion(QStringView informNamespace,
                                                  const std::optional<QString> &supportedVersions,
                                                  bool sessionTimeoutPresent,
                                                  const QList<CwmpVersion> &acsVersions)
{
    // A namespace we cannot name a version for gives us nothing to answer in.
    const auto namespaceVersion = versionFromNamespace(informNamespace);
    if (!namespaceVersion)
        return std::nullopt;

    // What the CPE can speak. CWMP 1.4 (cwmp-facts.md §3.2): SupportedCWMPVersions lists it;
    // versions above what the Inform's namespace can carry are dropped, since answering
    // in a newer namespace than the CPE's own breaks some CPEs. An empty or unreadable
    // list falls back to the namespace, as for an older CPE.
    QList<CwmpVersion> cpeVersions;
    if (supportedVersions) {
        const CwmpVersion cap = newestVersionForNamespace(*namespaceVersion);
        for (const CwmpVersion version : parseVersionList(*supportedVersions)) {
            if (version <= cap)
                cpeVersions.append(version);
        }
    }
    if (!supportedVersions || cpeVersions.isEmpty()) {
        // Pre-1.4 CPEs (cwmp-facts.md §3.6): the namespace names the version; cwmp-1-2
        // with the 1.3 SessionTimeout header means 1.3. Every older version is implied,
        // since a CPE falls back to the namespace the ACS answers in.
        CwmpVersion newest = *namespaceVersion;
        if (newest == CwmpVersion::V1_2 && sessionTimeoutPresent)
            newest = CwmpVersion::V1_3;
        cpeVersions.clear();
        for (int v = int(CwmpVersion::V1_0); v <= int(newest); ++v)
            cpeVersions.append(CwmpVersion(v));
    }

    std::optional<CwmpVersion> best;
    for (const CwmpVersion version : cpeVersions) {
        if (acsVersions.contains(version) && (!best || version > *best))
            best = version;
    }
    if (!best)
        return std::nullopt; // the caller answers fault 8006

    NegotiatedVersion result;
    result.version = *best;
    // Within the cwmp-1-2 family echo the CPE's exact URI (it may be the unofficial 1-3 or
    // 1-4); a lower version than the CPE's needs that version's own, older namespace.
    result.answerNamespace = sameNamespaceFamily(*best, *namespaceVersion)
        ? informNamespace.toString()
        : namespaceForVersion(*best);
    // UseCWMPVersion goes back only to a CPE that sent SupportedCWMPVersions (cwmp-facts.md
    // §3.3 and §3.6; the header is mustUnderstand=1 per the cwmp-1-4.xsd documentation).
    if (supportedVersions)
        result.useCwmpVersion = versionString(*best);
    return result;
}

} // namespace cwmp
