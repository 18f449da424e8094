// The definition library: a folder of the Forum's XML imported off the GUI thread and
// remembered in the workspace, loaded from the cache after a restart, and the model
// matched to a device from what it announces, with the engineer's override.

#include <service/definitionlibrary.h>

#include <acs/acsengine.h>

#include <support/testpaths.h>

#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace service;

namespace {

QStringList keys(const DefinitionLibrary &library)
{
    QStringList out;
    for (const DefinitionLibrary::ModelInfo &m : library.models())
        out.append(m.model.name());
    return out;
}

void addDevice(acs::AcsEngine &engine, const QString &id, const QList<QPair<QString, QString>> &values)
{
    auto device = std::make_unique<acs::DeviceRecord>();
    device->id = id;
    for (const auto &[path, value] : values)
        device->parameters.setValue(path, value, cwmp::ValueType::String, 1);
    engine.devices().restore(std::move(device));
}

QHash<QString, QDateTime> cacheTimes(const QString &workspace)
{
    QHash<QString, QDateTime> out;
    const QDir dir(QDir(workspace).filePath(QStringLiteral("datamodels/cache")));
    for (const QFileInfo &f : dir.entryInfoList(QDir::Files))
        out.insert(f.fileName(), f.lastModified());
    return out;
}

} // namespace

class TestDefinitionLibrary : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_workspace;
    acs::AcsEngine m_engine{nullptr};

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_workspace.isValid());
        addDevice(m_engine, QStringLiteral("gw-219"), {{QStringLiteral("Device.RootDataModelVersion"), QStringLiteral("2.19")}});
        addDevice(m_engine, QStringLiteral("gw-215"), {{QStringLiteral("Device.RootDataModelVersion"), QStringLiteral("2.15")}});
        addDevice(m_engine, QStringLiteral("igd"),
                  {{QStringLiteral("InternetGatewayDevice.DeviceSummary"), QStringLiteral("InternetGatewayDevice:1.4[](Baseline:1)")}});
    }

    void refusesRelativeAndMissingPaths()
    {
        DefinitionLibrary library(&m_engine);
        QString why;
        QVERIFY(!library.importPath(QStringLiteral("/tmp"), &why)); // no workspace yet
        library.open(m_workspace.path());
        QVERIFY(!library.importPath(QStringLiteral("relative/dir"), &why));
        QVERIFY(why.contains(QLatin1String("absolute")));
        QVERIFY(!library.importPath(m_workspace.filePath(QStringLiteral("nothing-here.xml")), &why));
        QVERIFY(!why.isEmpty());
        QVERIFY(!library.isImporting());
    }

    void importsTheSharedFolderOffTheGuiThread()
    {
        REQUIRE_SHARED_DIR();
        DefinitionLibrary library(&m_engine);
        library.open(m_workspace.path());
        QSignalSpy progress(&library, &DefinitionLibrary::importProgress);
        QSignalSpy finished(&library, &DefinitionLibrary::importFinished);
        QString why;
        QVERIFY2(library.importPath(testsupport::sharedFile(QStringLiteral("datamodels")), &why), qPrintable(why));
        QVERIFY(library.isImporting()); // the call returned before the work was done
        QVERIFY(finished.wait(120000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        qInfo("%s", qPrintable(finished.first().at(1).toString()));
        QVERIFY(progress.size() >= 3);
        const QStringList models = keys(library);
        QVERIFY2(models.contains(QStringLiteral("Device:2.19")), qPrintable(models.join(u' ')));
        QVERIFY(models.contains(QStringLiteral("Device:2.17")));
        QVERIFY(models.contains(QStringLiteral("InternetGatewayDevice:1.14")));
        const std::optional<datamodel::DataModel> tr181 = library.model(QStringLiteral("Device:2.19"));
        QVERIFY(tr181 && tr181->parameterCount() > 5000);
        QVERIFY(library.importedFiles().contains(testsupport::sharedFile(QStringLiteral("datamodels/tr-181-2-19-1-cwmp-full.xml"))));
        QVERIFY(QFile::exists(m_workspace.filePath(QStringLiteral("datamodels/library.json"))));
    }

    void restartLoadsFromTheCache()
    {
        REQUIRE_SHARED_DIR();
        const QHash<QString, QDateTime> before = cacheTimes(m_workspace.path());
        QVERIFY(before.size() >= 3);
        DefinitionLibrary library(&m_engine);
        QSignalSpy changed(&library, &DefinitionLibrary::modelsChanged);
        QElapsedTimer timer;
        timer.start();
        library.open(m_workspace.path());
        QVERIFY(changed.wait(30000));
        qInfo("remembered models loaded in %lld ms", timer.elapsed());
        QVERIFY(keys(library).contains(QStringLiteral("Device:2.19")));
        QVERIFY(keys(library).contains(QStringLiteral("InternetGatewayDevice:1.14")));
        QCOMPARE(cacheTimes(m_workspace.path()), before); // read, not rebuilt
    }

    void matchesDevicesAndHonoursTheOverride()
    {
        REQUIRE_SHARED_DIR();
        DefinitionLibrary library(&m_engine);
        QSignalSpy finished(&library, &DefinitionLibrary::importFinished);
        library.open(m_workspace.path());
        QVERIFY(finished.wait(30000));
        QCOMPARE(library.modelFor(QStringLiteral("gw-219")).modelKey, QStringLiteral("Device:2.19"));
        QCOMPARE(library.modelFor(QStringLiteral("gw-215")).modelKey, QStringLiteral("Device:2.17"));
        QCOMPARE(library.modelFor(QStringLiteral("igd")).modelKey, QStringLiteral("InternetGatewayDevice:1.14"));
        QVERIFY(!library.modelFor(QStringLiteral("nobody")).deviceKnown);

        library.setOverride(QStringLiteral("gw-215"), QStringLiteral("Device:2.19"));
        const DefinitionLibrary::DeviceModel chosen = library.modelFor(QStringLiteral("gw-215"));
        QCOMPARE(chosen.modelKey, QStringLiteral("Device:2.19"));
        QCOMPARE(chosen.overrideKey, QStringLiteral("Device:2.19"));

        // The override survives a restart, and clearing it restores the match.
        DefinitionLibrary again(&m_engine);
        QSignalSpy done(&again, &DefinitionLibrary::importFinished);
        again.open(m_workspace.path());
        QVERIFY(done.wait(30000));
        QCOMPARE(again.overrideFor(QStringLiteral("gw-215")), QStringLiteral("Device:2.19"));
        again.setOverride(QStringLiteral("gw-215"), QString());
        QCOMPARE(again.modelFor(QStringLiteral("gw-215")).modelKey, QStringLiteral("Device:2.17"));
    }

    void checksADeviceAgainstItsModel()
    {
        REQUIRE_SHARED_DIR();
        DefinitionLibrary library(&m_engine);
        QSignalSpy finished(&library, &DefinitionLibrary::importFinished);
        library.open(m_workspace.path());
        QVERIFY(finished.wait(30000));
        QString why;
        const std::optional<datamodel::ConformanceReport> report = library.checkDevice(QStringLiteral("gw-219"), &why);
        QVERIFY2(report, qPrintable(why));
        QCOMPARE(report->modelName, QStringLiteral("Device:2.19"));
        // Only RootDataModelVersion was read: the root object lacks the rest.
        QVERIFY(report->count(datamodel::ConformanceFinding::Category::MissingParameter) > 0);
        QVERIFY(!library.checkDevice(QStringLiteral("nobody"), &why));
    }
};

QTEST_GUILESS_MAIN(TestDefinitionLibrary)
#include "tst_definitionlibrary.moc"
