// Messages that other TR-069 implementations really sent (../shared/captures, see its
// README): each one decodes, and decodes to the values that are in the file. The quirks of
// each sender (prefixes, namespaces, pretty-printing, 0/1 booleans, arrayType counts that
// disagree with the content, a CurrentTime without a zone) must not change what is read.

#include <cwmp/envelopecodec.h>
#include <support/testpaths.h>

#include <QDir>
#include <QFile>
#include <QTest>

#include <optional>

using namespace cwmp;

Q_DECLARE_METATYPE(cwmp::ValueType)

namespace {

QByteArray readCapture(const QString &relativePath)
{
    QFile file(testsupport::sharedFile(QStringLiteral("captures/") + relativePath));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QString describeError(const DecodeError &error)
{
    return QStringLiteral("%1 at %2:%3: %4")
        .arg(DecodeError::kindName(error.kind))
        .arg(error.line)
        .arg(error.column)
        .arg(error.reason);
}

// The header's ID, or "<none>" so that a missing ID shows in a failure message.
QString headerId(const std::optional<QString> &id)
{
    return id.value_or(QStringLiteral("<none>"));
}

DecodeResult decodeCapture(const QString &relativePath)
{
    return decodeEnvelope(readCapture(relativePath));
}

QDateTime utc(int year, int month, int day, int hour, int minute, int second, int msec = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, msec), Qt::UTC);
}

QStringList eventCodes(const Inform &inform)
{
    QStringList codes;
    for (const EventStruct &event : inform.events)
        codes.append(event.eventCode);
    return codes;
}

QStringList commandKeys(const Inform &inform)
{
    QStringList keys;
    for (const EventStruct &event : inform.events)
        keys.append(event.commandKey);
    return keys;
}

const ParameterValueStruct *findParameter(const QList<ParameterValueStruct> &list, const QString &name)
{
    for (const ParameterValueStruct &parameter : list) {
        if (parameter.name == name)
            return &parameter;
    }
    return nullptr;
}

// One recorded HTTP message of the easycwmp session. The requests are a request line,
// header lines and a blank line (LF line ends) followed by the body; the capture puts one
// more line break between the blank line and the body, outside Content-Length, so the body
// is the last Content-Length bytes. The responses were recorded without their HTTP head:
// either the body alone or a bare status line ("204 No Content") with no body.
struct HttpMessage {
    QByteArray head;
    QByteArray body;
    std::optional<qsizetype> contentLength;
    QByteArray skippedBeforeBody; // bytes between the head and the Content-Length body
};

HttpMessage splitHttpMessage(const QByteArray &raw)
{
    HttpMessage message;
    if (raw.trimmed().startsWith('<')) {
        message.body = raw;
        return message;
    }
    const qsizetype crlf = raw.indexOf("\r\n\r\n");
    const qsizetype lf = raw.indexOf("\n\n");
    qsizetype headEnd = -1;
    qsizetype separatorLength = 0;
    if (crlf >= 0 && (lf < 0 || crlf < lf)) {
        headEnd = crlf;
        separatorLength = 4;
    } else if (lf >= 0) {
        headEnd = lf;
        separatorLength = 2;
    }
    if (headEnd < 0) {
        message.head = raw;
        return message;
    }
    message.head = raw.left(headEnd);
    const QByteArray rest = raw.mid(headEnd + separatorLength);
    for (const QByteArray &line : message.head.split('\n')) {
        const QByteArray header = line.trimmed();
        const qsizetype colon = header.indexOf(':');
        if (colon > 0 && header.left(colon).trimmed().toLower() == "content-length") {
            bool ok = false;
            const qsizetype length = header.mid(colon + 1).trimmed().toLongLong(&ok);
            if (ok)
                message.contentLength = length;
        }
    }
    if (message.contentLength && *message.contentLength <= rest.size()) {
        message.skippedBeforeBody = rest.left(rest.size() - *message.contentLength);
        message.body = rest.right(*message.contentLength);
    } else {
        message.body = rest;
    }
    return message;
}

// The method name expected in each session file, in file order; "" for an empty body
// (an empty POST, the firmware GET, a 204 answer).
struct SessionStep {
    const char *file;
    const char *method;
};

constexpr SessionStep kSession[] = {
    {"001-req.txt", "Inform"},
    {"001-resp.txt", "InformResponse"},
    {"002-req.txt", ""},
    {"002-resp.txt", "GetParameterNames"},
    {"003-req.txt", "GetParameterNamesResponse"},
    {"003-resp.txt", "GetParameterNames"},
    {"004-req.txt", "GetParameterNamesResponse"},
    {"004-resp.txt", "GetParameterValues"},
    {"005-req.txt", "GetParameterValuesResponse"},
    {"005-resp.txt", "SetParameterValues"},
    {"006-req.txt", "SetParameterValuesResponse"},
    {"006-resp.txt", "SetParameterValues"},
    {"007-req.txt", "Fault"},
    {"007-resp.txt", "GetParameterValues"},
    {"008-req.txt", "Fault"},
    {"008-resp.txt", "GetParameterAttributes"},
    {"009-req.txt", "GetParameterAttributesResponse"},
    {"009-resp.txt", "SetParameterAttributes"},
    {"010-req.txt", "SetParameterAttributesResponse"},
    {"010-resp.txt", "AddObject"},
    {"011-req.txt", "AddObjectResponse"},
    {"011-resp.txt", "GetRPCMethods"},
    {"012-req.txt", "GetRPCMethodsResponse"},
    {"012-resp.txt", "Download"},
    {"013-req.txt", "DownloadResponse"},
    {"013-resp.txt", "Reboot"},
    {"014-req.txt", "RebootResponse"},
    {"014-resp.txt", ""},
    {"015-req.txt", ""},
    {"016-req.txt", "Inform"},
    {"016-resp.txt", "InformResponse"},
    {"017-req.txt", "TransferComplete"},
    {"017-resp.txt", "TransferCompleteResponse"},
    {"018-req.txt", ""},
    {"018-resp.txt", "FactoryReset"},
    {"019-req.txt", "FactoryResetResponse"},
    {"019-resp.txt", ""},
};

