// TR-069 parameter paths: syntax, navigation, data-model patterns and sub-tree tests.

#include <cwmp/parameterpath.h>

#include <QTest>

Q_DECLARE_METATYPE(cwmp::ParameterPath::SyntaxFlags)
Q_DECLARE_METATYPE(std::optional<quint32>)

using namespace cwmp;
namespace Path = cwmp::ParameterPath;

class ParameterPathTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tellsObjectPathsFromParameterNames_data();
    void tellsObjectPathsFromParameterNames();
    void acceptsWellFormedPaths_data();
    void acceptsWellFormedPaths();
    void rejectsMalformedPathsWithAReason_data();
    void rejectsMalformedPathsWithAReason();
    void splitsIntoSegmentsWithoutTheTrailingDot_data();
    void splitsIntoSegmentsWithoutTheTrailingDot();
    void findsParentAndLeaf_data();
    void findsParentAndLeaf();
    void readsInstanceNumbers_data();
    void readsInstanceNumbers();
    void turnsInstancesIntoPlaceholders_data();
    void turnsInstancesIntoPlaceholders();
    void matchesDataModelPatterns_data();
    void matchesDataModelPatterns();
    void testsSubTreeMembership_data();
    void testsSubTreeMembership();
};

void ParameterPathTest::tellsObjectPathsFromParameterNames_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("partial");

    QTest::newRow("object") << QStringLiteral("Device.WiFi.") << true;
    QTest::newRow("instance") << QStringLiteral("Device.WiFi.SSID.3.") << true;
    QTest::newRow("parameter") << QStringLiteral("Device.WiFi.SSID.3.SSID") << false;
    QTest::newRow("empty") << QString() << false;
}

void ParameterPathTest::tellsObjectPathsFromParameterNames()
{
    QFETCH(QString, path);
    QFETCH(bool, partial);
    QCOMPARE(Path::isPartialPath(path), partial);
}

void ParameterPathTest::acceptsWellFormedPaths_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<Path::SyntaxFlags>("syntax");

    const Path::SyntaxFlags numbersOnly = Path::Syntax::InstanceNumbers;
    QTest::newRow("root object") << QStringLiteral("Device.") << numbersOnly;
    QTest::newRow("TR-098 root") << QStringLiteral("InternetGatewayDevice.") << numbersOnly;
    QTest::newRow("parameter") << QStringLiteral("Device.DeviceInfo.SerialNumber") << numbersOnly;
    QTest::newRow("instance parameter")
        << QStringLiteral("Device.WiFi.SSID.3.SSID") << numbersOnly;
    QTest::newRow("instance object") << QStringLiteral("Device.IP.Interface.1.IPv4Address.2.")
                                     << numbersOnly;
    QTest::newRow("largest instance number")
        << QStringLiteral("Device.NAT.PortMapping.4294967295.") << numbersOnly;
    QTest::newRow("vendor extension")
        << QStringLiteral("Device.X_00D09E_Custom.Some-Thing_2") << numbersOnly;
    QTest::newRow("underscore start") << QStringLiteral("Device._Hidden") << numbersOnly;
    QTest::newRow("data-model pattern")
        << QStringLiteral("Device.WiFi.SSID.{i}.SSID") << Path::kAnySyntax;
    QTest::newRow("alias") << QStringLiteral("Device.IP.Interface.[wan].Enable")
                           << Path::kWireSyntax;
    QTest::newRow("alias object") << QStringLiteral("Device.IP.Interface.[cpe-1].")
                                  << Path::kWireSyntax;
    QTest::newRow("wildcard") << QStringLiteral("Device.IP.Interface.*.Status")
                              << Path::kWireSyntax;
    QTest::newRow("two wildcards") << QStringLiteral("Device.IP.Interface.*.IPv4Address.*.")
                                   << Path::kWireSyntax;
    const QString longest = QStringLiteral("Device.") + QString(Path::kMaxLength - 7, u'a');
    QTest::newRow("256 characters") << longest << numbersOnly;
}

void ParameterPathTest::acceptsWellFormedPaths()
{
    QFETCH(QString, path);
    QFETCH(Path::SyntaxFlags, syntax);
    QString why;
    QVERIFY2(Path::isValidPath(path, syntax, &why), qPrintable(why));
    QVERIFY(why.isEmpty());
}

