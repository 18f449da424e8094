// What a peer may send that is hostile, broken or merely unusual. Every refusal is a typed
// DecodeError with a reason and the fault the receiver answers with; nothing crashes, loops
// or expands entities. What real devices send (odd prefixes, old namespaces, a BOM, Latin-1)
// still decodes.

#include <cwmp/envelopecodec.h>

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace cwmp;

Q_DECLARE_METATYPE(cwmp::DecodeError::Kind)
Q_DECLARE_METATYPE(cwmp::DecodeLimits)
Q_DECLARE_METATYPE(cwmp::ValueType)

namespace {

// The parts of an Inform that the leniency rows vary; the defaults give a plain CWMP 1.2
// Inform with two parameters.
struct InformText {
    QByteArray declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    QByteArray envPrefix = "soap-env"; // empty: SOAP envelope as the default namespace
    QByteArray cwmpNamespace = "urn:dslforum-org:cwmp-1-2";
    QByteArray xsdNamespace = "http://www.w3.org/2001/XMLSchema";
    QByteArray xsiNamespace = "http://www.w3.org/2001/XMLSchema-instance";
    QByteArray header = "<cwmp:ID %ENV%mustUnderstand=\"1\">inform-1</cwmp:ID>";
    QByteArray eventArrayType = "cwmp:EventStruct[1]";
    QByteArray parameterArrayType = "cwmp:ParameterValueStruct[2]";
    QByteArray maxEnvelopes = "1";
    QByteArray firstValue = "<Value xsi:type=\"xsd:string\">V1.0</Value>";
    QByteArray extraParameters;
};

QByteArray informXml(const InformText &t)
{
    const QByteArray env = t.envPrefix.isEmpty() ? QByteArray() : t.envPrefix + ':';
    const QByteArray envNs = t.envPrefix.isEmpty() ? QByteArray("xmlns") : "xmlns:" + t.envPrefix;
    QByteArray header = t.header;
    header.replace("%ENV%", env);
    QByteArray xml = t.declaration;
    xml += '<' + env + "Envelope " + envNs + "=\"http://schemas.xmlsoap.org/soap/envelope/\""
           " xmlns:soap-enc=\"http://schemas.xmlsoap.org/soap/encoding/\""
           " xmlns:xsd=\"" + t.xsdNamespace + "\" xmlns:xsi=\"" + t.xsiNamespace + "\""
           " xmlns:cwmp=\"" + t.cwmpNamespace + "\">";
    xml += '<' + env + "Header>" + header + "</" + env + "Header>";
    xml += '<' + env + "Body><cwmp:Inform>"
           "<DeviceId><Manufacturer>Acme</Manufacturer><OUI>00D09E</OUI>"
           "<ProductClass>Lab Gateway</ProductClass><SerialNumber>SN-0001</SerialNumber></DeviceId>"
           "<Event soap-enc:arrayType=\"" + t.eventArrayType + "\">"
           "<EventStruct><EventCode>1 BOOT</EventCode><CommandKey></CommandKey></EventStruct></Event>"
           "<MaxEnvelopes>" + t.maxEnvelopes + "</MaxEnvelopes>"
           "<CurrentTime>2024-03-01T12:00:00Z</CurrentTime><RetryCount>0</RetryCount>"
           "<ParameterList soap-enc:arrayType=\"" + t.parameterArrayType + "\">"
           "<ParameterValueStruct><Name>Device.DeviceInfo.SoftwareVersion</Name>" + t.firstValue +
           "</ParameterValueStruct>"
           "<ParameterValueStruct><Name>Device.DeviceInfo.UpTime</Name>"
           "<Value xsi:type=\"xsd:unsignedInt\">3600</Value></ParameterValueStruct>" +
           t.extraParameters +
           "</ParameterList></cwmp:Inform></" + env + "Body></" + env + "Envelope>";
    return xml;
}

QByteArray plainInform()
{
    return informXml(InformText());
}

// An envelope with the usual prefixes around the given header elements and body content.
QByteArray envelope(const QByteArray &body, const QByteArray &header = "<cwmp:ID soap-env:mustUnderstand=\"1\">h-1</cwmp:ID>")
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
           "<soap-env:Envelope xmlns:soap-env=\"http://schemas.xmlsoap.org/soap/envelope/\""
           " xmlns:soap-enc=\"http://schemas.xmlsoap.org/soap/encoding/\""
           " xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\""
           " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
           " xmlns:cwmp=\"urn:dslforum-org:cwmp-1-2\">"
           "<soap-env:Header>" + header + "</soap-env:Header>"
           "<soap-env:Body>" + body + "</soap-env:Body></soap-env:Envelope>";
}

QByteArray nested(const QByteArray &name, int depth, bool closed = true)
{
    QByteArray open = '<' + name + '>';
    QByteArray close = "</" + name + '>';
    return open.repeated(depth) + (closed ? close.repeated(depth) : QByteArray());
}

