// The parameter browser's model with a data-model definition: definitions of rows, values
// refused by the definition's facets (also when already pending), the objects and
// parameters the definition has but the device did not report, and a filter that
// searches descriptions.

#include "parameterdefinitionsfixture.h"

#include <acs/acsengine.h>
#include <datamodel/modelcache.h>
#include <parametertreemodel.h>
#include <taskdispatcher.h>

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QtTest>

using models::ParameterTreeModel;

class ParameterDefinitionsTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<acs::AcsEngine> m_engine;
    std::unique_ptr<models::TaskDispatcher> m_dispatcher;
    std::unique_ptr<ParameterTreeModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QTemporaryDir m_dir;
    std::shared_ptr<const datamodel::DataModel> m_crafted;
    QString m_id;

    acs::DeviceRecord &record() { return *m_engine->devices().find(m_id); }

    void put(const QString &path, const QString &value, cwmp::ValueType type, bool writable)
    {
        record().parameters.setValue(path, value, type, 1000);
        record().parameters.setWritable(path, writable);
        m_engine->devices().parametersChanged(record(), {path}, {});
    }

    QStringList childNames(const QString &objectPath)
    {
        const QModelIndex parent = m_model->indexForPath(objectPath);
        if (m_model->canFetchMore(parent))
            m_model->fetchMore(parent);
        QStringList names;
        for (int r = 0; r < m_model->rowCount(parent); ++r)
            names.append(m_model->index(r, 0, parent).data().toString());
        return names;
    }

    QStringList leaves(const QModelIndex &parent = {}) const
    {
        QStringList out;
        for (int r = 0; r < m_model->rowCount(parent); ++r) {
            const QModelIndex i = m_model->index(r, 0, parent);
            if (i.data(ParameterTreeModel::IsObjectRole).toBool())
                out += leaves(i);
            else
                out.append(i.data(ParameterTreeModel::PathRole).toString());
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_crafted = testsupport::importCraftedModel(m_dir, &error);
        QVERIFY2(m_crafted, qPrintable(error));
    }

    void init()
    {
        m_engine = std::make_unique<acs::AcsEngine>();
        m_dispatcher = std::make_unique<models::TaskDispatcher>(*m_engine);
        cwmp::Inform inform;
        inform.deviceId = {QStringLiteral("ACME"), QStringLiteral("00D09E"), QStringLiteral("Gateway"), QStringLiteral("SN1")};
        m_id = m_engine->devices().applyInform(inform, QStringLiteral("127.0.0.1"), QStringLiteral("1.4"), 1000).id;
        using T = cwmp::ValueType;
        put(QStringLiteral("Device.DeviceInfo.Manufacturer"), QStringLiteral("ACME"), T::String, false);
        put(QStringLiteral("Device.DeviceInfo.ProvisioningCode"), QStringLiteral("OLD"), T::String, true);
        put(QStringLiteral("Device.DeviceInfo.X_00D09E_Colour"), QStringLiteral("red"), T::String, true);
        put(QStringLiteral("Device.ManagementServer.PeriodicInformInterval"), QStringLiteral("3600"), T::UnsignedInt, true);
        put(QStringLiteral("Device.WiFi.SSID.1.SSID"), QStringLiteral("home"), T::String, true);
        put(QStringLiteral("Device.WiFi.AccessPoint.1.PushButtonPin"), QStringLiteral("1234"), T::String, true);
        put(QStringLiteral("Device.WiFi.AccessPoint.1.Security.ModeEnabled"), QStringLiteral("None"), T::String, true);
        put(QStringLiteral("Device.WiFi.AccessPoint.1.WPS.Enable"), QStringLiteral("false"), T::Boolean, true);
        m_model = std::make_unique<ParameterTreeModel>(*m_engine, m_dispatcher.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_model->setDevice(m_id);
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_dispatcher.reset();
        m_engine.reset();
    }

    void findsTheDefinitionOfConcreteRows()
    {
        QSignalSpy changed(m_model.get(), &ParameterTreeModel::definitionsChanged);
        QVERIFY(!m_model->definitionAt(m_model->indexForPath(QStringLiteral("Device.WiFi.SSID.1.SSID"))));
        m_model->setDefinitions(m_crafted);
        QCOMPARE(changed.count(), 1);
        const datamodel::Definition *d = m_model->definitionAt(m_model->indexForPath(QStringLiteral("Device.WiFi.SSID.1.SSID")));
        QVERIFY(d);
        QCOMPARE(d->path, QStringLiteral("Device.WiFi.SSID.{i}.SSID"));
        QVERIFY(!m_model->definitionAt(m_model->indexForPath(QStringLiteral("Device.DeviceInfo.X_00D09E_Colour"))));
        QCOMPARE(m_model->definitions().missingReason(QStringLiteral("Device.DeviceInfo.X_00D09E_Colour")),
                 QStringLiteral("Vendor extension, no definition"));
        QCOMPARE(m_model->definitions().missingReason(QStringLiteral("Device.DeviceInfo.Bogus")),
                 QStringLiteral("Not in the data model Device:2.3"));
        m_model->setDefinitions(nullptr);
        QVERIFY(!m_model->definitionAt(m_model->indexForPath(QStringLiteral("Device.WiFi.SSID.1.SSID"))));
    }

    void refusesValuesTheDefinitionForbids_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("string too long") << "Device.WiFi.SSID.1.SSID" << QString(33, QLatin1Char('a')) << false;
        QTest::newRow("string at its length") << "Device.WiFi.SSID.1.SSID" << QString(32, QLatin1Char('a')) << true;
        QTest::newRow("pattern broken") << "Device.DeviceInfo.ProvisioningCode" << "abc def" << false;
        QTest::newRow("pattern kept") << "Device.DeviceInfo.ProvisioningCode" << "ACME.7" << true;
        QTest::newRow("below the range") << "Device.ManagementServer.PeriodicInformInterval" << "10" << false;
        QTest::newRow("inside the range") << "Device.ManagementServer.PeriodicInformInterval" << "60" << true;
        QTest::newRow("not in the enumeration") << "Device.WiFi.AccessPoint.1.Security.ModeEnabled" << "WPA9" << false;
        QTest::newRow("read-only enumeration value") << "Device.WiFi.AccessPoint.1.Security.ModeEnabled" << "Vendor" << false;
        QTest::newRow("enumeration value") << "Device.WiFi.AccessPoint.1.Security.ModeEnabled" << "WPA2-Personal" << true;
        QTest::newRow("vendor parameter, no definition") << "Device.DeviceInfo.X_00D09E_Colour" << QString(200, QLatin1Char('x')) << true;
    }

    void refusesValuesTheDefinitionForbids()
    {
        QFETCH(QString, path);
        QFETCH(QString, value);
        QFETCH(bool, accepted);
        m_model->setDefinitions(m_crafted);
        const QModelIndex cell = m_model->indexForPath(path).siblingAtColumn(ParameterTreeModel::ValueColumn);
        QVERIFY(cell.isValid());
        QCOMPARE(m_model->setData(cell, value), accepted);
        QCOMPARE(m_model->edits().count(), accepted ? 1 : 0);
        QCOMPARE(m_model->lastEditError().isEmpty(), accepted);
    }

    void acceptsAnyLengthWithoutDefinitions()
    {
        const QModelIndex cell = m_model->indexForPath(QStringLiteral("Device.WiFi.SSID.1.SSID")).siblingAtColumn(ParameterTreeModel::ValueColumn);
        QVERIFY(m_model->setData(cell, QString(40, QLatin1Char('a'))));
    }

    void blocksApplyOfAPendingValueTheNewDefinitionRefuses()
    {
        const QModelIndex cell = m_model->indexForPath(QStringLiteral("Device.WiFi.SSID.1.SSID")).siblingAtColumn(ParameterTreeModel::ValueColumn);
        QVERIFY(m_model->setData(cell, QString(40, QLatin1Char('a'))));
        QVERIFY(m_model->edits().invalidReason().isEmpty());
        m_model->setDefinitions(m_crafted);
        const QString reason = m_model->edits().invalidReason();
        QVERIFY(reason.startsWith(QStringLiteral("Device.WiFi.SSID.1.SSID: ")));
        QString why;
        QCOMPARE(m_model->edits().apply(&why), 0);
        QCOMPARE(why, reason);
        QVERIFY(m_engine->tasks().tasksOf(m_id).isEmpty());
    }

    void showsDefinedObjectsNotPresentOnlyWithTheOption()
    {
        m_model->setDefinitions(m_crafted);
        QVERIFY(!childNames(QStringLiteral("Device.DeviceInfo.")).contains(QStringLiteral("SoftwareVersion")));
        m_model->setShowDefinedOnly(true);
        const QStringList info = childNames(QStringLiteral("Device.DeviceInfo."));
        QVERIFY2(info.contains(QStringLiteral("SoftwareVersion")), qPrintable(info.join(u' ')));
        QVERIFY(info.contains(QStringLiteral("UpTime")));
        QCOMPARE(info.count(QStringLiteral("Manufacturer")), 1);
        const QModelIndex absent = m_model->indexForPath(QStringLiteral("Device.DeviceInfo.SoftwareVersion"));
        QVERIFY(absent.data(ParameterTreeModel::DefinedOnlyRole).toBool());
        QVERIFY(absent.data(Qt::ToolTipRole).toString().contains(QStringLiteral("defined in Device:2.3, not present on the device")));
        QVERIFY(!(absent.siblingAtColumn(ParameterTreeModel::ValueColumn).flags() & Qt::ItemIsEditable));
        QVERIFY(!m_model->indexForPath(QStringLiteral("Device.DeviceInfo.Manufacturer")).data(ParameterTreeModel::DefinedOnlyRole).toBool());
        // Objects too: Time is defined, the device has none of it; a table's rows are not invented.
        QVERIFY(childNames(QStringLiteral("Device.")).contains(QStringLiteral("Time.")));
        QVERIFY(childNames(QStringLiteral("Device.Time.")).contains(QStringLiteral("LocalTimeZoneOffset")));
        QCOMPARE(childNames(QStringLiteral("Device.WiFi.")).count(QStringLiteral("SSID.")), 1);
        QVERIFY(childNames(QStringLiteral("Device.WiFi.")).contains(QStringLiteral("SSIDNumberOfEntries")));

        m_model->setShowDefinedOnly(false);
        QVERIFY(!childNames(QStringLiteral("Device.")).contains(QStringLiteral("Time.")));
    }

    void definedNodeBecomesRealWhenTheDeviceReportsIt()
    {
        m_model->setDefinitions(m_crafted);
        m_model->setShowDefinedOnly(true);
        childNames(QStringLiteral("Device.DeviceInfo."));
        QVERIFY(m_model->indexForPath(QStringLiteral("Device.DeviceInfo.SoftwareVersion")).data(ParameterTreeModel::DefinedOnlyRole).toBool());
        put(QStringLiteral("Device.DeviceInfo.SoftwareVersion"), QStringLiteral("1.0"), cwmp::ValueType::String, false);
        const QModelIndex now = m_model->indexForPath(QStringLiteral("Device.DeviceInfo.SoftwareVersion"));
        QVERIFY(!now.data(ParameterTreeModel::DefinedOnlyRole).toBool());
        QCOMPARE(now.siblingAtColumn(ParameterTreeModel::ValueColumn).data().toString(), QStringLiteral("1.0"));
        QCOMPARE(childNames(QStringLiteral("Device.DeviceInfo.")).count(QStringLiteral("SoftwareVersion")), 1);
    }

    void descriptionSearchFindsWhatNamesDoNot()
    {
        m_model->setDefinitions(m_crafted);
        m_model->setFilter(QStringLiteral("WPS"));
        QCOMPARE(leaves(), QStringList{QStringLiteral("Device.WiFi.AccessPoint.1.WPS.Enable")});
        m_model->setFilterScope(ParameterTreeModel::FilterScope::NamesAndDescriptions);
        QStringList found = leaves();
        found.sort();
        QCOMPARE(found, (QStringList{QStringLiteral("Device.WiFi.AccessPoint.1.PushButtonPin"),
                                     QStringLiteral("Device.WiFi.AccessPoint.1.WPS.Enable")}));
        m_model->setDefinitions(nullptr);
        QCOMPARE(leaves(), QStringList{QStringLiteral("Device.WiFi.AccessPoint.1.WPS.Enable")});
    }

    void explainsTr181AndSearchesItsDescriptionsQuickly()
    {
        const QString file = testsupport::tr181File();
        if (file.isEmpty())
            QSKIP("../shared/datamodels/tr-181-2-19-1-cwmp-full.xml is not beside the checkout");
        QElapsedTimer timer;
        timer.start();
        const datamodel::ImportResult result = datamodel::Importer().importFile(file);
        QVERIFY2(result.ok(), qPrintable(result.error.toString()));
        const auto model = std::make_shared<const datamodel::DataModel>(result.models.constFirst());
        qInfo("TR-181 import: %lld ms", timer.elapsed());

        // About 30 000 parameters: 1000 hosts of 30 parameters each.
        acs::ParameterCache &cache = record().parameters;
        static const char *const kHostParams[] = {"Alias", "PhysAddress", "IPAddress", "DHCPClient", "AssociatedDevice",
                                                  "Layer1Interface", "Layer3Interface", "HostName", "Active", "ActiveLastChange"};
        for (int h = 1; h <= 1000; ++h) {
            for (const char *name : kHostParams) {
                for (int copy = 0; copy < 3; ++copy) {
                    const QString path = copy == 0 ? QStringLiteral("Device.Hosts.Host.%1.%2").arg(h).arg(QLatin1String(name))
                                                   : QStringLiteral("Device.Hosts.Host.%1.X_00D09E_%2%3").arg(h).arg(QLatin1String(name)).arg(copy);
                    cache.setValue(path, QStringLiteral("x"), cwmp::ValueType::String, 1000);
                }
            }
        }
        m_engine->devices().parametersChanged(record(), {QStringLiteral("Device.Hosts.Host.1.Alias")}, {});
        QVERIFY(cache.size() >= 30000);

        m_model->setDefinitions(model);
        const datamodel::Definition *code = m_model->definitionAt(m_model->indexForPath(QStringLiteral("Device.DeviceInfo.ProvisioningCode")));
        QVERIFY(code);
        QCOMPARE(code->syntax.sizes.constFirst().maxLength, 64);
        QVERIFY(code->description.contains(QStringLiteral("provisioning"), Qt::CaseInsensitive));
        // ModeEnabled takes its values from ModesSupported (an enumerationRef); Type lists them.
        const datamodel::Definition *mode = m_model->definitions().find(QStringLiteral("Device.WiFi.AccessPoint.1.Security.ModeEnabled"));
        QVERIFY(mode);
        QCOMPARE(mode->syntax.reference.kind, datamodel::Reference::Kind::Enumeration);
        const datamodel::Definition *type = m_model->definitions().find(QStringLiteral("Device.IP.Interface.3.Type"));
        QVERIFY(type);
        QStringList values;
        for (const datamodel::EnumValue &e : type->syntax.enumerations)
            values.append(e.value);
        QVERIFY2(values.contains(QStringLiteral("Normal")) && values.contains(QStringLiteral("Loopback")), qPrintable(values.join(u',')));

        m_model->setFilterScope(ParameterTreeModel::FilterScope::NamesAndDescriptions);
        timer.restart();
        m_model->setFilter(QStringLiteral("WPS"));
        const qint64 wpsMs = timer.elapsed();
        timer.restart();
        m_model->setFilter(QStringLiteral("address"));
        const qint64 addressMs = timer.elapsed();
        qInfo("description filter over %lld cached parameters: WPS %lld ms, \"address\" %lld ms (%d rows)",
              qint64(cache.size()), wpsMs, addressMs, int(leaves().size()));
        m_model->setFilter(QStringLiteral("WPS"));
        QVERIFY(leaves().contains(QStringLiteral("Device.WiFi.AccessPoint.1.WPS.Enable")));
        // The GUI thread may spend this much on a keystroke-debounced filter.
        QVERIFY2(wpsMs < 1000 && addressMs < 1000, "the description filter is too slow for the GUI thread");
    }
};

QTEST_GUILESS_MAIN(ParameterDefinitionsTest)
#include "tst_parameterdefinitions.moc"