void ParameterPathTest::rejectsMalformedPathsWithAReason_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<Path::SyntaxFlags>("syntax");
    QTest::addColumn<QString>("reason");

    const Path::SyntaxFlags any = Path::kAnySyntax;
    const auto row = [](const char *name, const char *path, Path::SyntaxFlags syntax,
                        const char *reason) {
        QTest::newRow(name) << QString::fromUtf8(path) << syntax << QString::fromUtf8(reason);
    };

    row("empty", "", any, "empty");
    row("lone dot", ".", any, "empty name");
    row("leading dot", ".Device.", any, "empty name");
    row("double dot", "Device..WiFi", any, "empty name");
    row("two trailing dots", "Device.WiFi..", any, "empty name");
    row("instance zero", "Device.WiFi.SSID.0.SSID", any, "'0' is not an instance number");
    row("leading zero", "Device.WiFi.SSID.01.", any, "'01' is not an instance number");
    row("instance beyond 32 bits", "Device.WiFi.SSID.4294967296.", any,
        "not an instance number");
    row("negative instance", "Device.WiFi.SSID.-1.", any, "not a valid name");
    row("name starting with a digit", "Device.2G.Enable", any, "'2G' is not a valid name");
    row("space in a name", "Device.Device Info.", any, "not a valid name");
    row("non-ASCII letter", "Device.Gerät.", any, "not a valid name");
    row("instance first", "1.Device.", any, "does not follow a table name");
    row("instance after instance", "Device.WiFi.SSID.1.2.", any, "does not follow a table name");
    row("placeholder on the wire", "Device.WiFi.SSID.{i}.SSID", Path::kWireSyntax,
        "only allowed in data-model names");
    row("wildcard not supported", "Device.WiFi.SSID.*.SSID", Path::Syntax::Placeholders,
        "wildcards");
    row("alias not supported", "Device.WiFi.SSID.[a].SSID", Path::Syntax::Wildcards,
        "Alias-based addressing");
    row("empty alias", "Device.IP.Interface.[].", any, "not a valid alias");
    row("alias starting with a digit", "Device.IP.Interface.[1wan].", any, "not a valid alias");
    row("alias with a space", "Device.IP.Interface.[w an].", any, "not a valid alias");
    row("unclosed alias", "Device.IP.Interface.[wan.", any, "not a valid name");
    row("wildcard inside a name", "Device.IP.Inter*.", any, "not a valid name");
    const QByteArray tooLong = "Device." + QByteArray(Path::kMaxLength - 6, 'a');
    QTest::newRow("257 characters") << QString::fromLatin1(tooLong) << any
                                    << QStringLiteral("longer than 256");
}

void ParameterPathTest::rejectsMalformedPathsWithAReason()
{
    QFETCH(QString, path);
    QFETCH(Path::SyntaxFlags, syntax);
    QFETCH(QString, reason);
    QString why;
    QVERIFY(!Path::isValidPath(path, syntax, &why));
    QVERIFY2(why.contains(reason, Qt::CaseInsensitive), qPrintable(why));
    QVERIFY(!Path::isValidPath(path, syntax));
}

void ParameterPathTest::splitsIntoSegmentsWithoutTheTrailingDot_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("segments");

    QTest::newRow("parameter") << QStringLiteral("Device.WiFi.SSID.3.SSID")
                               << QStringList{QStringLiteral("Device"), QStringLiteral("WiFi"),
                                              QStringLiteral("SSID"), QStringLiteral("3"),
                                              QStringLiteral("SSID")};
    QTest::newRow("object") << QStringLiteral("Device.IP.")
                            << QStringList{QStringLiteral("Device"), QStringLiteral("IP")};
    QTest::newRow("root") << QStringLiteral("Device.") << QStringList{QStringLiteral("Device")};
    QTest::newRow("empty") << QString() << QStringList();
}

void ParameterPathTest::splitsIntoSegmentsWithoutTheTrailingDot()
{
    QFETCH(QString, path);
    QFETCH(QStringList, segments);
    QStringList actual;
    for (const QStringView segment : Path::split(path))
        actual.append(segment.toString());
    QCOMPARE(actual, segments);
}