// Ten levels of entities, each ten times the one before: 10^9 "lol" if expanded.
QByteArray entityBomb()
{
    QByteArray dtd = "<!DOCTYPE soap-env:Envelope [\n<!ENTITY lol0 \"lol\">\n";
    for (int level = 1; level <= 9; ++level) {
        QByteArray refs;
        for (int i = 0; i < 10; ++i)
            refs += "&lol" + QByteArray::number(level - 1) + ';';
        dtd += "<!ENTITY lol" + QByteArray::number(level) + " \"" + refs + "\">\n";
    }
    dtd += "]>\n";
    InformText t;
    t.declaration += dtd;
    t.firstValue = "<Value xsi:type=\"xsd:string\">&lol9;</Value>";
    return informXml(t);
}

QByteArray externalEntity()
{
    InformText t;
    t.declaration += "<!DOCTYPE soap-env:Envelope [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n";
    t.firstValue = "<Value xsi:type=\"xsd:string\">&xxe;</Value>";
    return informXml(t);
}

QString describeError(const DecodeError &error)
{
    return QStringLiteral("%1 at %2:%3 (method \"%4\"): %5")
        .arg(DecodeError::kindName(error.kind))
        .arg(error.line)
        .arg(error.column)
        .arg(error.method, error.reason);
}

// The fault each refusal maps to: 8000 unknown method, 8003 bad arguments (a header the
// receiver must but cannot understand counts as one), 8004 limits, 8002 otherwise; the
// CPE's are the same plus 1000.
int expectedAcsFault(DecodeError::Kind kind)
{
    switch (kind) {
    case DecodeError::UnknownMethod:
        return 8000;
    case DecodeError::InvalidArgument:
    case DecodeError::MustUnderstand:
        return 8003;
    case DecodeError::TooLarge:
    case DecodeError::TooDeep:
    case DecodeError::TooManyElements:
        return 8004;
    default:
        return 8002;
    }
}

constexpr int kLastKind = DecodeError::MustUnderstand;

// What every refusal must carry, whatever its kind.
void verifyTypedRefusal(const DecodeResult &result, const QByteArray &input)
{
    QVERIFY2(!result.ok(), input.left(200).toPercentEncoding().constData());
    QVERIFY(result.error.isError());
    QVERIFY2(int(result.error.kind) > int(DecodeError::None) && int(result.error.kind) <= kLastKind,
             qPrintable(QString::number(int(result.error.kind))));
    QVERIFY2(!result.error.reason.trimmed().isEmpty(), qPrintable(DecodeError::kindName(result.error.kind)));
    QVERIFY(!DecodeError::kindName(result.error.kind).isEmpty());
    QVERIFY2(result.error.acsFaultCode() >= 8000 && result.error.acsFaultCode() <= 8999,
             qPrintable(describeError(result.error)));
    QVERIFY2(result.error.cpeFaultCode() >= 9000 && result.error.cpeFaultCode() <= 9999,
             qPrintable(describeError(result.error)));
}

QByteArray largeInform(int parameters)
{
    QByteArray extra;
    for (int i = 0; i < parameters; ++i) {
        extra += "<ParameterValueStruct><Name>Device.X_Test.Item." + QByteArray::number(i) +
                 "</Name><Value xsi:type=\"xsd:string\">v</Value></ParameterValueStruct>";
    }
    InformText t;
    t.extraParameters = extra;
    return informXml(t);
}

} // namespace

class TestHostileInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusesWithTheRightKind_data();
    void refusesWithTheRightKind();
    void refusesA100MegabyteBodyBeforeParsingIt();
    void neverRevealsAnExternalEntity();
    void namesAnUnknownCwmpMethodAndKeepsTheHeaderId();
    void badArgumentsMapToInvalidArgumentFaults_data();
    void badArgumentsMapToInvalidArgumentFaults();
    void truncatedInformIsMalformed_data();
    void truncatedInformIsMalformed();
    void garbageGivesATypedError_data();
    void garbageGivesATypedError();
    void mutatedInformsNeverCrash();

    void acceptsWhatDevicesSend_data();
    void acceptsWhatDevicesSend();
    void readsLatin1DeclaredEncoding();
    void readsNoMoreRequestsHeader();
    void stripsThePrefixFromTheSoapFaultcode();
};

