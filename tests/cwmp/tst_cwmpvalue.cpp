// Lexical checks and canonical forms of the XML Schema types CWMP values travel as
// (TR-069 A.2.1, XML Schema Part 2).

#include <cwmp/cwmpvalue.h>

#include <QTest>

#include <limits>

Q_DECLARE_METATYPE(cwmp::ValueType)
Q_DECLARE_METATYPE(std::optional<qint64>)
Q_DECLARE_METATYPE(std::optional<quint64>)
Q_DECLARE_METATYPE(std::optional<bool>)

using namespace cwmp;

class CwmpValueTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mapsXsdNamesToTypes_data();
    void mapsXsdNamesToTypes();
    void namesEveryTypeByItsXsdName_data();
    void namesEveryTypeByItsXsdName();

    void acceptsValidValuesAndCanonicalisesThem_data();
    void acceptsValidValuesAndCanonicalisesThem();
    void rejectsInvalidValuesWithAReason_data();
    void rejectsInvalidValuesWithAReason();

    void parsesIntegersWithinTheGivenBounds_data();
    void parsesIntegersWithinTheGivenBounds();
    void parsesUnsignedIntegersWithinTheGivenBound_data();
    void parsesUnsignedIntegersWithinTheGivenBound();
    void parsesBooleans_data();
    void parsesBooleans();

    void parsesDateTimeIntoUtc_data();
    void parsesDateTimeIntoUtc();
    void formatsDateTimeInUtcWithMillisecondsOnlyWhenSet_data();
    void formatsDateTimeInUtcWithMillisecondsOnlyWhenSet();
    void unknownTimeSurvivesARoundTrip();
};

void CwmpValueTest::mapsXsdNamesToTypes_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<ValueType>("type");

    QTest::newRow("empty is unspecified") << QString() << ValueType::Unspecified;
    QTest::newRow("xsd prefix") << QStringLiteral("xsd:unsignedInt") << ValueType::UnsignedInt;
    QTest::newRow("no prefix") << QStringLiteral("unsignedInt") << ValueType::UnsignedInt;
    QTest::newRow("xs prefix") << QStringLiteral("xs:int") << ValueType::Int;
    QTest::newRow("soap-enc string") << QStringLiteral("soap-enc:string") << ValueType::String;
    QTest::newRow("long") << QStringLiteral("xsd:long") << ValueType::Long;
    QTest::newRow("unsignedLong") << QStringLiteral("xsd:unsignedLong") << ValueType::UnsignedLong;
    QTest::newRow("boolean") << QStringLiteral("xsd:boolean") << ValueType::Boolean;
    QTest::newRow("dateTime") << QStringLiteral("xsd:dateTime") << ValueType::DateTime;
    QTest::newRow("TR-069 base64") << QStringLiteral("xsd:base64") << ValueType::Base64;
    QTest::newRow("XSD base64Binary") << QStringLiteral("xsd:base64Binary") << ValueType::Base64;
    QTest::newRow("SOAP-encoding base64")
        << QStringLiteral("soap-enc:base64") << ValueType::Base64;
    QTest::newRow("hexBinary") << QStringLiteral("xsd:hexBinary") << ValueType::HexBinary;
    QTest::newRow("decimal") << QStringLiteral("xsd:decimal") << ValueType::Decimal;
    QTest::newRow("XSD names are case-sensitive")
        << QStringLiteral("xsd:UnsignedInt") << ValueType::Other;
    QTest::newRow("upper-case string") << QStringLiteral("String") << ValueType::Other;
    QTest::newRow("netcwmp object") << QStringLiteral("object") << ValueType::Other;
    QTest::newRow("prefix without a name") << QStringLiteral("xsd:") << ValueType::Other;
}

void CwmpValueTest::mapsXsdNamesToTypes()
{
    QFETCH(QString, name);
    QFETCH(ValueType, type);
    QCOMPARE(valueTypeFromXsdName(name), type);
}

