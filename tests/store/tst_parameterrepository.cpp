// The parameter cache: bulk upsert speed, merging of partial knowledge, and subtree /
// children reads that never mix siblings sharing a name prefix.

#include "storetest.h"

#include <store/parameterrepository.h>

#include <QElapsedTimer>
#include <QTemporaryDir>

using namespace store;
using storetest::await;

class ParameterRepositoryTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void upserts20000RowsInOneTransaction();
    void subtreeReadsExactlyThePrefix_data();
    void subtreeReadsExactlyThePrefix();
    void childrenListsOneLevelIncludingUnstoredObjects();
    void upsertKeepsWhatTheNewRowDoesNotCarry();
    void removeSubtreeDeletesOnlyThatObject();
    void rowsOfUnknownDevicesAreRefused();

private:
    QStringList paths(const QList<ParameterRecord> &rows) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ParameterRepository> m_parameters;
    QString m_device;
};

QStringList ParameterRepositoryTest::paths(const QList<ParameterRecord> &rows) const
{
    QStringList out;
    for (const auto &row : rows)
        out << row.path;
    return out;
}

void ParameterRepositoryTest::initTestCase()
{
    m_db = std::make_unique<Database>();
    m_device = storetest::openWithDevice(*m_db, m_dir.path());
    QVERIFY(!m_device.isEmpty());
    m_parameters = std::make_unique<ParameterRepository>(*m_db);
    const QStringList tree = {
            QStringLiteral("Device.IP."),          QStringLiteral("Device.IP.Enable"),
            QStringLiteral("Device.IP.Interface.1.Name"), QStringLiteral("Device.IP.Interface.2.Name"),
            QStringLiteral("Device.IPsec.Enable"), QStringLiteral("Device.IPX"),
            QStringLiteral("Device.IP-Extra.X"),   QStringLiteral("Device.DeviceInfo.SerialNumber"),
    };
    QList<ParameterRecord> rows;
    for (const QString &path : tree)
        rows.append({path, path.endsWith(QLatin1Char('.')) ? std::nullopt
                                                           : std::optional<QString>(path)});
    QCOMPARE(await(m_parameters->upsert(m_device, rows)).value(), int(tree.size()));
}

void ParameterRepositoryTest::upserts20000RowsInOneTransaction()
{
    DeviceRepository devices(*m_db);
    const QString other = await(devices.upsertOnInform(storetest::inform(QStringLiteral("BULK"))))
                                  .value().device.id;
    QList<ParameterRecord> rows;
    rows.reserve(20000);
    for (int i = 0; i < 20000; ++i) {
        rows.append({QStringLiteral("Device.Bulk.%1.Value").arg(i), QString::number(i),
                     cwmp::ValueType::UnsignedInt, true, 0, QStringList()});
    }
    QElapsedTimer timer;
    timer.start();
    const auto first = await(m_parameters->upsert(other, rows));
    const qint64 insertMs = timer.restart();
    const auto second = await(m_parameters->upsert(other, rows)); // all conflicts -> updates
    const qint64 updateMs = timer.elapsed();
    QCOMPARE(first.value(), 20000);
    QCOMPARE(second.value(), 20000);
    qInfo("20,000-row upsert: %lld ms inserting, %lld ms updating", insertMs, updateMs);
    QVERIFY2(insertMs < 5000, "bulk upsert must not take seconds");
    QCOMPARE(await(m_parameters->count(other)).value(), qint64(20000));
    const auto one = await(m_parameters->get(other, QStringLiteral("Device.Bulk.19999.Value")));
    QCOMPARE(one.value()->value, QStringLiteral("19999"));
    QCOMPARE(one.value()->type, cwmp::ValueType::UnsignedInt);
    QCOMPARE(await(devices.remove(other)).ok(), true);
    QCOMPARE(await(m_parameters->count(other)).value(), qint64(0)); // cascaded
}