void TestHostileInput::refusesWithTheRightKind_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<cwmp::DecodeLimits>("limits");
    QTest::addColumn<cwmp::DecodeError::Kind>("kind");

    const DecodeLimits defaults;
    const QByteArray inform = plainInform();

    QTest::newRow("billion laughs entity bomb") << entityBomb() << defaults << DecodeError::DtdForbidden;
    QTest::newRow("external entity SYSTEM file:///etc/passwd") << externalEntity() << defaults << DecodeError::DtdForbidden;
    QTest::newRow("DOCTYPE without an internal subset")
        << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE soap-env:Envelope>") + inform.mid(inform.indexOf('\n') + 1)
        << defaults << DecodeError::DtdForbidden;
    QTest::newRow("undeclared entity reference")
        << informXml([] { InformText t; t.firstValue = "<Value>&nbsp;</Value>"; return t; }())
        << defaults << DecodeError::MalformedXml;

    QTest::newRow("10,000-deep nesting inside the RPC")
        << envelope("<cwmp:GetParameterNamesResponse>" + nested("ParameterList", 10'000) + "</cwmp:GetParameterNamesResponse>")
        << defaults << DecodeError::TooDeep;
    QTest::newRow("10,000-deep nesting inside the Header")
        << envelope("<cwmp:InformResponse><MaxEnvelopes>1</MaxEnvelopes></cwmp:InformResponse>",
                    "<cwmp:ID soap-env:mustUnderstand=\"1\">h-1</cwmp:ID>" + nested("cwmp:Deep", 10'000))
        << defaults << DecodeError::TooDeep;
    QTest::newRow("10,000 unclosed elements inside the RPC")
        << envelope("").replace("<soap-env:Body></soap-env:Body></soap-env:Envelope>",
                                "<soap-env:Body><cwmp:Inform>" + nested("x", 10'000, false))
        << defaults << DecodeError::TooDeep;
    QTest::newRow("depth over a small custom maxDepth")
        << inform << DecodeLimits{.maxDepth = 4} << DecodeError::TooDeep;
    QTest::newRow("more elements than a small custom maxElements")
        << largeInform(100) << DecodeLimits{.maxElements = 50} << DecodeError::TooManyElements;
    QTest::newRow("more elements than the default maxElements in 8 MB")
        << envelope("<cwmp:GetParameterValues><ParameterNames>" + QByteArray("<a/>").repeated(2'000'001) +
                    "</ParameterNames></cwmp:GetParameterValues>")
        << defaults << DecodeError::TooManyElements;
    QTest::newRow("one byte over a custom maxBytes")
        << inform << DecodeLimits{.maxBytes = inform.size() - 1} << DecodeError::TooLarge;

    QTest::newRow("invalid UTF-8: lone continuation byte")
        << informXml([] { InformText t; t.firstValue = "<Value>V1\x80" "0</Value>"; return t; }())
        << defaults << DecodeError::InvalidEncoding;
    QTest::newRow("invalid UTF-8: 0xFF 0xFE")
        << informXml([] { InformText t; t.firstValue = "<Value>V1\xff\xfe</Value>"; return t; }())
        << defaults << DecodeError::InvalidEncoding;
    QTest::newRow("invalid UTF-8: overlong slash")
        << informXml([] { InformText t; t.firstValue = "<Value>a\xc0\xaf" "b</Value>"; return t; }())
        << defaults << DecodeError::InvalidEncoding;
    QTest::newRow("invalid UTF-8: sequence cut by a tag")
        << informXml([] { InformText t; t.firstValue = "<Value>caf\xc3</Value>"; return t; }())
        << defaults << DecodeError::InvalidEncoding;
    QTest::newRow("invalid UTF-8: encoded surrogate")
        << informXml([] { InformText t; t.firstValue = "<Value>\xed\xa0\x80</Value>"; return t; }())
        << defaults << DecodeError::InvalidEncoding;

    QTest::newRow("invalid UTF-8 in the header ID")
        << envelope("<cwmp:GetRPCMethods/>", "<cwmp:ID>id\xc3</cwmp:ID>") << defaults << DecodeError::InvalidEncoding;

    QTest::newRow("two Body elements")
        << QByteArray(envelope("<cwmp:GetRPCMethods/>"))
               .replace("</soap-env:Body>", "</soap-env:Body><soap-env:Body><cwmp:GetRPCMethods/></soap-env:Body>")
        << defaults << DecodeError::MultipleBodies;
    QTest::newRow("two RPC elements in one Body")
        << envelope("<cwmp:GetRPCMethods/><cwmp:Reboot><CommandKey>k</CommandKey></cwmp:Reboot>")
        << defaults << DecodeError::MultipleBodies;

    QTest::newRow("unknown RPC in the cwmp namespace")
        << envelope("<cwmp:FooBar/>") << defaults << DecodeError::UnknownMethod;
    QTest::newRow("unknown RPC with arguments")
        << envelope("<cwmp:FooBar><Arg>1</Arg></cwmp:FooBar>") << defaults << DecodeError::UnknownMethod;
    QTest::newRow("RPC in a foreign namespace")
        << envelope("<m:Inform xmlns:m=\"http://example.com/not-cwmp\"/>") << defaults << DecodeError::UnknownNamespace;
    QTest::newRow("RPC in no namespace")
        << envelope("<GetRPCMethods/>") << defaults << DecodeError::UnknownNamespace;

    QTest::newRow("root is not an Envelope") << QByteArray("<?xml version=\"1.0\"?><html><body>hi</body></html>")
                                             << defaults << DecodeError::NotAnEnvelope;
    QTest::newRow("Envelope in the SOAP 1.2 namespace")
        << QByteArray("<e:Envelope xmlns:e=\"http://www.w3.org/2003/05/soap-envelope\" "
                      "xmlns:cwmp=\"urn:dslforum-org:cwmp-1-2\"><e:Body><cwmp:GetRPCMethods/></e:Body></e:Envelope>")
        << defaults << DecodeError::NotAnEnvelope;
    QTest::newRow("Envelope without namespace")
        << QByteArray("<Envelope><Body/></Envelope>") << defaults << DecodeError::NotAnEnvelope;

    QTest::newRow("Body missing")
        << QByteArray(envelope("")).replace("<soap-env:Body></soap-env:Body>", "")
        << defaults << DecodeError::MissingBody;
    QTest::newRow("Body without an RPC") << envelope("") << defaults << DecodeError::MissingBody;
    QTest::newRow("Body with only whitespace and a comment")
        << envelope("\n  <!-- nothing -->\n") << defaults << DecodeError::MissingBody;

    QTest::newRow("empty input") << QByteArray() << defaults << DecodeError::EmptyMessage;
    // An empty POST that carries a stray line break (easycwmp's session capture has one).
    QTest::newRow("only whitespace") << QByteArray("\r\n \n") << defaults << DecodeError::EmptyMessage;

    QTest::newRow("unknown header with mustUnderstand=1")
        << envelope("<cwmp:GetRPCMethods/>",
                    "<cwmp:ID soap-env:mustUnderstand=\"1\">h-1</cwmp:ID>"
                    "<x:Billing xmlns:x=\"urn:example:billing\" soap-env:mustUnderstand=\"1\">42</x:Billing>")
        << defaults << DecodeError::MustUnderstand;

    QTest::newRow("only an XML declaration") << QByteArray("<?xml version=\"1.0\"?>") << defaults
                                             << DecodeError::MalformedXml;
    QTest::newRow("text instead of XML") << QByteArray("hello, ACS") << defaults << DecodeError::MalformedXml;
    QTest::newRow("mismatched end tag")
        << QByteArray(envelope("<cwmp:GetRPCMethods/>")).replace("</soap-env:Body>", "</soap-env:Bdy>")
        << defaults << DecodeError::MalformedXml;
    QTest::newRow("garbage after the Envelope")
        << envelope("<cwmp:GetRPCMethods/>") + "garbage" << defaults << DecodeError::MalformedXml;
    QTest::newRow("DOCTYPE after the Envelope")
        << envelope("<cwmp:GetRPCMethods/>") + "<!DOCTYPE x [<!ENTITY e \"e\">]>" << defaults
        << DecodeError::DtdForbidden;
    QTest::newRow("undeclared prefix")
        << envelope("<undeclared:GetRPCMethods/>") << defaults << DecodeError::MalformedXml;
}

void TestHostileInput::refusesWithTheRightKind()
{
    QFETCH(QByteArray, xml);
    QFETCH(cwmp::DecodeLimits, limits);
    QFETCH(cwmp::DecodeError::Kind, kind);

    const DecodeResult result = decodeEnvelope(xml, limits);
    verifyTypedRefusal(result, xml);
    QCOMPARE(DecodeError::kindName(result.error.kind), DecodeError::kindName(kind));
    QCOMPARE(result.error.acsFaultCode(), expectedAcsFault(kind));
    QCOMPARE(result.error.cpeFaultCode(), expectedAcsFault(kind) + 1000);
}

void TestHostileInput::refusesA100MegabyteBodyBeforeParsingIt()
{
    // A valid envelope start, then 100 MB of text in one Value: the size check comes first,
    // so the reader never walks the text.
    const QByteArray head = envelope("<cwmp:SetParameterValues><ParameterList soap-enc:arrayType=\"cwmp:ParameterValueStruct[1]\">"
                                     "<ParameterValueStruct><Name>Device.X.Blob</Name><Value xsi:type=\"xsd:string\">");
    const QByteArray prefix = head.left(head.indexOf("</soap-env:Body>"));
    const QByteArray suffix = "</Value></ParameterValueStruct></ParameterList><ParameterKey/></cwmp:SetParameterValues>"
                              "</soap-env:Body></soap-env:Envelope>";
    constexpr qsizetype kPadding = 100 * 1024 * 1024;
    QByteArray xml;
    xml.reserve(prefix.size() + kPadding + suffix.size());
    xml += prefix;
    xml.append(kPadding, 'A');
    xml += suffix;

    const DecodeResult result = decodeEnvelope(xml);
    verifyTypedRefusal(result, QByteArray("100 MB SetParameterValues"));
    QCOMPARE(DecodeError::kindName(result.error.kind), DecodeError::kindName(DecodeError::TooLarge));
    QCOMPARE(result.error.acsFaultCode(), 8004);
    QCOMPARE(result.error.cpeFaultCode(), 9004);
}

void TestHostileInput::neverRevealsAnExternalEntity()
{
    QByteArray secret = "root:x:0:0";
    QFile passwd(QStringLiteral("/etc/passwd"));
    if (passwd.open(QIODevice::ReadOnly)) {
        const QByteArray firstLine = passwd.readLine().trimmed();
        if (!firstLine.isEmpty())
            secret = firstLine;
    }

    const DecodeResult result = decodeEnvelope(externalEntity());
    QCOMPARE(DecodeError::kindName(result.error.kind), DecodeError::kindName(DecodeError::DtdForbidden));
    QVERIFY(!result.error.reason.contains(QString::fromUtf8(secret)));
    QVERIFY(!result.error.method.contains(QString::fromUtf8(secret)));
    if (const Inform *inform = bodyAs<Inform>(result.envelope)) {
        for (const ParameterValueStruct &parameter : inform->parameterList)
            QVERIFY(!parameter.value.contains(QString::fromUtf8(secret)));
    }
    // Even if the envelope were re-encoded for a log, the file is not in it.
    QVERIFY(!encodeEnvelope(result.envelope).contains(secret));
}

void TestHostileInput::namesAnUnknownCwmpMethodAndKeepsTheHeaderId()
{
    const DecodeResult result =
        decodeEnvelope(envelope("<cwmp:FooBar/>", "<cwmp:ID soap-env:mustUnderstand=\"1\">req-77</cwmp:ID>"));
    QCOMPARE(DecodeError::kindName(result.error.kind), DecodeError::kindName(DecodeError::UnknownMethod));
    QCOMPARE(result.error.method, QStringLiteral("FooBar"));
    QCOMPARE(result.error.acsFaultCode(), 8000);
    QCOMPARE(result.error.cpeFaultCode(), 9000);
    QVERIFY(!result.error.reason.isEmpty());
    // The receiver answers with a fault that carries the request's ID and namespace.
    QCOMPARE(result.envelope.header.id.value_or(QStringLiteral("<none>")), QStringLiteral("req-77"));
    QCOMPARE(result.envelope.cwmpNamespace, QStringLiteral("urn:dslforum-org:cwmp-1-2"));
}

void TestHostileInput::badArgumentsMapToInvalidArgumentFaults_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("method");

    QTest::newRow("NextLevel maybe")
        << envelope("<cwmp:GetParameterNames><ParameterPath>Device.</ParameterPath>"
                    "<NextLevel>maybe</NextLevel></cwmp:GetParameterNames>")
        << QStringLiteral("GetParameterNames");
    QTest::newRow("non-numeric MaxEnvelopes in Inform")
        << informXml([] { InformText t; t.maxEnvelopes = "many"; return t; }()) << QStringLiteral("Inform");
    QTest::newRow("non-numeric MaxEnvelopes in InformResponse")
        << envelope("<cwmp:InformResponse><MaxEnvelopes>one</MaxEnvelopes></cwmp:InformResponse>")
        << QStringLiteral("InformResponse");
    QTest::newRow("negative unsigned InstanceNumber")
        << envelope("<cwmp:AddObjectResponse><InstanceNumber>-1</InstanceNumber><Status>0</Status></cwmp:AddObjectResponse>")
        << QStringLiteral("AddObjectResponse");
    QTest::newRow("FaultCode past unsignedInt")
        << envelope("<cwmp:TransferComplete><CommandKey>k</CommandKey><FaultStruct><FaultCode>99999999999</FaultCode>"
                    "<FaultString/></FaultStruct><StartTime>2024-03-01T12:00:00Z</StartTime>"
                    "<CompleteTime>2024-03-01T12:00:01Z</CompleteTime></cwmp:TransferComplete>")
        << QStringLiteral("TransferComplete");
    QTest::newRow("CurrentTime that is not a dateTime")
        << QByteArray(plainInform()).replace("2024-03-01T12:00:00Z", "yesterday") << QStringLiteral("Inform");
}

void TestHostileInput::badArgumentsMapToInvalidArgumentFaults()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, method);

    const DecodeResult result = decodeEnvelope(xml);
    verifyTypedRefusal(result, xml);
    QVERIFY2(result.error.kind == DecodeError::InvalidArgument, qPrintable(describeError(result.error)));
    QCOMPARE(result.error.acsFaultCode(), 8003);
    QCOMPARE(result.error.cpeFaultCode(), 9003);
    QCOMPARE(result.error.method, method);
    QVERIFY(result.envelope.header.id.has_value());
}

void TestHostileInput::truncatedInformIsMalformed_data()
{
    QTest::addColumn<int>("length");
    const int size = int(plainInform().size());
    const QList<int> cuts = {5, 30, size / 8, size / 4, size / 3, size / 2, (2 * size) / 3, (3 * size) / 4, size - 40,
                             size - 1};
    for (int cut : cuts)
        QTest::addRow("cut to %d of %d bytes", cut, size) << cut;
}

void TestHostileInput::truncatedInformIsMalformed()
{
    QFETCH(int, length);
    const QByteArray xml = plainInform().left(length);
    const DecodeResult result = decodeEnvelope(xml);
    verifyTypedRefusal(result, xml);
    QCOMPARE(DecodeError::kindName(result.error.kind), DecodeError::kindName(DecodeError::MalformedXml));
}

void TestHostileInput::garbageGivesATypedError_data()
{
    QTest::addColumn<QByteArray>("bytes");

    QRandomGenerator random(0x5eed);
    for (int size : {1, 16, 1024, 65536}) {
        QByteArray bytes(size, Qt::Uninitialized);
        for (char &byte : bytes)
            byte = char(random.bounded(256));
        QTest::addRow("%d random bytes", size) << bytes;
    }
    QTest::newRow("NUL bytes") << QByteArray(64, '\0');
    QTest::newRow("a lone UTF-8 BOM") << QByteArray("\xef\xbb\xbf");
    QTest::newRow("angle brackets") << QByteArray("<<<>>>");
    QTest::newRow("HTTP head without a body") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 0\r\n\r\n");
    QTest::newRow("UTF-16 declaration over UTF-8 bytes")
        << QByteArray(plainInform()).replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"");
    QTest::newRow("unknown declared encoding")
        << QByteArray(plainInform()).replace("encoding=\"UTF-8\"", "encoding=\"X-NO-SUCH-CHARSET\"");
    QTest::newRow("two Envelopes")
        << plainInform() + QByteArray(plainInform()).remove(0, plainInform().indexOf('\n') + 1);
}

void TestHostileInput::garbageGivesATypedError()
{
    QFETCH(QByteArray, bytes);
    const DecodeResult result = decodeEnvelope(bytes);
    verifyTypedRefusal(result, bytes);
}

void TestHostileInput::mutatedInformsNeverCrash()
{
    const QByteArray original = largeInform(8);
    QRandomGenerator random(20240301);
    int refused = 0;
    constexpr int kIterations = 4000;
    for (int i = 0; i < kIterations; ++i) {
        QByteArray xml = original;
        const int mutations = 1 + int(random.bounded(4));
        for (int m = 0; m < mutations && !xml.isEmpty(); ++m) {
            const qsizetype at = random.bounded(qint64(xml.size()));
            switch (random.bounded(5)) {
            case 0: // flip one bit
                xml[at] = char(xml.at(at) ^ (1 << random.bounded(8)));
                break;
            case 1: // cut a run
                xml.remove(at, 1 + random.bounded(64));
                break;
            case 2: { // insert random bytes
                QByteArray bytes(1 + random.bounded(16), Qt::Uninitialized);
                for (char &byte : bytes)
                    byte = char(random.bounded(256));
                xml.insert(at, bytes);
                break;
            }
            case 3: { // insert markup-looking text
                static const char *const kSnippets[] = {"<", ">", "</", "/>", "&", "&amp;", "<!DOCTYPE x>", "<![CDATA[",
                                                        "]]>", "<cwmp:Inform>", "<soap-env:Body>", "\"", "xmlns:a=\"\""};
                xml.insert(at, kSnippets[random.bounded(int(std::size(kSnippets)))]);
                break;
            }
            default: // duplicate a run
                xml.insert(at, xml.mid(random.bounded(qint64(xml.size())), 1 + random.bounded(128)));
                break;
            }
        }
        const DecodeResult result = decodeEnvelope(xml);
        if (result.ok()) {
            QVERIFY(!methodName(result.envelope.body).isEmpty());
            continue;
        }
        ++refused;
        verifyTypedRefusal(result, xml);
        if (QTest::currentTestFailed()) {
            qWarning("iteration %d failed on: %s", i, xml.toBase64().constData());
            return;
        }
    }
    // Most mutations break the message; the loop must have exercised the refusal paths.
    QVERIFY(refused > kIterations / 2);
}

void TestHostileInput::acceptsWhatDevicesSend_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<cwmp::DecodeLimits>("limits");
    QTest::addColumn<QString>("cwmpNamespace");
    QTest::addColumn<QString>("firstValue");
    QTest::addColumn<cwmp::ValueType>("firstType");
    QTest::addColumn<int>("parameterCount");

    const DecodeLimits defaults;
    const QString v12 = QStringLiteral("urn:dslforum-org:cwmp-1-2");
    const QString version = QStringLiteral("V1.0");
    const auto row = [&](const char *name, const InformText &t, const QString &ns = QString()) {
        QTest::newRow(name) << informXml(t) << defaults << (ns.isEmpty() ? v12 : ns) << version << ValueType::String << 2;
    };

    row("plain CWMP 1.2 Inform", InformText());
    QTest::newRow("UTF-8 BOM") << QByteArray("\xef\xbb\xbf") + plainInform() << defaults << v12 << version
                               << ValueType::String << 2;
    row("no XML declaration", [] { InformText t; t.declaration.clear(); return t; }());
    row("SOAP-ENV prefix", [] { InformText t; t.envPrefix = "SOAP-ENV"; return t; }());
    row("soap_env prefix", [] { InformText t; t.envPrefix = "soap_env"; return t; }());
    row("soapenv prefix", [] { InformText t; t.envPrefix = "soapenv"; return t; }());
    row("SOAP envelope as the default namespace", [] { InformText t; t.envPrefix.clear(); return t; }());
    row("1999 XMLSchema namespaces", [] {
        InformText t;
        t.xsdNamespace = "http://www.w3.org/1999/XMLSchema";
        t.xsiNamespace = "http://www.w3.org/1999/XMLSchema-instance";
        return t;
    }());
    row("arrayType counts above the content", [] {
        InformText t;
        t.eventArrayType = "cwmp:EventStruct[16]";
        t.parameterArrayType = "cwmp:ParameterValueStruct[16]";
        return t;
    }());
    row("arrayType counts below the content", [] {
        InformText t;
        t.eventArrayType = "cwmp:EventStruct[0]";
        t.parameterArrayType = "cwmp:ParameterValueStruct[1]";
        return t;
    }());
    row("arrayType without a count", [] { InformText t; t.parameterArrayType = "cwmp:ParameterValueStruct[]"; return t; }());
    row("cwmp-1-0 namespace", [] { InformText t; t.cwmpNamespace = "urn:dslforum-org:cwmp-1-0"; return t; }(),
        QStringLiteral("urn:dslforum-org:cwmp-1-0"));
    row("cwmp-1-1 namespace", [] { InformText t; t.cwmpNamespace = "urn:dslforum-org:cwmp-1-1"; return t; }(),
        QStringLiteral("urn:dslforum-org:cwmp-1-1"));
    row("cwmp-1-3 namespace", [] { InformText t; t.cwmpNamespace = "urn:dslforum-org:cwmp-1-3"; return t; }(),
        QStringLiteral("urn:dslforum-org:cwmp-1-3"));
    row("cwmp-1-4 namespace", [] { InformText t; t.cwmpNamespace = "urn:dslforum-org:cwmp-1-4"; return t; }(),
        QStringLiteral("urn:dslforum-org:cwmp-1-4"));
    row("unknown header without mustUnderstand", [] {
        InformText t;
        t.header += "<x:Trace xmlns:x=\"urn:example:trace\">abc</x:Trace>";
        return t;
    }());
    row("unknown header with mustUnderstand=0", [] {
        InformText t;
        t.header += "<x:Trace xmlns:x=\"urn:example:trace\" %ENV%mustUnderstand=\"0\">abc</x:Trace>";
        return t;
    }());
    row("comments and processing instructions between elements", [] {
        InformText t;
        t.firstValue = "<!-- device comment --><Value xsi:type=\"xsd:string\">V1.0</Value><?vendor hint?>";
        return t;
    }());
    row("CDATA value", [] { InformText t; t.firstValue = "<Value xsi:type=\"xsd:string\"><![CDATA[V1.0]]></Value>"; return t; }());
    row("character references in a value", [] {
        InformText t;
        t.firstValue = "<Value xsi:type=\"xsd:string\">&#86;1&#x2E;0</Value>";
        return t;
    }());

    QTest::newRow("missing xsi:type is Unspecified")
        << informXml([] { InformText t; t.firstValue = "<Value>V1.0</Value>"; return t; }()) << defaults << v12 << version
        << ValueType::Unspecified << 2;
    QTest::newRow("xsi:type under another prefix")
        << informXml([] {
               InformText t;
               t.firstValue = "<Value xmlns:s=\"http://www.w3.org/2001/XMLSchema\" xsi:type=\"s:int\">-5</Value>";
               return t;
           }())
        << defaults << v12 << QStringLiteral("-5") << ValueType::Int << 2;
    QTest::newRow("unknown xsi:type is Other")
        << informXml([] { InformText t; t.firstValue = "<Value xsi:type=\"object\"></Value>"; return t; }()) << defaults
        << v12 << QString() << ValueType::Other << 2;
    QTest::newRow("exactly at a custom maxBytes")
        << plainInform() << DecodeLimits{.maxBytes = plainInform().size()} << v12 << version << ValueType::String << 2;
    QTest::newRow("exactly at a custom maxDepth")
        << plainInform() << DecodeLimits{.maxDepth = 6} << v12 << version << ValueType::String << 2;
    QTest::newRow("1,000 parameters under the default limits")
        << largeInform(1000) << defaults << v12 << version << ValueType::String << 1002;
}