void ParameterPathTest::findsParentAndLeaf_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("parent");
    QTest::addColumn<QString>("leaf");

    QTest::newRow("parameter") << QStringLiteral("Device.WiFi.SSID.3.SSID")
                               << QStringLiteral("Device.WiFi.SSID.3.") << QStringLiteral("SSID");
    QTest::newRow("instance") << QStringLiteral("Device.WiFi.SSID.3.")
                              << QStringLiteral("Device.WiFi.SSID.") << QStringLiteral("3");
    QTest::newRow("table") << QStringLiteral("Device.WiFi.SSID.") << QStringLiteral("Device.WiFi.")
                           << QStringLiteral("SSID");
    QTest::newRow("root has no parent")
        << QStringLiteral("Device.") << QString() << QStringLiteral("Device");
    QTest::newRow("bare name") << QStringLiteral("Device") << QString() << QStringLiteral("Device");
    QTest::newRow("empty") << QString() << QString() << QString();
}

void ParameterPathTest::findsParentAndLeaf()
{
    QFETCH(QString, path);
    QFETCH(QString, parent);
    QFETCH(QString, leaf);
    QCOMPARE(Path::parentPath(path).toString(), parent);
    QCOMPARE(Path::leafName(path).toString(), leaf);
}

void ParameterPathTest::readsInstanceNumbers_data()
{
    QTest::addColumn<QString>("segment");
    QTest::addColumn<std::optional<quint32>>("number");
    QTest::addColumn<bool>("isInstance");

    QTest::newRow("1") << QStringLiteral("1") << std::optional<quint32>(1) << true;
    QTest::newRow("42") << QStringLiteral("42") << std::optional<quint32>(42) << true;
    QTest::newRow("maximum") << QStringLiteral("4294967295")
                             << std::optional<quint32>(4294967295u) << true;
    QTest::newRow("zero") << QStringLiteral("0") << std::optional<quint32>() << false;
    QTest::newRow("leading zero") << QStringLiteral("07") << std::optional<quint32>() << false;
    QTest::newRow("beyond 32 bits") << QStringLiteral("4294967296") << std::optional<quint32>()
                                    << false;
    QTest::newRow("name") << QStringLiteral("SSID") << std::optional<quint32>() << false;
    QTest::newRow("alias") << QStringLiteral("[wan]") << std::optional<quint32>() << true;
    QTest::newRow("wildcard") << QStringLiteral("*") << std::optional<quint32>() << true;
    QTest::newRow("placeholder") << QStringLiteral("{i}") << std::optional<quint32>() << true;
    QTest::newRow("empty") << QString() << std::optional<quint32>() << false;
}

void ParameterPathTest::readsInstanceNumbers()
{
    QFETCH(QString, segment);
    QFETCH(std::optional<quint32>, number);
    QFETCH(bool, isInstance);
    QCOMPARE(Path::instanceNumber(segment), number);
    QCOMPARE(Path::isInstanceSegment(segment), isInstance);
}

void ParameterPathTest::turnsInstancesIntoPlaceholders_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("pattern");

    QTest::newRow("one instance") << QStringLiteral("Device.WiFi.SSID.3.SSID")
                                  << QStringLiteral("Device.WiFi.SSID.{i}.SSID");
    QTest::newRow("nested instances")
        << QStringLiteral("Device.IP.Interface.12.IPv4Address.1.")
        << QStringLiteral("Device.IP.Interface.{i}.IPv4Address.{i}.");
    QTest::newRow("alias") << QStringLiteral("Device.IP.Interface.[wan].Enable")
                           << QStringLiteral("Device.IP.Interface.{i}.Enable");
    QTest::newRow("wildcard") << QStringLiteral("Device.IP.Interface.*.Enable")
                              << QStringLiteral("Device.IP.Interface.{i}.Enable");
    QTest::newRow("already a pattern") << QStringLiteral("Device.WiFi.SSID.{i}.")
                                       << QStringLiteral("Device.WiFi.SSID.{i}.");
    QTest::newRow("no instances") << QStringLiteral("Device.DeviceInfo.UpTime")
                                  << QStringLiteral("Device.DeviceInfo.UpTime");
    QTest::newRow("zero is not an instance") << QStringLiteral("Device.X.0.")
                                             << QStringLiteral("Device.X.0.");
    QTest::newRow("empty") << QString() << QString();
}

