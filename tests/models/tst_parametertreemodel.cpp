// The parameter browser's model over a real engine's device cache: lazy loading from the
// cache and live, incremental updates, the filter over the whole cache, pending edits sent
// as one SetParameterValues, and its faults shown on the rows they name.

#include <acs/acsengine.h>
#include <parameterexport.h>
#include <parametertreemodel.h>
#include <taskdispatcher.h>

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QtTest>

using models::ParameterTreeModel;

namespace {

const QString kString = QStringLiteral("string");

struct Param {
    QString path;
    QString value;
    cwmp::ValueType type = cwmp::ValueType::String;
    bool writable = false;
};

} // namespace

class ParameterTreeModelTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<acs::AcsEngine> m_engine;
    std::unique_ptr<models::TaskDispatcher> m_dispatcher;
    QString m_id;

    acs::DeviceRecord &record() { return *m_engine->devices().find(m_id); }

    void put(const QList<Param> &params)
    {
        QSet<QString> changed;
        for (const Param &p : params) {
            if (!p.path.endsWith(QLatin1Char('.')))
                record().parameters.setValue(p.path, p.value, p.type, 1000);
            record().parameters.setWritable(p.path, p.writable);
            changed.insert(p.path);
        }
        m_engine->devices().parametersChanged(record(), changed, {});
    }

    void removeSubtree(const QString &path)
    {
        const QStringList removed = record().parameters.removeSubtree(path);
        m_engine->devices().parametersChanged(record(), {}, removed);
    }

    // Completes a queued task as if the device had answered.
    void finish(qint64 id, acs::TaskState state, const QJsonObject &result = {}, int faultCode = 0)
    {
        acs::Task t = *m_engine->tasks().find(id);
        t.state = state;
        t.result = result;
        t.faultCode = faultCode;
        t.faultString = faultCode ? QStringLiteral("rejected") : QString();
        m_engine->tasks().update(t);
    }

    QList<acs::Task> tasksOfKind(const QString &kind) const
    {
        QList<acs::Task> out;
        for (const acs::Task &t : m_engine->tasks().tasksOf(m_id)) {
            if (t.kind == kind)
                out.append(t);
        }
        return out;
    }

    static QStringList childNames(const QAbstractItemModel &model, const QModelIndex &parent)
    {
        QStringList names;
        for (int r = 0; r < model.rowCount(parent); ++r)
            names.append(model.index(r, 0, parent).data().toString());
        return names;
    }

    // Every parameter (leaf) the model shows, without fetching anything.
    static int countLeaves(const QAbstractItemModel &model, const QModelIndex &parent = {})
    {
        int n = 0;
        for (int r = 0; r < model.rowCount(parent); ++r) {
            const QModelIndex i = model.index(r, 0, parent);
            n += i.data(ParameterTreeModel::IsObjectRole).toBool() ? countLeaves(model, i) : 1;
        }
        return n;
    }

    QList<Param> smallTree() const
    {
        using T = cwmp::ValueType;
        return {
            {QStringLiteral("Device.DeviceInfo.Manufacturer"), QStringLiteral("ACME"), T::String, false},
            {QStringLiteral("Device.DeviceInfo.ProvisioningCode"), QStringLiteral("old"), T::String, true},
            {QStringLiteral("Device.DeviceInfo.UpTime"), QStringLiteral("42"), T::UnsignedInt, false},
            {QStringLiteral("Device.ManagementServer.PeriodicInformInterval"), QStringLiteral("3600"), T::UnsignedInt, true},
            {QStringLiteral("Device.ManagementServer.PeriodicInformEnable"), QStringLiteral("true"), T::Boolean, true},
            {QStringLiteral("Device.Time.LocalTimeZoneOffset"), QStringLiteral("-60"), T::Int, true},
            {QStringLiteral("Device.WiFi.SSID.1.SSID"), QStringLiteral("home"), T::String, true},
            {QStringLiteral("Device.WiFi.SSID.2.SSID"), QStringLiteral("guest"), T::String, true},
            {QStringLiteral("Device.WiFi.SSID.10.SSID"), QStringLiteral("iot"), T::String, true},
            {QStringLiteral("Device.Unread."), QString(), T::Unspecified, false},
        };
    }