void TestHostileInput::acceptsWhatDevicesSend()
{
    QFETCH(QByteArray, xml);
    QFETCH(cwmp::DecodeLimits, limits);
    QFETCH(QString, cwmpNamespace);
    QFETCH(QString, firstValue);
    QFETCH(cwmp::ValueType, firstType);
    QFETCH(int, parameterCount);

    const DecodeResult result = decodeEnvelope(xml, limits);
    QVERIFY2(result.ok(), qPrintable(describeError(result.error)));
    QCOMPARE(result.envelope.cwmpNamespace, cwmpNamespace);
    QCOMPARE(result.envelope.header.id.value_or(QStringLiteral("<none>")), QStringLiteral("inform-1"));
    const Inform *inform = bodyAs<Inform>(result.envelope);
    QVERIFY2(inform, qPrintable(methodName(result.envelope.body)));
    QCOMPARE(inform->deviceId.serialNumber, QStringLiteral("SN-0001"));
    QCOMPARE(inform->deviceId.productClass, QStringLiteral("Lab Gateway"));
    QCOMPARE(inform->events.size(), 1);
    QCOMPARE(inform->events.first().eventCode, QStringLiteral("1 BOOT"));
    QCOMPARE(inform->currentTime, QDateTime(QDate(2024, 3, 1), QTime(12, 0), Qt::UTC));
    QCOMPARE(inform->parameterList.size(), parameterCount);
    QCOMPARE(inform->parameterList.first().name, QStringLiteral("Device.DeviceInfo.SoftwareVersion"));
    QCOMPARE(inform->parameterList.first().value, firstValue);
    QCOMPARE(int(inform->parameterList.first().type), int(firstType));
    QCOMPARE(inform->parameterList.at(1).value, QStringLiteral("3600"));
    QCOMPARE(int(inform->parameterList.at(1).type), int(ValueType::UnsignedInt));
}