void ParameterRepositoryTest::subtreeReadsExactlyThePrefix_data()
{
    QTest::addColumn<QString>("partialPath");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("object with dot")
            << QStringLiteral("Device.IP.")
            << QStringList{QStringLiteral("Device.IP."), QStringLiteral("Device.IP.Enable"),
                           QStringLiteral("Device.IP.Interface.1.Name"),
                           QStringLiteral("Device.IP.Interface.2.Name")};
    QTest::newRow("sibling with shared prefix")
            << QStringLiteral("Device.IPsec.") << QStringList{QStringLiteral("Device.IPsec.Enable")};
    QTest::newRow("instance") << QStringLiteral("Device.IP.Interface.1.")
                              << QStringList{QStringLiteral("Device.IP.Interface.1.Name")};
    QTest::newRow("parameter itself")
            << QStringLiteral("Device.IPX") << QStringList{QStringLiteral("Device.IPX")};
    QTest::newRow("absent") << QStringLiteral("Device.Nope.") << QStringList{};
}

void ParameterRepositoryTest::subtreeReadsExactlyThePrefix()
{
    QFETCH(QString, partialPath);
    QFETCH(QStringList, expected);
    QCOMPARE(paths(await(m_parameters->subtree(m_device, partialPath)).value()), expected);
}

void ParameterRepositoryTest::childrenListsOneLevelIncludingUnstoredObjects()
{
    auto top = await(m_parameters->children(m_device, QStringLiteral("Device."))).value();
    QCOMPARE(paths(top),
             (QStringList{QStringLiteral("Device.DeviceInfo."), QStringLiteral("Device.IP-Extra."),
                          QStringLiteral("Device.IP."), QStringLiteral("Device.IPX"),
                          QStringLiteral("Device.IPsec.")}));
    QCOMPARE(top.at(0).readAtMs, qint64(0)); // DeviceInfo. known only from paths below
    QVERIFY(top.at(2).readAtMs > 0);         // Device.IP. is stored
    auto ip = await(m_parameters->children(m_device, QStringLiteral("Device.IP."))).value();
    QCOMPARE(paths(ip), (QStringList{QStringLiteral("Device.IP.Enable"),
                                     QStringLiteral("Device.IP.Interface.")}));
    auto root = await(m_parameters->children(m_device, QString())).value();
    QCOMPARE(paths(root), QStringList{QStringLiteral("Device.")});
}

void ParameterRepositoryTest::upsertKeepsWhatTheNewRowDoesNotCarry()
{
    const QString path = QStringLiteral("Device.DeviceInfo.SerialNumber");
    ParameterRecord names; // GetParameterNames: writability only
    names.path = path;
    names.writable = false;
    QVERIFY(await(m_parameters->upsert(m_device, {names})).ok());
    ParameterRecord attributes; // GetParameterAttributes
    attributes.path = path;
    attributes.notification = 2;
    attributes.accessList = QStringList{QStringLiteral("Subscriber")};
    QVERIFY(await(m_parameters->upsert(m_device, {attributes})).ok());
    const auto row = await(m_parameters->get(m_device, path)).value();
    QVERIFY(row);
    QCOMPARE(row->value, path); // from the first upsert
    QCOMPARE(row->writable, std::optional<bool>(false));
    QCOMPARE(row->notification, std::optional<int>(2));
    QCOMPARE(row->accessList, std::optional<QStringList>(QStringList{QStringLiteral("Subscriber")}));
}

void ParameterRepositoryTest::removeSubtreeDeletesOnlyThatObject()
{
    const qint64 before = await(m_parameters->count(m_device)).value();
    QCOMPARE(await(m_parameters->removeSubtree(m_device, QStringLiteral("Device.IP.Interface.1."))).value(), 1);
    QCOMPARE(await(m_parameters->count(m_device)).value(), before - 1);
    QCOMPARE(paths(await(m_parameters->subtree(m_device, QStringLiteral("Device.IPsec."))).value()).size(), 1);
}

void ParameterRepositoryTest::rowsOfUnknownDevicesAreRefused()
{
    const auto r = await(m_parameters->upsert(QStringLiteral("NOPE"), {{QStringLiteral("Device.X")}}));
    QVERIFY(!r.ok());
}

QTEST_GUILESS_MAIN(ParameterRepositoryTest)
#include "tst_parameterrepository.moc"
