// What encodeEnvelope writes is valid against the Broadband Forum schemas (cwmp-1-0.xsd ...
// cwmp-1-4.xsd in ../shared/datamodels), checked with xmllint offline: an XML catalog maps
// the schemas' http:// locations to local files, and our own stubs stand in for the SOAP 1.1
// envelope and encoding schemas (tests/cwmp/schemas).
//
// SOAP 1.1 gives Body entries lax processing: an element without a global declaration would
// pass unchecked. A driver schema therefore imports the cwmp schema next to the envelope, so
// that the RPC elements have declarations; each row also checks that its RPC element is
// declared in the schema, and the negative rows prove that xmllint rejects bad content.

#include "samplemessages.h"
#include "support/testpaths.h"

#include <cwmp/envelopecodec.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QXmlStreamReader>

#include <memory>

using namespace cwmp;

namespace {

// The schema of each CWMP version and the namespace its messages travel in.
struct SchemaVersion {
    CwmpVersion version;
    const char *xsd;
};
constexpr SchemaVersion kSchemas[] = {
    {CwmpVersion::V1_0, "cwmp-1-0.xsd"}, {CwmpVersion::V1_1, "cwmp-1-1.xsd"},
    {CwmpVersion::V1_2, "cwmp-1-2.xsd"}, {CwmpVersion::V1_3, "cwmp-1-3.xsd"},
    {CwmpVersion::V1_4, "cwmp-1-4.xsd"},
};

// xmllint's exit code for a document that is well-formed but invalid (schema parse errors
// give 5, so a broken schema cannot pass for a rejected message).
constexpr int kXmllintValidationError = 3;

QString latin(const char *text)
{
    return QString::fromLatin1(text);
}

QString fileUrl(const QString &path)
{
    return QUrl::fromLocalFile(path).toString();
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

Envelope inNamespace(Envelope envelope, CwmpVersion version)
{
    envelope.cwmpNamespace = namespaceForVersion(version);
    return envelope;
}

Envelope sample(const char *name)
{
    for (const samples::NamedMessage &m : samples::allMessages()) {
        if (qstrcmp(m.name, name) == 0)
            return m.envelope;
    }
    qFatal("no sample named %s", name);
    return {};
}

} // namespace

class SchemaValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void encodedMessageIsValidAgainstItsSchema_data();
    void encodedMessageIsValidAgainstItsSchema();
    void schemaRejectsInvalidMessage_data();
    void schemaRejectsInvalidMessage();

private:
    // Runs xmllint on the document; returns its exit code and fills *diagnostics with stderr.
    int validate(const QString &xsd, const QString &rowName, const QByteArray &xml, QString *diagnostics);
    // The global element names of an xsd and of the schemas it includes or redefines.
    QSet<QString> declaredElements(const QString &xsd);
    QString driverSchema(const QString &xsd) const;

    QString m_xmllint;
    QString m_datamodels;
    std::unique_ptr<QTemporaryDir> m_work;
    QString m_catalog;
    QHash<QString, QSet<QString>> m_declared;
};

