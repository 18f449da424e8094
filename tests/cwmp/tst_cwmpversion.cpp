// CWMP versions, their namespaces and the version the ACS picks for a session
// (cwmp-facts.md §1 and §3).

#include <cwmp/cwmpversion.h>

#include <QTest>

Q_DECLARE_METATYPE(cwmp::CwmpVersion)
Q_DECLARE_METATYPE(std::optional<cwmp::CwmpVersion>)
Q_DECLARE_METATYPE(std::optional<QString>)

using namespace cwmp;

namespace {

const QString kNs10 = QStringLiteral("urn:dslforum-org:cwmp-1-0");
const QString kNs11 = QStringLiteral("urn:dslforum-org:cwmp-1-1");
const QString kNs12 = QStringLiteral("urn:dslforum-org:cwmp-1-2");
const QString kNs13 = QStringLiteral("urn:dslforum-org:cwmp-1-3");
const QString kNs14 = QStringLiteral("urn:dslforum-org:cwmp-1-4");

const QList<CwmpVersion> kAllVersions = {CwmpVersion::V1_0, CwmpVersion::V1_1, CwmpVersion::V1_2,
                                         CwmpVersion::V1_3, CwmpVersion::V1_4};

} // namespace

class CwmpVersionTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesAndReadsVersionStrings_data();
    void writesAndReadsVersionStrings();
    void rejectsUnknownVersionStrings_data();
    void rejectsUnknownVersionStrings();
    void sendsVersionsAboveOneTwoInTheOneTwoNamespace_data();
    void sendsVersionsAboveOneTwoInTheOneTwoNamespace();
    void recognisesCwmpNamespaces_data();
    void recognisesCwmpNamespaces();
    void readsSupportedVersionListsIgnoringUnknownItems_data();
    void readsSupportedVersionListsIgnoringUnknownItems();
    void writesVersionListsCommaSeparated();
    void negotiatesTheHighestCommonVersion_data();
    void negotiatesTheHighestCommonVersion();
    void refusesWhenThereIsNoCommonVersion_data();
    void refusesWhenThereIsNoCommonVersion();
};

void CwmpVersionTest::writesAndReadsVersionStrings_data()
{
    QTest::addColumn<CwmpVersion>("version");
    QTest::addColumn<QString>("text");

    QTest::newRow("1.0") << CwmpVersion::V1_0 << QStringLiteral("1.0");
    QTest::newRow("1.1") << CwmpVersion::V1_1 << QStringLiteral("1.1");
    QTest::newRow("1.2") << CwmpVersion::V1_2 << QStringLiteral("1.2");
    QTest::newRow("1.3") << CwmpVersion::V1_3 << QStringLiteral("1.3");
    QTest::newRow("1.4") << CwmpVersion::V1_4 << QStringLiteral("1.4");
}

void CwmpVersionTest::writesAndReadsVersionStrings()
{
    QFETCH(CwmpVersion, version);
    QFETCH(QString, text);
    QCOMPARE(versionString(version), text);
    QCOMPARE(parseVersion(text), std::optional<CwmpVersion>(version));
    QCOMPARE(parseVersion(QStringLiteral(" ") + text + QStringLiteral(" ")),
             std::optional<CwmpVersion>(version));
}

void CwmpVersionTest::rejectsUnknownVersionStrings_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << QString();
    QTest::newRow("future minor") << QStringLiteral("1.5");
    QTest::newRow("major 2") << QStringLiteral("2.0");
    QTest::newRow("no minor") << QStringLiteral("1");
    QTest::newRow("padded minor") << QStringLiteral("1.00");
    QTest::newRow("namespace form") << QStringLiteral("1-2");
    QTest::newRow("words") << QStringLiteral("one.two");
}

void CwmpVersionTest::rejectsUnknownVersionStrings()
{
    QFETCH(QString, text);
    QCOMPARE(parseVersion(text), std::optional<CwmpVersion>());
}

void CwmpVersionTest::sendsVersionsAboveOneTwoInTheOneTwoNamespace_data()
{
    QTest::addColumn<CwmpVersion>("version");
    QTest::addColumn<QString>("ns");

    QTest::newRow("1.0") << CwmpVersion::V1_0 << kNs10;
    QTest::newRow("1.1") << CwmpVersion::V1_1 << kNs11;
    QTest::newRow("1.2") << CwmpVersion::V1_2 << kNs12;
    QTest::newRow("1.3") << CwmpVersion::V1_3 << kNs12;
    QTest::newRow("1.4") << CwmpVersion::V1_4 << kNs12;
}

void CwmpVersionTest::sendsVersionsAboveOneTwoInTheOneTwoNamespace()
{
    QFETCH(CwmpVersion, version);
    QFETCH(QString, ns);
    QCOMPARE(namespaceForVersion(version), ns);
}

