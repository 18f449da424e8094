// The ?query= subset on plain documents: what GenieACS NBI clients send.

#include <api/documentquery.h>

#include <QJsonDocument>
#include <QtTest>

using api::DocumentQuery;

class DocumentQueryTest : public QObject
{
    Q_OBJECT

private:
    static QJsonObject document()
    {
        // Plain literals: moc does not follow raw strings across lines.
        return QJsonDocument::fromJson(
                   "{\"_id\": \"00D09E-Gateway-API0001\","
                   " \"_deviceId\": {\"_SerialNumber\": \"API0001\", \"_OUI\": \"00D09E\"},"
                   " \"_lastInform\": \"2026-11-26T10:00:00.000Z\","
                   " \"Device\": {\"_object\": true,"
                   "  \"DeviceInfo\": {\"_object\": true, \"SoftwareVersion\": {\"_value\": \"4.2.1\", \"_type\": \"xsd:string\"}},"
                   "  \"ManagementServer\": {\"_object\": true,"
                   "   \"PeriodicInformInterval\": {\"_value\": 300, \"_type\": \"xsd:unsignedInt\"},"
                   "   \"PeriodicInformEnable\": {\"_value\": true, \"_type\": \"xsd:boolean\"}}}}")
            .object();
    }

private Q_SLOTS:
    void matchesTheSubset_data()
    {
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<bool>("matches");
        QTest::newRow("empty") << QByteArray() << true;
        QTest::newRow("id") << QByteArray(R"({"_id": "00D09E-Gateway-API0001"})") << true;
        QTest::newRow("other id") << QByteArray(R"({"_id": "nope"})") << false;
        QTest::newRow("serial") << QByteArray(R"({"_deviceId._SerialNumber": "API0001"})") << true;
        QTest::newRow("parameter value") << QByteArray(R"({"Device.DeviceInfo.SoftwareVersion": "4.2.1"})") << true;
        QTest::newRow("parameter other value") << QByteArray(R"({"Device.DeviceInfo.SoftwareVersion": "4.2.2"})") << false;
        QTest::newRow("number as number") << QByteArray(R"({"Device.ManagementServer.PeriodicInformInterval": 300})") << true;
        QTest::newRow("number as text") << QByteArray(R"({"Device.ManagementServer.PeriodicInformInterval": "300"})") << true;
        QTest::newRow("boolean") << QByteArray(R"({"Device.ManagementServer.PeriodicInformEnable": true})") << true;
        QTest::newRow("missing path") << QByteArray(R"({"Device.Nope": "x"})") << false;
        QTest::newRow("in") << QByteArray(R"({"_id": {"$in": ["a", "00D09E-Gateway-API0001"]}})") << true;
        QTest::newRow("not in") << QByteArray(R"({"_id": {"$nin": ["00D09E-Gateway-API0001"]}})") << false;
        QTest::newRow("ne") << QByteArray(R"({"_id": {"$ne": "x"}})") << true;
        QTest::newRow("regex") << QByteArray(R"({"_deviceId._SerialNumber": {"$regex": "^API"}})") << true;
        QTest::newRow("regex case") << QByteArray(R"({"_deviceId._SerialNumber": {"$regex": "^api", "$options": "i"}})") << true;
        QTest::newRow("regex miss") << QByteArray(R"({"_deviceId._SerialNumber": {"$regex": "^XYZ"}})") << false;
        QTest::newRow("inform after") << QByteArray(R"({"_lastInform": {"$gt": "2026-11-26T09:00:00Z"}})") << true;
        QTest::newRow("inform before") << QByteArray(R"({"_lastInform": {"$lt": "2026-11-26T09:00:00Z"}})") << false;
        QTest::newRow("inform in window") << QByteArray(R"({"_lastInform": {"$gt": "2026-01-01T00:00:00Z", "$lt": "2027-01-01T00:00:00Z"}})") << true;
        QTest::newRow("number greater") << QByteArray(R"({"Device.ManagementServer.PeriodicInformInterval": {"$gte": 300}})") << true;
        QTest::newRow("exists") << QByteArray(R"({"Device.DeviceInfo.SoftwareVersion": {"$exists": true}})") << true;
        QTest::newRow("not exists") << QByteArray(R"({"Device.DeviceInfo.Nope": {"$exists": true}})") << false;
        QTest::newRow("or") << QByteArray(R"({"$or": [{"_id": "x"}, {"_deviceId._SerialNumber": "API0001"}]})") << true;
        QTest::newRow("and") << QByteArray(R"({"$and": [{"_id": "x"}, {"_deviceId._SerialNumber": "API0001"}]})") << false;
    }

    void matchesTheSubset()
    {
        QFETCH(QByteArray, query);
        QFETCH(bool, matches);
        QString why;
        const std::optional<DocumentQuery> q = DocumentQuery::parse(query, &why);
        QVERIFY2(q, qPrintable(why));
        QCOMPARE(q->matches(document()), matches);
    }

    void rejectsMalformedQueries_data()
    {
        QTest::addColumn<QByteArray>("query");
        QTest::newRow("not json") << QByteArray("{_id: ");
        QTest::newRow("array") << QByteArray("[1, 2]");
        QTest::newRow("unknown operator") << QByteArray(R"({"_id": {"$where": "1"}})");
        QTest::newRow("unknown top-level operator") << QByteArray(R"({"$text": "x"})");
        QTest::newRow("in without array") << QByteArray(R"({"_id": {"$in": "x"}})");
        QTest::newRow("bad regex") << QByteArray("{\"_id\": {\"$regex\": \"(\"}}");
    }

    void rejectsMalformedQueries()
    {
        QFETCH(QByteArray, query);
        QString why;
        QVERIFY(!DocumentQuery::parse(query, &why));
        QVERIFY(!why.isEmpty());
    }

    void pinsEqualityFields()
    {
        QString why;
        const std::optional<DocumentQuery> q = DocumentQuery::parse(R"({"device": "d1", "name": {"$in": ["x"]}})", &why);
        QVERIFY(q);
        QCOMPARE(q->pinned(QStringLiteral("device")), std::optional<QString>(QStringLiteral("d1")));
        QVERIFY(!q->pinned(QStringLiteral("name")));
    }
};

QTEST_GUILESS_MAIN(DocumentQueryTest)
#include "tst_documentquery.moc"