void SchemaValidation::initTestCase()
{
    REQUIRE_SHARED_DIR();
    m_xmllint = QStandardPaths::findExecutable(QStringLiteral("xmllint"));
    if (m_xmllint.isEmpty())
        QSKIP("xmllint is not installed (Debian: libxml2-utils)");
    m_datamodels = testsupport::sharedFile(QStringLiteral("datamodels"));
    if (!QFileInfo::exists(QDir(m_datamodels).filePath(QStringLiteral("cwmp-1-4.xsd"))))
        QSKIP("../shared/datamodels holds no cwmp-1-x.xsd");

    const QString stubCatalog = QDir(testsupport::testsDir()).filePath(QStringLiteral("cwmp/schemas/catalog.xml"));
    QVERIFY2(QFileInfo::exists(stubCatalog), qPrintable(stubCatalog));

    m_work = std::make_unique<QTemporaryDir>();
    QVERIFY(m_work->isValid());

    // The datamodels folder is only known now, so this catalog is written here; it hands
    // the SOAP schema locations on to the stub catalog.
    const QString datamodelsUrl = fileUrl(m_datamodels) + QLatin1Char('/');
    QString catalog = QStringLiteral(
        "<?xml version=\"1.0\"?>\n"
        "<catalog xmlns=\"urn:oasis:names:tc:entity:xmlns:xml:catalog\">\n");
    for (const QString &prefix : {QStringLiteral("http://www.broadband-forum.org/cwmp/"),
                                  QStringLiteral("https://www.broadband-forum.org/cwmp/")}) {
        catalog += QStringLiteral("  <rewriteSystem systemIdStartString=\"%1\" rewritePrefix=\"%2\"/>\n"
                                  "  <rewriteURI uriStartString=\"%1\" rewritePrefix=\"%2\"/>\n")
                       .arg(prefix, datamodelsUrl);
    }
    catalog += QStringLiteral("  <nextCatalog catalog=\"%1\"/>\n</catalog>\n").arg(fileUrl(stubCatalog));
    m_catalog = m_work->filePath(QStringLiteral("catalog.xml"));
    QVERIFY(writeFile(m_catalog, catalog.toUtf8()));

    for (const SchemaVersion &schema : kSchemas) {
        const QString xsd = latin(schema.xsd);
        const QString driver = QStringLiteral(
            "<?xml version=\"1.0\"?>\n"
            "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"\n"
            "           targetNamespace=\"urn:x-cwmp-workbench:schema-driver\">\n"
            "  <xs:import namespace=\"http://schemas.xmlsoap.org/soap/envelope/\"\n"
            "             schemaLocation=\"http://schemas.xmlsoap.org/soap/envelope/\"/>\n"
            "  <xs:import namespace=\"%1\"\n"
            "             schemaLocation=\"http://www.broadband-forum.org/cwmp/%2\"/>\n"
            "</xs:schema>\n")
                                   .arg(namespaceForVersion(schema.version), xsd);
        QVERIFY(writeFile(driverSchema(xsd), driver.toUtf8()));
        m_declared.insert(xsd, declaredElements(QDir(m_datamodels).filePath(xsd)));
        QVERIFY2(m_declared.value(xsd).contains(QStringLiteral("Inform")), schema.xsd);
    }
}

QString SchemaValidation::driverSchema(const QString &xsd) const
{
    return m_work->filePath(QStringLiteral("driver-") + xsd);
}

QSet<QString> SchemaValidation::declaredElements(const QString &xsd)
{
    QSet<QString> names;
    QFile file(xsd);
    if (!file.open(QIODevice::ReadOnly))
        return names;
    QXmlStreamReader reader(&file);
    if (!reader.readNextStartElement())
        return names;
    while (reader.readNextStartElement()) {
        const auto name = reader.name();
        if (name == QLatin1String("element")) {
            names.insert(reader.attributes().value(QLatin1String("name")).toString());
        } else if (name == QLatin1String("include") || name == QLatin1String("redefine")) {
            const QString location = reader.attributes().value(QLatin1String("schemaLocation")).toString();
            const QString local = QDir(m_datamodels).filePath(QUrl(location).fileName());
            names.unite(declaredElements(local));
        }
        reader.skipCurrentElement();
    }
    return names;
}

int SchemaValidation::validate(const QString &xsd, const QString &rowName, const QByteArray &xml,
                               QString *diagnostics)
{
    QString fileName = rowName;
    fileName.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9.-]+")), QStringLiteral("_"));
    const QString path = m_work->filePath(fileName + QStringLiteral(".xml"));
    if (!writeFile(path, xml)) {
        *diagnostics = QStringLiteral("cannot write ") + path;
        return -1;
    }

    QProcess xmllint;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XML_CATALOG_FILES"), m_catalog);
    xmllint.setProcessEnvironment(env);
    xmllint.start(m_xmllint, {QStringLiteral("--noout"), QStringLiteral("--nonet"), QStringLiteral("--schema"),
                              driverSchema(xsd), path});
    if (!xmllint.waitForFinished(60'000)) {
        *diagnostics = QStringLiteral("xmllint did not finish: ") + xmllint.errorString();
        xmllint.kill();
        xmllint.waitForFinished();
        return -1;
    }
    *diagnostics = QString::fromUtf8(xmllint.readAllStandardError());
    return xmllint.exitStatus() == QProcess::NormalExit ? xmllint.exitCode() : -1;
}

void SchemaValidation::encodedMessageIsValidAgainstItsSchema_data()
{
    QTest::addColumn<QString>("xsd");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QByteArray>("xml");

    for (const samples::NamedMessage &m : samples::allMessages()) {
        const CwmpVersion oldest = samples::oldestVersionFor(m.envelope);
        for (const SchemaVersion &schema : kSchemas) {
            if (schema.version < oldest)
                continue;
            const Envelope envelope = inNamespace(m.envelope, schema.version);
            QTest::addRow("%s [%s]", m.name, schema.xsd)
                << latin(schema.xsd) << methodName(envelope.body) << encodeEnvelope(envelope);
        }
    }
}