void ParameterPathTest::turnsInstancesIntoPlaceholders()
{
    QFETCH(QString, path);
    QFETCH(QString, pattern);
    QCOMPARE(Path::toPattern(path), pattern);
    QVERIFY(Path::matchesPattern(path, pattern));
}

void ParameterPathTest::matchesDataModelPatterns_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<bool>("matches");

    const auto row = [](const char *name, const char *path, const char *pattern, bool matches) {
        QTest::newRow(name) << QString::fromUtf8(path) << QString::fromUtf8(pattern) << matches;
    };

    row("placeholder takes a number", "Device.WiFi.SSID.3.SSID", "Device.WiFi.SSID.{i}.SSID",
        true);
    row("placeholder takes an alias", "Device.WiFi.SSID.[guest].SSID", "Device.WiFi.SSID.{i}.SSID",
        true);
    row("wildcard pattern takes a number", "Device.WiFi.SSID.3.SSID", "Device.WiFi.SSID.*.SSID",
        true);
    row("placeholder refuses a name", "Device.WiFi.SSID.Foo.SSID", "Device.WiFi.SSID.{i}.SSID",
        false);
    row("placeholder refuses zero", "Device.WiFi.SSID.0.SSID", "Device.WiFi.SSID.{i}.SSID",
        false);
    row("concrete pattern", "Device.WiFi.SSID.3.SSID", "Device.WiFi.SSID.3.SSID", true);
    row("other instance", "Device.WiFi.SSID.4.SSID", "Device.WiFi.SSID.3.SSID", false);
    row("different leaf", "Device.WiFi.SSID.3.BSSID", "Device.WiFi.SSID.{i}.SSID", false);
    row("path longer", "Device.WiFi.SSID.3.SSID.X", "Device.WiFi.SSID.{i}.SSID", false);
    row("path shorter", "Device.WiFi.SSID.3", "Device.WiFi.SSID.{i}.SSID", false);
    row("partial matches partial", "Device.WiFi.SSID.3.", "Device.WiFi.SSID.{i}.", true);
    row("partial path against parameter pattern", "Device.WiFi.SSID.3.", "Device.WiFi.SSID.{i}",
        false);
    row("parameter against partial pattern", "Device.WiFi.SSID.3", "Device.WiFi.SSID.{i}.",
        false);
    row("prefix of a segment is no match", "Device.WiFi.SSIDs.3.", "Device.WiFi.SSID.{i}.",
        false);
    row("both empty", "", "", true);
}

void ParameterPathTest::matchesDataModelPatterns()
{
    QFETCH(QString, path);
    QFETCH(QString, pattern);
    QFETCH(bool, matches);
    QCOMPARE(Path::matchesPattern(path, pattern), matches);
}

void ParameterPathTest::testsSubTreeMembership_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("partialPath");
    QTest::addColumn<bool>("under");

    const auto row = [](const char *name, const char *path, const char *partial, bool under) {
        QTest::newRow(name) << QString::fromUtf8(path) << QString::fromUtf8(partial) << under;
    };

    row("below", "Device.WiFi.SSID.3.SSID", "Device.WiFi.", true);
    row("the object itself", "Device.WiFi.", "Device.WiFi.", true);
    row("outside", "Device.IP.Interface.1.", "Device.WiFi.", false);
    row("sibling with a longer name", "Device.WiFiExtra.Enable", "Device.WiFi.", false);
    row("instance 1 does not contain instance 10", "Device.WiFi.SSID.10.SSID",
        "Device.WiFi.SSID.1.", false);
    row("empty covers everything", "Device.DeviceInfo.UpTime", "", true);
    row("parameter name covers itself", "Device.DeviceInfo.UpTime", "Device.DeviceInfo.UpTime",
        true);
    row("parameter name covers nothing below", "Device.DeviceInfo.UpTimeX",
        "Device.DeviceInfo.UpTime", false);
    row("parent is not under its child", "Device.", "Device.WiFi.", false);
}

void ParameterPathTest::testsSubTreeMembership()
{
    QFETCH(QString, path);
    QFETCH(QString, partialPath);
    QFETCH(bool, under);
    QCOMPARE(Path::isUnder(path, partialPath), under);
}

QTEST_GUILESS_MAIN(ParameterPathTest)
#include "tst_parameterpath.moc"
