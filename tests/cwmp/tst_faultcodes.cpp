// CWMP fault codes (TR-069 A.5, cwmp-facts.md §6), the SOAP faultcode that goes with each,
// makeFault(), and the Inform event codes (cwmp-facts.md §8.1).

#include <cwmp/eventcodes.h>
#include <cwmp/faultcodes.h>
#include <cwmp/soapfault.h>

#include <QSet>
#include <QTest>

using namespace cwmp;

class FaultCodesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesEveryStandardCode_data();
    void namesEveryStandardCode();
    void describesCodesOutsideTheTablesByRange_data();
    void describesCodesOutsideTheTablesByRange();
    void blamesTheClientOnlyForFaultsTheSenderCaused_data();
    void blamesTheClientOnlyForFaultsTheSenderCaused();
    void classifiesAcsAndCpeRanges_data();
    void classifiesAcsAndCpeRanges();
    void makeFaultFillsTheStandardFields();
    void makeFaultKeepsAGivenText();

    void definesTheStandardEventCodes();
    void recognisesMethodEvents_data();
    void recognisesMethodEvents();
    void validatesEventCodesAgainstTheSchemaPattern_data();
    void validatesEventCodesAgainstTheSchemaPattern();
};

void FaultCodesTest::namesEveryStandardCode_data()
{
    QTest::addColumn<int>("code");
    for (int code = 8000; code <= 8011; ++code)
        QTest::addRow("%d", code) << code;
    for (int code = 9000; code <= 9032; ++code)
        QTest::addRow("%d", code) << code;
}

void FaultCodesTest::namesEveryStandardCode()
{
    QFETCH(int, code);
    const QString name = faultName(code);
    QVERIFY(!name.isEmpty());
    // A code from the tables never falls back to a range description.
    QVERIFY2(name != faultName(8799) && name != faultName(9799) && name != faultName(8899)
                 && name != faultName(1234),
             qPrintable(name));
}

void FaultCodesTest::describesCodesOutsideTheTablesByRange_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("name");

    QTest::newRow("8006") << 8006 << QStringLiteral("ACS version incompatible with CPE");
    QTest::newRow("9005") << 9005 << QStringLiteral("Invalid parameter name");
    QTest::newRow("8007 has no published name") << 8007 << QStringLiteral("Reserved ACS fault");
    QTest::newRow("8012") << 8012 << QStringLiteral("Unknown ACS fault");
    QTest::newRow("8799") << 8799 << QStringLiteral("Unknown ACS fault");
    QTest::newRow("ACS vendor range") << 8850 << QStringLiteral("Vendor-specific fault");
    QTest::newRow("9033, reserved for the BBF") << 9033 << QStringLiteral("Unknown CPE fault");
    QTest::newRow("CPE vendor range") << 9800 << QStringLiteral("Vendor-specific fault");
    QTest::newRow("9900") << 9900 << QStringLiteral("Unknown fault");
    QTest::newRow("zero") << 0 << QStringLiteral("Unknown fault");
    QTest::newRow("negative") << -1 << QStringLiteral("Unknown fault");
}

void FaultCodesTest::describesCodesOutsideTheTablesByRange()
{
    QFETCH(int, code);
    QFETCH(QString, name);
    QCOMPARE(faultName(code), name);
}

void FaultCodesTest::blamesTheClientOnlyForFaultsTheSenderCaused_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("faultcode");

    const QSet<int> client = {8003, 9003, 9005, 9006, 9007, 9008, 9020, 9021};
    for (int code = 8000; code <= 8011; ++code)
        QTest::addRow("%d", code) << code
                                  << (client.contains(code) ? QStringLiteral("Client")
                                                            : QStringLiteral("Server"));
    for (int code = 9000; code <= 9032; ++code)
        QTest::addRow("%d", code) << code
                                  << (client.contains(code) ? QStringLiteral("Client")
                                                            : QStringLiteral("Server"));
    QTest::newRow("vendor ACS code") << 8800 << QStringLiteral("Server");
    QTest::newRow("vendor CPE code") << 9899 << QStringLiteral("Server");
    QTest::newRow("unknown code") << 42 << QStringLiteral("Server");
}

void FaultCodesTest::blamesTheClientOnlyForFaultsTheSenderCaused()
{
    QFETCH(int, code);
    QFETCH(QString, faultcode);
    QCOMPARE(soapFaultCode(code), faultcode);
}

void FaultCodesTest::classifiesAcsAndCpeRanges_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<bool>("acs");
    QTest::addColumn<bool>("cpe");

    QTest::newRow("7999") << 7999 << false << false;
    QTest::newRow("8000") << 8000 << true << false;
    QTest::newRow("8799") << 8799 << true << false;
    QTest::newRow("8899 vendor") << 8899 << true << false;
    QTest::newRow("8900") << 8900 << false << false;
    QTest::newRow("9000") << 9000 << false << true;
    QTest::newRow("9899 vendor") << 9899 << false << true;
    QTest::newRow("9900") << 9900 << false << false;
}

