// The SOAP log: batched appends, retention pruning, listing, bodies and export.

#include "storetest.h"

#include <store/soaplogrepository.h>
#include <store/sqliteconnection.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QSemaphore>
#include <QTemporaryDir>

#include <sqlite3.h>

using namespace store;
using storetest::await;

namespace {

int countCommit(void *counter)
{
    ++*static_cast<int *>(counter);
    return 0; // 0: let the commit proceed
}

SoapExchange exchange(int i, const QString &session = QStringLiteral("s1"))
{
    SoapExchange e;
    e.deviceId = QStringLiteral("00D09E-IGD-SN1");
    e.sessionId = session;
    e.connectionId = 7;
    e.direction = i % 2 ? SoapExchange::Direction::Out : SoapExchange::Direction::In;
    e.method = QStringLiteral("POST");
    e.url = QStringLiteral("/acs");
    e.status = 200;
    e.headers = QStringLiteral("Content-Type: text/xml\r\n");
    e.body = QByteArray("<soap:Envelope>") + QByteArray::number(i) + QByteArray("</soap:Envelope>");
    e.rpcName = QStringLiteral("Inform");
    e.startedMs = 1000 + i;
    e.endedMs = 1003 + i;
    return e;
}

} // namespace

class SoapLogRepositoryTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void batchesQueuedAppendsIntoOneCommit();
    void listsByDeviceAndSessionWithoutBodies();
    void pruningKeepsTheNewestWithinLimits_data();
    void pruningKeepsTheNewestWithinLimits();
    void exportsJsonLinesAndText();
};

void SoapLogRepositoryTest::batchesQueuedAppendsIntoOneCommit()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(await(db.open(dir.path())).ok());
    SoapLogRepository log(db);
    int commits = 0;
    QVERIFY(await(db.submit([&commits](SqliteConnection &c) -> Result<void> {
                sqlite3_commit_hook(c.handle(), countCommit, &commits);
                return {};
            })).ok());

    QSemaphore entered;
    QSemaphore open;
    db.submit([&](SqliteConnection &) -> Result<void> {
        entered.release();
        open.acquire();
        return {};
    });
    entered.acquire();
    QList<QFuture<Result<qint64>>> appends;
    for (int i = 0; i < 300; ++i)
        appends.append(log.append(exchange(i)));
    open.release();
    for (auto &a : appends)
        QVERIFY(await(a).ok());
    QCOMPARE(commits, 1);
    QCOMPARE(await(log.totals()).value().exchanges, qint64(300));
}

void SoapLogRepositoryTest::listsByDeviceAndSessionWithoutBodies()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(await(db.open(dir.path())).ok());
    SoapLogRepository log(db);
    for (int i = 0; i < 10; ++i)
        log.append(exchange(i, i < 4 ? QStringLiteral("a") : QStringLiteral("b")));
    const auto all = await(log.listForDevice(QStringLiteral("00D09E-IGD-SN1"), std::nullopt, 100));
    QCOMPARE(all.value().size(), 10);
    QVERIFY(all.value().first().body.isEmpty());
    QCOMPARE(all.value().first().size, qint64(exchange(0).body.size()));
    QCOMPARE(all.value().first().durationMs(), qint64(3));
    QCOMPARE(await(log.listForDevice(QStringLiteral("00D09E-IGD-SN1"), QStringLiteral("a"), 100))
                     .value().size(), 4);
    const auto page = await(log.listForDevice(QStringLiteral("00D09E-IGD-SN1"), std::nullopt, 3, 8));
    QCOMPARE(page.value().size(), 2);
    const auto one = await(log.get(all.value().at(5).id)).value();
    QCOMPARE(one->body, exchange(5).body);
    QCOMPARE(one->direction, SoapExchange::Direction::Out);
}