private Q_SLOTS:
    void init()
    {
        m_engine = std::make_unique<acs::AcsEngine>();
        m_dispatcher = std::make_unique<models::TaskDispatcher>(*m_engine);
        cwmp::Inform inform;
        inform.deviceId = {QStringLiteral("ACME"), QStringLiteral("00D09E"), QStringLiteral("Gateway"), QStringLiteral("SN1")};
        m_id = m_engine->devices().applyInform(inform, QStringLiteral("127.0.0.1"), QStringLiteral("1.4"), 1000).id;
    }

    void cleanup()
    {
        m_dispatcher.reset();
        m_engine.reset();
    }

    void showsTopLevelObjectsAndLoadsChildrenFromTheCache()
    {
        put(smallTree());
        ParameterTreeModel model(*m_engine, m_dispatcher.get());
        model.setDevice(m_id);
        QCOMPARE(childNames(model, {}), QStringList{QStringLiteral("Device.")});
        const QModelIndex device = model.index(0, 0);
        QVERIFY(model.hasChildren(device));
        QCOMPARE(model.rowCount(device), 0); // nothing loaded until asked
        QVERIFY(model.canFetchMore(device));
        model.fetchMore(device);
        QCOMPARE(childNames(model, device), (QStringList{QStringLiteral("DeviceInfo."), QStringLiteral("ManagementServer."),
                                                         QStringLiteral("Time."), QStringLiteral("Unread."), QStringLiteral("WiFi.")}));
        QVERIFY(tasksOfKind(QStringLiteral("getParameterNames")).isEmpty()); // all from the cache

        const QModelIndex info = model.indexForPath(QStringLiteral("Device.DeviceInfo.UpTime"));
        QVERIFY(info.isValid());
        QCOMPARE(model.index(info.row(), ParameterTreeModel::ValueColumn, info.parent()).data().toString(), QStringLiteral("42"));
        QCOMPARE(model.index(info.row(), ParameterTreeModel::TypeColumn, info.parent()).data().toString(), QStringLiteral("unsignedInt"));
        QCOMPARE(model.index(info.row(), ParameterTreeModel::WritableColumn, info.parent()).data().toString(), QStringLiteral("no"));
        QVERIFY(!model.index(info.row(), ParameterTreeModel::LastReadColumn, info.parent()).data().toString().isEmpty());
    }

    void ordersInstanceNumbersNaturally()
    {
        put(smallTree());
        ParameterTreeModel model(*m_engine, m_dispatcher.get());
        model.setDevice(m_id);
        const QModelIndex ssid = model.indexForPath(QStringLiteral("Device.WiFi.SSID."));
        QVERIFY(ssid.isValid());
        model.fetchMore(ssid);
        QCOMPARE(childNames(model, ssid), (QStringList{QStringLiteral("1."), QStringLiteral("2."), QStringLiteral("10.")}));
    }

    void readsAnUnreadBranchLiveWithGetParameterNames()
    {
        put(smallTree());
        ParameterTreeModel model(*m_engine, m_dispatcher.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy loading(&model, &ParameterTreeModel::loadingChanged);
        model.setDevice(m_id);
        const QModelIndex unread = model.indexForPath(QStringLiteral("Device.Unread."));
        QVERIFY(unread.isValid());
        QVERIFY(model.canFetchMore(unread));
        model.fetchMore(unread);

        const QList<acs::Task> gpn = tasksOfKind(QStringLiteral("getParameterNames"));
        QCOMPARE(gpn.size(), 1);
        QCOMPARE(gpn.at(0).args.value(QStringLiteral("parameterPath")).toString(), QStringLiteral("Device.Unread."));
        QCOMPARE(gpn.at(0).args.value(QStringLiteral("nextLevel")).toBool(), true);
        QVERIFY(unread.data(ParameterTreeModel::LoadingRole).toBool());
        QVERIFY(model.hasChildren(unread));
        QVERIFY(!model.canFetchMore(unread));
        QCOMPARE(loading.size(), 1);

        // The device's answer lands in the cache (names only), then the task ends.
        record().parameters.setWritable(QStringLiteral("Device.Unread.Enable"), true);
        record().parameters.setWritable(QStringLiteral("Device.Unread.Sub."), false);
        m_engine->devices().parametersChanged(record(), {QStringLiteral("Device.Unread.Enable"), QStringLiteral("Device.Unread.Sub.")}, {});
        QCOMPARE(childNames(model, unread), (QStringList{QStringLiteral("Enable"), QStringLiteral("Sub.")}));
        finish(gpn.at(0).id, acs::TaskState::Done,
               {{QStringLiteral("parameterNames"), QJsonArray{QJsonArray{QStringLiteral("Device.Unread.Enable"), true},
                                                              QJsonArray{QStringLiteral("Device.Unread.Sub."), false}}}});
        // Then the values of the parameters on that level, still under the spinner.
        const QList<acs::Task> gpv = tasksOfKind(QStringLiteral("getParameterValues"));
        QCOMPARE(gpv.size(), 1);
        QCOMPARE(gpv.at(0).args.value(QStringLiteral("parameterNames")).toArray(), QJsonArray{QStringLiteral("Device.Unread.Enable")});
        QVERIFY(unread.data(ParameterTreeModel::LoadingRole).toBool());
        put({{QStringLiteral("Device.Unread.Enable"), QStringLiteral("true"), cwmp::ValueType::Boolean, true}});
        finish(gpv.at(0).id, acs::TaskState::Done);
        QVERIFY(!unread.data(ParameterTreeModel::LoadingRole).toBool());
        // (The tester expanded the new Sub. object too: that branch is still being read.)
        QVERIFY(model.isLoading());
    }

    void reportsALiveReadThatFailed()
    {
        put(smallTree());
        ParameterTreeModel model(*m_engine, m_dispatcher.get());
        QSignalSpy failed(&model, &ParameterTreeModel::loadFailed);
        model.setDevice(m_id);
        const QModelIndex unread = model.indexForPath(QStringLiteral("Device.Unread."));
        model.fetchMore(unread);
        finish(tasksOfKind(QStringLiteral("getParameterNames")).at(0).id, acs::TaskState::Fault, {}, 9005);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("Device.Unread."));
        QVERIFY(failed.at(0).at(1).toString().contains(QLatin1String("9005")));
        QVERIFY(!model.isLoading());
    }

    void updatesOnlyWhatChangedUnderTheModelTester()
    {
        put(smallTree());
        ParameterTreeModel model(*m_engine, m_dispatcher.get());
        model.setDevice(m_id);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        tester.setUseFetchMore(true);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        const QModelIndex ssid = model.indexForPath(QStringLiteral("Device.WiFi.SSID."));
        model.fetchMore(ssid);
        QCOMPARE(model.rowCount(ssid), 3);
        inserted.clear();

        // A value change: one dataChanged, no rows moved.
        put({{QStringLiteral("Device.WiFi.SSID.2.SSID"), QStringLiteral("visitors"), cwmp::ValueType::String, true}});
        QCOMPARE(inserted.size(), 0);
        QVERIFY(!changed.isEmpty());
        const QModelIndex two = model.indexForPath(QStringLiteral("Device.WiFi.SSID.2.SSID"));
        QCOMPARE(model.index(two.row(), ParameterTreeModel::ValueColumn, two.parent()).data().toString(), QStringLiteral("visitors"));

        // New instances under a loaded parent appear in natural order; under an unloaded
        // parent nothing is shown until it is expanded.
        put({{QStringLiteral("Device.WiFi.SSID.3.SSID"), QStringLiteral("new"), cwmp::ValueType::String, true},
             {QStringLiteral("Device.WiFi.SSID.11.SSID"), QStringLiteral("newer"), cwmp::ValueType::String, true},
             {QStringLiteral("Device.WiFi.Radio.1.Channel"), QStringLiteral("6"), cwmp::ValueType::UnsignedInt, true},
             {QStringLiteral("Device.Hosts.HostNumberOfEntries"), QStringLiteral("0"), cwmp::ValueType::UnsignedInt, false}});
        QCOMPARE(childNames(model, ssid), (QStringList{QStringLiteral("1."), QStringLiteral("2."), QStringLiteral("3."),
                                                       QStringLiteral("10."), QStringLiteral("11.")}));
        const QModelIndex wifi = model.indexForPath(QStringLiteral("Device.WiFi."));
        QCOMPARE(childNames(model, wifi), (QStringList{QStringLiteral("Radio."), QStringLiteral("SSID.")}));
        QVERIFY(model.indexForPath(QStringLiteral("Device.Hosts.")).isValid());

        // A deleted instance goes with its rows.
        removeSubtree(QStringLiteral("Device.WiFi.SSID.2."));
        QVERIFY(!removed.isEmpty());
        QCOMPARE(childNames(model, ssid), (QStringList{QStringLiteral("1."), QStringLiteral("3."), QStringLiteral("10."), QStringLiteral("11.")}));
        QCOMPARE(model.indexForPath(QStringLiteral("Device.WiFi.SSID.10.")).row(), 2); // rows renumbered
        QCOMPARE(resets.size(), 0);
    }

    void rebuildsWhenTheWholeCacheIsReplaced()
    {
        put(smallTree());
        ParameterTreeModel model(*m_engine, m_dispatcher.get());
        model.setDevice(m_id);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        // A BOOTSTRAP Inform: everything cached goes, the Inform's parameters come back.
        cwmp::Inform inform;
        inform.deviceId = record().deviceId;
        inform.events.append(cwmp::EventStruct{QStringLiteral("0 BOOTSTRAP"), QString()});
        cwmp::ParameterValueStruct p;
        p.name = QStringLiteral("InternetGatewayDevice.DeviceInfo.SoftwareVersion");
        p.value = QStringLiteral("2.0");
        p.type = cwmp::ValueType::String;
        inform.parameterList.append(p);
        m_engine->devices().applyInform(inform, QStringLiteral("127.0.0.1"), QStringLiteral("1.4"), 2000);
        QCOMPARE(resets.size(), 1);
        QCOMPARE(childNames(model, {}), QStringList{QStringLiteral("InternetGatewayDevice.")});
    }

    void filtersTheWholeCacheBySubstringAndGlob_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<int>("leaves");
        QTest::newRow("substring") << QStringLiteral("hostname") << 2000;
        QTest::newRow("glob over instances") << QStringLiteral("Device.WiFi.SSID.*.SSID") << 4;
        QTest::newRow("glob names an object") << QStringLiteral("Device.Hosts.Host.*") << 20000;
        QTest::newRow("glob in the middle") << QStringLiteral("Device.Hosts.Host.*.Active") << 2000;
        QTest::newRow("glob one instance") << QStringLiteral("Device.Hosts.Host.17.*") << 10;
        QTest::newRow("no match") << QStringLiteral("NoSuchThing") << 0;
    }

    void filtersTheWholeCacheBySubstringAndGlob()
    {
        QFETCH(QString, filter);
        QFETCH(int, leaves);
        acs::ParameterCache &cache = record().parameters;
        const QStringList fields{QStringLiteral("Active"), QStringLiteral("HostName"), QStringLiteral("IPAddress"),
                                 QStringLiteral("MACAddress"), QStringLiteral("Layer2Interface"), QStringLiteral("LeaseTimeRemaining"),
                                 QStringLiteral("AddressSource"), QStringLiteral("DHCPClient"), QStringLiteral("Alias"),
                                 QStringLiteral("PhysAddress")};
        for (int i = 1; i <= 2000; ++i) {
            for (const QString &f : fields)
                cache.setValue(QStringLiteral("Device.Hosts.Host.%1.%2").arg(i).arg(f), QStringLiteral("v%1").arg(i), cwmp::ValueType::String, 1000);
        }
        for (int i = 1; i <= 4; ++i)
            cache.setValue(QStringLiteral("Device.WiFi.SSID.%1.SSID").arg(i), QStringLiteral("net%1").arg(i), cwmp::ValueType::String, 1000);
        QVERIFY(cache.size() >= 20000);

        ParameterTreeModel model(*m_engine, m_dispatcher.get());
        model.setDevice(m_id);
        QCOMPARE(countLeaves(model), 0); // lazy: nothing below Device. is loaded

        QElapsedTimer timer;
        timer.start();
        model.setFilter(filter);
        const qint64 elapsed = timer.elapsed();
        QCOMPARE(countLeaves(model), leaves);
        QVERIFY2(elapsed < 2000, qPrintable(QStringLiteral("filtering took %1 ms").arg(elapsed)));
        if (leaves > 0 && leaves < 100) {
            QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
            QVERIFY(!model.canFetchMore(model.index(0, 0))); // the filtered tree is complete
        }

        model.setFilter(QString());
        QCOMPARE(countLeaves(model), 0);
        QVERIFY(model.canFetchMore(model.index(0, 0)));
    }

    void insertsNewMatchesIntoTheFilteredTree()
    {
        put(smallTree());
        ParameterTreeModel model(*m_engine, m_dispatcher.get());
        model.setDevice(m_id);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setFilter(QStringLiteral("Device.WiFi.SSID.*.SSID"));
        QCOMPARE(countLeaves(model), 3);
        put({{QStringLiteral("Device.WiFi.SSID.4.SSID"), QStringLiteral("x"), cwmp::ValueType::String, true},
             {QStringLiteral("Device.WiFi.SSID.4.Enable"), QStringLiteral("true"), cwmp::ValueType::Boolean, true}});
        QCOMPARE(countLeaves(model), 4);
        QVERIFY(model.indexForPath(QStringLiteral("Device.WiFi.SSID.4.SSID")).isValid());
        QVERIFY(!model.indexForPath(QStringLiteral("Device.WiFi.SSID.4.Enable")).isValid());
    }

    void collectsEditsAndAppliesThemAsOneTask()
    {
        put(smallTree());
        ParameterTreeModel model(*m_engine, m_dispatcher.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setDevice(m_id);
        QSignalSpy count(&model.edits(), &models::ParameterEdits::countChanged);
        const QModelIndex interval = model.indexForPath(QStringLiteral("Device.ManagementServer.PeriodicInformInterval"));
        const QModelIndex intervalValue = model.index(interval.row(), ParameterTreeModel::ValueColumn, interval.parent());
        const QModelIndex code = model.indexForPath(QStringLiteral("Device.DeviceInfo.ProvisioningCode"));
        const QModelIndex codeValue = model.index(code.row(), ParameterTreeModel::ValueColumn, code.parent());
        QVERIFY(model.flags(intervalValue) & Qt::ItemIsEditable);

        // Values the type does not allow are refused with the reason.
        QVERIFY(!model.setData(intervalValue, QStringLiteral("-5")));
        QVERIFY(!model.lastEditError().isEmpty());
        QVERIFY(!model.setData(intervalValue, QStringLiteral("soon")));
        QCOMPARE(model.edits().count(), 0);

        QVERIFY(model.setData(intervalValue, QStringLiteral("+600")));
        QVERIFY(model.setData(codeValue, QStringLiteral("lab-7")));
        QCOMPARE(model.edits().count(), 2);
        QCOMPARE(count.constLast().at(0).toInt(), 2);
        QVERIFY(intervalValue.data(ParameterTreeModel::PendingRole).toBool());
        QCOMPARE(intervalValue.data().toString(), QStringLiteral("600 (was 3600)")); // canonical, with the old value
        QCOMPARE(intervalValue.data(Qt::EditRole).toString(), QStringLiteral("600"));
        QCOMPARE(intervalValue.data(ParameterTreeModel::OldValueRole).toString(), QStringLiteral("3600"));

        QString why;
        const qint64 id = model.edits().apply(&why);
        QVERIFY2(id > 0, qPrintable(why));
        const QList<acs::Task> sets = tasksOfKind(QStringLiteral("setParameterValues"));
        QCOMPARE(sets.size(), 1);
        const QJsonArray values = sets.at(0).args.value(QStringLiteral("parameterValues")).toArray();
        QCOMPARE(values.size(), 2);
        QCOMPARE(values.at(0).toArray(), (QJsonArray{QStringLiteral("Device.DeviceInfo.ProvisioningCode"), QStringLiteral("lab-7"), QStringLiteral("xsd:string")}));
        QCOMPARE(values.at(1).toArray(), (QJsonArray{QStringLiteral("Device.ManagementServer.PeriodicInformInterval"), QStringLiteral("600"), QStringLiteral("xsd:unsignedInt")}));
        QVERIFY(!(model.flags(intervalValue) & Qt::ItemIsEditable)); // no edits while applying

        // The device took them: the cache has the new values and nothing is pending.
        put({{QStringLiteral("Device.ManagementServer.PeriodicInformInterval"), QStringLiteral("600"), cwmp::ValueType::UnsignedInt, true},
             {QStringLiteral("Device.DeviceInfo.ProvisioningCode"), QStringLiteral("lab-7"), cwmp::ValueType::String, true}});
        finish(id, acs::TaskState::Done, {{QStringLiteral("status"), 0}});
        QCOMPARE(model.edits().count(), 0);
        QVERIFY(!intervalValue.data(ParameterTreeModel::PendingRole).toBool());
        QCOMPARE(intervalValue.data().toString(), QStringLiteral("600"));
    }

    void revertDropsEveryPendingChange()
    {
        put(smallTree());
        ParameterTreeModel model(*m_engine, m_dispatcher.get());
        model.setDevice(m_id);
        QVERIFY(model.edits().setValue(QStringLiteral("Device.ManagementServer.PeriodicInformEnable"), QStringLiteral("0")));
        QVERIFY(model.edits().setValue(QStringLiteral("Device.Time.LocalTimeZoneOffset"), QStringLiteral("120")));
        QCOMPARE(model.edits().pending(QStringLiteral("Device.ManagementServer.PeriodicInformEnable"))->newValue, QStringLiteral("false"));
        model.edits().revert();
        QCOMPARE(model.edits().count(), 0);
        const QModelIndex offset = model.indexForPath(QStringLiteral("Device.Time.LocalTimeZoneOffset"));
        QCOMPARE(model.index(offset.row(), ParameterTreeModel::ValueColumn, offset.parent()).data().toString(), QStringLiteral("-60"));
        // Editing back to the old value is no change at all.
        QVERIFY(model.edits().setValue(QStringLiteral("Device.Time.LocalTimeZoneOffset"), QStringLiteral("-60")));
        QCOMPARE(model.edits().count(), 0);
    }

    void refusesEditsOfReadOnlyParameters()
    {
        put(smallTree());
        ParameterTreeModel model(*m_engine, m_dispatcher.get());
        model.setDevice(m_id);
        const QModelIndex uptime = model.indexForPath(QStringLiteral("Device.DeviceInfo.UpTime"));
        const QModelIndex value = model.index(uptime.row(), ParameterTreeModel::ValueColumn, uptime.parent());
        QVERIFY(!(model.flags(value) & Qt::ItemIsEditable));
        QVERIFY(!model.setData(value, QStringLiteral("1")));
        QString why;
        QVERIFY(!model.edits().setValue(QStringLiteral("Device.DeviceInfo.UpTime"), QStringLiteral("1"), &why));
        QVERIFY(why.contains(QLatin1String("Device.DeviceInfo.UpTime")));
    }

    void showsFaultsOnTheParametersTheyName()
    {
        put(smallTree());
        ParameterTreeModel model(*m_engine, m_dispatcher.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setDevice(m_id);
        QSignalSpy finished(&model.edits(), &models::ParameterEdits::applyFinished);
        QVERIFY(model.edits().setValue(QStringLiteral("Device.WiFi.SSID.1.SSID"), QStringLiteral("x")));
        QVERIFY(model.edits().setValue(QStringLiteral("Device.Time.LocalTimeZoneOffset"), QStringLiteral("5000")));
        const qint64 id = model.edits().apply();
        QVERIFY(id > 0);
        const QJsonObject result{
            {QStringLiteral("faultCode"), 9003},
            {QStringLiteral("faultString"), QStringLiteral("Invalid arguments")},
            {QStringLiteral("setParameterValuesFaults"),
             QJsonArray{QJsonObject{{QStringLiteral("parameterName"), QStringLiteral("Device.Time.LocalTimeZoneOffset")},
                                    {QStringLiteral("faultCode"), 9007},
                                    {QStringLiteral("faultString"), QStringLiteral("out of range")}}}}};
        finish(id, acs::TaskState::Fault, result, 9003);
        QCOMPARE(finished.size(), 1);

        const QModelIndex offset = model.indexForPath(QStringLiteral("Device.Time.LocalTimeZoneOffset"));
        const QString fault = offset.data(ParameterTreeModel::FaultRole).toString();
        QVERIFY2(fault.startsWith(QLatin1String("9007")) && fault.contains(QLatin1String("out of range")), qPrintable(fault));
        QVERIFY(offset.data(Qt::ToolTipRole).toString().contains(QLatin1String("9007")));
        const QModelIndex ssid = model.indexForPath(QStringLiteral("Device.WiFi.SSID.1.SSID"));
        QVERIFY(ssid.data(ParameterTreeModel::FaultRole).toString().isEmpty());
        // Nothing was applied (A.3.2.1 all or nothing): both edits are still pending.
        QCOMPARE(model.edits().count(), 2);
        model.edits().revert();
        QVERIFY(offset.data(ParameterTreeModel::FaultRole).toString().isEmpty());
    }

    void exportsASubtreeAsCsvAndJson()
    {
        put(smallTree());
        put({{QStringLiteral("Device.DeviceInfo.Description"), QStringLiteral("say \"hi\", twice\nok"), cwmp::ValueType::String, false}});
        const auto rows = record().parameters.subtree(QStringLiteral("Device.DeviceInfo."));
        const QString csv = QString::fromUtf8(models::ParameterExport::toCsv(rows));
        const QStringList lines = csv.split(QStringLiteral("\r\n"));
        QCOMPARE(lines.at(0), QStringLiteral("path,value,type,writable,notification,readAt"));
        // RFC 4180: quoted because of the comma, quote and line break; quotes doubled.
        QVERIFY2(csv.contains(QStringLiteral("Device.DeviceInfo.Description,\"say \"\"hi\"\", twice\nok\",string,false,,")), qPrintable(csv));
        QVERIFY(csv.contains(QStringLiteral("Device.DeviceInfo.UpTime,42,unsignedInt,false,,")));
        QCOMPARE(models::ParameterExport::csvField(QStringLiteral("plain")), QStringLiteral("plain"));

        const QJsonArray json = QJsonDocument::fromJson(models::ParameterExport::toJson(rows)).array();
        QCOMPARE(json.size(), rows.size());
        QCOMPARE(json.at(0).toObject().value(QStringLiteral("path")).toString(), rows.at(0).first);
        QCOMPARE(json.at(0).toObject().value(QStringLiteral("value")).toString(), rows.at(0).second.value);
    }
};

QTEST_GUILESS_MAIN(ParameterTreeModelTest)
#include "tst_parametertreemodel.moc"