void CwmpVersionTest::recognisesCwmpNamespaces_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<bool>("isCwmp");
    QTest::addColumn<std::optional<CwmpVersion>>("version");

    QTest::newRow("1-0") << kNs10 << true << std::optional(CwmpVersion::V1_0);
    QTest::newRow("1-1") << kNs11 << true << std::optional(CwmpVersion::V1_1);
    QTest::newRow("1-2") << kNs12 << true << std::optional(CwmpVersion::V1_2);
    QTest::newRow("unofficial 1-3") << kNs13 << true << std::optional(CwmpVersion::V1_3);
    QTest::newRow("unofficial 1-4") << kNs14 << true << std::optional(CwmpVersion::V1_4);
    QTest::newRow("future 1-9 is cwmp but unknown")
        << QStringLiteral("urn:dslforum-org:cwmp-1-9") << true << std::optional<CwmpVersion>();
    QTest::newRow("future 2-0 is cwmp but unknown")
        << QStringLiteral("urn:dslforum-org:cwmp-2-0") << true << std::optional<CwmpVersion>();
    QTest::newRow("SOAP envelope")
        << QStringLiteral("http://schemas.xmlsoap.org/soap/envelope/") << false
        << std::optional<CwmpVersion>();
    QTest::newRow("missing minor") << QStringLiteral("urn:dslforum-org:cwmp-1-") << false
                                   << std::optional<CwmpVersion>();
    QTest::newRow("dotted") << QStringLiteral("urn:dslforum-org:cwmp-1.2") << false
                            << std::optional<CwmpVersion>();
    QTest::newRow("trailing text") << QStringLiteral("urn:dslforum-org:cwmp-1-2x") << false
                                   << std::optional<CwmpVersion>();
    QTest::newRow("empty") << QString() << false << std::optional<CwmpVersion>();
}

void CwmpVersionTest::recognisesCwmpNamespaces()
{
    QFETCH(QString, uri);
    QFETCH(bool, isCwmp);
    QFETCH(std::optional<CwmpVersion>, version);
    QCOMPARE(isCwmpNamespace(uri), isCwmp);
    QCOMPARE(versionFromNamespace(uri), version);
}

void CwmpVersionTest::readsSupportedVersionListsIgnoringUnknownItems_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<CwmpVersion>>("versions");

    QTest::newRow("all five") << QStringLiteral("1.0,1.1,1.2,1.3,1.4") << kAllVersions;
    QTest::newRow("spaces and gaps")
        << QStringLiteral(" 1.0 , 1.2,,1.4 ")
        << QList<CwmpVersion>{CwmpVersion::V1_0, CwmpVersion::V1_2, CwmpVersion::V1_4};
    QTest::newRow("unknown items dropped")
        << QStringLiteral("1.0,1.5,2.0,abc,1.1")
        << QList<CwmpVersion>{CwmpVersion::V1_0, CwmpVersion::V1_1};
    QTest::newRow("sorted without duplicates")
        << QStringLiteral("1.4,1.0,1.4")
        << QList<CwmpVersion>{CwmpVersion::V1_0, CwmpVersion::V1_4};
    QTest::newRow("empty") << QString() << QList<CwmpVersion>();
}

void CwmpVersionTest::readsSupportedVersionListsIgnoringUnknownItems()
{
    QFETCH(QString, text);
    QFETCH(QList<CwmpVersion>, versions);
    QCOMPARE(parseVersionList(text), versions);
}

void CwmpVersionTest::writesVersionListsCommaSeparated()
{
    QCOMPARE(formatVersionList(kAllVersions), QStringLiteral("1.0,1.1,1.2,1.3,1.4"));
    QCOMPARE(formatVersionList({}), QString());
    QCOMPARE(parseVersionList(formatVersionList(kAllVersions)), kAllVersions);
}