void SoapLogRepositoryTest::pruningKeepsTheNewestWithinLimits_data()
{
    QTest::addColumn<qint64>("maxExchanges");
    QTest::addColumn<qint64>("maxBytes");
    QTest::addColumn<qint64>("expectedCount");
    const qint64 rowBytes = exchange(1000).body.size(); // all bodies below are this long
    QTest::newRow("by count") << qint64(100) << qint64(0) << qint64(100);
    QTest::newRow("by bytes") << qint64(0) << 250 * rowBytes << qint64(250);
    QTest::newRow("both, count binds") << qint64(50) << 250 * rowBytes << qint64(50);
    QTest::newRow("larger than a prune chunk") << qint64(1) << qint64(0) << qint64(1);
}

void SoapLogRepositoryTest::pruningKeepsTheNewestWithinLimits()
{
    QFETCH(qint64, maxExchanges);
    QFETCH(qint64, maxBytes);
    QFETCH(qint64, expectedCount);
    QTemporaryDir dir;
    Database db;
    QVERIFY(await(db.open(dir.path())).ok());
    SoapLogRepository log(db, {maxExchanges, maxBytes});
    QFuture<Result<qint64>> last;
    for (int i = 1000; i < 3500; ++i)
        last = log.append(exchange(i));
    const qint64 lastId = await(last).value();
    await(log.prune()); // finishes what the appends scheduled
    const SoapLogTotals totals = await(log.totals()).value();
    QCOMPARE(totals.exchanges, expectedCount);
    const auto kept = await(log.listForDevice(QStringLiteral("00D09E-IGD-SN1"), std::nullopt, 0))
                              .value();
    QCOMPARE(kept.size(), expectedCount);
    QCOMPARE(kept.last().id, lastId); // the newest survive
    qint64 bytes = 0;
    for (const auto &e : kept)
        bytes += e.size;
    QCOMPARE(bytes, totals.bytes);
}

void SoapLogRepositoryTest::exportsJsonLinesAndText()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(await(db.open(dir.path())).ok());
    SoapLogRepository log(db);
    log.append(exchange(1));
    SoapExchange binary = exchange(2);
    binary.body = QByteArray("\xff\xfe\x00\x01", 4);
    binary.deviceId.reset();
    log.append(binary);

    const QString jsonPath = dir.filePath(QStringLiteral("log.jsonl"));
    QCOMPARE(await(log.exportTo(jsonPath, SoapLogRepository::ExportFormat::JsonLines)).value(),
             qint64(2));
    QFile json(jsonPath);
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = json.readAll().split('\n');
    QCOMPARE(lines.size(), 3); // two lines and the final newline
    const QJsonObject first = QJsonDocument::fromJson(lines.at(0)).object();
    QCOMPARE(first.value(QStringLiteral("body")).toString(),
             QString::fromUtf8(exchange(1).body));
    QCOMPARE(first.value(QStringLiteral("rpc")).toString(), QStringLiteral("Inform"));
    const QJsonObject second = QJsonDocument::fromJson(lines.at(1)).object();
    QCOMPARE(QByteArray::fromBase64(second.value(QStringLiteral("bodyBase64")).toString().toLatin1()),
             binary.body);
    QVERIFY(second.value(QStringLiteral("deviceId")).isNull());

    const QString textPath = dir.filePath(QStringLiteral("log.txt"));
    QCOMPARE(await(log.exportTo(textPath, SoapLogRepository::ExportFormat::Text,
                                QStringLiteral("00D09E-IGD-SN1"))).value(),
             qint64(1));
    QFile text(textPath);
    QVERIFY(text.open(QIODevice::ReadOnly));
    const QByteArray content = text.readAll();
    QVERIFY(content.startsWith("=== #1 "));
    QVERIFY(content.contains(exchange(1).body));

    const auto failed = await(log.exportTo(dir.filePath(QStringLiteral("no/such/dir/x")),
                                           SoapLogRepository::ExportFormat::Text));
    QCOMPARE(failed.error().code, Error::Code::Io);
}

QTEST_GUILESS_MAIN(SoapLogRepositoryTest)
#include "tst_soaplogrepository.moc"