void TestHostileInput::readsLatin1DeclaredEncoding()
{
    InformText t;
    t.declaration = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n";
    t.firstValue = "<Value xsi:type=\"xsd:string\">Caf\xe9 Edition</Value>"; // é as one Latin-1 byte
    const DecodeResult result = decodeEnvelope(informXml(t));
    QVERIFY2(result.ok(), qPrintable(describeError(result.error)));
    const Inform *inform = bodyAs<Inform>(result.envelope);
    QVERIFY(inform);
    QCOMPARE(inform->parameterList.first().value, QStringLiteral("Caf\u00e9 Edition"));
}

void TestHostileInput::readsNoMoreRequestsHeader()
{
    InformText t;
    t.header += "<cwmp:NoMoreRequests>1</cwmp:NoMoreRequests>";
    const DecodeResult result = decodeEnvelope(informXml(t));
    QVERIFY2(result.ok(), qPrintable(describeError(result.error)));
    QVERIFY(result.envelope.header.noMoreRequests.has_value());
    QCOMPARE(*result.envelope.header.noMoreRequests, true);
    QVERIFY(!result.envelope.header.holdRequests.has_value());

    InformText plain;
    const DecodeResult without = decodeEnvelope(informXml(plain));
    QVERIFY2(without.ok(), qPrintable(describeError(without.error)));
    QVERIFY(!without.envelope.header.noMoreRequests.has_value());
}

