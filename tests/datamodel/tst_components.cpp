// Component files: <import> across files, version-less names, components with path
// prefixes, base= models and <object base>/<parameter base> refinements, import errors.

#include <datamodel/importer.h>

#include <support/testpaths.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace datamodel;

namespace {

const char *const kHeader = R"(<?xml version="1.0" encoding="UTF-8"?>
<dm:document xmlns:dm="urn:broadband-forum-org:cwmp:datamodel-1-14" spec="urn:example-com:%1" file="%1.xml">
)";

QByteArray document(const QString &spec, const QString &body)
{
    return QString::fromLatin1(kHeader).arg(spec).toUtf8() + body.toUtf8() + "\n</dm:document>\n";
}

// A component file; `newer` adds Colour, so the test can tell which file was chosen.
QString components(bool newer)
{
    return QStringLiteral(R"(
  <import file="tr-106-types.xml" spec="urn:broadband-forum-org:tr-106">
    <component name="Alias" ref="_AliasCWMP"/>
    <dataType name="MACAddress"/>
    <dataType name="StatsCounter64"/>
  </import>
  <component name="WidgetStats">
    <parameter name="Spins" access="readOnly">
      <description>Spins in {{units}}.</description>
      <syntax><dataType ref="StatsCounter64"><units value="turns"/></dataType></syntax>
    </parameter>
  </component>
  <component name="Widget">
    <object name="Widget.{i}." access="readWrite" minEntries="0" maxEntries="unbounded"
        numEntriesParameter="WidgetNumberOfEntries" enableParameter="Enable">
      <description>A widget.</description>
      <uniqueKey functional="false"><parameter ref="Alias"/></uniqueKey>
      <component ref="Alias"/>
      <parameter name="Enable" access="readWrite">
        <syntax><boolean/><default type="object" value="false"/></syntax>
      </parameter>
      <parameter name="Mode" access="readWrite">
        <description>{{enum}}</description>
        <syntax><string><enumeration value="Slow"/><enumeration value="Fast"/></string></syntax>
      </parameter>
      <parameter name="MAC" access="readOnly"><syntax><dataType ref="MACAddress"/></syntax></parameter>
      %1
    </object>
    <object name="Widget.{i}.Stats." access="readOnly" minEntries="1" maxEntries="1">
      <component ref="WidgetStats"/>
    </object>
  </component>)")
        .arg(newer ? QStringLiteral(R"(<parameter name="Colour" access="readWrite" version="1.2">
        <syntax><string><size maxLength="16"/></string></syntax></parameter>)")
                   : QString());
}

const char *const kModel = R"(
  <import file="tr-106-types.xml" spec="urn:broadband-forum-org:tr-106">
    <dataType name="IPv4Address"/>
  </import>
  <import file="acme-components.xml" spec="urn:example-com:acme">
    <component name="Widget"/>
  </import>
  <model name="_Acme:1.0">
    <object name="Acme." access="readOnly" minEntries="1" maxEntries="1" version="1.0">
      <description>The root.</description>
      <parameter name="WidgetNumberOfEntries" access="readOnly">
        <description>{{numentries}}</description>
        <syntax><unsignedInt/></syntax>
      </parameter>
    </object>
    <component ref="Widget" path="Acme." version="1.1"/>
  </model>
  <model name="Acme:1.2" base="_Acme:1.0">
    <object base="Acme.Widget.{i}." maxEntries="8">
      <parameter base="Mode">
        <description action="append">Turbo is new.</description>
        <syntax><string><enumeration value="Turbo"/></string></syntax>
      </parameter>
      <parameter name="Gateway" access="readWrite" version="1.2">
        <syntax><dataType ref="IPv4Address"/></syntax>
      </parameter>
    </object>
  </model>)";

bool write(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

} // namespace

