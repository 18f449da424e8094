// The conformance check: the simulator's built-in profiles, brought up as real devices
// against a real engine, come out clean against the Forum's models; a hand-made tree with
// one departure of every kind yields exactly those findings; the exports are well-formed.

#include <datamodel/conformancechecker.h>
#include <datamodel/conformancereportwriter.h>
#include <datamodel/importer.h>

#include <acs/acsengine.h>

#include <support/testpaths.h>

#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace datamodel;
using Category = ConformanceFinding::Category;

namespace {

Definition object(const QString &path, qint64 maxEntries = 1, const QString &numEntries = {}, Access access = Access::ReadOnly)
{
    Definition d;
    d.kind = Definition::Kind::Object;
    d.path = path;
    d.access = access;
    d.version = QStringLiteral("2.0");
    d.maxEntries = maxEntries;
    d.minEntries = 0;
    d.numEntriesParameter = numEntries;
    return d;
}

Definition parameter(const QString &path, cwmp::ValueType type, Access access = Access::ReadOnly,
                     const QString &version = QStringLiteral("2.0"))
{
    Definition d;
    d.path = path;
    d.access = access;
    d.version = version;
    d.syntax.type = type;
    d.syntax.primitive = cwmp::xsdName(type);
    return d;
}

// A small Device:2.12 model with one item for every kind of check.
DataModel smallModel()
{
    QList<Definition> defs;
    defs << object(QStringLiteral("Device."));
    defs << parameter(QStringLiteral("Device.RootDataModelVersion"), cwmp::ValueType::String);
    defs << parameter(QStringLiteral("Device.HostNumberOfEntries"), cwmp::ValueType::UnsignedInt);
    defs << object(QStringLiteral("Device.DeviceInfo."));
    Definition manufacturer = parameter(QStringLiteral("Device.DeviceInfo.Manufacturer"), cwmp::ValueType::String);
    manufacturer.syntax.sizes = {SizeLimit{-1, 8}};
    defs << manufacturer;
    defs << parameter(QStringLiteral("Device.DeviceInfo.HostName"), cwmp::ValueType::String, Access::ReadWrite);
    defs << parameter(QStringLiteral("Device.DeviceInfo.UpTime"), cwmp::ValueType::UnsignedInt);
    defs << parameter(QStringLiteral("Device.DeviceInfo.NewerThing"), cwmp::ValueType::Boolean, Access::ReadOnly,
                      QStringLiteral("2.15"));
    Definition old = parameter(QStringLiteral("Device.DeviceInfo.OldThing"), cwmp::ValueType::Boolean);
    old.status = Status::Deprecated;
    defs << old;
    defs << object(QStringLiteral("Device.Host.{i}."), 2, QStringLiteral("HostNumberOfEntries"), Access::ReadWrite);
    Definition status = parameter(QStringLiteral("Device.Host.{i}.Status"), cwmp::ValueType::String);
    status.syntax.enumerations = {EnumValue{QStringLiteral("Up")}, EnumValue{QStringLiteral("Down")}};
    defs << status;
    Definition alias = parameter(QStringLiteral("Device.Host.{i}.Alias"), cwmp::ValueType::String, Access::WriteOnceReadOnly);
    defs << alias;
    Definition address = parameter(QStringLiteral("Device.Host.{i}.IPAddress"), cwmp::ValueType::String);
    address.syntax.patterns = {QString(), QStringLiteral("(\\d{1,3}\\.){3}\\d{1,3}")};
    address.syntax.patternSource = QStringLiteral("IPv4Address");
    address.syntax.dataTypes = {QStringLiteral("IPv4Address"), QStringLiteral("IPAddress")};
    defs << address;
    return DataModel(QStringLiteral("Device:2.12"), defs);
}

DeviceNode value(const QString &v, cwmp::ValueType type, std::optional<bool> writable = false)
{
    return DeviceNode{v, type, writable, true};
}

// A tree that conforms to smallModel(); the tests spoil it one place at a time.
DeviceTree cleanTree()
{
    using T = cwmp::ValueType;
    DeviceTree t;
    t.insert(QStringLiteral("Device."), DeviceNode{{}, T::Unspecified, false, false});
    t.insert(QStringLiteral("Device.RootDataModelVersion"), value(QStringLiteral("2.12"), T::String));
    t.insert(QStringLiteral("Device.HostNumberOfEntries"), value(QStringLiteral("2"), T::UnsignedInt));
    t.insert(QStringLiteral("Device.DeviceInfo.Manufacturer"), value(QStringLiteral("ACME"), T::String));
    t.insert(QStringLiteral("Device.DeviceInfo.HostName"), value(QStringLiteral("gw"), T::String, true));
    t.insert(QStringLiteral("Device.DeviceInfo.UpTime"), value(QStringLiteral("12"), T::UnsignedInt));
    t.insert(QStringLiteral("Device.Host."), DeviceNode{{}, T::Unspecified, true, false});
    for (const QString &i : {QStringLiteral("1"), QStringLiteral("2")}) {
        const QString row = QStringLiteral("Device.Host.%1.").arg(i);
        t.insert(row, DeviceNode{{}, T::Unspecified, true, false});
        t.insert(row + QLatin1String("Status"), value(QStringLiteral("Up"), T::String));
        t.insert(row + QLatin1String("Alias"), value(QStringLiteral("cpe-%1").arg(i), T::String, i == u'1'));
        t.insert(row + QLatin1String("IPAddress"), value(QStringLiteral("192.168.1.%1").arg(i), T::String));
    }
    return t;
}

QString describe(const ConformanceReport &report, int limit = 60)
{
    QStringList lines;
    for (const ConformanceFinding &f : report.findings) {
        if (f.severity() != ConformanceFinding::Severity::Error)
            continue;
        if (lines.size() == limit) {
            lines.append(QStringLiteral("…"));
            break;
        }
        lines.append(QStringLiteral("%1 [%2] expected=%3 actual=%4: %5")
                         .arg(f.path, ConformanceReport::categoryKey(f.category), f.expected, f.actual, f.message));
    }
    return lines.join(u'\n');
}

DeviceTree treeOf(const acs::ParameterCache &cache)
{
    DeviceTree tree;
    for (auto it = cache.entries().cbegin(); it != cache.entries().cend(); ++it)
        tree.insert(it.key(), DeviceNode{it->value, it->type, it->writable, it->readAtMs > 0});
    return tree;
}

} // namespace

