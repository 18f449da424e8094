// Rendering of the Forum's description markup to plain text.

#include <datamodel/descriptionrenderer.h>
#include <datamodel/importer.h>

#include <support/testpaths.h>

#include <QtTest>

using namespace datamodel;

class TestDescription : public QObject
{
    Q_OBJECT

private:
    Definition m_param;
    Definition m_object;
    QHash<QString, QString> m_templates;
    QHash<QString, QString> m_types;

    DescriptionRenderer::Context context() const
    {
        DescriptionRenderer::Context c;
        c.item = &m_param;
        c.object = &m_object;
        c.numEntriesTable = QStringLiteral("Device.WiFi.SSID.{i}.");
        c.templates = &m_templates;
        c.dataTypeDescriptions = &m_types;
        return c;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_object.kind = Definition::Kind::Object;
        m_object.path = QStringLiteral("Device.WiFi.SSID.{i}.");
        m_object.uniqueKeys = {UniqueKey{false, {QStringLiteral("Alias")}}, UniqueKey{true, {QStringLiteral("Name")}}};
        m_param.kind = Definition::Kind::Parameter;
        m_param.path = QStringLiteral("Device.WiFi.SSID.{i}.Status");
        m_param.syntax.enumerations = {EnumValue{QStringLiteral("Up")}, EnumValue{QStringLiteral("Down")},
                                       EnumValue{QStringLiteral("Gone"), false, false, Status::Deleted}};
        m_param.syntax.units = QStringLiteral("seconds");
        m_param.syntax.dataTypes = {QStringLiteral("IPv4Address"), QStringLiteral("IPAddress")};
        m_templates.insert(QStringLiteral("GREETING"), QStringLiteral("Hello {{param}}."));
        m_types.insert(QStringLiteral("IPAddress"), QStringLiteral("An IP address, or {{empty}}."));
    }

    void rendersMarkupAsPlainText_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("expected");
        QTest::newRow("bibref with section") << "See {{bibref|TR-069|3.6.1}}." << "See [TR-069, 3.6.1].";
        QTest::newRow("bibref alone") << "Defined in {{bibref|RFC4291}}." << "Defined in [RFC4291].";
        QTest::newRow("param with and without argument") << "{{param|Enable}} and {{param}}" << "Enable and Status";
        QTest::newRow("relative object") << "a {{object|#.Bridge}} row" << "a Bridge row";
        QTest::newRow("object with instances") << "{{object|Device.WiFi.AccessPoint.{i}.}}" << "Device.WiFi.AccessPoint.{i}";
        QTest::newRow("this object") << "this {{object}}" << "this Device.WiFi.SSID.{i}";
        QTest::newRow("enum value") << "set to {{enum|Up}}" << "set to Up";
        QTest::newRow("enum list skips deleted") << "Enumeration of:\n\n      {{enum}}\n" << "Enumeration of:\n\n* Up\n* Down";
        QTest::newRow("literals") << "{{empty}}, {{true}}, {{false}}" << "an empty string, true, false";
        QTest::newRow("null of a string") << "{{null}}" << "an empty string";
        QTest::newRow("units") << "in {{units}}" << "in seconds";
        QTest::newRow("datatype name") << "a {{datatype}}" << "a IPv4Address";
        QTest::newRow("datatype expand") << "{{datatype|expand}}" << "An IP address, or an empty string.";
        QTest::newRow("numentries") << "{{numentries}}" << "The number of entries in the Device.WiFi.SSID.{i} table.";
        QTest::newRow("keys") << "{{keys}}" << "At most one entry in this table can exist with a given value for Alias. "
                                               "At most one entry in this table can exist with a given value for Name.";
        QTest::newRow("deprecated with reason") << "{{deprecated|2.11|because it is unused}}" << "This item was deprecated in 2.11 because it is unused.";
        QTest::newRow("obsoleted") << "{{obsoleted|2.14}}" << "This item was obsoleted in 2.14.";
        QTest::newRow("hidden") << "{{hidden}}" << "When read, this parameter returns an empty string, regardless of the actual value.";
        QTest::newRow("layout macros dropped") << "A{{nolist}}{{noreference}}{{section|table}}B" << "AB";
        QTest::newRow("abbref") << "{{abbref|SSID}} name" << "SSID name";
        QTest::newRow("template") << "{{template|GREETING}}" << "Hello Status.";
        QTest::newRow("nested macro in argument") << "{{reference|a {{object|#.Bridge}}}}" << "The value is a reference to a Bridge.";
        QTest::newRow("bold and italic") << "'''MUST''' be ''2.4''" << "MUST be 2.4";
        QTest::newRow("reflowed paragraphs") << "\n        First line\n        continues.\n\n        Second.\n      "
                                             << "First line continues.\n\nSecond.";
        QTest::newRow("bullets keep their lines") << "List:\n\n  * one\n    more\n  * two\n" << "List:\n\n* one more\n* two";
        QTest::newRow("unbalanced macro kept") << "broken {{param|X" << "broken {{param|X";
    }
    void rendersMarkupAsPlainText()
    {
        QFETCH(QString, raw);
        QTEST(DescriptionRenderer::render(raw, context()), "expected");
    }

    void rendersRealDescriptionsWithoutMarkup()
    {
        REQUIRE_SHARED_DIR();
        const ImportResult r = Importer().importFile(testsupport::sharedFile(QStringLiteral("datamodels/tr-181-2-19-1-cwmp-full.xml")));
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        const DataModel &m = r.models.first();
        int leftovers = 0;
        for (const Definition &d : m.definitions()) {
            if (d.description.contains(QLatin1String("{{")) || d.description.contains(QLatin1String("'''")))
                ++leftovers;
        }
        QCOMPARE(leftovers, 0);
        const Definition *status = m.find(u"Device.IP.Interface.1.Status");
        QVERIFY(status);
        QVERIFY2(status->description.contains(QLatin1String("* LowerLayerDown")), qPrintable(status->description));
        const Definition *ssid = m.find(u"Device.WiFi.SSID.1.SSID");
        QVERIFY(ssid->description.startsWith(QLatin1String("The current service set identifier in use by the connection. The SSID is")));
        QVERIFY(ssid->description.contains(QLatin1String("If the instance of this Device.WiFi.SSID.{i} is the same as Device.WiFi.DataElements.Network.Device.{i}.Radio.{i}.BSS.{i}, then")));
        const Definition *alias = m.find(u"Device.WiFi.SSID.1.Alias");
        QVERIFY2(alias->description.contains(QLatin1String("A non-volatile handle used to reference this instance.")),
                 qPrintable(alias->description));
    }
};

QTEST_GUILESS_MAIN(TestDescription)
#include "tst_description.moc"