QString sessionPath(const char *file)
{
    return QStringLiteral("easycwmp/session/") + QLatin1String(file);
}

// Decodes the body of one session file; "" when the body is empty.
struct SessionDecode {
    HttpMessage http;
    std::optional<DecodeResult> result;
};

SessionDecode decodeSessionFile(const char *file)
{
    SessionDecode decoded;
    decoded.http = splitHttpMessage(readCapture(sessionPath(file)));
    if (!decoded.http.body.trimmed().isEmpty())
        decoded.result = decodeEnvelope(decoded.http.body);
    return decoded;
}

} // namespace

class TestCaptures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void coversEveryCaptureFile();
    void decodesEveryCaptureFile_data();
    void decodesEveryCaptureFile();

    void readsInformIdentityEventsAndCounts_data();
    void readsInformIdentityEventsAndCounts();
    void readsInformParameterValuesAndTypes_data();
    void readsInformParameterValuesAndTypes();
    void readsNetcwmpCurrentTimeWithoutZoneAsUtc();
    void keepsTheSevenGenieacsSimParametersAlthoughArrayTypeSaysSixteen();

    void readsSpeedTouchFaultCodes();
    void readsEasycwmpTransferCompleteWithFault9018();
    void readsAllSpeedTouchParameterNames();
    void readsGetRpcMethodsResponseMethodLists_data();
    void readsGetRpcMethodsResponseMethodLists();

    void coversEveryEasycwmpSessionFile();
    void decodesEveryEasycwmpSessionBody_data();
    void decodesEveryEasycwmpSessionBody();
    void easycwmpSessionFollowsTheRecordedMethodSequence();
    void readsEasycwmpSessionContent();
};

void TestCaptures::initTestCase()
{
    REQUIRE_SHARED_DIR();
}

void TestCaptures::coversEveryCaptureFile()
{
    REQUIRE_SHARED_DIR();
    // A capture added to ../shared without a row here would go untested.
    const QStringList expected = {
        QStringLiteral("easycwmp/Inform-after-reboot.xml"),
        QStringLiteral("easycwmp/Inform-bootstrap.xml"),
        QStringLiteral("easycwmp/TransferComplete.xml"),
        QStringLiteral("genieacs-sim/Inform.xml"),
        QStringLiteral("netcwmp/Inform.xml"),
        QStringLiteral("speedtouch-780/Fault.xml"),
        QStringLiteral("speedtouch-780/GetParameterNamesResponse.xml"),
        QStringLiteral("speedtouch-780/GetRPCMethodsResponse.xml"),
        QStringLiteral("speedtouch-780/Inform.xml"),
    };
    const QDir root(testsupport::sharedFile(QStringLiteral("captures")));
    QStringList found;
    const QStringList folders = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &folder : folders) {
        const QStringList files = QDir(root.filePath(folder)).entryList({QStringLiteral("*.xml")}, QDir::Files, QDir::Name);
        for (const QString &file : files)
            found.append(folder + QLatin1Char('/') + file);
    }
    QCOMPARE(found, expected);
}

void TestCaptures::decodesEveryCaptureFile_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("cwmpNamespace");

    const QString v10 = QStringLiteral("urn:dslforum-org:cwmp-1-0");
    const QString v12 = QStringLiteral("urn:dslforum-org:cwmp-1-2");
    const QString thomsonId = QStringLiteral("0_THOM_TR69_ID");
    QTest::newRow("easycwmp Inform after reboot")
        << QStringLiteral("easycwmp/Inform-after-reboot.xml") << QStringLiteral("Inform") << QStringLiteral("1") << v12;
    QTest::newRow("easycwmp Inform bootstrap")
        << QStringLiteral("easycwmp/Inform-bootstrap.xml") << QStringLiteral("Inform") << QStringLiteral("1") << v12;
    QTest::newRow("easycwmp TransferComplete")
        << QStringLiteral("easycwmp/TransferComplete.xml") << QStringLiteral("TransferComplete") << QStringLiteral("2")
        << v12;
    QTest::newRow("genieacs-sim Inform")
        << QStringLiteral("genieacs-sim/Inform.xml") << QStringLiteral("Inform") << QStringLiteral("mx97o2e5") << v10;
    QTest::newRow("netcwmp Inform")
        << QStringLiteral("netcwmp/Inform.xml") << QStringLiteral("Inform") << QStringLiteral("1") << v10;
    QTest::newRow("SpeedTouch Fault")
        << QStringLiteral("speedtouch-780/Fault.xml") << QStringLiteral("Fault") << thomsonId << v10;
    QTest::newRow("SpeedTouch GetParameterNamesResponse")
        << QStringLiteral("speedtouch-780/GetParameterNamesResponse.xml")
        << QStringLiteral("GetParameterNamesResponse") << thomsonId << v10;
    QTest::newRow("SpeedTouch GetRPCMethodsResponse")
        << QStringLiteral("speedtouch-780/GetRPCMethodsResponse.xml") << QStringLiteral("GetRPCMethodsResponse")
        << thomsonId << v10;
    QTest::newRow("SpeedTouch Inform")
        << QStringLiteral("speedtouch-780/Inform.xml") << QStringLiteral("Inform") << thomsonId << v10;
}