void SchemaValidation::encodedMessageIsValidAgainstItsSchema()
{
    QFETCH(QString, xsd);
    QFETCH(QString, method);
    QFETCH(QByteArray, xml);

    // Lax Body processing skips undeclared elements: make sure this one is checked.
    QVERIFY2(m_declared.value(xsd).contains(method),
             qPrintable(QStringLiteral("%1 declares no element %2").arg(xsd, method)));

    QString diagnostics;
    const int exitCode = validate(xsd, QString::fromUtf8(QTest::currentDataTag()), xml, &diagnostics);
    if (exitCode != 0)
        qWarning("xmllint rejects %s against %s:\n%s\n%s", qPrintable(method), qPrintable(xsd),
                 qPrintable(diagnostics), xml.constData());
    QCOMPARE(exitCode, 0);
}

void SchemaValidation::schemaRejectsInvalidMessage_data()
{
    QTest::addColumn<QString>("xsd");
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("expectedComplaint");

    const QString v14 = QStringLiteral("cwmp-1-4.xsd");
    {
        QString xml = QString::fromUtf8(encodeEnvelope(sample("Inform (bootstrap, TR-181)")));
        xml.remove(QRegularExpression(QStringLiteral("<DeviceId>.*</DeviceId>"),
                                      QRegularExpression::DotMatchesEverythingOption
                                          | QRegularExpression::InvertedGreedinessOption));
        QTest::newRow("Inform without DeviceId") << v14 << xml.toUtf8() << QStringLiteral("DeviceId");
    }
    {
        Envelope e = sample("Inform (bootstrap, TR-181)");
        std::get<Inform>(e.body).deviceId.oui = QStringLiteral("xyz");
        QTest::newRow("Inform with OUI xyz") << v14 << encodeEnvelope(e) << QStringLiteral("OUI");
    }
    {
        Envelope e = inNamespace(sample("Inform (reboot, TR-098)"), CwmpVersion::V1_0);
        std::get<Inform>(e.body).events.append({QStringLiteral("13 WAKEUP"), QString()});
        QTest::newRow("Inform with a 1.4 event in cwmp-1-0")
            << QStringLiteral("cwmp-1-0.xsd") << encodeEnvelope(e) << QStringLiteral("EventCode");
    }
    {
        Envelope e = sample("Reboot");
        std::get<Reboot>(e.body).commandKey = QStringLiteral("reboot-after-firmware-upgrade-2025-03-01");
        QTest::newRow("Reboot with a 40-character CommandKey") << v14 << encodeEnvelope(e)
                                                               << QStringLiteral("CommandKey");
    }
    {
        Envelope e = sample("Download");
        std::get<Download>(e.body).fileType = QStringLiteral("Firmware");
        QTest::newRow("Download with FileType Firmware") << v14 << encodeEnvelope(e)
                                                         << QStringLiteral("FileType");
    }
    {
        Envelope e = sample("ChangeDUState");
        std::get<UninstallOpStruct>(std::get<ChangeDUState>(e.body).operations[2]).uuid =
            QStringLiteral("6ba7b812-9dad-11d1-80b4");
        QTest::newRow("ChangeDUState with a truncated UUID") << v14 << encodeEnvelope(e)
                                                             << QStringLiteral("UUID");
    }
    {
        Envelope e = sample("Fault (SetParameterValues)");
        std::get<SoapFault>(e.body).setParameterValuesFaults[0].faultCode = 8003;
        QTest::newRow("SetParameterValuesFault with an ACS fault code")
            << v14 << encodeEnvelope(e) << QStringLiteral("FaultCode");
    }
    {
        Envelope e = sample("AddObject");
        std::get<AddObject>(e.body).objectName = QStringLiteral("Device.NAT.PortMapping");
        QTest::newRow("AddObject of a name without the trailing dot")
            << v14 << encodeEnvelope(e) << QStringLiteral("ObjectName");
    }
}

void SchemaValidation::schemaRejectsInvalidMessage()
{
    QFETCH(QString, xsd);
    QFETCH(QByteArray, xml);
    QFETCH(QString, expectedComplaint);

    QString diagnostics;
    const int exitCode = validate(xsd, QString::fromUtf8(QTest::currentDataTag()), xml, &diagnostics);
    if (exitCode != kXmllintValidationError || !diagnostics.contains(expectedComplaint))
        qWarning("xmllint exit code %d against %s:\n%s\n%s", exitCode, qPrintable(xsd),
                 qPrintable(diagnostics), xml.constData());
    QCOMPARE(exitCode, kXmllintValidationError);
    QVERIFY2(diagnostics.contains(expectedComplaint), qPrintable(diagnostics));
}

QTEST_GUILESS_MAIN(SchemaValidation)
#include "tst_schemavalidation.moc"
