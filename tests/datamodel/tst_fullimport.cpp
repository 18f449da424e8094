// Imports the Forum's "full" files from ../shared/datamodels and checks well-known
// definitions against the XML (see ../shared/datamodels/PROVENANCE.md).

#include <datamodel/importer.h>

#include <support/testpaths.h>

#include <QElapsedTimer>
#include <QFile>
#include <QXmlStreamReader>
#include <QtTest>

using namespace datamodel;

namespace {

QString modelFile(const QString &name)
{
    return testsupport::sharedFile(QStringLiteral("datamodels/") + name);
}

// Objects and parameters of the first <model>, counted straight from the XML: objects are
// the model's <object> children (profiles hold references, not definitions), parameters
// the <parameter> children of those.
QPair<int, int> countInXml(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {-1, -1};
    QXmlStreamReader reader(&file);
    QStringList stack;
    int objects = 0;
    int parameters = 0;
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QString name = reader.name().toString();
            if (name == u"object" && stack.size() >= 1 && stack.last() == u"model")
                ++objects;
            if (name == u"parameter" && stack.size() >= 2 && stack.last() == u"object"
                && stack.at(stack.size() - 2) == u"model")
                ++parameters;
            stack.append(name);
        } else if (token == QXmlStreamReader::EndElement) {
            stack.removeLast();
        }
    }
    return {objects, parameters};
}

} // namespace

class TestFullImport : public QObject
{
    Q_OBJECT

private:
    ImportResult m_tr181;
    ImportResult m_tr098;

    const DataModel *tr181() const { return m_tr181.models.isEmpty() ? nullptr : &m_tr181.models.first(); }
    const DataModel *tr098() const { return m_tr098.models.isEmpty() ? nullptr : &m_tr098.models.first(); }

private Q_SLOTS:
    void initTestCase()
    {
        if (testsupport::sharedDir().isEmpty())
            return;
        QElapsedTimer t;
        t.start();
        m_tr181 = Importer().importFile(modelFile(QStringLiteral("tr-181-2-19-1-cwmp-full.xml")));
        qInfo("TR-181 2.19 full file imported in %lld ms", t.elapsed());
        QVERIFY2(m_tr181.ok(), qPrintable(m_tr181.error.toString()));
        m_tr098 = Importer().importFile(modelFile(QStringLiteral("tr-098-1-8-0-full.xml")));
        QVERIFY2(m_tr098.ok(), qPrintable(m_tr098.error.toString()));
    }

    void importsEveryObjectAndParameterOfTheFullFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("model");
        QTest::newRow("TR-181 2.19") << "tr-181-2-19-1-cwmp-full.xml" << "Device:2.19";
        QTest::newRow("TR-181 2.17") << "tr-181-2-17-0-cwmp-full.xml" << "Device:2.17";
        QTest::newRow("TR-098 Amd 8") << "tr-098-1-8-0-full.xml" << "InternetGatewayDevice:1.14";
    }
    void importsEveryObjectAndParameterOfTheFullFiles()
    {
        REQUIRE_SHARED_DIR();
        QFETCH(QString, file);
        QFETCH(QString, model);
        const ImportResult r = Importer().importFile(modelFile(file));
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        QCOMPARE(r.models.size(), 1);
        const DataModel &m = r.models.first();
        QCOMPARE(m.name(), model);
        const QPair<int, int> expected = countInXml(modelFile(file));
        QCOMPARE(m.objectCount(), expected.first);
        QCOMPARE(m.parameterCount(), expected.second);
        // Plausibility, should the XML count itself go wrong.
        QVERIFY(m.objectCount() > 150 && m.objectCount() < 2000);
        QVERIFY(m.parameterCount() > 1500 && m.parameterCount() < 15000);
        QCOMPARE(r.sourceFiles.size(), 1); // a full file imports nothing
    }

    void definesWellKnownParameters_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("typeName");
        QTest::addColumn<QString>("primitive");
        QTest::addColumn<QString>("access");
        QTest::addColumn<qint64>("maxLength");
        QTest::addColumn<QString>("rangeMin");
        QTest::addColumn<QString>("rangeMax");
        QTest::addColumn<QString>("units");
        QTest::addColumn<QString>("version");

        QTest::newRow("SSID string(32)") << "Device.WiFi.SSID.{i}.SSID" << "string" << "string" << "readWrite" << qint64(32) << "" << "" << "" << "2.0";
        QTest::newRow("PeriodicInformInterval min 1") << "Device.ManagementServer.PeriodicInformInterval" << "unsignedInt" << "unsignedInt" << "readWrite" << qint64(-1) << "1" << "" << "seconds" << "2.0";
        QTest::newRow("IPv4Address named type") << "Device.IP.Interface.{i}.IPv4Address.{i}.IPAddress" << "IPv4Address" << "string" << "readWrite" << qint64(15) << "" << "" << "" << "2.0";
        QTest::newRow("DNS server IPAddress") << "Device.DNS.Client.Server.{i}.DNSServer" << "IPAddress" << "string" << "readWrite" << qint64(45) << "" << "" << "" << "2.0";
        QTest::newRow("VLANID int 1..4094") << "Device.Bridging.Bridge.{i}.VLAN.{i}.VLANID" << "int" << "int" << "readWrite" << qint64(-1) << "1" << "4094" << "" << "2.0";
        QTest::newRow("BytesSent StatsCounter64 bytes") << "Device.Ethernet.Interface.{i}.Stats.BytesSent" << "StatsCounter64" << "unsignedLong" << "readOnly" << qint64(-1) << "" << "" << "bytes" << "2.0";
        QTest::newRow("URL via URI") << "Device.ManagementServer.URL" << "URL" << "string" << "readWrite" << qint64(2048) << "" << "" << "" << "2.0";
        QTest::newRow("MACAddress") << "Device.Ethernet.Interface.{i}.MACAddress" << "MACAddress" << "string" << "readOnly" << qint64(17) << "" << "" << "" << "2.0";
        QTest::newRow("IPPing Timeout ms") << "Device.IP.Diagnostics.IPPing.Timeout" << "unsignedInt" << "unsignedInt" << "readWrite" << qint64(-1) << "1" << "" << "milliseconds" << "2.0";
        QTest::newRow("MaxMTUSize 64..65535") << "Device.IP.Interface.{i}.MaxMTUSize" << "unsignedInt" << "unsignedInt" << "readWrite" << qint64(-1) << "64" << "65535" << "" << "2.0";
        QTest::newRow("MLDUnit appeared in 2.17") << "Device.WiFi.SSID.{i}.MLDUnit" << "int" << "int" << "readWrite" << qint64(-1) << "-1" << "-1" << "" << "2.17";
        QTest::newRow("RootDataModelVersion 2.4") << "Device.RootDataModelVersion" << "string" << "string" << "readOnly" << qint64(32) << "" << "" << "" << "2.4";
    }
    void definesWellKnownParameters()
    {
        REQUIRE_SHARED_DIR();
        QFETCH(QString, path);
        QVERIFY(tr181());
        const Definition *d = tr181()->find(path);
        QVERIFY2(d, qPrintable(path));
        QVERIFY(d->isParameter());
        QTEST(d->syntax.typeName(), "typeName");
        QTEST(d->syntax.primitive, "primitive");
        QTEST(accessName(d->access), "access");
        QFETCH(qint64, maxLength);
        QCOMPARE(d->syntax.sizes.isEmpty() ? qint64(-1) : d->syntax.sizes.first().maxLength, maxLength);
        QFETCH(QString, rangeMin);
        QFETCH(QString, rangeMax);
        QCOMPARE(d->syntax.ranges.isEmpty() ? QString() : d->syntax.ranges.first().min, rangeMin);
        QCOMPARE(d->syntax.ranges.isEmpty() ? QString() : d->syntax.ranges.first().max, rangeMax);
        QTEST(d->syntax.units, "units");
        QTEST(d->version, "version");
        QVERIFY(!d->description.isEmpty());
    }

    void resolvesNamedTypesThroughTheirBases()
    {
        REQUIRE_SHARED_DIR();
        const Definition *ip = tr181()->find(u"Device.IP.Interface.{i}.IPv4Address.{i}.IPAddress");
        QVERIFY(ip);
        QCOMPARE(ip->syntax.dataTypes, (QStringList{QStringLiteral("IPv4Address"), QStringLiteral("IPAddress")}));
        QCOMPARE(ip->syntax.patternSource, QStringLiteral("IPv4Address"));
        QVERIFY(ip->syntax.patterns.contains(QString()));
        QCOMPARE(ip->syntax.type, cwmp::ValueType::String);
        const Definition *alias = tr181()->find(u"Device.IP.Interface.{i}.IPv4Address.{i}.Alias");
        QVERIFY(alias);
        QCOMPARE(alias->syntax.dataTypes.first(), QStringLiteral("_AliasCWMP"));
        QCOMPARE(alias->syntax.sizes.first().maxLength, 64);
        QVERIFY(m_tr181.dataTypes.contains(QStringLiteral("StatsCounter64")));
        QCOMPARE(m_tr181.dataTypes.value(QStringLiteral("StatsCounter64")).type, cwmp::ValueType::UnsignedLong);
    }

    void readsEnumerationsWithTheirAccess()
    {
        REQUIRE_SHARED_DIR();
        const Definition *status = tr181()->find(u"Device.IP.Interface.{i}.Status");
        QVERIFY(status);
        QStringList values;
        for (const EnumValue &e : status->syntax.enumerations)
            values.append(e.value);
        QCOMPARE(values, QStringLiteral("Up Down Unknown Dormant NotPresent LowerLayerDown Error").split(u' '));
        QVERIFY(status->syntax.enumerations.last().optional);
        QVERIFY(status->syntax.hasDefault);
        QCOMPARE(status->syntax.defaultValue, QStringLiteral("Down"));

        const Definition *state = tr181()->find(u"Device.IP.Diagnostics.IPPing.DiagnosticsState");
        QVERIFY(state);
        QCOMPARE(state->syntax.typeName(), QStringLiteral("DiagnosticsState"));
        auto find = [&](const QString &v) {
            for (const EnumValue &e : state->syntax.enumerations) {
                if (e.value == v)
                    return e;
            }
            return EnumValue{};
        };
        QVERIFY(find(QStringLiteral("Complete")).readOnly);
        QVERIFY(!find(QStringLiteral("Requested")).readOnly);
        QCOMPARE(find(QStringLiteral("Error_NoRouteToHost")).value, QStringLiteral("Error_NoRouteToHost"));
    }

    void readsTablesWithEntriesAndRights()
    {
        REQUIRE_SHARED_DIR();
        const Definition *vlan = tr181()->find(u"Device.Bridging.Bridge.{i}.VLAN.{i}.");
        QVERIFY(vlan);
        QVERIFY(vlan->isTable());
        QVERIFY(vlan->canAddDelete());
        QCOMPARE(vlan->minEntries, 0);
        QCOMPARE(vlan->maxEntries, -1);
        QCOMPARE(vlan->numEntriesParameter, QStringLiteral("VLANNumberOfEntries"));
        QCOMPARE(vlan->enableParameter, QStringLiteral("Enable"));
        QVERIFY(!vlan->uniqueKeys.isEmpty());

        const Definition *eth = tr181()->find(u"Device.Ethernet.Interface.1.");
        QVERIFY(eth);
        QVERIFY(eth->isTable());
        QVERIFY(!eth->canAddDelete()); // access defaults to readOnly: the CPE owns the rows

        const Definition *count = tr181()->find(u"Device.Bridging.Bridge.{i}.VLANNumberOfEntries");
        QVERIFY(count);
        QCOMPARE(count->description, QStringLiteral("The number of entries in the Device.Bridging.Bridge.{i}.VLAN.{i} table."));
    }

    void readsHiddenAndDeletedItems()
    {
        REQUIRE_SHARED_DIR();
        const Definition *password = tr181()->find(u"Device.ManagementServer.Password");
        QVERIFY(password);
        QVERIFY(password->syntax.hidden);
        const Definition *ntp = tr181()->find(u"Device.Time.NTPServer1");
        QVERIFY(ntp);
        QCOMPARE(ntp->status, Status::Deleted);
    }

    void findsConcretePathsWithInstancesAndAliases_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("pattern");
        QTest::newRow("instance numbers") << "Device.WiFi.SSID.3.SSID" << "Device.WiFi.SSID.{i}.SSID";
        QTest::newRow("nested instances") << "Device.IP.Interface.2.IPv4Address.17.IPAddress" << "Device.IP.Interface.{i}.IPv4Address.{i}.IPAddress";
        QTest::newRow("alias") << "Device.WiFi.SSID.[guest].Enable" << "Device.WiFi.SSID.{i}.Enable";
        QTest::newRow("pattern itself") << "Device.WiFi.SSID.{i}.Status" << "Device.WiFi.SSID.{i}.Status";
        QTest::newRow("row object") << "Device.WiFi.SSID.3." << "Device.WiFi.SSID.{i}.";
        QTest::newRow("table without instance") << "Device.WiFi.SSID." << "Device.WiFi.SSID.{i}.";
        QTest::newRow("single object") << "Device.ManagementServer." << "Device.ManagementServer.";
        QTest::newRow("unknown") << "Device.WiFi.SSID.3.NoSuchThing" << "";
        QTest::newRow("vendor") << "Device.X_ACME_Thing" << "";
    }
    void findsConcretePathsWithInstancesAndAliases()
    {
        REQUIRE_SHARED_DIR();
        QFETCH(QString, path);
        QFETCH(QString, pattern);
        const Definition *d = tr181()->find(path);
        QCOMPARE(d ? d->path : QString(), pattern);
    }

    void listsChildrenOfAnObject()
    {
        REQUIRE_SHARED_DIR();
        const QList<const Definition *> kids = tr181()->children(u"Device.WiFi.SSID.2.");
        QStringList names;
        for (const Definition *d : kids)
            names.append(d->name());
        QVERIFY(names.contains(QStringLiteral("SSID")));
        QVERIFY(names.contains(QStringLiteral("Stats")));
        QVERIFY(kids.first()->isParameter());
        QVERIFY(kids.last()->isObject());
        const QList<const Definition *> root = tr181()->children(u"");
        QCOMPARE(root.size(), 1);
        QCOMPARE(root.first()->path, QStringLiteral("Device."));
        QVERIFY(tr181()->children(u"Device.").size() > 30);
    }

    void searchesNamesAndDescriptions()
    {
        REQUIRE_SHARED_DIR();
        const QList<const Definition *> wps = tr181()->search(QStringLiteral("wps"));
        QVERIFY(wps.size() > 5);
        bool byDescriptionOnly = false;
        for (const Definition *d : wps)
            byDescriptionOnly |= !d->path.contains(QLatin1String("WPS"), Qt::CaseInsensitive);
        QVERIFY(byDescriptionOnly);
        QCOMPARE(tr181()->search(QStringLiteral("wps pin"), 3).size(), 3);
        QVERIFY(tr181()->search(QStringLiteral("qqqzzz")).isEmpty());
    }

    void importsTr098()
    {
        REQUIRE_SHARED_DIR();
        QVERIFY(tr098());
        QCOMPARE(tr098()->rootName(), QStringLiteral("InternetGatewayDevice"));
        const Definition *ssid = tr098()->find(u"InternetGatewayDevice.LANDevice.1.WLANConfiguration.2.SSID");
        QVERIFY(ssid);
        QCOMPARE(ssid->syntax.sizes.first().maxLength, 32);
        QCOMPARE(ssid->access, Access::ReadWrite);
        const Definition *wlan = tr098()->find(u"InternetGatewayDevice.LANDevice.{i}.WLANConfiguration.{i}.");
        QVERIFY(wlan);
        QVERIFY(wlan->isTable());
        const Definition *summary = tr098()->find(u"InternetGatewayDevice.DeviceSummary");
        QVERIFY(summary);
        QCOMPARE(summary->status, Status::Deprecated);
        QVERIFY(summary->forcedInform);
    }
};

QTEST_GUILESS_MAIN(TestFullImport)
#include "tst_fullimport.moc"