void TestCaptures::decodesEveryCaptureFile()
{
    REQUIRE_SHARED_DIR();
    QFETCH(QString, file);
    QFETCH(QString, method);
    QFETCH(QString, id);
    QFETCH(QString, cwmpNamespace);

    const QByteArray xml = readCapture(file);
    QVERIFY2(!xml.isEmpty(), qPrintable(QStringLiteral("cannot read captures/") + file));
    const DecodeResult result = decodeEnvelope(xml);
    QVERIFY2(result.ok(), qPrintable(describeError(result.error)));
    QCOMPARE(methodName(result.envelope.body), method);
    QCOMPARE(headerId(result.envelope.header.id), id);
    QCOMPARE(result.envelope.cwmpNamespace, cwmpNamespace);
    QVERIFY(!result.envelope.header.noMoreRequests.value_or(false));
}

void TestCaptures::readsInformIdentityEventsAndCounts_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("manufacturer");
    QTest::addColumn<QString>("oui");
    QTest::addColumn<QString>("productClass");
    QTest::addColumn<QString>("serialNumber");
    QTest::addColumn<QStringList>("events");
    QTest::addColumn<QStringList>("commandKeys");
    QTest::addColumn<uint>("maxEnvelopes");
    QTest::addColumn<QDateTime>("currentTime");
    QTest::addColumn<uint>("retryCount");
    QTest::addColumn<int>("parameterCount");

    QTest::newRow("genieacs-sim: 2 PERIODIC first, 7 of 16 announced parameters")
        << QStringLiteral("genieacs-sim/Inform.xml") << QStringLiteral("Huawei Technologies Co., Ltd.")
        << QStringLiteral("202BC1") << QStringLiteral("BM632w") << QStringLiteral("000000")
        << QStringList{QStringLiteral("2 PERIODIC")} << QStringList{QString()} << 1u
        << utc(2026, 11, 26, 10, 41, 46, 632) << 0u << 7;
    QTest::newRow("netcwmp: xsi:type everywhere, 1999 schema namespace")
        << QStringLiteral("netcwmp/Inform.xml") << QStringLiteral("ChinaNMS") << QStringLiteral("A00001")
        << QStringLiteral("OT2800") << QStringLiteral("30000000000000000")
        << QStringList{QStringLiteral("0 BOOTSTRAP")} << QStringList{QString()} << 1u
        << utc(2026, 11, 26, 10, 49, 36) << 0u << 17;
    QTest::newRow("SpeedTouch 780: zero-padded counts, MaxEnvelopes 2")
        << QStringLiteral("speedtouch-780/Inform.xml") << QStringLiteral("THOMSON") << QStringLiteral("00147F")
        << QStringLiteral("SpeedTouch 780") << QStringLiteral("CP0644JTHJ4")
        << QStringList{QStringLiteral("1 BOOT"), QStringLiteral("2 PERIODIC"), QStringLiteral("4 VALUE CHANGE")}
        << QStringList{QString(), QString(), QString()} << 2u << utc(1970, 1, 1, 0, 1, 31) << 5u << 12;
    QTest::newRow("easycwmp bootstrap: pretty-printed, soap_env prefix")
        << QStringLiteral("easycwmp/Inform-bootstrap.xml") << QStringLiteral("easycwmp") << QStringLiteral("FFFFFF")
        << QStringLiteral("easycwmp") << QStringLiteral("FFFFFF123456")
        << QStringList{QStringLiteral("0 BOOTSTRAP"), QStringLiteral("1 BOOT")} << QStringList{QString(), QString()}
        << 1u << utc(2026, 11, 26, 10, 52, 50) << 0u << 11;
    QTest::newRow("easycwmp after reboot: M Reboot, 1 BOOT, 7 TRANSFER COMPLETE, M Download")
        << QStringLiteral("easycwmp/Inform-after-reboot.xml") << QStringLiteral("easycwmp")
        << QStringLiteral("FFFFFF") << QStringLiteral("easycwmp") << QStringLiteral("FFFFFF123456")
        << QStringList{QStringLiteral("M Reboot"), QStringLiteral("1 BOOT"), QStringLiteral("7 TRANSFER COMPLETE"),
                       QStringLiteral("M Download")}
        << QStringList{QStringLiteral("rb1"), QString(), QString(), QStringLiteral("dl1")} << 1u
        << utc(2026, 11, 26, 10, 53, 27) << 0u << 11;
}

void TestCaptures::readsInformIdentityEventsAndCounts()
{
    REQUIRE_SHARED_DIR();
    QFETCH(QString, file);
    QFETCH(QString, manufacturer);
    QFETCH(QString, oui);
    QFETCH(QString, productClass);
    QFETCH(QString, serialNumber);
    QFETCH(QStringList, events);
    QFETCH(QStringList, commandKeys);
    QFETCH(uint, maxEnvelopes);
    QFETCH(QDateTime, currentTime);
    QFETCH(uint, retryCount);
    QFETCH(int, parameterCount);

    const DecodeResult result = decodeCapture(file);
    QVERIFY2(result.ok(), qPrintable(describeError(result.error)));
    const Inform *inform = bodyAs<Inform>(result.envelope);
    QVERIFY2(inform, qPrintable(methodName(result.envelope.body)));
    QCOMPARE(inform->deviceId.manufacturer, manufacturer);
    QCOMPARE(inform->deviceId.oui, oui);
    QCOMPARE(inform->deviceId.productClass, productClass);
    QCOMPARE(inform->deviceId.serialNumber, serialNumber);
    QCOMPARE(eventCodes(*inform), events);
    QCOMPARE(::commandKeys(*inform), commandKeys);
    QCOMPARE(inform->maxEnvelopes, maxEnvelopes);
    QVERIFY(inform->currentTime.isValid());
    QCOMPARE(inform->currentTime, currentTime);
    QCOMPARE(inform->retryCount, retryCount);
    QCOMPARE(inform->parameterList.size(), parameterCount);
}

