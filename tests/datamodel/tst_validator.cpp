// Value validation against a definition's type and facets: good and bad rows per facet.

#include <datamodel/importer.h>
#include <datamodel/validator.h>

#include <support/testpaths.h>

#include <QtTest>

using namespace datamodel;

namespace {

Syntax ofType(cwmp::ValueType type, const QString &primitive)
{
    Syntax s;
    s.type = type;
    s.primitive = primitive;
    return s;
}

} // namespace

Q_DECLARE_METATYPE(datamodel::Syntax)

class TestValidator : public QObject
{
    Q_OBJECT

private:
    ImportResult m_tr181;

private Q_SLOTS:
    void checksEachFacet_data()
    {
        QTest::addColumn<Syntax>("syntax");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("error"); // "" = valid

        Syntax vlan = ofType(cwmp::ValueType::Int, QStringLiteral("int"));
        vlan.ranges = {Range{QStringLiteral("1"), QStringLiteral("4094"), {}}};
        QTest::newRow("range inside") << vlan << "100" << "";
        QTest::newRow("range low edge") << vlan << "1" << "";
        QTest::newRow("range above") << vlan << "4095" << "must be between 1 and 4094";
        QTest::newRow("range below") << vlan << "0" << "must be between 1 and 4094";
        QTest::newRow("not an int") << vlan << "ten" << "'ten' is not a valid int";

        Syntax atLeast = ofType(cwmp::ValueType::UnsignedInt, QStringLiteral("unsignedInt"));
        atLeast.ranges = {Range{QStringLiteral("1"), {}, {}}};
        QTest::newRow("min only ok") << atLeast << "86400" << "";
        QTest::newRow("min only bad") << atLeast << "0" << "must be at least 1";
        QTest::newRow("unsigned negative") << atLeast << "-5" << "'-5' is not a valid unsignedInt";

        Syntax unionRanges = ofType(cwmp::ValueType::Int, QStringLiteral("int"));
        unionRanges.ranges = {Range{QStringLiteral("-1"), QStringLiteral("-1"), {}}, Range{QStringLiteral("0"), QStringLiteral("24"), {}}};
        QTest::newRow("union first") << unionRanges << "-1" << "";
        QTest::newRow("union second") << unionRanges << "24" << "";
        QTest::newRow("union outside") << unionRanges << "-2" << "must be in one of the ranges: -1, 0–24";

        Syntax stepped = ofType(cwmp::ValueType::UnsignedInt, QStringLiteral("unsignedInt"));
        stepped.ranges = {Range{QStringLiteral("0"), QStringLiteral("100"), QStringLiteral("10")}};
        QTest::newRow("step on") << stepped << "30" << "";
        QTest::newRow("step off") << stepped << "35" << "must be between 0 and 100 in steps of 10";

        Syntax big = ofType(cwmp::ValueType::UnsignedLong, QStringLiteral("unsignedLong"));
        big.ranges = {Range{{}, QStringLiteral("18446744073709551614"), {}}};
        QTest::newRow("64-bit edge ok") << big << "18446744073709551614" << "";
        QTest::newRow("64-bit edge over") << big << "18446744073709551615" << "must be at most 18446744073709551614";

        Syntax ssid = ofType(cwmp::ValueType::String, QStringLiteral("string"));
        ssid.sizes = {SizeLimit{-1, 32}};
        QTest::newRow("size ok") << ssid << "HomeNet" << "";
        QTest::newRow("size exact") << ssid << QString(32, u'x') << "";
        QTest::newRow("size over") << ssid << QString(33, u'x') << "longer than 32 characters";
        Syntax minSize = ofType(cwmp::ValueType::String, QStringLiteral("string"));
        minSize.sizes = {SizeLimit{8, 63}};
        QTest::newRow("size under") << minSize << "short" << "shorter than 8 characters";
        Syntax sizeUnion = ofType(cwmp::ValueType::String, QStringLiteral("string"));
        sizeUnion.sizes = {SizeLimit{0, 0}, SizeLimit{6, 6}};
        QTest::newRow("size union empty") << sizeUnion << "" << "";
        QTest::newRow("size union six") << sizeUnion << "abcdef" << "";
        QTest::newRow("size union other") << sizeUnion << "abc" << "its length 3 is not one of: 0, 6";
        Syntax hex = ofType(cwmp::ValueType::HexBinary, QStringLiteral("hexBinary"));
        hex.sizes = {SizeLimit{-1, 2}};
        QTest::newRow("hexBinary counts bytes") << hex << "0a0b" << "";
        QTest::newRow("hexBinary too long") << hex << "0a0b0c" << "longer than 2 bytes";

        Syntax status = ofType(cwmp::ValueType::String, QStringLiteral("string"));
        status.enumerations = {EnumValue{QStringLiteral("Up")}, EnumValue{QStringLiteral("Down")},
                               EnumValue{QStringLiteral("Old"), false, false, Status::Deleted}};
        QTest::newRow("enum ok") << status << "Up" << "";
        QTest::newRow("enum is case sensitive") << status << "up" << "not one of: Up, Down";
        QTest::newRow("enum deleted value") << status << "Old" << "not one of: Up, Down";

        Syntax diag = ofType(cwmp::ValueType::String, QStringLiteral("string"));
        diag.enumerations = {EnumValue{QStringLiteral("None"), true}, EnumValue{QStringLiteral("Requested")},
                             EnumValue{QStringLiteral("Complete"), true}};
        QTest::newRow("enum writable value") << diag << "Requested" << "";
        QTest::newRow("enum readOnly value refused for set") << diag << "Complete" << "Complete can be reported by the device but not set";

        Syntax ipv4 = ofType(cwmp::ValueType::String, QStringLiteral("string"));
        ipv4.dataTypes = {QStringLiteral("IPv4Address"), QStringLiteral("IPAddress")};
        ipv4.sizes = {SizeLimit{-1, 15}};
        ipv4.patterns = {QString(), QStringLiteral("((25[0-5]|2[0-4][0-9]|[01]?[0-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|[01]?[0-9]?[0-9])")};
        ipv4.patternSource = QStringLiteral("IPv4Address");
        QTest::newRow("ipv4 ok") << ipv4 << "192.168.1.254" << "";
        QTest::newRow("ipv4 empty allowed") << ipv4 << "" << "";
        QTest::newRow("ipv4 octet too big") << ipv4 << "192.168.1.256" << "not a valid IPv4 address";
        QTest::newRow("ipv4 three octets") << ipv4 << "10.0.1" << "not a valid IPv4 address";

        Syntax own = ofType(cwmp::ValueType::String, QStringLiteral("string"));
        own.patterns = {QStringLiteral("2\\.\\d+")};
        QTest::newRow("own pattern ok") << own << "2.19" << "";
        QTest::newRow("own pattern anchored") << own << "x2.19" << "does not match pattern 2\\.\\d+";

        Syntax flag = ofType(cwmp::ValueType::Boolean, QStringLiteral("boolean"));
        QTest::newRow("boolean 1") << flag << "1" << "";
        QTest::newRow("boolean word") << flag << "yes" << "'yes' is not a valid boolean";

        Syntax when = ofType(cwmp::ValueType::DateTime, QStringLiteral("dateTime"));
        QTest::newRow("dateTime ok") << when << "2026-11-26T12:00:00Z" << "";

        Syntax list = ofType(cwmp::ValueType::UnsignedInt, QStringLiteral("unsignedInt"));
        list.isList = true;
        list.listSizes = {SizeLimit{-1, 12}};
        list.maxItems = 3;
        list.ranges = {Range{QStringLiteral("1"), QStringLiteral("13"), {}}};
        QTest::newRow("list ok") << list << "1, 6,11" << "";
        QTest::newRow("list empty") << list << "" << "";
        QTest::newRow("list item out of range") << list << "1,14" << "item 2 (14): must be between 1 and 13";
        QTest::newRow("list too many items") << list << "1,2,3,4" << "the list has 4 items; at most 3 are allowed";
        QTest::newRow("list string too long") << list << "1,2,3,4,5,6,7" << "the list is longer than 12 characters";
    }
    void checksEachFacet()
    {
        QFETCH(Syntax, syntax);
        QFETCH(QString, value);
        QFETCH(QString, error);
        const QString why = Validator::validate(syntax, value);
        if (error.endsWith(u"valid int") || error.endsWith(u"valid unsignedInt") || error.endsWith(u"valid boolean"))
            QVERIFY2(!why.isEmpty(), qPrintable(value)); // the wording is cwmp's
        else
            QCOMPARE(why, error);
    }

