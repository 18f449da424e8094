// The workspace database: opening, migrations, refusing files we must not touch, the
// worker never blocking its callers, and disk-full as an error value.

#include "storetest.h"

#include <store/parameterrepository.h>
#include <store/schema.h>
#include <store/sqliteconnection.h>
#include <store/taskrepository.h>

#include <QDir>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <sqlite3.h>

using namespace store;
using storetest::await;

class DatabaseTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void migratesAnEmptyFolderToTheCurrentSchema();
    void reopeningKeepsTheData();
    void refusesANewerSchemaAndLeavesTheFileUnchanged();
    void refusesACorruptFileAndLeavesItUnchanged_data();
    void refusesACorruptFileAndLeavesItUnchanged();
    void failedMigrationStepKeepsThePreviousVersion();
    void migratesAnOlderFileStepByStep();
    void callsReturnBeforeTheWorkerRunsThem();
    void jobsBeforeOpenReportNotOpen();
    void diskFullIsAnErrorValueAndKeepsCommittedData();
};

void DatabaseTest::migratesAnEmptyFolderToTheCurrentSchema()
{
    QTemporaryDir dir;
    const QString workspace = dir.filePath(QStringLiteral("new/workspace"));
    Database db;
    const auto opened = await(db.open(workspace));
    QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().message));
    QCOMPARE(Database::schemaVersion(), Schema::currentVersion());

    const auto state = await(db.submit([](SqliteConnection &c) -> Result<QStringList> {
        QStringList facts;
        facts << QString::number(c.userVersion());
        auto st = c.prepare("PRAGMA journal_mode");
        st.value()->step();
        facts << st.value()->text(0);
        st = c.prepare("PRAGMA foreign_keys");
        st.value()->step();
        facts << st.value()->text(0);
        st = c.prepare("PRAGMA synchronous");
        st.value()->step();
        facts << st.value()->text(0); // 1 = NORMAL
        st = c.prepare("SELECT group_concat(name, ' ') FROM (SELECT name FROM sqlite_schema "
                       "WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name)");
        st.value()->step();
        facts << st.value()->text(0);
        return facts;
    }));
    QVERIFY(state.ok());
    QCOMPARE(state.value(),
             QStringList({QString::number(Schema::currentVersion()), QStringLiteral("wal"), QStringLiteral("1"),
                          QStringLiteral("1"),
                          QStringLiteral("device_models devices diagnostic_runs files parameters profiles "
                                         "snapshots soap_log soap_log_totals tasks transfers")}));
    QVERIFY(QFile::exists(Database::filePathFor(workspace)));
}

void DatabaseTest::reopeningKeepsTheData()
{
    QTemporaryDir dir;
    {
        Database db;
        QVERIFY(!storetest::openWithDevice(db, dir.path()).isEmpty());
        TaskRepository tasks(db);
        QVERIFY(await(tasks.enqueue({QStringLiteral("00D09E-IGD-SN1"),
                                     QStringLiteral("reboot"), QString(), std::nullopt}))
                        .ok());
    }
    Database db;
    QVERIFY(await(db.open(dir.path())).ok());
    DeviceRepository devices(db);
    const auto list = await(devices.list());
    QVERIFY(list.ok());
    QCOMPARE(list.value().size(), 1);
    QCOMPARE(list.value().first().id, QStringLiteral("00D09E-IGD-SN1"));
    TaskRepository tasks(db);
    QCOMPARE(await(tasks.listAll()).value().size(), 1);
}