void CwmpValueTest::namesEveryTypeByItsXsdName_data()
{
    QTest::addColumn<ValueType>("type");
    QTest::addColumn<QString>("name");

    QTest::newRow("unspecified") << ValueType::Unspecified << QStringLiteral("string");
    QTest::newRow("string") << ValueType::String << QStringLiteral("string");
    QTest::newRow("int") << ValueType::Int << QStringLiteral("int");
    QTest::newRow("unsignedInt") << ValueType::UnsignedInt << QStringLiteral("unsignedInt");
    QTest::newRow("long") << ValueType::Long << QStringLiteral("long");
    QTest::newRow("unsignedLong") << ValueType::UnsignedLong << QStringLiteral("unsignedLong");
    QTest::newRow("boolean") << ValueType::Boolean << QStringLiteral("boolean");
    QTest::newRow("dateTime") << ValueType::DateTime << QStringLiteral("dateTime");
    QTest::newRow("base64") << ValueType::Base64 << QStringLiteral("base64Binary");
    QTest::newRow("hexBinary") << ValueType::HexBinary << QStringLiteral("hexBinary");
    QTest::newRow("decimal") << ValueType::Decimal << QStringLiteral("decimal");
    QTest::newRow("other") << ValueType::Other << QStringLiteral("string");
}

void CwmpValueTest::namesEveryTypeByItsXsdName()
{
    QFETCH(ValueType, type);
    QFETCH(QString, name);
    QCOMPARE(xsdName(type), name);
    if (type != ValueType::Unspecified && type != ValueType::Other)
        QCOMPARE(valueTypeFromXsdName(QStringLiteral("xsd:") + name), type);
}

void CwmpValueTest::acceptsValidValuesAndCanonicalisesThem_data()
{
    QTest::addColumn<ValueType>("type");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical");

    const auto row = [](const char *name, ValueType type, const char *text, const char *canonical) {
        QTest::newRow(name) << type << QString::fromUtf8(text) << QString::fromUtf8(canonical);
    };

    row("string kept as is", ValueType::String, "  Hello, world  ", "  Hello, world  ");
    row("empty string", ValueType::String, "", "");
    row("unspecified accepts anything", ValueType::Unspecified, "abc", "abc");
    row("unknown type accepts anything", ValueType::Other, "x", "x");

    row("int zero", ValueType::Int, "0", "0");
    row("int minus zero", ValueType::Int, "-0", "0");
    row("int plus sign", ValueType::Int, "+5", "5");
    row("int leading zeros", ValueType::Int, "+007", "7");
    row("int surrounding spaces collapse", ValueType::Int, " 1 ", "1");
    row("int minimum", ValueType::Int, "-2147483648", "-2147483648");
    row("int maximum", ValueType::Int, "2147483647", "2147483647");

    row("unsignedInt maximum", ValueType::UnsignedInt, "4294967295", "4294967295");
    row("unsignedInt plus sign", ValueType::UnsignedInt, "+5", "5");
    row("unsignedInt minus zero", ValueType::UnsignedInt, "-0", "0");
    row("unsignedInt leading zeros", ValueType::UnsignedInt, "000300", "300");

    row("long minimum", ValueType::Long, "-9223372036854775808", "-9223372036854775808");
    row("long maximum", ValueType::Long, "9223372036854775807", "9223372036854775807");
    row("long beyond int", ValueType::Long, "70000000000", "70000000000");

    row("unsignedLong maximum", ValueType::UnsignedLong, "18446744073709551615",
        "18446744073709551615");
    row("unsignedLong leading zeros", ValueType::UnsignedLong, "0042", "42");

    row("boolean true", ValueType::Boolean, "true", "true");
    row("boolean false", ValueType::Boolean, "false", "false");
    row("boolean 1", ValueType::Boolean, "1", "true");
    row("boolean 0", ValueType::Boolean, "0", "false");
    row("boolean with spaces", ValueType::Boolean, " true\n", "true");

    row("dateTime UTC", ValueType::DateTime, "2025-01-01T10:00:00Z", "2025-01-01T10:00:00Z");
    row("dateTime without zone read as UTC", ValueType::DateTime, "2025-01-01T10:00:00",
        "2025-01-01T10:00:00Z");
    row("dateTime microseconds and offset", ValueType::DateTime,
        "2025-01-01T10:00:00.123456+02:00", "2025-01-01T08:00:00.123456Z");
    row("dateTime negative offset crosses midnight", ValueType::DateTime,
        "2024-12-31T22:30:00-01:45", "2025-01-01T00:15:00Z");
    row("dateTime milliseconds", ValueType::DateTime, "2025-01-01T10:00:00.5Z",
        "2025-01-01T10:00:00.500Z");
    row("dateTime zero fraction dropped", ValueType::DateTime, "2025-01-01T10:00:00.000Z",
        "2025-01-01T10:00:00Z");
    row("dateTime long fraction", ValueType::DateTime, "2025-01-01T10:00:00.1234567890Z",
        "2025-01-01T10:00:00.123456789Z");
    row("dateTime unknown time", ValueType::DateTime, "0001-01-01T00:00:00Z",
        "0001-01-01T00:00:00Z");
    row("dateTime leap day", ValueType::DateTime, "2024-02-29T12:00:00Z",
        "2024-02-29T12:00:00Z");
    row("dateTime end of day 24:00", ValueType::DateTime, "2024-12-31T24:00:00Z",
        "2025-01-01T00:00:00Z");
    row("dateTime offset +14:00", ValueType::DateTime, "2025-01-01T14:00:00+14:00",
        "2025-01-01T00:00:00Z");

    row("base64", ValueType::Base64, "SGVsbG8=", "SGVsbG8=");
    row("base64 two padding characters", ValueType::Base64, "QQ==", "QQ==");
    row("base64 wrapped with whitespace", ValueType::Base64, "SGVs\r\nbG8g\n d29y bGQ=",
        "SGVsbG8gd29ybGQ=");
    row("base64 empty", ValueType::Base64, "", "");

    row("hexBinary upper-cased", ValueType::HexBinary, "00a0ff", "00A0FF");
    row("hexBinary empty", ValueType::HexBinary, "", "");

    row("decimal integral", ValueType::Decimal, "+0012", "12");
    row("decimal fraction", ValueType::Decimal, "-001.2500", "-1.25");
    row("decimal leading point", ValueType::Decimal, ".5", "0.5");
    row("decimal trailing point", ValueType::Decimal, "3.", "3");
    row("decimal minus zero", ValueType::Decimal, "-0.0", "0");
}