void TestCaptures::readsInformParameterValuesAndTypes_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::addColumn<cwmp::ValueType>("type");

    QTest::newRow("genieacs-sim software version")
        << QStringLiteral("genieacs-sim/Inform.xml") << QStringLiteral("InternetGatewayDevice.DeviceInfo.SoftwareVersion")
        << QStringLiteral("V100R001IRQC56B017") << ValueType::String;
    QTest::newRow("genieacs-sim self-closing empty value")
        << QStringLiteral("genieacs-sim/Inform.xml") << QStringLiteral("InternetGatewayDevice.DeviceInfo.ProvisioningCode")
        << QString() << ValueType::String;
    QTest::newRow("genieacs-sim last of the 7 parameters")
        << QStringLiteral("genieacs-sim/Inform.xml")
        << QStringLiteral("InternetGatewayDevice.WANDevice.1.WANConnectionDevice.1.WANIPConnection.1.ExternalIPAddress")
        << QStringLiteral("172.3.89.139") << ValueType::String;
    QTest::newRow("netcwmp connection request URL")
        << QStringLiteral("netcwmp/Inform.xml") << QStringLiteral("InternetGatewayDevice.ManagementServer.ConnectionRequestURL")
        << QStringLiteral("http://127.0.0.1:17561") << ValueType::String;
    QTest::newRow("netcwmp empty DeviceSummary")
        << QStringLiteral("netcwmp/Inform.xml") << QStringLiteral("InternetGatewayDevice.DeviceSummary") << QString()
        << ValueType::String;
    QTest::newRow("SpeedTouch DeviceSummary with brackets and commas")
        << QStringLiteral("speedtouch-780/Inform.xml") << QStringLiteral("InternetGatewayDevice.DeviceSummary")
        << QStringLiteral("InternetGatewayDevice:1.1[] (Baseline:1, EthernetLAN:1, ADSLWAN:1, Bridging:1, Time:1, WiFiLAN:1)")
        << ValueType::String;
    // The device reports an impossible date; the value is kept as sent, not rejected.
    QTest::newRow("SpeedTouch out-of-range dateTime kept as sent")
        << QStringLiteral("speedtouch-780/Inform.xml")
        << QStringLiteral("InternetGatewayDevice.DeviceInfo.VendorConfigFile.1.Date")
        << QStringLiteral("0000-00-00T00:00:00") << ValueType::DateTime;
    QTest::newRow("SpeedTouch path without root object")
        << QStringLiteral("speedtouch-780/Inform.xml") << QStringLiteral(".ExternalIPAddress")
        << QStringLiteral("192.168.1.254") << ValueType::String;
    QTest::newRow("easycwmp bootstrap empty ParameterKey")
        << QStringLiteral("easycwmp/Inform-bootstrap.xml")
        << QStringLiteral("InternetGatewayDevice.ManagementServer.ParameterKey") << QString() << ValueType::String;
    QTest::newRow("easycwmp after reboot ParameterKey k2")
        << QStringLiteral("easycwmp/Inform-after-reboot.xml")
        << QStringLiteral("InternetGatewayDevice.ManagementServer.ParameterKey") << QStringLiteral("k2")
        << ValueType::String;
    QTest::newRow("easycwmp connection request URL")
        << QStringLiteral("easycwmp/Inform-after-reboot.xml")
        << QStringLiteral("InternetGatewayDevice.ManagementServer.ConnectionRequestURL")
        << QStringLiteral("http://127.0.0.1:17571/") << ValueType::String;
}

void TestCaptures::readsInformParameterValuesAndTypes()
{
    REQUIRE_SHARED_DIR();
    QFETCH(QString, file);
    QFETCH(QString, name);
    QFETCH(QString, value);
    QFETCH(cwmp::ValueType, type);

    const DecodeResult result = decodeCapture(file);
    QVERIFY2(result.ok(), qPrintable(describeError(result.error)));
    const Inform *inform = bodyAs<Inform>(result.envelope);
    QVERIFY(inform);
    const ParameterValueStruct *parameter = findParameter(inform->parameterList, name);
    QVERIFY2(parameter, qPrintable(name));
    QCOMPARE(parameter->value, value);
    QCOMPARE(xsdName(parameter->type), xsdName(type));
    QVERIFY(parameter->type == type);
}

void TestCaptures::readsNetcwmpCurrentTimeWithoutZoneAsUtc()
{
    REQUIRE_SHARED_DIR();
    const DecodeResult result = decodeCapture(QStringLiteral("netcwmp/Inform.xml"));
    QVERIFY2(result.ok(), qPrintable(describeError(result.error)));
    const Inform *inform = bodyAs<Inform>(result.envelope);
    QVERIFY(inform);
    // "2026-11-26T10:49:36" with no zone: read as UTC, not as the test machine's local time.
    QCOMPARE(inform->currentTime.toUTC(), utc(2026, 11, 26, 10, 49, 36));
    QCOMPARE(inform->currentTime.toSecsSinceEpoch(), utc(2026, 11, 26, 10, 49, 36).toSecsSinceEpoch());
    // Every element carries xsi:type, DeviceId's is a cwmp struct type: the values still read.
    QCOMPARE(inform->parameterList.first().name, QStringLiteral("InternetGatewayDevice.DeviceSummary"));
    QCOMPARE(inform->parameterList.last().name,
             QStringLiteral("InternetGatewayDevice.WANDevice.1.WANConnectionDevice.1.WANIPConnection.1.ExternalIPAddress"));
    for (const ParameterValueStruct &parameter : inform->parameterList)
        QVERIFY2(parameter.type == ValueType::String, qPrintable(parameter.name));
}