void DatabaseTest::refusesANewerSchemaAndLeavesTheFileUnchanged()
{
    QTemporaryDir dir;
    const QString path = Database::filePathFor(dir.path());
    {
        // Written the way a future build might: its own tables, user_version 99, and the
        // default rollback journal so the file alone is the whole database.
        sqlite3 *raw = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &raw), SQLITE_OK);
        QCOMPARE(sqlite3_exec(raw, "CREATE TABLE future (x); INSERT INTO future VALUES (1);"
                                   "PRAGMA user_version = 99",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(raw);
    }
    const QByteArray before = storetest::fileHash(path);

    Database db;
    QSignalSpy failures(&db, &Database::failed);
    const auto opened = await(db.open(dir.path()));
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, Error::Code::NewerSchema);
    QVERIFY2(opened.error().message.contains(QStringLiteral("schema 99, this build knows %1").arg(Schema::currentVersion())),
             qPrintable(opened.error().message));
    QVERIFY(opened.error().message.contains(QLatin1String("left untouched")));
    QCOMPARE(failures.size(), 1);

    // Nothing else may run against it either.
    DeviceRepository devices(db);
    QCOMPARE(await(devices.list()).error().code, Error::Code::NotOpen);
    QCOMPARE(storetest::fileHash(path), before);
    QVERIFY(!QFile::exists(path + QLatin1String("-wal")));
}

void DatabaseTest::refusesACorruptFileAndLeavesItUnchanged_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("garbage") << QStringLiteral("garbage");
    QTest::newRow("short file") << QStringLiteral("short");
    QTest::newRow("truncated database") << QStringLiteral("truncate");
    QTest::newRow("pages overwritten") << QStringLiteral("overwrite");
}

void DatabaseTest::refusesACorruptFileAndLeavesItUnchanged()
{
    QFETCH(QString, damage);
    QTemporaryDir dir;
    const QString path = Database::filePathFor(dir.path());
    if (damage == QLatin1String("garbage") || damage == QLatin1String("short")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray bytes;
        for (int i = 0; i < (damage == QLatin1String("short") ? 50 : 8192); ++i)
            bytes.append(char((i * 7919) % 251));
        file.write(bytes);
    } else {
        {
            Database db;
            const QString id = storetest::openWithDevice(db, dir.path());
            ParameterRepository parameters(db);
            QList<ParameterRecord> rows;
            for (int i = 0; i < 3000; ++i) {
                rows.append({QStringLiteral("Device.X.%1.Name").arg(i),
                             QStringLiteral("value %1").arg(i), cwmp::ValueType::String});
            }
            QVERIFY(await(parameters.upsert(id, rows)).ok());
            QVERIFY(await(db.close()).ok());
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        QVERIFY(size > 64 * 1024);
        if (damage == QLatin1String("truncate")) {
            QVERIFY(file.resize(size / 2));
        } else {
            // Keep the 100-byte header (so it still looks like SQLite), trash page 3 on.
            file.seek(2 * 4096);
            file.write(QByteArray(int(size / 2), '\xAB'));
        }
    }
    const QByteArray before = storetest::fileHash(path);

    Database db;
    const auto opened = await(db.open(dir.path()));
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, Error::Code::Corrupt);
    QVERIFY2(opened.error().message.contains(QLatin1String("left untouched")),
             qPrintable(opened.error().message));
    QCOMPARE(storetest::fileHash(path), before);
    QVERIFY(!QFile::exists(path + QLatin1String("-wal")));
}

void DatabaseTest::failedMigrationStepKeepsThePreviousVersion()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(await(db.open(dir.path())).ok());
    const auto outcome = await(db.submit([](SqliteConnection &c) -> Result<QString> {
        const QList<Migration> steps = Schema::migrations()
                + QList<Migration>{{"adds a table", "CREATE TABLE extra (x)"},
                                   {"breaks", "CREATE TABLE half (x); THIS IS NOT SQL"}};
        auto migrated = Schema::migrate(c, steps);
        if (migrated)
            return QStringLiteral("migrated?!");
        auto st = c.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'half'");
        st.value()->step();
        return QStringLiteral("%1 %2").arg(c.userVersion()).arg(st.value()->int64(0));
    }));
    QVERIFY(outcome.ok());
    // The first added step committed; the second failed and took its half-made table with it.
    QCOMPARE(outcome.value(), QStringLiteral("%1 0").arg(Schema::currentVersion() + 1));
}

