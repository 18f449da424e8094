// Parameter snapshots: a round trip of a large tree, listings without entries, deletion
// with the device, and a damaged blob reported rather than read as an empty tree.

#include "storetest.h"

#include <store/devicerepository.h>
#include <store/snapshotrepository.h>
#include <store/sqliteconnection.h>

#include <QTemporaryDir>

using namespace store;
using storetest::await;

class SnapshotRepositoryTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void keepsEveryEntryOfA20000ParameterTree();
    void listsNewestFirstWithoutEntries();
    void renamesAndRemoves();
    void goesAwayWithItsDevice();
    void refusesASnapshotWithoutDevice();
    void reportsADamagedBlob();
    void decodeRejectsForeignBytes();

private:
    QString addDevice(const QString &serial);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SnapshotRepository> m_snapshots;
};

void SnapshotRepositoryTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QVERIFY(await(m_db->open(m_dir->path())).ok());
    m_snapshots = std::make_unique<SnapshotRepository>(*m_db);
}

void SnapshotRepositoryTest::cleanup()
{
    m_snapshots.reset();
    m_db.reset();
    m_dir.reset();
}

QString SnapshotRepositoryTest::addDevice(const QString &serial)
{
    DeviceRepository devices(*m_db);
    return await(devices.upsertOnInform(storetest::inform(serial))).value().device.id;
}

void SnapshotRepositoryTest::keepsEveryEntryOfA20000ParameterTree()
{
    const QString device = addDevice(QStringLiteral("SNAP1"));
    Snapshot s;
    s.deviceId = device;
    s.name = QStringLiteral("before upgrade");
    for (int i = 0; i < 20000; ++i) {
        s.entries.append({QStringLiteral("Device.X.%1.Value").arg(i, 5, 10, QChar(u'0')),
                          QStringLiteral("v%1 ü").arg(i), QStringLiteral("string"), i % 3 - 1});
    }
    const Snapshot stored = await(m_snapshots->save(s)).value();
    QVERIFY(stored.id > 0);
    QVERIFY(stored.createdMs > 0);
    QCOMPARE(stored.reason, QStringLiteral("manual"));
    QCOMPARE(stored.entryCount, 20000);

    const Snapshot read = await(m_snapshots->get(stored.id)).value();
    QCOMPARE(read.name, s.name);
    QCOMPARE(read.entries.size(), 20000);
    QCOMPARE(read.entries, s.entries);
}

void SnapshotRepositoryTest::listsNewestFirstWithoutEntries()
{
    const QString device = addDevice(QStringLiteral("SNAP2"));
    const QString other = addDevice(QStringLiteral("SNAP3"));
    for (int i = 1; i <= 3; ++i) {
        Snapshot s{0, device, QStringLiteral("s%1").arg(i), QStringLiteral("manual"), 1000 * i, 0,
                   {{QStringLiteral("Device.A"), QString::number(i), QStringLiteral("int"), 1}}};
        QVERIFY(await(m_snapshots->save(s)).ok());
    }
    QVERIFY(await(m_snapshots->save(Snapshot{0, other, QStringLiteral("other"), {}, 5000, 0, {}})).ok());
    const QList<Snapshot> list = await(m_snapshots->list(device)).value();
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.at(0).name, QStringLiteral("s3"));
    QCOMPARE(list.at(2).name, QStringLiteral("s1"));
    QCOMPARE(list.at(0).entryCount, 1);
    QVERIFY(list.at(0).entries.isEmpty());
}

void SnapshotRepositoryTest::renamesAndRemoves()
{
    const QString device = addDevice(QStringLiteral("SNAP4"));
    const qint64 id = await(m_snapshots->save(Snapshot{0, device, QStringLiteral("a"), {}, 0, 0, {}})).value().id;
    QVERIFY(await(m_snapshots->rename(id, QStringLiteral("b"))).ok());
    QCOMPARE(await(m_snapshots->get(id)).value().name, QStringLiteral("b"));
    QVERIFY(await(m_snapshots->remove(id)).ok());
    QCOMPARE(await(m_snapshots->get(id)).error().code, Error::Code::NotFound);
    QCOMPARE(await(m_snapshots->remove(id)).error().code, Error::Code::NotFound);
    QCOMPARE(await(m_snapshots->rename(id, QStringLiteral("c"))).error().code, Error::Code::NotFound);
}

void SnapshotRepositoryTest::goesAwayWithItsDevice()
{
    const QString device = addDevice(QStringLiteral("SNAP5"));
    QVERIFY(await(m_snapshots->save(Snapshot{0, device, QStringLiteral("a"), {}, 0, 0, {}})).ok());
    DeviceRepository devices(*m_db);
    QVERIFY(await(devices.remove(device)).ok());
    QVERIFY(await(m_snapshots->list(device)).value().isEmpty());
}

void SnapshotRepositoryTest::refusesASnapshotWithoutDevice()
{
    QCOMPARE(await(m_snapshots->save(Snapshot{})).error().code, Error::Code::InvalidArgument);
}

void SnapshotRepositoryTest::reportsADamagedBlob()
{
    const QString device = addDevice(QStringLiteral("SNAP6"));
    const qint64 id = await(m_snapshots->save(Snapshot{0, device, QStringLiteral("a"), {}, 0, 0,
                                                      {{QStringLiteral("Device.A"), QStringLiteral("1"), {}, 1}}}))
                          .value()
                          .id;
    const auto damaged = await(m_db->submit([id](SqliteConnection &c) -> Result<void> {
        Error error;
        SqliteStatement *st = c.cached("UPDATE snapshots SET entries = x'00010203' WHERE id = ?1", &error);
        if (!st)
            return error;
        st->bind(1, id);
        return c.execute(*st);
    }));
    QVERIFY(damaged.ok());
    const auto read = await(m_snapshots->get(id));
    QVERIFY(!read.ok());
    QCOMPARE(read.error().code, Error::Code::Corrupt);
    QVERIFY(read.error().message.contains(QStringLiteral("damaged")));
}

void SnapshotRepositoryTest::decodeRejectsForeignBytes()
{
    QVERIFY(!SnapshotRepository::decode(QByteArray()));
    QVERIFY(!SnapshotRepository::decode(qCompress(QByteArray("not a snapshot at all"))));
    const QList<SnapshotEntry> entries{{QStringLiteral("Device.B"), QStringLiteral("x"), QStringLiteral("string"), 0}};
    QByteArray blob = SnapshotRepository::encode(entries);
    QCOMPARE(*SnapshotRepository::decode(blob), entries);
    blob.chop(3);
    QVERIFY(!SnapshotRepository::decode(blob));
}

QTEST_GUILESS_MAIN(SnapshotRepositoryTest)
#include "tst_snapshotrepository.moc"