void TestHostileInput::stripsThePrefixFromTheSoapFaultcode()
{
    const QByteArray xml =
        "<SOAP-ENV:Envelope xmlns:SOAP-ENV=\"http://schemas.xmlsoap.org/soap/envelope/\" "
        "xmlns:cwmp=\"urn:dslforum-org:cwmp-1-0\"><SOAP-ENV:Header><cwmp:ID SOAP-ENV:mustUnderstand=\"1\">f-9</cwmp:ID>"
        "</SOAP-ENV:Header><SOAP-ENV:Body><SOAP-ENV:Fault><faultcode>SOAP-ENV:Client</faultcode>"
        "<faultstring>CWMP fault</faultstring><detail><cwmp:Fault><FaultCode>9005</FaultCode>"
        "<FaultString>Invalid parameter name</FaultString></cwmp:Fault></detail></SOAP-ENV:Fault>"
        "</SOAP-ENV:Body></SOAP-ENV:Envelope>";
    const DecodeResult result = decodeEnvelope(xml);
    QVERIFY2(result.ok(), qPrintable(describeError(result.error)));
    const SoapFault *fault = bodyAs<SoapFault>(result.envelope);
    QVERIFY(fault);
    QCOMPARE(fault->faultcode, QStringLiteral("Client"));
    QCOMPARE(fault->faultCode, 9005u);
    QCOMPARE(fault->faultString, QStringLiteral("Invalid parameter name"));
    QCOMPARE(result.envelope.header.id.value_or(QString()), QStringLiteral("f-9"));
}

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