void CwmpValueTest::acceptsValidValuesAndCanonicalisesThem()
{
    QFETCH(ValueType, type);
    QFETCH(QString, text);
    QFETCH(QString, canonical);

    QString why = QStringLiteral("untouched");
    QVERIFY2(isValidValue(type, text, &why), qPrintable(why));
    QCOMPARE(why, QStringLiteral("untouched"));
    QCOMPARE(canonicalValue(type, text), std::optional<QString>(canonical));
    // The canonical form is itself valid and canonical.
    QCOMPARE(canonicalValue(type, canonical), std::optional<QString>(canonical));
}

void CwmpValueTest::rejectsInvalidValuesWithAReason_data()
{
    QTest::addColumn<ValueType>("type");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");

    const auto row = [](const char *name, ValueType type, const char *text, const char *reason) {
        QTest::newRow(name) << type << QString::fromUtf8(text) << QString::fromUtf8(reason);
    };

    row("int empty", ValueType::Int, "", "empty value is not an int");
    row("int letters", ValueType::Int, "abc", "'abc' is not an int");
    row("int sign only", ValueType::Int, "-", "'-' is not an int");
    row("int two signs", ValueType::Int, "+-1", "is not an int");
    row("int inner space", ValueType::Int, "1 2", "'1 2' is not an int");
    row("int fraction", ValueType::Int, "1.0", "'1.0' is not an int");
    row("int exponent", ValueType::Int, "1e3", "is not an int");
    row("int 2147483648", ValueType::Int, "2147483648", "2147483648 is out of range for int");
    row("int -2147483649", ValueType::Int, "-2147483649", "-2147483649 is out of range for int");
    row("int 70000000000", ValueType::Int, "70000000000", "70000000000 is out of range for int");

    row("unsignedInt empty", ValueType::UnsignedInt, "", "empty value is not an unsignedInt");
    row("unsignedInt letters", ValueType::UnsignedInt, "abc", "'abc' is not an unsignedInt");
    row("unsignedInt 4294967296", ValueType::UnsignedInt, "4294967296",
        "4294967296 is out of range for unsignedInt");
    row("unsignedInt negative", ValueType::UnsignedInt, "-5",
        "-5 is out of range for unsignedInt");
    row("unsignedInt hex", ValueType::UnsignedInt, "0x10", "'0x10' is not an unsignedInt");
    row("unsignedInt full-width digits", ValueType::UnsignedInt, "１２",
        "is not an unsignedInt");

    row("long empty", ValueType::Long, "", "empty value is not a long");
    row("long 9223372036854775808", ValueType::Long, "9223372036854775808",
        "9223372036854775808 is out of range for long");
    row("long beyond 64 bits", ValueType::Long, "99999999999999999999999",
        "99999999999999999999999 is out of range for long");
    row("long garbage after many digits", ValueType::Long, "99999999999999999999999x",
        "is not a long");

    row("unsignedLong empty", ValueType::UnsignedLong, "", "empty value is not an unsignedLong");
    row("unsignedLong 18446744073709551616", ValueType::UnsignedLong, "18446744073709551616",
        "18446744073709551616 is out of range for unsignedLong");
    row("unsignedLong negative", ValueType::UnsignedLong, "-1",
        "-1 is out of range for unsignedLong");

    row("boolean empty", ValueType::Boolean, "", "empty value is not a boolean");
    row("boolean capitalised", ValueType::Boolean, "True", "'True' is not a boolean");
    row("boolean yes", ValueType::Boolean, "yes", "'yes' is not a boolean");
    row("boolean 2", ValueType::Boolean, "2", "'2' is not a boolean");

    row("dateTime empty", ValueType::DateTime, "", "empty value is not a dateTime");
    row("dateTime February 30", ValueType::DateTime, "2024-02-30T00:00:00Z",
        "does not exist");
    row("dateTime February 29 of a common year", ValueType::DateTime, "2025-02-29T00:00:00Z",
        "does not exist");
    row("dateTime month 13", ValueType::DateTime, "2025-13-01T00:00:00Z", "does not exist");
    row("dateTime hour 25", ValueType::DateTime, "2025-01-01T25:00:00Z", "time of day");
    row("dateTime 24:00:01", ValueType::DateTime, "2025-01-01T24:00:01Z", "time of day");
    row("dateTime second 60", ValueType::DateTime, "2025-01-01T23:59:60Z", "time of day");
    row("dateTime date only", ValueType::DateTime, "2025-01-01", "is not a dateTime");
    row("dateTime space instead of T", ValueType::DateTime, "2025-01-01 10:00:00Z",
        "is not a dateTime");
    row("dateTime empty fraction", ValueType::DateTime, "2025-01-01T10:00:00.Z",
        "is not a dateTime");
    row("dateTime offset without colon", ValueType::DateTime, "2025-01-01T10:00:00+0200",
        "is not a dateTime");
    row("dateTime offset beyond 14 hours", ValueType::DateTime, "2025-01-01T10:00:00+15:00",
        "time zone offset");
    row("dateTime lower-case z", ValueType::DateTime, "2025-01-01T10:00:00z",
        "is not a dateTime");
    row("dateTime year 0000", ValueType::DateTime, "0000-01-01T00:00:00Z",
        "outside the years");
    row("dateTime before year 1 after the offset", ValueType::DateTime,
        "0001-01-01T00:00:00+02:00", "outside the years");
    row("dateTime Unix seconds", ValueType::DateTime, "1735725600", "is not a dateTime");

    row("base64 bad character", ValueType::Base64, "SGV$bG8=", "outside the base64 alphabet");
    row("base64 bad character reported before the length", ValueType::Base64, "SGV$bG8",
        "outside the base64 alphabet");
    row("base64 bad length", ValueType::Base64, "SGVsbG8", "multiple of four");
    row("base64 padding in the middle", ValueType::Base64, "SG=sbG8=", "may only end the value");
    row("base64 three padding characters", ValueType::Base64, "S===", "at most twice");
    row("base64 non-zero padding bits", ValueType::Base64, "QR==", "encode no data");
    row("base64 URL-safe alphabet", ValueType::Base64, "ab-_", "outside the base64 alphabet");

    row("hexBinary odd length", ValueType::HexBinary, "ABC", "odd number of hex digits");
    row("hexBinary non-hex", ValueType::HexBinary, "0G", "not a hex digit");
    row("hexBinary 0x prefix", ValueType::HexBinary, "0x12", "not a hex digit");

    row("decimal empty", ValueType::Decimal, "", "empty value is not a decimal");
    row("decimal point only", ValueType::Decimal, ".", "'.' is not a decimal");
    row("decimal exponent", ValueType::Decimal, "1e5", "'1e5' is not a decimal");
    row("decimal comma", ValueType::Decimal, "1,5", "'1,5' is not a decimal");
    row("decimal two points", ValueType::Decimal, "1.2.3", "'1.2.3' is not a decimal");
}