void TestCaptures::keepsTheSevenGenieacsSimParametersAlthoughArrayTypeSaysSixteen()
{
    REQUIRE_SHARED_DIR();
    const DecodeResult result = decodeCapture(QStringLiteral("genieacs-sim/Inform.xml"));
    QVERIFY2(result.ok(), qPrintable(describeError(result.error)));
    const Inform *inform = bodyAs<Inform>(result.envelope);
    QVERIFY(inform);
    const QStringList expected = {
        QStringLiteral("InternetGatewayDevice.DeviceInfo.SpecVersion"),
        QStringLiteral("InternetGatewayDevice.DeviceInfo.HardwareVersion"),
        QStringLiteral("InternetGatewayDevice.DeviceInfo.SoftwareVersion"),
        QStringLiteral("InternetGatewayDevice.DeviceInfo.ProvisioningCode"),
        QStringLiteral("InternetGatewayDevice.ManagementServer.ParameterKey"),
        QStringLiteral("InternetGatewayDevice.ManagementServer.ConnectionRequestURL"),
        QStringLiteral("InternetGatewayDevice.WANDevice.1.WANConnectionDevice.1.WANIPConnection.1.ExternalIPAddress"),
    };
    QStringList names;
    for (const ParameterValueStruct &parameter : inform->parameterList)
        names.append(parameter.name);
    QCOMPARE(names, expected);
    QCOMPARE(inform->parameterList.at(0).value, QStringLiteral("1"));
    QCOMPARE(inform->parameterList.at(1).value, QStringLiteral("40501"));
    QCOMPARE(inform->events.size(), 1);
}

void TestCaptures::readsSpeedTouchFaultCodes()
{
    REQUIRE_SHARED_DIR();
    const DecodeResult result = decodeCapture(QStringLiteral("speedtouch-780/Fault.xml"));
    QVERIFY2(result.ok(), qPrintable(describeError(result.error)));
    QVERIFY(isFault(result.envelope.body));
    const SoapFault *fault = bodyAs<SoapFault>(result.envelope);
    QVERIFY(fault);
    QCOMPARE(fault->faultcode, QStringLiteral("Client"));
    QCOMPARE(fault->faultstring, QStringLiteral("CWMP fault"));
    QCOMPARE(fault->faultCode, 9001u);
    QCOMPARE(fault->faultString, QStringLiteral("Request Denied"));
    QVERIFY(fault->setParameterValuesFaults.isEmpty());
}

void TestCaptures::readsEasycwmpTransferCompleteWithFault9018()
{
    REQUIRE_SHARED_DIR();
    const DecodeResult result = decodeCapture(QStringLiteral("easycwmp/TransferComplete.xml"));
    QVERIFY2(result.ok(), qPrintable(describeError(result.error)));
    const TransferComplete *complete = bodyAs<TransferComplete>(result.envelope);
    QVERIFY(complete);
    QCOMPARE(complete->commandKey, QStringLiteral("dl1"));
    QCOMPARE(complete->fault.faultCode, 9018u);
    QCOMPARE(complete->fault.faultString, QStringLiteral("Download failure: file corrupted"));
    QCOMPARE(complete->startTime, utc(2026, 11, 26, 10, 53, 27));
    QCOMPARE(complete->completeTime, utc(2026, 11, 26, 10, 53, 27));
}

void TestCaptures::readsAllSpeedTouchParameterNames()
{
    REQUIRE_SHARED_DIR();
    const DecodeResult result = decodeCapture(QStringLiteral("speedtouch-780/GetParameterNamesResponse.xml"));
    QVERIFY2(result.ok(), qPrintable(describeError(result.error)));
    const GetParameterNamesResponse *response = bodyAs<GetParameterNamesResponse>(result.envelope);
    QVERIFY(response);
    const QList<ParameterInfoStruct> &list = response->parameterList;
    QCOMPARE(list.size(), 3343);
    QCOMPARE(list.first().name, QStringLiteral("InternetGatewayDevice.DeviceSummary"));
    QCOMPARE(list.first().writable, false);
    QCOMPARE(list.at(4).name, QStringLiteral("InternetGatewayDevice.LANDevice.1.WLANConfiguration.1.Enable"));
    QCOMPARE(list.at(4).writable, true);
    QCOMPARE(list.last().name,
             QStringLiteral("InternetGatewayDevice.Services.VoiceService.1.PhyInterface.3.Description"));
    QCOMPARE(list.last().writable, false);
    // Writable travels as 0/1 here; the file has 2,911 writable and 432 read-only entries.
    const auto writable = std::count_if(list.cbegin(), list.cend(), [](const ParameterInfoStruct &info) {
        return info.writable;
    });
    QCOMPARE(int(writable), 2911);
    for (const ParameterInfoStruct &info : list)
        QVERIFY2(info.name.startsWith(QLatin1String("InternetGatewayDevice.")), qPrintable(info.name));
}

