// The file server registry.

#include "storetest.h"

#include <store/filerepository.h>

#include <QTemporaryDir>

using namespace store;
using storetest::await;

class FileRepositoryTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addsListsAndRemovesFiles();
};

void FileRepositoryTest::addsListsAndRemovesFiles()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(await(db.open(dir.path())).ok());
    FileRepository files(db);
    RegisteredFile firmware{QStringLiteral("fw-2.0.bin"), QStringLiteral("1 Firmware Upgrade Image"),
                            1234, QStringLiteral("AB12"), QStringLiteral("/srv/fw-2.0.bin"),
                            QStringLiteral("00D09E"), QStringLiteral("IGD"), QStringLiteral("2.0"), 0};
    const RegisteredFile stored = await(files.add(firmware)).value();
    QCOMPARE(stored.sha256, QStringLiteral("ab12"));
    QVERIFY(stored.addedMs > 0);
    QCOMPARE(await(files.add(firmware)).error().code, Error::Code::Conflict);
    RegisteredFile config{QStringLiteral("a.cfg"), QStringLiteral("3 Vendor Configuration File"),
                          10, QStringLiteral("00"), QStringLiteral("/srv/a.cfg"), {}, {}, {}, 5};
    QVERIFY(await(files.add(config)).ok());
    const auto list = await(files.list()).value();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.first().name, QStringLiteral("a.cfg"));
    QVERIFY(!list.first().oui);
    QCOMPARE(await(files.get(QStringLiteral("fw-2.0.bin"))).value()->version,
             std::optional<QString>(QStringLiteral("2.0")));
    QVERIFY(await(files.remove(QStringLiteral("a.cfg"))).ok());
    QCOMPARE(await(files.remove(QStringLiteral("a.cfg"))).error().code, Error::Code::NotFound);
    QVERIFY(!await(files.get(QStringLiteral("a.cfg"))).value());
}

QTEST_GUILESS_MAIN(FileRepositoryTest)
#include "tst_filerepository.moc"