void CwmpValueTest::rejectsInvalidValuesWithAReason()
{
    QFETCH(ValueType, type);
    QFETCH(QString, text);
    QFETCH(QString, reason);

    QString why;
    QVERIFY(!isValidValue(type, text, &why));
    QVERIFY2(why.contains(reason, Qt::CaseInsensitive), qPrintable(why));
    QVERIFY(!canonicalValue(type, text).has_value());
    // Without a place for the reason the check still works.
    QVERIFY(!isValidValue(type, text));
}

void CwmpValueTest::parsesIntegersWithinTheGivenBounds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("min");
    QTest::addColumn<qint64>("max");
    QTest::addColumn<std::optional<qint64>>("expected");

    constexpr qint64 kMin = std::numeric_limits<qint64>::min();
    constexpr qint64 kMax = std::numeric_limits<qint64>::max();
    QTest::newRow("inside") << QStringLiteral("42") << qint64(0) << qint64(100)
                            << std::optional<qint64>(42);
    QTest::newRow("on the lower bound") << QStringLiteral("-7") << qint64(-7) << qint64(7)
                                        << std::optional<qint64>(-7);
    QTest::newRow("below the lower bound") << QStringLiteral("-8") << qint64(-7) << qint64(7)
                                           << std::optional<qint64>();
    QTest::newRow("above the upper bound") << QStringLiteral("8") << qint64(-7) << qint64(7)
                                           << std::optional<qint64>();
    QTest::newRow("64-bit minimum") << QStringLiteral("-9223372036854775808") << kMin << kMax
                                    << std::optional<qint64>(kMin);
    QTest::newRow("malformed") << QStringLiteral("4x") << kMin << kMax << std::optional<qint64>();
}