void TestCaptures::readsGetRpcMethodsResponseMethodLists_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("inSession");
    QTest::addColumn<QStringList>("methods");

    QTest::newRow("SpeedTouch: arrayType string[09]")
        << QStringLiteral("speedtouch-780/GetRPCMethodsResponse.xml") << false
        << QStringList{QStringLiteral("GetRPCMethods"), QStringLiteral("GetParameterNames"),
                       QStringLiteral("GetParameterValues"), QStringLiteral("SetParameterValues"),
                       QStringLiteral("AddObject"), QStringLiteral("DeleteObject"), QStringLiteral("Download"),
                       QStringLiteral("Reboot"), QStringLiteral("FactoryReset")};
    QTest::newRow("easycwmp session 012: arrayType xsd:string[13]")
        << QStringLiteral("012-req.txt") << true
        << QStringList{QStringLiteral("GetRPCMethods"), QStringLiteral("SetParameterValues"),
                       QStringLiteral("GetParameterValues"), QStringLiteral("GetParameterNames"),
                       QStringLiteral("GetParameterAttributes"), QStringLiteral("SetParameterAttributes"),
                       QStringLiteral("AddObject"), QStringLiteral("DeleteObject"), QStringLiteral("Download"),
                       QStringLiteral("Upload"), QStringLiteral("Reboot"), QStringLiteral("FactoryReset"),
                       QStringLiteral("ScheduleInform")};
}

void TestCaptures::readsGetRpcMethodsResponseMethodLists()
{
    REQUIRE_SHARED_DIR();
    QFETCH(QString, file);
    QFETCH(bool, inSession);
    QFETCH(QStringList, methods);

    DecodeResult result;
    if (inSession) {
        const SessionDecode decoded = decodeSessionFile(file.toLatin1().constData());
        QVERIFY(decoded.result);
        result = *decoded.result;
    } else {
        result = decodeCapture(file);
    }
    QVERIFY2(result.ok(), qPrintable(describeError(result.error)));
    const GetRPCMethodsResponse *response = bodyAs<GetRPCMethodsResponse>(result.envelope);
    QVERIFY(response);
    QCOMPARE(response->methodList, methods);
}

void TestCaptures::coversEveryEasycwmpSessionFile()
{
    REQUIRE_SHARED_DIR();
    const QDir dir(testsupport::sharedFile(QStringLiteral("captures/easycwmp/session")));
    const QStringList found = dir.entryList(QDir::Files, QDir::Name);
    QStringList expected;
    for (const SessionStep &step : kSession)
        expected.append(QLatin1String(step.file));
    QCOMPARE(found, expected);
}

void TestCaptures::decodesEveryEasycwmpSessionBody_data()
{
    QTest::addColumn<int>("step");
    for (int i = 0; i < int(std::size(kSession)); ++i) {
        const SessionStep &step = kSession[i];
        const QByteArray name = QByteArray(step.file) + ": " + (*step.method ? step.method : "(empty body)");
        QTest::newRow(name.constData()) << i;
    }
}

void TestCaptures::decodesEveryEasycwmpSessionBody()
{
    REQUIRE_SHARED_DIR();
    QFETCH(int, step);
    const SessionStep &expected = kSession[step];

    const QByteArray raw = readCapture(sessionPath(expected.file));
    QVERIFY2(!raw.isEmpty(), expected.file);
    const SessionDecode decoded = decodeSessionFile(expected.file);
    const HttpMessage &http = decoded.http;

    if (QByteArray(expected.file).endsWith("-req.txt")) {
        // Requests carry their request line and headers.
        QVERIFY2(http.head.startsWith("POST / ") || http.head.startsWith("POST /\n") || http.head.startsWith("GET /"),
                 http.head.left(40).constData());
        if (http.head.startsWith("POST")) {
            QVERIFY(http.contentLength.has_value());
            QCOMPARE(http.body.size(), *http.contentLength);
            // Only line breaks lie between the head and the body Content-Length counts.
            QVERIFY2(http.skippedBeforeBody.trimmed().isEmpty(), http.skippedBeforeBody.left(40).constData());
        }
    }

    if (*expected.method == '\0') {
        QVERIFY2(!decoded.result, "an empty message was expected");
        return;
    }
    QVERIFY2(decoded.result, "the body is empty");
    const DecodeResult &result = *decoded.result;
    QVERIFY2(result.ok(), qPrintable(describeError(result.error)));
    QCOMPARE(methodName(result.envelope.body), QString::fromLatin1(expected.method));
    QVERIFY(result.envelope.header.id.has_value());
    const QString expectedNamespace = QByteArray(expected.file).endsWith("-req.txt")
        ? QStringLiteral("urn:dslforum-org:cwmp-1-2")   // easycwmp
        : QStringLiteral("urn:dslforum-org:cwmp-1-0");  // the ACS that answered it
    QCOMPARE(result.envelope.cwmpNamespace, expectedNamespace);
}

void TestCaptures::easycwmpSessionFollowsTheRecordedMethodSequence()
{
    REQUIRE_SHARED_DIR();
    const QDir dir(testsupport::sharedFile(QStringLiteral("captures/easycwmp/session")));
    QStringList sequence;
    const QStringList files = dir.entryList(QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const SessionDecode decoded = decodeSessionFile(file.toLatin1().constData());
        QString method = QStringLiteral("(empty)");
        if (decoded.result) {
            method = decoded.result->ok() ? methodName(decoded.result->envelope.body)
                                          : QStringLiteral("error ") + DecodeError::kindName(decoded.result->error.kind);
        }
        sequence.append(file.left(3) + QLatin1Char(' ') + method);
    }
    // kSession is the recorded order: every file, in name order, with what its body holds.
    QStringList expected;
    for (const SessionStep &step : kSession) {
        expected.append(QLatin1String(step.file).left(3) + QLatin1Char(' ')
                        + (*step.method ? QLatin1String(step.method) : QLatin1String("(empty)")));
    }
    QCOMPARE(sequence, expected);
}