void CwmpVersionTest::negotiatesTheHighestCommonVersion_data()
{
    QTest::addColumn<QString>("ns");
    QTest::addColumn<std::optional<QString>>("supported");
    QTest::addColumn<bool>("sessionTimeout");
    QTest::addColumn<QList<CwmpVersion>>("acsVersions");
    QTest::addColumn<CwmpVersion>("version");
    QTest::addColumn<QString>("answerNamespace");
    QTest::addColumn<std::optional<QString>>("useCwmpVersion");

    const std::optional<QString> none;
    const std::optional<QString> all(QStringLiteral("1.0,1.1,1.2,1.3,1.4"));
    const QList<CwmpVersion> upTo12 = {CwmpVersion::V1_0, CwmpVersion::V1_1, CwmpVersion::V1_2};

    QTest::newRow("1.4 CPE, 1.4 ACS") << kNs12 << all << false << kAllVersions
                                      << CwmpVersion::V1_4 << kNs12
                                      << std::optional(QStringLiteral("1.4"));
    QTest::newRow("1.4 CPE, 1.2 ACS") << kNs12 << all << false << upTo12 << CwmpVersion::V1_2
                                      << kNs12 << std::optional(QStringLiteral("1.2"));
    QTest::newRow("1.4 CPE, 1.1 ACS answers in cwmp-1-1")
        << kNs12 << all << false << QList<CwmpVersion>{CwmpVersion::V1_0, CwmpVersion::V1_1}
        << CwmpVersion::V1_1 << kNs11 << std::optional(QStringLiteral("1.1"));
    QTest::newRow("CPE list with gaps")
        << kNs12 << std::optional(QStringLiteral("1.0,1.2,1.4")) << false
        << QList<CwmpVersion>{CwmpVersion::V1_0, CwmpVersion::V1_1, CwmpVersion::V1_3}
        << CwmpVersion::V1_0 << kNs10 << std::optional(QStringLiteral("1.0"));
    QTest::newRow("list capped by a cwmp-1-1 namespace")
        << kNs11 << all << false << kAllVersions << CwmpVersion::V1_1 << kNs11
        << std::optional(QStringLiteral("1.1"));
    QTest::newRow("unreadable list falls back to the namespace")
        << kNs12 << std::optional(QStringLiteral("two")) << true << kAllVersions
        << CwmpVersion::V1_3 << kNs12 << std::optional(QStringLiteral("1.3"));
    QTest::newRow("cwmp-1-2 alone is 1.2") << kNs12 << none << false << kAllVersions
                                           << CwmpVersion::V1_2 << kNs12 << none;
    QTest::newRow("cwmp-1-2 with SessionTimeout is 1.3")
        << kNs12 << none << true << kAllVersions << CwmpVersion::V1_3 << kNs12 << none;
    QTest::newRow("1.3 CPE, 1.2 ACS") << kNs12 << none << true << upTo12 << CwmpVersion::V1_2
                                      << kNs12 << none;
    QTest::newRow("cwmp-1-1") << kNs11 << none << false << kAllVersions << CwmpVersion::V1_1
                              << kNs11 << none;
    QTest::newRow("cwmp-1-0") << kNs10 << none << false << kAllVersions << CwmpVersion::V1_0
                              << kNs10 << none;
    QTest::newRow("cwmp-1-2 CPE, 1.0 ACS answers in cwmp-1-0")
        << kNs12 << none << false << QList<CwmpVersion>{CwmpVersion::V1_0} << CwmpVersion::V1_0
        << kNs10 << none;
    QTest::newRow("unofficial cwmp-1-3 is answered in cwmp-1-3")
        << kNs13 << none << false << kAllVersions << CwmpVersion::V1_3 << kNs13 << none;
    QTest::newRow("unofficial cwmp-1-4 is answered in cwmp-1-4")
        << kNs14 << all << false << kAllVersions << CwmpVersion::V1_4 << kNs14
        << std::optional(QStringLiteral("1.4"));
    QTest::newRow("unofficial cwmp-1-4, 1.2 ACS keeps the CPE's namespace")
        << kNs14 << none << false << upTo12 << CwmpVersion::V1_2 << kNs14 << none;
}

void CwmpVersionTest::negotiatesTheHighestCommonVersion()
{
    QFETCH(QString, ns);
    QFETCH(std::optional<QString>, supported);
    QFETCH(bool, sessionTimeout);
    QFETCH(QList<CwmpVersion>, acsVersions);
    QFETCH(CwmpVersion, version);
    QFETCH(QString, answerNamespace);
    QFETCH(std::optional<QString>, useCwmpVersion);

    const std::optional<NegotiatedVersion> result =
        negotiateVersion(ns, supported, sessionTimeout, acsVersions);
    QVERIFY(result.has_value());
    QCOMPARE(result->version, version);
    QCOMPARE(result->answerNamespace, answerNamespace);
    QCOMPARE(result->useCwmpVersion, useCwmpVersion);
}

void CwmpVersionTest::refusesWhenThereIsNoCommonVersion_data()
{
    QTest::addColumn<QString>("ns");
    QTest::addColumn<std::optional<QString>>("supported");
    QTest::addColumn<QList<CwmpVersion>>("acsVersions");

    QTest::newRow("1.4-only CPE, 1.2 ACS")
        << kNs12 << std::optional(QStringLiteral("1.4"))
        << QList<CwmpVersion>{CwmpVersion::V1_0, CwmpVersion::V1_1, CwmpVersion::V1_2};
    QTest::newRow("1.0 CPE, 1.4-only ACS")
        << kNs10 << std::optional<QString>() << QList<CwmpVersion>{CwmpVersion::V1_4};
    QTest::newRow("ACS supports nothing") << kNs12 << std::optional<QString>()
                                          << QList<CwmpVersion>();
    QTest::newRow("unknown future namespace")
        << QStringLiteral("urn:dslforum-org:cwmp-2-0") << std::optional<QString>()
        << kAllVersions;
    QTest::newRow("not a cwmp namespace")
        << QStringLiteral("urn:example:other") << std::optional(QStringLiteral("1.0,1.4"))
        << kAllVersions;
}

void CwmpVersionTest::refusesWhenThereIsNoCommonVersion()
{
    QFETCH(QString, ns);
    QFETCH(std::optional<QString>, supported);
    QFETCH(QList<CwmpVersion>, acsVersions);
    QVERIFY(!negotiateVersion(ns, supported, false, acsVersions).has_value());
}

QTEST_GUILESS_MAIN(CwmpVersionTest)
#include "tst_cwmpversion.moc"