void CwmpValueTest::parsesIntegersWithinTheGivenBounds()
{
    QFETCH(QString, text);
    QFETCH(qint64, min);
    QFETCH(qint64, max);
    QFETCH(std::optional<qint64>, expected);
    QCOMPARE(parseInt(text, min, max), expected);
}

void CwmpValueTest::parsesUnsignedIntegersWithinTheGivenBound_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<quint64>("max");
    QTest::addColumn<std::optional<quint64>>("expected");

    QTest::newRow("inside") << QStringLiteral("65535") << quint64(65535)
                            << std::optional<quint64>(65535);
    QTest::newRow("above the bound") << QStringLiteral("65536") << quint64(65535)
                                     << std::optional<quint64>();
    QTest::newRow("minus zero") << QStringLiteral("-0") << quint64(1)
                                << std::optional<quint64>(0);
    QTest::newRow("negative") << QStringLiteral("-1") << quint64(1) << std::optional<quint64>();
    QTest::newRow("empty") << QString() << quint64(1) << std::optional<quint64>();
}

void CwmpValueTest::parsesUnsignedIntegersWithinTheGivenBound()
{
    QFETCH(QString, text);
    QFETCH(quint64, max);
    QFETCH(std::optional<quint64>, expected);
    QCOMPARE(parseUnsigned(text, max), expected);
}

