// Provisioning profiles: the JSON export format (round trip, hostile input refused with a
// reason) and the repository over a real SQLite file.

#include "storetest.h"

#include <store/database.h>
#include <store/profileformat.h>
#include <store/profilerepository.h>

#include <QTemporaryDir>
#include <QtTest>

using store::Profile;
using store::ProfileFormat;
using storetest::await;

namespace {

Profile sample()
{
    Profile p;
    p.name = QStringLiteral("Lab gateway");
    p.description = QStringLiteral("Periodic inform every 5 minutes, one port mapping");
    p.applyOnBootstrap = true;
    p.objects = {QStringLiteral("Device.NAT.PortMapping.3.")};
    p.values = {{QStringLiteral("Device.ManagementServer.PeriodicInformInterval"), QStringLiteral("300"), QStringLiteral("unsignedInt")},
                {QStringLiteral("Device.NAT.PortMapping.3.Description"), QStringLiteral("ssh, \"quoted\" ü"), QString()}};
    return p;
}

} // namespace

class tst_ProfileRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonRoundTripKeepsEveryField()
    {
        const Profile p = sample();
        QString why;
        const auto back = ProfileFormat::fromBytes(ProfileFormat::toBytes(p), &why);
        QVERIFY2(back, qPrintable(why));
        QCOMPARE(*back, p);
        const QJsonObject json = ProfileFormat::toJson(p);
        QCOMPARE(json.value(QStringLiteral("version")).toInt(), ProfileFormat::kVersion);
        QCOMPARE(json.value(QStringLiteral("format")).toString(), QStringLiteral("cwmp-workbench-profile"));
    }

    void badDocumentsAreRefusedWithAReason_data()
    {
        QTest::addColumn<QByteArray>("document");
        QTest::addColumn<QString>("reasonContains");
        QTest::newRow("not json") << QByteArray("{\"version\": 1, ") << QStringLiteral("not valid JSON");
        QTest::newRow("array") << QByteArray("[1,2]") << QStringLiteral("JSON object");
        QTest::newRow("no version") << QByteArray(R"({"name":"a"})") << QStringLiteral("version");
        QTest::newRow("newer version") << QByteArray(R"({"version":99,"name":"a"})") << QStringLiteral("99");
        QTest::newRow("fractional version") << QByteArray(R"({"version":1.5,"name":"a"})") << QStringLiteral("version");
        QTest::newRow("other format") << QByteArray(R"({"format":"genieacs","version":1,"name":"a"})") << QStringLiteral("format");
        QTest::newRow("no name") << QByteArray(R"({"version":1})") << QStringLiteral("name");
        QTest::newRow("blank name") << QByteArray(R"({"version":1,"name":"   "})") << QStringLiteral("name");
        QTest::newRow("values not a list") << QByteArray(R"({"version":1,"name":"a","values":{}})") << QStringLiteral("values");
        QTest::newRow("value without path") << QByteArray(R"({"version":1,"name":"a","values":[{"value":"1"}]})") << QStringLiteral("Value 1");
        QTest::newRow("object as value") << QByteArray(R"({"version":1,"name":"a","values":[{"path":"Device.A","value":{}}]})") << QStringLiteral("Value 1");
        QTest::newRow("bad path") << QByteArray(R"({"version":1,"name":"a","values":[{"path":"Device..A","value":"1"}]})") << QStringLiteral("Device..A");
        QTest::newRow("object path as value") << QByteArray(R"({"version":1,"name":"a","values":[{"path":"Device.A.","value":"1"}]})") << QStringLiteral("Device.A.");
        QTest::newRow("parameter as object") << QByteArray(R"({"version":1,"name":"a","objects":["Device.A"]})") << QStringLiteral("Device.A");
        QTest::newRow("bootstrap not bool") << QByteArray(R"({"version":1,"name":"a","applyOnBootstrap":"yes"})") << QStringLiteral("applyOnBootstrap");
    }

    void badDocumentsAreRefusedWithAReason()
    {
        QFETCH(QByteArray, document);
        QFETCH(QString, reasonContains);
        QString why;
        QVERIFY(!ProfileFormat::fromBytes(document, &why));
        QVERIFY2(why.contains(reasonContains), qPrintable(why));
    }

    void numbersAndBooleansAreTakenAsText()
    {
        QString why;
        const auto p = ProfileFormat::fromBytes(
            R"({"version":1,"name":"n","values":[{"path":"Device.A","value":300},{"path":"Device.B","value":true}]})", &why);
        QVERIFY2(p, qPrintable(why));
        QCOMPARE(p->values.at(0).value, QStringLiteral("300"));
        QCOMPARE(p->values.at(1).value, QStringLiteral("true"));
    }

    void savesListsRenamesAndRemoves()
    {
        QTemporaryDir dir;
        store::Database db;
        QVERIFY(await(db.open(dir.path())));
        store::ProfileRepository repo(db);

        const auto saved = await(repo.save(sample()));
        QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));
        QVERIFY(saved.value().createdMs > 0);
        const auto got = await(repo.get(QStringLiteral("Lab gateway")));
        QVERIFY(got);
        QCOMPARE(got.value().values, sample().values);
        QCOMPARE(got.value().objects, sample().objects);
        QVERIFY(got.value().applyOnBootstrap);

        Profile renamed = got.value();
        renamed.name = QStringLiteral("Bench gateway");
        QVERIFY(await(repo.save(renamed, QStringLiteral("Lab gateway"))));
        const auto all = await(repo.list());
        QVERIFY(all);
        QCOMPARE(all.value().size(), 1);
        QCOMPARE(all.value().at(0).name, QStringLiteral("Bench gateway"));
        QCOMPARE(all.value().at(0).createdMs, saved.value().createdMs); // an edit keeps its creation time

        QCOMPARE(await(repo.get(QStringLiteral("Lab gateway"))).error().code, store::Error::Code::NotFound);
        QVERIFY(await(repo.remove(QStringLiteral("Bench gateway"))));
        QCOMPARE(await(repo.remove(QStringLiteral("Bench gateway"))).error().code, store::Error::Code::NotFound);
    }

    void anInvalidProfileIsNotStored()
    {
        QTemporaryDir dir;
        store::Database db;
        QVERIFY(await(db.open(dir.path())));
        store::ProfileRepository repo(db);
        Profile p = sample();
        p.values.append({QStringLiteral("not a path!"), QStringLiteral("1"), {}});
        const auto saved = await(repo.save(p));
        QVERIFY(!saved);
        QCOMPARE(saved.error().code, store::Error::Code::InvalidArgument);
        QVERIFY(await(repo.list()).value().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_ProfileRepository)
#include "tst_profilerepository.moc"