void TestCaptures::readsEasycwmpSessionContent()
{
    REQUIRE_SHARED_DIR();
    const auto decode = [](const char *file) -> DecodeResult {
        const SessionDecode decoded = decodeSessionFile(file);
        return decoded.result.value_or(DecodeResult{});
    };

    {   // 002-resp: the ACS asks for the next level below the root.
        const DecodeResult r = decode("002-resp.txt");
        QVERIFY2(r.ok(), qPrintable(describeError(r.error)));
        const GetParameterNames *m = bodyAs<GetParameterNames>(r.envelope);
        QVERIFY(m);
        QCOMPARE(m->parameterPath, QStringLiteral("InternetGatewayDevice."));
        QCOMPARE(m->nextLevel, true);
        QCOMPARE(headerId(r.envelope.header.id), QStringLiteral("acs-2"));
    }
    {   // 003-req: five objects, Writable as 0.
        const DecodeResult r = decode("003-req.txt");
        QVERIFY2(r.ok(), qPrintable(describeError(r.error)));
        const GetParameterNamesResponse *m = bodyAs<GetParameterNamesResponse>(r.envelope);
        QVERIFY(m);
        QCOMPARE(m->parameterList.size(), 5);
        QCOMPARE(m->parameterList.first().name, QStringLiteral("InternetGatewayDevice.DeviceInfo."));
        QCOMPARE(m->parameterList.last().name, QStringLiteral("InternetGatewayDevice.WANDevice."));
        QCOMPARE(headerId(r.envelope.header.id), QStringLiteral("acs-2"));
    }
    {   // 004-req: 55 names, Writable as 0/1.
        const DecodeResult r = decode("004-req.txt");
        QVERIFY2(r.ok(), qPrintable(describeError(r.error)));
        const GetParameterNamesResponse *m = bodyAs<GetParameterNamesResponse>(r.envelope);
        QVERIFY(m);
        QCOMPARE(m->parameterList.size(), 55);
        QCOMPARE(m->parameterList.at(0).name, QStringLiteral("InternetGatewayDevice."));
        QCOMPARE(m->parameterList.at(2).name, QStringLiteral("InternetGatewayDevice.DeviceInfo.SpecVersion"));
        QCOMPARE(m->parameterList.at(2).writable, false);
        QCOMPARE(m->parameterList.at(3).name, QStringLiteral("InternetGatewayDevice.DeviceInfo.ProvisioningCode"));
        QCOMPARE(m->parameterList.at(3).writable, true);
        const auto writable = std::count_if(m->parameterList.cbegin(), m->parameterList.cend(),
                                            [](const ParameterInfoStruct &info) { return info.writable; });
        QCOMPARE(int(writable), 18);
    }
    {   // 005-req: 38 values with string, unsignedInt, boolean and dateTime types.
        const DecodeResult r = decode("005-req.txt");
        QVERIFY2(r.ok(), qPrintable(describeError(r.error)));
        const GetParameterValuesResponse *m = bodyAs<GetParameterValuesResponse>(r.envelope);
        QVERIFY(m);
        QCOMPARE(m->parameterList.size(), 38);
        const ParameterValueStruct *upTime =
            findParameter(m->parameterList, QStringLiteral("InternetGatewayDevice.DeviceInfo.UpTime"));
        QVERIFY(upTime);
        QCOMPARE(upTime->value, QStringLiteral("905"));
        QVERIFY(upTime->type == ValueType::UnsignedInt);
        const ParameterValueStruct *periodic =
            findParameter(m->parameterList, QStringLiteral("InternetGatewayDevice.ManagementServer.PeriodicInformEnable"));
        QVERIFY(periodic);
        QCOMPARE(periodic->value, QStringLiteral("1"));
        QVERIFY(periodic->type == ValueType::Boolean);
        const ParameterValueStruct *informTime =
            findParameter(m->parameterList, QStringLiteral("InternetGatewayDevice.ManagementServer.PeriodicInformTime"));
        QVERIFY(informTime);
        QCOMPARE(informTime->value, QStringLiteral("0001-01-01T00:00:00Z"));
        QVERIFY(informTime->type == ValueType::DateTime);
        // easycwmp reports an unset boolean as an empty value: kept, not refused.
        const ParameterValueStruct *pppEnable = findParameter(
            m->parameterList,
            QStringLiteral("InternetGatewayDevice.WANDevice.1.WANConnectionDevice.2.WANPPPConnection.1.Enable"));
        QVERIFY(pppEnable);
        QCOMPARE(pppEnable->value, QString());
        QVERIFY(pppEnable->type == ValueType::Boolean);
    }
    {   // 005-resp: the ACS sets the periodic inform interval.
        const DecodeResult r = decode("005-resp.txt");
        QVERIFY2(r.ok(), qPrintable(describeError(r.error)));
        const SetParameterValues *m = bodyAs<SetParameterValues>(r.envelope);
        QVERIFY(m);
        QCOMPARE(m->parameterList.size(), 1);
        QCOMPARE(m->parameterList.first().name,
                 QStringLiteral("InternetGatewayDevice.ManagementServer.PeriodicInformInterval"));
        QCOMPARE(m->parameterList.first().value, QStringLiteral("600"));
        QVERIFY(m->parameterList.first().type == ValueType::UnsignedInt);
        QCOMPARE(m->parameterKey, QStringLiteral("k1"));
    }
    {   // 006-req: status 1, applied after a reboot.
        const DecodeResult r = decode("006-req.txt");
        QVERIFY2(r.ok(), qPrintable(describeError(r.error)));
        const SetParameterValuesResponse *m = bodyAs<SetParameterValuesResponse>(r.envelope);
        QVERIFY(m);
        QCOMPARE(m->status, 1);
    }
    {   // 007-req: 9003 with a SetParameterValuesFault 9008 for the read-only parameter.
        const DecodeResult r = decode("007-req.txt");
        QVERIFY2(r.ok(), qPrintable(describeError(r.error)));
        const SoapFault *m = bodyAs<SoapFault>(r.envelope);
        QVERIFY(m);
        QCOMPARE(m->faultcode, QStringLiteral("Client"));
        QCOMPARE(m->faultCode, 9003u);
        QCOMPARE(m->faultString, QStringLiteral("Invalid arguments"));
        QCOMPARE(m->setParameterValuesFaults.size(), 1);
        QCOMPARE(m->setParameterValuesFaults.first().parameterName,
                 QStringLiteral("InternetGatewayDevice.DeviceInfo.Manufacturer"));
        QCOMPARE(m->setParameterValuesFaults.first().faultCode, 9008u);
        QCOMPARE(m->setParameterValuesFaults.first().faultString,
                 QStringLiteral("Attempt to set a non-writable parameter"));
        QCOMPARE(headerId(r.envelope.header.id), QStringLiteral("acs-6"));
    }
    {   // 008-req: 9005 for an unknown name.
        const DecodeResult r = decode("008-req.txt");
        QVERIFY2(r.ok(), qPrintable(describeError(r.error)));
        const SoapFault *m = bodyAs<SoapFault>(r.envelope);
        QVERIFY(m);
        QCOMPARE(m->faultCode, 9005u);
        QCOMPARE(m->faultString, QStringLiteral("Invalid parameter name"));
        QVERIFY(m->setParameterValuesFaults.isEmpty());
    }
    {   // 009-req: one attribute with an empty AccessList.
        const DecodeResult r = decode("009-req.txt");
        QVERIFY2(r.ok(), qPrintable(describeError(r.error)));
        const GetParameterAttributesResponse *m = bodyAs<GetParameterAttributesResponse>(r.envelope);
        QVERIFY(m);
        QCOMPARE(m->parameterList.size(), 1);
        QCOMPARE(m->parameterList.first().name, QStringLiteral("InternetGatewayDevice.DeviceInfo.SoftwareVersion"));
        QCOMPARE(m->parameterList.first().notification, 0);
        QVERIFY(m->parameterList.first().accessList.isEmpty());
    }
    {   // 009-resp: SetParameterAttributes with booleans as 0/1 and an empty AccessList.
        const DecodeResult r = decode("009-resp.txt");
        QVERIFY2(r.ok(), qPrintable(describeError(r.error)));
        const SetParameterAttributes *m = bodyAs<SetParameterAttributes>(r.envelope);
        QVERIFY(m);
        QCOMPARE(m->parameterList.size(), 1);
        QCOMPARE(m->parameterList.first().notificationChange, true);
        QCOMPARE(m->parameterList.first().notification, 2);
        QCOMPARE(m->parameterList.first().accessListChange, false);
        QVERIFY(m->parameterList.first().accessList.isEmpty());
    }
    {   // 011-req: the new WLANConfiguration instance 1, status 1.
        const DecodeResult r = decode("011-req.txt");
        QVERIFY2(r.ok(), qPrintable(describeError(r.error)));
        const AddObjectResponse *m = bodyAs<AddObjectResponse>(r.envelope);
        QVERIFY(m);
        QCOMPARE(m->instanceNumber, 1u);
        QCOMPARE(m->status, 1);
    }
    {   // 012-resp: the Download the ACS sent.
        const DecodeResult r = decode("012-resp.txt");
        QVERIFY2(r.ok(), qPrintable(describeError(r.error)));
        const Download *m = bodyAs<Download>(r.envelope);
        QVERIFY(m);
        QCOMPARE(m->commandKey, QStringLiteral("dl1"));
        QCOMPARE(m->fileType, QStringLiteral("3 Vendor Configuration File"));
        QCOMPARE(m->url, QStringLiteral("http://127.0.0.1:17570/fw.bin"));
        QCOMPARE(m->fileSize, 1024u);
        QCOMPARE(m->delaySeconds, 0u);
    }
    {   // 013-req: transfer pending, times are the Unknown Time.
        const DecodeResult r = decode("013-req.txt");
        QVERIFY2(r.ok(), qPrintable(describeError(r.error)));
        const DownloadResponse *m = bodyAs<DownloadResponse>(r.envelope);
        QVERIFY(m);
        QCOMPARE(m->status, 1);
        QCOMPARE(m->startTime, unknownTime());
        QCOMPARE(m->completeTime, unknownTime());
    }
    {   // 013-resp: Reboot with its command key, echoed later as "M Reboot".
        const DecodeResult r = decode("013-resp.txt");
        QVERIFY2(r.ok(), qPrintable(describeError(r.error)));
        const Reboot *m = bodyAs<Reboot>(r.envelope);
        QVERIFY(m);
        QCOMPARE(m->commandKey, QStringLiteral("rb1"));
    }
    {   // 016-req: the Inform after the reboot is byte for byte Inform-after-reboot.xml.
        const DecodeResult inSession = decode("016-req.txt");
        const DecodeResult alone = decodeCapture(QStringLiteral("easycwmp/Inform-after-reboot.xml"));
        QVERIFY2(inSession.ok(), qPrintable(describeError(inSession.error)));
        QVERIFY(inSession.envelope == alone.envelope);
    }
    {   // 017-req: TransferComplete in the second session, fault 9018.
        const DecodeResult r = decode("017-req.txt");
        QVERIFY2(r.ok(), qPrintable(describeError(r.error)));
        const TransferComplete *m = bodyAs<TransferComplete>(r.envelope);
        QVERIFY(m);
        QCOMPARE(m->commandKey, QStringLiteral("dl1"));
        QCOMPARE(m->fault.faultCode, 9018u);
    }
}

QTEST_GUILESS_MAIN(TestCaptures)
#include "tst_captures.moc"