class TestComponents : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ImportResult m_result;

    QString libraryFolder() const { return testsupport::sharedFile(QStringLiteral("datamodels")); }
    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(write(path(QStringLiteral("acme-1-0-0-components.xml")), document(QStringLiteral("acme-1-0-0"), components(false))));
        QVERIFY(write(path(QStringLiteral("acme-1-2-0-components.xml")), document(QStringLiteral("acme-1-2-0"), components(true))));
        QVERIFY(write(path(QStringLiteral("acme-1-1-0-components.xml")), document(QStringLiteral("acme-1-1-0"), components(false))));
        QVERIFY(write(path(QStringLiteral("acme-1-2-0-model.xml")), document(QStringLiteral("acme-1-2-0-model"), QString::fromLatin1(kModel))));
        if (!testsupport::sharedDir().isEmpty())
            m_result = Importer({libraryFolder()}).importFile(path(QStringLiteral("acme-1-2-0-model.xml")));
    }

    void resolvesImportsFromTheLibraryFolderAndTheNewestVersion()
    {
        REQUIRE_SHARED_DIR();
        QVERIFY2(m_result.ok(), qPrintable(m_result.error.toString()));
        QStringList names;
        for (const QString &f : m_result.sourceFiles)
            names.append(QFileInfo(f).fileName());
        QCOMPARE(names, (QStringList{QStringLiteral("acme-1-2-0-model.xml"), QStringLiteral("tr-106-types.xml"),
                                     QStringLiteral("acme-1-2-0-components.xml")}));
        QCOMPARE(m_result.models.size(), 2);
    }

    void expandsComponentsUnderTheirPath()
    {
        REQUIRE_SHARED_DIR();
        const DataModel *base = m_result.model(QStringLiteral("_Acme:1.0"));
        QVERIFY(base);
        const Definition *widget = base->find(u"Acme.Widget.7.");
        QVERIFY(widget);
        QVERIFY(widget->canAddDelete());
        QCOMPARE(widget->maxEntries, -1);
        QCOMPARE(widget->uniqueKeys.first().parameters, QStringList{QStringLiteral("Alias")});
        const Definition *alias = base->find(u"Acme.Widget.7.Alias");
        QVERIFY(alias);
        QCOMPARE(alias->syntax.typeName(), QStringLiteral("_AliasCWMP"));
        QCOMPARE(alias->access, Access::ReadWrite);
        QCOMPARE(alias->version, QStringLiteral("1.1")); // clamped to the reference's version
        const Definition *spins = base->find(u"Acme.Widget.7.Stats.Spins");
        QVERIFY(spins);
        QCOMPARE(spins->syntax.typeName(), QStringLiteral("StatsCounter64"));
        QCOMPARE(spins->syntax.type, cwmp::ValueType::UnsignedLong);
        QCOMPARE(spins->description, QStringLiteral("Spins in turns."));
        QVERIFY(base->find(u"Acme.Widget.1.Colour")); // from acme-1-2-0-components.xml
        QCOMPARE(base->find(u"Acme.WidgetNumberOfEntries")->description,
                 QStringLiteral("The number of entries in the Acme.Widget.{i} table."));
        QVERIFY(!base->find(u"Acme.Widget.1.Gateway"));
    }

    void derivedModelRefinesObjectsAndParameters()
    {
        REQUIRE_SHARED_DIR();
        const DataModel *derived = m_result.model(QStringLiteral("Acme:1.2"));
        QVERIFY(derived);
        QCOMPARE(derived->find(u"Acme.Widget.1.")->maxEntries, 8);
        QCOMPARE(m_result.model(QStringLiteral("_Acme:1.0"))->find(u"Acme.Widget.1.")->maxEntries, -1);
        const Definition *mode = derived->find(u"Acme.Widget.1.Mode");
        QCOMPARE(mode->syntax.enumerations.size(), 3);
        QCOMPARE(mode->syntax.enumerations.last().value, QStringLiteral("Turbo"));
        QCOMPARE(mode->description, QStringLiteral("* Slow\n* Fast\n* Turbo\n\nTurbo is new."));
        const Definition *gateway = derived->find(u"Acme.Widget.1.Gateway");
        QVERIFY(gateway);
        QCOMPARE(gateway->version, QStringLiteral("1.2"));
        QCOMPARE(gateway->syntax.patternSource, QStringLiteral("IPv4Address"));
    }

    void expandsTheTextEntitiesOfTr106()
    {
        REQUIRE_SHARED_DIR();
        const Syntax ipv4 = m_result.dataTypes.value(QStringLiteral("IPv4Address"));
        QCOMPARE(ipv4.patterns.size(), 2);
        QCOMPARE(ipv4.patterns.at(1), QStringLiteral("((25[0-5]|2[0-4][0-9]|[01]?[0-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|[01]?[0-9]?[0-9])"));
        const ImportResult types = Importer().importFile(testsupport::sharedFile(QStringLiteral("datamodels/tr-106-types.xml")));
        QVERIFY2(types.ok(), qPrintable(types.error.toString()));
        QVERIFY(types.models.isEmpty());
        QCOMPARE(types.dataTypes.size(), 24); // the <dataType name=…> elements of the file
        QCOMPARE(types.dataTypes.value(QStringLiteral("URL")).sizes.first().maxLength, 2048);
        QCOMPARE(types.dataTypes.value(QStringLiteral("URL")).dataTypes, (QStringList{QStringLiteral("URL"), QStringLiteral("URI")}));
    }

    void reportsAMissingImportWithFileAndLine()
    {
        REQUIRE_SHARED_DIR();
        // tr-143-1-1-0.xml builds on tr-143-1-0.xml, which the shared folder does not hold.
        const ImportResult r = Importer().importFile(testsupport::sharedFile(QStringLiteral("datamodels/tr-143-1-1-0.xml")));
        QVERIFY(!r.ok());
        QCOMPARE(r.error.file, QStringLiteral("tr-143-1-1-0.xml"));
        QCOMPARE(r.error.line, 99);
        QVERIFY2(r.error.message.contains(QLatin1String("tr-143-1-0.xml")), qPrintable(r.error.message));
        QVERIFY(r.models.isEmpty());
    }

    void importsTr143ComponentsOnceTheirBaseIsThere()
    {
        REQUIRE_SHARED_DIR();
        // A stand-in for tr-143-1-0.xml with the five components tr-143-1-1-0.xml renames.
        QTemporaryDir dir;
        QString body;
        for (const char *name : {"Capabilities", "DownloadDiagnostics", "DownloadDiagnostics_Device2", "UploadDiagnostics",
                                 "UploadDiagnostics_Device2"})
            body += QStringLiteral("<component name=\"%1\"/>\n").arg(QLatin1String(name));
        QVERIFY(write(dir.filePath(QStringLiteral("tr-143-1-0.xml")), document(QStringLiteral("tr-143-1-0"), body)));
        QVERIFY(QFile::copy(testsupport::sharedFile(QStringLiteral("datamodels/tr-143-1-1-0.xml")),
                            dir.filePath(QStringLiteral("tr-143-1-1-0.xml"))));
        const ImportResult r = Importer({libraryFolder()}).importFile(dir.filePath(QStringLiteral("tr-143-1-1-0.xml")));
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        // tr-106-1-0-types.xml is not there: the current tr-106-types.xml stands in, with a warning.
        QVERIFY(std::any_of(r.warnings.cbegin(), r.warnings.cend(),
                            [](const QString &w) { return w.contains(QLatin1String("tr-106-types.xml")); }));
        QVERIFY(r.dataTypes.contains(QStringLiteral("IPAddress")));
    }

    void reportsImportErrors_data()
    {
        QTest::addColumn<QString>("top");
        QTest::addColumn<QStringList>("files"); // name=body pairs, body inside <dm:document>
        QTest::addColumn<QString>("errorFile");
        QTest::addColumn<int>("errorLine");
        QTest::addColumn<QString>("message");

        QTest::newRow("cycle") << "a.xml"
                               << QStringList{QStringLiteral("a.xml"), QStringLiteral("<import file=\"b.xml\"><component name=\"B\"/></import>\n<component name=\"A\"/>"),
                                              QStringLiteral("b.xml"), QStringLiteral("<import file=\"a.xml\"><component name=\"A\"/></import>\n<component name=\"B\"/>")}
                               << "b.xml" << 3 << "import cycle: a.xml → b.xml → a.xml";
        QTest::newRow("missing file") << "a.xml"
                                      << QStringList{QStringLiteral("a.xml"), QStringLiteral("<import file=\"nowhere-1-0.xml\"><dataType name=\"X\"/></import>")}
                                      << "a.xml" << 3 << "the imported file nowhere-1-0.xml was not found beside it or in the library folders";
        QTest::newRow("path in import") << "a.xml"
                                        << QStringList{QStringLiteral("a.xml"), QStringLiteral("<import file=\"../../etc/passwd.xml\"><dataType name=\"X\"/></import>")}
                                        << "a.xml" << 3 << "the imported file ../../etc/passwd.xml was not found beside it or in the library folders";
        QTest::newRow("import of an undefined name") << "a.xml"
                                                     << QStringList{QStringLiteral("a.xml"), QStringLiteral("<import file=\"b.xml\">\n<component name=\"Nope\"/></import>"),
                                                                    QStringLiteral("b.xml"), QStringLiteral("<component name=\"B\"/>")}
                                                     << "a.xml" << 4 << "b.xml does not define the component 'Nope'";
        QTest::newRow("unknown dataType ref") << "a.xml"
                                              << QStringList{QStringLiteral("a.xml"), QStringLiteral(
                                                                 "<model name=\"M:1.0\"><object name=\"M.\" minEntries=\"1\" maxEntries=\"1\">\n"
                                                                 "<parameter name=\"P\"><syntax>\n<dataType ref=\"NoSuchType\"/></syntax></parameter></object></model>")}
                                              << "a.xml" << 5 << "unknown data type 'NoSuchType'";
        QTest::newRow("unknown component ref") << "a.xml"
                                               << QStringList{QStringLiteral("a.xml"), QStringLiteral("<model name=\"M:1.0\">\n<component ref=\"Ghost\" path=\"M.\"/></model>")}
                                               << "a.xml" << 4 << "unknown component 'Ghost'";
        QTest::newRow("component includes itself") << "a.xml"
                                                    << QStringList{QStringLiteral("a.xml"), QStringLiteral("<component name=\"Loop\">\n<component ref=\"Loop\"/></component>\n"
                                                                                                           "<model name=\"M:1.0\"><component ref=\"Loop\"/></model>")}
                                                    << "a.xml" << 4 << "the component 'Loop' includes itself";
        QTest::newRow("refining an undefined object") << "a.xml"
                                                      << QStringList{QStringLiteral("a.xml"), QStringLiteral("<model name=\"M:1.0\">\n<object base=\"M.Ghost.\"/></model>")}
                                                      << "a.xml" << 4 << "the object 'M.Ghost.' to refine is not defined";
        QTest::newRow("unknown base model") << "a.xml"
                                            << QStringList{QStringLiteral("a.xml"), QStringLiteral("<model name=\"M:1.1\" base=\"M:1.0\"/>")}
                                            << "a.xml" << 3 << "unknown base model 'M:1.0'";
        QTest::newRow("not a data-model document") << "a.xml" << QStringList{} << "a.xml" << 1
                                                   << "the root element is <html>, not a data-model <document>";
    }
    void reportsImportErrors()
    {
        QFETCH(QString, top);
        QFETCH(QStringList, files);
        QTemporaryDir dir;
        if (files.isEmpty())
            QVERIFY(write(dir.filePath(top), "<html/>"));
        for (qsizetype i = 0; i + 1 < files.size(); i += 2)
            QVERIFY(write(dir.filePath(files.at(i)), document(files.at(i).chopped(4), files.at(i + 1))));
        const ImportResult r = Importer().importFile(dir.filePath(top));
        QVERIFY(!r.ok());
        QTEST(r.error.file, "errorFile");
        QFETCH(int, errorLine);
        QCOMPARE(r.error.line, errorLine);
        QTEST(r.error.message, "message");
        QVERIFY(r.models.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestComponents)
#include "tst_components.moc"
