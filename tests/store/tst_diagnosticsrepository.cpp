// The diagnostics history: runs saved, updated, listed newest first per device and kind,
// kept across a reopen, and deleted with their device.

#include "storetest.h"

#include <store/database.h>
#include <store/diagnosticsrepository.h>

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace store;
using storetest::await;

class DiagnosticsRepositoryTest : public QObject
{
    Q_OBJECT

private:
    static DiagnosticRun run(const QString &device, const QString &kind, qint64 started)
    {
        DiagnosticRun r;
        r.deviceId = device;
        r.kind = kind;
        r.startedMs = started;
        r.state = QStringLiteral("running");
        r.inputs = QJsonObject{{QStringLiteral("Host"), QStringLiteral("127.0.0.1")}};
        return r;
    }

private Q_SLOTS:
    void savesUpdatesAndReadsBackARun()
    {
        QTemporaryDir dir;
        Database db;
        const QString device = storetest::openWithDevice(db, dir.path());
        QVERIFY(!device.isEmpty());
        DiagnosticsRepository repo(db);
        const auto saved = await(repo.save(run(device, QStringLiteral("ipping"), 1000)));
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
        QVERIFY(saved.value().id > 0);

        DiagnosticRun done = saved.value();
        done.state = QStringLiteral("complete");
        done.finishedMs = 4000;
        done.results = QJsonObject{{QStringLiteral("Device.IP.Diagnostics.IPPing.SuccessCount"), QStringLiteral("3")}};
        done.figures = QJsonObject{{QStringLiteral("rttAvgMs"), 0.25},
                                   {QStringLiteral("rtts"), QJsonArray{0.2, 0.3, 0.25}}};
        QVERIFY(await(repo.update(done)));
        const auto back = await(repo.get(done.id));
        QVERIFY(back);
        QCOMPARE(back.value(), done);
    }

    void listsNewestFirstPerDeviceAndKind()
    {
        QTemporaryDir dir;
        Database db;
        const QString a = storetest::openWithDevice(db, dir.path(), QStringLiteral("A"));
        DeviceRepository devices(db);
        const QString b = await(devices.upsertOnInform(storetest::inform(QStringLiteral("B")))).value().device.id;
        DiagnosticsRepository repo(db);
        QVERIFY(await(repo.save(run(a, QStringLiteral("ipping"), 1000))));
        QVERIFY(await(repo.save(run(a, QStringLiteral("download"), 2000))));
        QVERIFY(await(repo.save(run(a, QStringLiteral("ipping"), 3000))));
        QVERIFY(await(repo.save(run(b, QStringLiteral("ipping"), 4000))));

        const auto all = await(repo.list(a));
        QVERIFY(all);
        QCOMPARE(all.value().size(), 3);
        QCOMPARE(all.value().at(0).startedMs, 3000);
        QCOMPARE(all.value().at(2).startedMs, 1000);
        const auto pings = await(repo.list(a, QStringLiteral("ipping")));
        QCOMPARE(pings.value().size(), 2);
        QCOMPARE(await(repo.list(a, QString(), 1)).value().size(), 1);
    }

    void historySurvivesReopening()
    {
        QTemporaryDir dir;
        QString device;
        qint64 id = 0;
        {
            Database db;
            device = storetest::openWithDevice(db, dir.path());
            DiagnosticsRepository repo(db);
            id = await(repo.save(run(device, QStringLiteral("traceroute"), 500))).value().id;
        }
        Database db;
        QVERIFY(await(db.open(dir.path())));
        DiagnosticsRepository repo(db);
        const auto back = await(repo.get(id));
        QVERIFY(back);
        QCOMPARE(back.value().kind, QStringLiteral("traceroute"));
        QCOMPARE(back.value().inputs.value(QStringLiteral("Host")).toString(), QStringLiteral("127.0.0.1"));
    }

    void unknownRunsAndDevicesAreRefused()
    {
        QTemporaryDir dir;
        Database db;
        const QString device = storetest::openWithDevice(db, dir.path());
        DiagnosticsRepository repo(db);
        QCOMPARE(await(repo.get(42)).error().code, Error::Code::NotFound);
        DiagnosticRun ghost = run(device, QStringLiteral("ipping"), 1);
        ghost.id = 42;
        QCOMPARE(await(repo.update(ghost)).error().code, Error::Code::NotFound);
        QVERIFY(!await(repo.save(run(QStringLiteral("no-such-device"), QStringLiteral("ipping"), 1))));
        QVERIFY(!await(repo.save(run(device, QString(), 1))));
    }

    void runsGoWithTheirDevice()
    {
        QTemporaryDir dir;
        Database db;
        const QString device = storetest::openWithDevice(db, dir.path());
        DiagnosticsRepository repo(db);
        const qint64 id = await(repo.save(run(device, QStringLiteral("ipping"), 1))).value().id;
        DeviceRepository devices(db);
        QVERIFY(await(devices.remove(device)));
        QCOMPARE(await(repo.get(id)).error().code, Error::Code::NotFound);
    }
};

QTEST_GUILESS_MAIN(DiagnosticsRepositoryTest)
#include "tst_diagnosticsrepository.moc"