    void reportedValuesMayUseReadOnlyEnumerations()
    {
        Syntax diag;
        diag.enumerations = {EnumValue{QStringLiteral("Complete"), true}};
        QVERIFY(Validator::validate(diag, u"Complete", Validator::Purpose::Report).isEmpty());
        QVERIFY(!Validator::validate(diag, u"Complete", Validator::Purpose::Set).isEmpty());
    }

    void refusesSettingReadOnlyParameters()
    {
        Definition d;
        d.path = QStringLiteral("Device.DeviceInfo.UpTime");
        d.access = Access::ReadOnly;
        d.syntax.type = cwmp::ValueType::UnsignedInt;
        QCOMPARE(Validator::validate(d, u"5"), QStringLiteral("the parameter is read-only"));
        QVERIFY(Validator::validate(d, u"5", Validator::Purpose::Report).isEmpty());
    }

    void validatesAgainstImportedDefinitions_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("error");
        QTest::newRow("VLANID ok") << "Device.Bridging.Bridge.1.VLAN.2.VLANID" << "100" << "";
        QTest::newRow("VLANID too big") << "Device.Bridging.Bridge.1.VLAN.2.VLANID" << "4095" << "must be between 1 and 4094";
        QTest::newRow("SSID too long") << "Device.WiFi.SSID.1.SSID" << QString(33, u'a') << "longer than 32 characters";
        QTest::newRow("IPv4 address") << "Device.IP.Interface.1.IPv4Address.1.IPAddress" << "10.0.0.300" << "not a valid IPv4 address";
        QTest::newRow("IPv4 address ok") << "Device.IP.Interface.1.IPv4Address.1.IPAddress" << "10.0.0.1" << "";
        QTest::newRow("MAC address readOnly reported") << "Device.Ethernet.Interface.1.MACAddress" << "00:11:22:33:44:55" << "the parameter is read-only";
        QTest::newRow("DiagnosticsState Requested") << "Device.IP.Diagnostics.IPPing.DiagnosticsState" << "Requested" << "";
        QTest::newRow("DiagnosticsState Complete") << "Device.IP.Diagnostics.IPPing.DiagnosticsState" << "Complete" << "Complete can be reported by the device but not set";
        QTest::newRow("Interval zero") << "Device.ManagementServer.PeriodicInformInterval" << "0" << "must be at least 1";
    }
    void validatesAgainstImportedDefinitions()
    {
        REQUIRE_SHARED_DIR();
        if (m_tr181.models.isEmpty())
            m_tr181 = Importer().importFile(testsupport::sharedFile(QStringLiteral("datamodels/tr-181-2-19-1-cwmp-full.xml")));
        QVERIFY2(m_tr181.ok(), qPrintable(m_tr181.error.toString()));
        QFETCH(QString, path);
        QFETCH(QString, value);
        const Definition *d = m_tr181.models.first().find(path);
        QVERIFY(d);
        QTEST(Validator::validate(*d, value), "error");
    }
};

QTEST_GUILESS_MAIN(TestValidator)
#include "tst_validator.moc"