void CwmpValueTest::parsesBooleans_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<std::optional<bool>>("expected");

    QTest::newRow("true") << QStringLiteral("true") << std::optional<bool>(true);
    QTest::newRow("1") << QStringLiteral("1") << std::optional<bool>(true);
    QTest::newRow("false") << QStringLiteral("false") << std::optional<bool>(false);
    QTest::newRow("0") << QStringLiteral("0") << std::optional<bool>(false);
    QTest::newRow("spaces around") << QStringLiteral("\t0 ") << std::optional<bool>(false);
    QTest::newRow("TRUE") << QStringLiteral("TRUE") << std::optional<bool>();
    QTest::newRow("empty") << QString() << std::optional<bool>();
}

void CwmpValueTest::parsesBooleans()
{
    QFETCH(QString, text);
    QFETCH(std::optional<bool>, expected);
    QCOMPARE(parseBoolean(text), expected);
}

void CwmpValueTest::parsesDateTimeIntoUtc_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");

    QTest::newRow("Z") << QStringLiteral("2025-01-01T10:00:00Z")
                       << QDateTime(QDate(2025, 1, 1), QTime(10, 0), Qt::UTC);
    QTest::newRow("no zone is UTC") << QStringLiteral("2025-01-01T10:00:00")
                                    << QDateTime(QDate(2025, 1, 1), QTime(10, 0), Qt::UTC);
    QTest::newRow("offset, fraction truncated to milliseconds")
        << QStringLiteral("2025-01-01T10:00:00.123456+02:00")
        << QDateTime(QDate(2025, 1, 1), QTime(8, 0, 0, 123), Qt::UTC);
    QTest::newRow("unknown time") << QStringLiteral("0001-01-01T00:00:00Z") << unknownTime();
}

void CwmpValueTest::parsesDateTimeIntoUtc()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const std::optional<QDateTime> parsed = parseDateTime(text);
    QVERIFY(parsed.has_value());
    QCOMPARE(*parsed, expected);
    QCOMPARE(parsed->timeSpec(), Qt::UTC);
}

void CwmpValueTest::formatsDateTimeInUtcWithMillisecondsOnlyWhenSet_data()
{
    QTest::addColumn<QDateTime>("time");
    QTest::addColumn<QString>("text");

    QTest::newRow("whole seconds") << QDateTime(QDate(2025, 3, 4), QTime(5, 6, 7), Qt::UTC)
                                   << QStringLiteral("2025-03-04T05:06:07Z");
    QTest::newRow("milliseconds") << QDateTime(QDate(2025, 3, 4), QTime(5, 6, 7, 8), Qt::UTC)
                                  << QStringLiteral("2025-03-04T05:06:07.008Z");
    QTest::newRow("offset converted to UTC")
        << QDateTime(QDate(2025, 3, 4), QTime(5, 6, 7), Qt::OffsetFromUTC, 3600)
        << QStringLiteral("2025-03-04T04:06:07Z");
    QTest::newRow("invalid is the unknown time")
        << QDateTime() << QStringLiteral("0001-01-01T00:00:00Z");
}

void CwmpValueTest::formatsDateTimeInUtcWithMillisecondsOnlyWhenSet()
{
    QFETCH(QDateTime, time);
    QFETCH(QString, text);
    QCOMPARE(formatDateTime(time), text);
}

void CwmpValueTest::unknownTimeSurvivesARoundTrip()
{
    QVERIFY(unknownTime().isValid());
    QCOMPARE(formatDateTime(unknownTime()), QStringLiteral("0001-01-01T00:00:00Z"));
    QCOMPARE(parseDateTime(formatDateTime(unknownTime())), std::optional<QDateTime>(unknownTime()));
}

QTEST_GUILESS_MAIN(CwmpValueTest)
#include "tst_cwmpvalue.moc"