void DatabaseTest::migratesAnOlderFileStepByStep()
{
    QTemporaryDir dir;
    const QString path = Database::filePathFor(dir.path());
    {
        // A file from a build that knew only the first step.
        SqliteConnection c;
        QVERIFY(c.open(path, 1).ok());
        QVERIFY(Schema::migrate(c, Schema::migrations().mid(0, 1)).ok());
        QCOMPARE(c.userVersion(), 1);
    }
    Database db;
    QVERIFY(await(db.open(dir.path())).ok());
    const auto version =
            await(db.submit([](SqliteConnection &c) -> Result<int> { return c.userVersion(); }));
    QCOMPARE(version.value(), Schema::currentVersion());
}

void DatabaseTest::callsReturnBeforeTheWorkerRunsThem()
{
    QTemporaryDir dir;
    Database db;
    const QString id = storetest::openWithDevice(db, dir.path());
    TaskRepository tasks(db);

    // The gate holds the worker; if any call below waited for the worker, this test would
    // deadlock (and time out) instead of passing.
    QSemaphore entered;
    QSemaphore open;
    auto gate = db.submit([&](SqliteConnection &) -> Result<void> {
        entered.release();
        open.acquire();
        return {};
    });
    entered.acquire();

    QList<QFuture<Result<qint64>>> pending;
    for (int i = 0; i < 500; ++i) {
        pending.append(tasks.enqueue(
                {id, QStringLiteral("getParameterValues"), QString(), std::nullopt}));
    }
    auto listed = tasks.listForDevice(id);
    for (const auto &future : std::as_const(pending))
        QVERIFY(!future.isFinished());
    QVERIFY(!listed.isFinished());
    QVERIFY(!gate.isFinished());

    open.release();
    QCOMPARE(await(listed).value().size(), 500);
    qint64 previous = 0;
    for (auto &future : pending) {
        const qint64 taskId = await(future).value();
        QVERIFY(taskId > previous); // run in submission order
        previous = taskId;
    }
}

void DatabaseTest::jobsBeforeOpenReportNotOpen()
{
    Database db;
    DeviceRepository devices(db);
    const auto listed = await(devices.list());
    QVERIFY(!listed.ok());
    QCOMPARE(listed.error().code, Error::Code::NotOpen);
}

void DatabaseTest::diskFullIsAnErrorValueAndKeepsCommittedData()
{
    QTemporaryDir dir;
    Database db;
    QSignalSpy failures(&db, &Database::failed);
    const QString id = storetest::openWithDevice(db, dir.path());
    ParameterRepository parameters(db);
    QVERIFY(await(parameters.upsert(id, {{QStringLiteral("Device.A"), QStringLiteral("1")}}))
                    .ok());

    // max_page_count caps the file at its current size: the next growth is SQLITE_FULL,
    // exactly what a full disk reports.
    auto capped = await(db.submit([](SqliteConnection &c) -> Result<void> {
        auto st = c.prepare("PRAGMA page_count");
        st.value()->step();
        const QByteArray sql = "PRAGMA max_page_count = " + QByteArray::number(st.value()->int64(0));
        return c.exec(sql.constData());
    }));
    QVERIFY(capped.ok());

    QList<ParameterRecord> rows;
    for (int i = 0; i < 5000; ++i)
        rows.append({QStringLiteral("Device.Big.%1.Value").arg(i), QString(200, QLatin1Char('x'))});
    const auto full = await(parameters.upsert(id, rows));
    QVERIFY(!full.ok());
    QCOMPARE(full.error().code, Error::Code::DiskFull);
    QCOMPARE(full.error().sqliteCode & 0xff, SQLITE_FULL);
    QCOMPARE(failures.size(), 1);

    // Nothing committed before is lost, nothing of the failed write is half there.
    QCOMPARE(await(parameters.count(id)).value(), qint64(1));
    DeviceRepository devices(db);
    QVERIFY(await(devices.get(id)).value().has_value());

    // Space comes back: writing works again.
    QVERIFY(await(db.submit([](SqliteConnection &c) {
                return c.exec("PRAGMA max_page_count = 1073741823");
            })).ok());
    QCOMPARE(await(parameters.upsert(id, rows)).value(), 5000);
}

QTEST_GUILESS_MAIN(DatabaseTest)
#include "tst_database.moc"