void FaultCodesTest::classifiesAcsAndCpeRanges()
{
    QFETCH(int, code);
    QFETCH(bool, acs);
    QFETCH(bool, cpe);
    QCOMPARE(isAcsFault(code), acs);
    QCOMPARE(isCpeFault(code), cpe);
}

void FaultCodesTest::makeFaultFillsTheStandardFields()
{
    const SoapFault fault = makeFault(InvalidParameterValue);
    QCOMPARE(fault.faultcode, QStringLiteral("Client"));
    QCOMPARE(fault.faultstring, QStringLiteral("CWMP fault"));
    QCOMPARE(fault.faultCode, 9007u);
    QCOMPARE(fault.faultString, QStringLiteral("Invalid parameter value"));
    QVERIFY(fault.setParameterValuesFaults.isEmpty());

    const SoapFault server = makeFault(AcsRetryRequest);
    QCOMPARE(server.faultcode, QStringLiteral("Server"));
    QCOMPARE(server.faultCode, 8005u);
    QCOMPARE(server.faultString, QStringLiteral("Retry request"));
}

void FaultCodesTest::makeFaultKeepsAGivenText()
{
    const SoapFault fault = makeFault(InternalError, QStringLiteral("Disk full"));
    QCOMPARE(fault.faultcode, QStringLiteral("Server"));
    QCOMPARE(fault.faultCode, 9002u);
    QCOMPARE(fault.faultString, QStringLiteral("Disk full"));
}

void FaultCodesTest::definesTheStandardEventCodes()
{
    const QList<QLatin1String> codes = EventCodes::standardEventCodes();
    QCOMPARE(codes.size(), 21);
    QCOMPARE(codes.first(), QLatin1String("0 BOOTSTRAP"));
    QCOMPARE(EventCodes::kHeartbeat, QLatin1String("14 HEARTBEAT"));
    QCOMPARE(EventCodes::kMChangeDuState, QLatin1String("M ChangeDUState"));
    QSet<QString> unique;
    for (const QLatin1String code : codes) {
        QVERIFY2(EventCodes::isValidEventCode(QString(code)), code.data());
        unique.insert(QString(code));
    }
    QCOMPARE(unique.size(), codes.size());
}

void FaultCodesTest::recognisesMethodEvents_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("method");

    QTest::newRow("M Reboot") << QStringLiteral("M Reboot") << true;
    QTest::newRow("vendor method") << QStringLiteral("M X_00D09E_Foo") << true;
    QTest::newRow("1 BOOT") << QStringLiteral("1 BOOT") << false;
    QTest::newRow("lower-case m") << QStringLiteral("m Reboot") << false;
    QTest::newRow("M without method") << QStringLiteral("M ") << false;
    QTest::newRow("M with two words") << QStringLiteral("M Re boot") << false;
}

void FaultCodesTest::recognisesMethodEvents()
{
    QFETCH(QString, code);
    QFETCH(bool, method);
    QCOMPARE(EventCodes::isMethodEvent(code), method);
}

void FaultCodesTest::validatesEventCodesAgainstTheSchemaPattern_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("valid");

    QTest::newRow("standard") << QStringLiteral("4 VALUE CHANGE") << true;
    QTest::newRow("future standard code") << QStringLiteral("15 SOMETHING NEW") << true;
    QTest::newRow("method") << QStringLiteral("M Download") << true;
    QTest::newRow("vendor event") << QStringLiteral("X 00D09E Button pressed twice") << true;
    QTest::newRow("vendor with token") << QStringLiteral("X CTC MONITOR") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("number only") << QStringLiteral("1") << false;
    QTest::newRow("trailing space") << QStringLiteral("1 BOOT ") << false;
    QTest::newRow("double space") << QStringLiteral("4 VALUE  CHANGE") << false;
    QTest::newRow("no number") << QStringLiteral("BOOT") << false;
    QTest::newRow("vendor without text") << QStringLiteral("X 00D09E") << false;
    QTest::newRow("vendor with empty text") << QStringLiteral("X 00D09E ") << false;
    QTest::newRow("tab separator") << QStringLiteral("1\tBOOT") << false;
    QTest::newRow("64 characters") << (QStringLiteral("1 ") + QString(62, u'A')) << true;
    QTest::newRow("65 characters") << (QStringLiteral("1 ") + QString(63, u'A')) << false;
}

void FaultCodesTest::validatesEventCodesAgainstTheSchemaPattern()
{
    QFETCH(QString, code);
    QFETCH(bool, valid);
    QCOMPARE(EventCodes::isValidEventCode(code), valid);
}

QTEST_GUILESS_MAIN(FaultCodesTest)
#include "tst_faultcodes.moc"