class TestConformance : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // The simulator with `profile` as a real device of a real engine, its whole tree read.
    std::optional<DeviceTree> simulatedTree(const QString &profile, QString *why)
    {
        acs::AcsEngine engine(nullptr);
        acs::AcsSettings settings;
        settings.address = QHostAddress::LocalHost;
        settings.port = 0;
        settings.crMinIntervalMs = 0;
        settings.authMode = acs::CpeAuthMode::None;
        if (!engine.start(settings)) {
            *why = engine.errorString();
            return std::nullopt;
        }
        QProcess sim;
        sim.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        sim.start(testsupport::simulatorPath(),
                  {QStringLiteral("--acs"), QStringLiteral("http://127.0.0.1:%1/").arg(engine.port()), QStringLiteral("--profile"),
                   profile, QStringLiteral("--cr-port"), QStringLiteral("0"), QStringLiteral("--serial-base"),
                   QStringLiteral("CONF0001"), QStringLiteral("--state-dir"), m_dir.filePath(profile),
                   QStringLiteral("--log"), QStringLiteral("error")});
        const auto stop = qScopeGuard([&sim] {
            sim.terminate();
            sim.waitForFinished(5000);
        });
        if (!sim.waitForStarted()) {
            *why = sim.errorString();
            return std::nullopt;
        }
        if (!QTest::qWaitFor([&] { return !engine.devices().ids().isEmpty(); }, 15000)) {
            *why = QStringLiteral("the simulator never informed");
            return std::nullopt;
        }
        const QString id = engine.devices().ids().constFirst();
        const std::optional<acs::Task> task =
            engine.queueTask(id, QStringLiteral("refreshObject"), QJsonObject{{QStringLiteral("objectName"), QString()}}, why);
        if (!task)
            return std::nullopt;
        const bool done = QTest::qWaitFor(
            [&] {
                const std::optional<acs::Task> t = engine.tasks().find(task->id);
                if (t && t->state == acs::TaskState::Queued && !engine.isInSession(id))
                    engine.connectionRequest(id);
                return t && acs::isFinished(t->state);
            },
            60000);
        const std::optional<acs::Task> t = engine.tasks().find(task->id);
        if (!done || !t || t->state != acs::TaskState::Done) {
            *why = QStringLiteral("the refresh did not finish: %1").arg(t ? t->faultString : QString());
            return std::nullopt;
        }
        return treeOf(engine.devices().find(id)->parameters);
    }

    void checkProfileIsClean(const QString &profile, const QString &modelFile, const QString &modelName)
    {
        REQUIRE_SHARED_DIR();
        if (!QFile::exists(testsupport::simulatorPath()))
            QSKIP("cwmp-cpe-sim is not built next to the test");
        const ImportResult imported = Importer().importFile(testsupport::sharedFile(modelFile));
        QVERIFY2(imported.ok(), qPrintable(imported.error.toString()));
        const DataModel *model = imported.model(modelName);
        QVERIFY(model);
        QString why;
        const std::optional<DeviceTree> tree = simulatedTree(profile, &why);
        QVERIFY2(tree, qPrintable(why));
        QVERIFY(tree->size() > 400);
        const ConformanceReport report = ConformanceChecker(*model).check(*tree, profile);
        if (!report.isClean())
            qWarning().noquote() << describe(report); // QVERIFY2 cuts its message short
        QVERIFY2(report.isClean(), qPrintable(QStringLiteral("%1 errors:\n%2").arg(report.errorCount()).arg(describe(report))));
        QVERIFY(report.parametersChecked > 400);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void cleanTreeHasNoFindings()
    {
        const ConformanceReport report = ConformanceChecker(smallModel()).check(cleanTree(), QStringLiteral("dev"));
        QVERIFY2(report.findings.isEmpty(), qPrintable(describe(report)));
        QCOMPARE(report.claimedVersion, QStringLiteral("2.12"));
        QCOMPARE(report.modelName, QStringLiteral("Device:2.12"));
        QCOMPARE(report.parametersChecked, 11);
        QCOMPARE(report.objectsChecked, 5);
    }

    void reportsEveryKindOfDeparture()
    {
        using T = cwmp::ValueType;
        DeviceTree t = cleanTree();
        t.insert(QStringLiteral("Device.DeviceInfo.Colour"), value(QStringLiteral("red"), T::String));
        t.insert(QStringLiteral("Device.Gadget.Size"), value(QStringLiteral("1"), T::UnsignedInt));
        t.insert(QStringLiteral("Device.Gadget.Weight"), value(QStringLiteral("1"), T::UnsignedInt));
        t.insert(QStringLiteral("Device.X_ACME_Turbo.Enable"), value(QStringLiteral("true"), T::Boolean));
        t.insert(QStringLiteral("Device.DeviceInfo.X_ACME_Led"), value(QStringLiteral("on"), T::String));
        t.remove(QStringLiteral("Device.DeviceInfo.UpTime"));
        t[QStringLiteral("Device.DeviceInfo.HostName")].writable = false;
        t[QStringLiteral("Device.DeviceInfo.Manufacturer")].writable = true;
        t[QStringLiteral("Device.DeviceInfo.Manufacturer")].value = QStringLiteral("ACME Corporation");
        t[QStringLiteral("Device.Host.2.Status")].value = QStringLiteral("Sideways");
        t[QStringLiteral("Device.Host.2.IPAddress")].value = QStringLiteral("not-an-ip");
        t[QStringLiteral("Device.Host.1.Status")].type = T::Int;
        t.insert(QStringLiteral("Device.Host.7.Status"), value(QStringLiteral("Down"), T::String));
        t.insert(QStringLiteral("Device.Host.7.Alias"), value(QStringLiteral("cpe-7"), T::String));
        t.insert(QStringLiteral("Device.Host.7.IPAddress"), value(QString(), T::String));

        const ConformanceReport report = ConformanceChecker(smallModel()).check(t, QStringLiteral("dev"));
        QStringList got;
        for (const ConformanceFinding &f : report.findings) {
            QVERIFY(!f.message.isEmpty());
            got.append(QStringLiteral("%1|%2|%3|%4").arg(f.path, ConformanceReport::categoryKey(f.category), f.expected, f.actual));
        }
        const QStringList expected{
            QStringLiteral("Device.DeviceInfo.Colour|unknown-parameter|not defined|present"),
            QStringLiteral("Device.DeviceInfo.HostName|writability|writable|read-only"),
            QStringLiteral("Device.DeviceInfo.Manufacturer|writability|read-only|writable"),
            QStringLiteral("Device.DeviceInfo.Manufacturer|invalid-value|string|ACME Corporation"),
            QStringLiteral("Device.DeviceInfo.UpTime|missing-parameter|present|absent"),
            QStringLiteral("Device.DeviceInfo.X_ACME_Led|vendor-extension|not defined|present"),
            QStringLiteral("Device.Gadget.|unknown-object|not defined|2 items below it"),
            QStringLiteral("Device.Host.|too-many-entries|2|3"),
            QStringLiteral("Device.Host.1.Status|wrong-type|string|int"),
            QStringLiteral("Device.Host.2.IPAddress|invalid-value|IPv4Address|not-an-ip"),
            QStringLiteral("Device.Host.2.Status|invalid-value|string|Sideways"),
            QStringLiteral("Device.HostNumberOfEntries|number-of-entries|3|2"),
            QStringLiteral("Device.X_ACME_Turbo.|vendor-extension|not defined|1 items below it"),
        };
        QCOMPARE(got, expected);
        QCOMPARE(report.errorCount(), 11);
        QCOMPARE(report.infoCount(), 2);
        QCOMPARE(report.count(Category::Writability), 2);
        QVERIFY(!report.isClean());
        // Every category is exercised.
        for (Category c : ConformanceReport::categories())
            QVERIFY2(report.count(c) > 0, qPrintable(ConformanceReport::categoryKey(c)));
    }

    void laterAndDeprecatedParametersAreNotRequired()
    {
        const DataModel model = smallModel();
        const Definition *newer = model.find(u"Device.DeviceInfo.NewerThing");
        QVERIFY(newer);
        QVERIFY(!ConformanceChecker::isRequired(*newer, QStringLiteral("2.12")));
        QVERIFY(ConformanceChecker::isRequired(*newer, QStringLiteral("2.15")));
        QVERIFY(ConformanceChecker::isRequired(*newer, QStringLiteral("2.19")));
        QVERIFY(!ConformanceChecker::isRequired(*model.find(u"Device.DeviceInfo.OldThing"), QStringLiteral("2.19")));
        // A device claiming 2.15 must have NewerThing.
        DeviceTree t = cleanTree();
        t[QStringLiteral("Device.RootDataModelVersion")].value = QStringLiteral("2.15");
        const ConformanceReport report = ConformanceChecker(model).check(t);
        QCOMPARE(report.claimedVersion, QStringLiteral("2.15"));
        QCOMPARE(report.findings.size(), 1);
        QCOMPARE(report.findings.first().path, QStringLiteral("Device.DeviceInfo.NewerThing"));
        QCOMPARE(report.findings.first().category, Category::MissingParameter);
    }

    void vendorDefinitionDescribesExtensions()
    {
        DeviceTree t = cleanTree();
        t.insert(QStringLiteral("Device.DeviceInfo.X_ACME_Led"), value(QStringLiteral("on"), cwmp::ValueType::String));
        Definition led = parameter(QStringLiteral("Device.DeviceInfo.X_ACME_Led"), cwmp::ValueType::String);
        led.syntax.enumerations = {EnumValue{QStringLiteral("on")}, EnumValue{QStringLiteral("off")}};
        const DataModel vendor(QStringLiteral("X_ACME_Device:1.0"), {led});
        QVERIFY(ConformanceChecker(smallModel(), {vendor}).check(t).findings.isEmpty());
        t[QStringLiteral("Device.DeviceInfo.X_ACME_Led")].value = QStringLiteral("blinking");
        const ConformanceReport report = ConformanceChecker(smallModel(), {vendor}).check(t);
        QCOMPARE(report.findings.size(), 1);
        QCOMPARE(report.findings.first().category, Category::InvalidValue);
    }

    void exportsCsvQuotedAndHtmlEscaped()
    {
        DeviceTree t = cleanTree();
        t[QStringLiteral("Device.DeviceInfo.Manufacturer")].value = QStringLiteral("<b>\"A,B\"</b>");
        const ConformanceReport report = ConformanceChecker(smallModel()).check(t, QStringLiteral("dev<1>"));
        QCOMPARE(report.findings.size(), 1);

        const QList<QByteArray> lines = ConformanceReportWriter::toCsv(report).split('\n');
        QCOMPARE(lines.size(), 3); // header, one row, the empty rest after the last CRLF
        QCOMPARE(lines.at(0), QByteArray("path,category,severity,expected,actual,message\r"));
        QVERIFY2(lines.at(1).startsWith("Device.DeviceInfo.Manufacturer,invalid-value,error,string,\"<b>\"\"A,B\"\"</b>\","),
                 lines.at(1).constData());
        QCOMPARE(ConformanceReportWriter::csvField(QStringLiteral("a\nb")), QStringLiteral("\"a\nb\""));
        QCOMPARE(ConformanceReportWriter::csvField(QStringLiteral("plain")), QStringLiteral("plain"));

        const QString html = ConformanceReportWriter::toHtml(report);
        QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>")));
        QVERIFY(html.contains(QLatin1String("&lt;b&gt;&quot;A,B&quot;&lt;/b&gt;")));
        QVERIFY(html.contains(QLatin1String("dev&lt;1&gt;")));
        QVERIFY(!html.contains(QLatin1String("<b>")));
        QVERIFY(!html.contains(QLatin1String("http"))); // self-contained: nothing fetched

        const QJsonObject json = ConformanceReportWriter::toJson(report);
        QCOMPARE(json.value(QLatin1String("errors")).toInt(), 1);
        QCOMPARE(json.value(QLatin1String("counts")).toObject().value(QLatin1String("invalid-value")).toInt(), 1);
        QCOMPARE(json.value(QLatin1String("findings")).toArray().size(), 1);
    }

    void tr181GatewayProfileIsClean()
    {
        checkProfileIsClean(QStringLiteral("tr181-gateway"), QStringLiteral("datamodels/tr-181-2-19-1-cwmp-full.xml"),
                            QStringLiteral("Device:2.19"));
    }

    void tr098ProfileIsClean()
    {
        checkProfileIsClean(QStringLiteral("tr098-igd"), QStringLiteral("datamodels/tr-098-1-8-0-full.xml"),
                            QStringLiteral("InternetGatewayDevice:1.14"));
    }
};

QTEST_GUILESS_MAIN(TestConformance)
#include "tst_conformance.moc"
