// The provisioning routes over HTTP: snapshots, a diff (JSON and CSV), a plan's dry run,
// profiles (import, export, bad JSON) and a profile applied with its progress, against the
// real simulator.

#include "apitestfixture.h"

#include <acs/provisioning.h>
#include <api/provisioningroutes.h>

using apitest::array;
using apitest::object;

class tst_ProvisioningRoutes : public QObject
{
    Q_OBJECT

private:
    apitest::Fixture m_fixture;
    std::unique_ptr<acs::Provisioning> m_provisioning;

private Q_SLOTS:
    void initTestCase()
    {
        const QString error = m_fixture.start(QStringLiteral("PR0001"));
        if (error.contains(QStringLiteral("not built")))
            QSKIP(qPrintable(error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_provisioning = std::make_unique<acs::Provisioning>(m_fixture.engine(), m_fixture.workspace().database());
        auto *routes = new api::ProvisioningRoutes(*m_provisioning, m_provisioning.get());
        m_fixture.api().addRoutes([routes](const http::Request &r, const QList<QString> &s, http::Responder &out) {
            return routes->handle(r, s, out);
        });
        const auto refresh = m_fixture.request("POST", m_fixture.tasksPath() + "?connection_request",
                                               R"({"name":"refreshObject","objectName":"Device.DeviceInfo."})");
        QCOMPARE(refresh.response.status, 200);
    }

    void cleanupTestCase()
    {
        m_fixture.stopDevice();
        m_provisioning.reset();
    }

    void snapshotsDiffAndDelete()
    {
        const QByteArray base = m_fixture.devicePath() + "/snapshots";
        const auto first = m_fixture.request("POST", base, R"({"name":"first"})");
        QCOMPARE(first.response.status, 201);
        const qint64 sid = object(first).value(QStringLiteral("id")).toInteger();
        QVERIFY(sid > 0);
        QCOMPARE(object(first).value(QStringLiteral("name")).toString(), QStringLiteral("first"));

        QCOMPARE(m_fixture.request("POST", m_fixture.tasksPath() + "?connection_request",
                                   R"({"name":"setParameterValues","parameterValues":[["Device.DeviceInfo.ProvisioningCode","via-api"]]})")
                     .response.status,
                 200);
        const auto list = m_fixture.request("GET", base);
        QCOMPARE(list.response.status, 200);
        QCOMPARE(array(list).size(), 1);

        const auto diff = m_fixture.request("GET", m_fixture.devicePath() + "/diff?from=" + QByteArray::number(sid) + "&to=current&hideVolatile=1");
        QCOMPARE(diff.response.status, 200);
        QCOMPARE(array(diff).size(), 1);
        QCOMPARE(array(diff).at(0).toObject().value(QStringLiteral("path")).toString(), QStringLiteral("Device.DeviceInfo.ProvisioningCode"));
        QCOMPARE(array(diff).at(0).toObject().value(QStringLiteral("new")).toString(), QStringLiteral("via-api"));
        const auto csv = m_fixture.request("GET", m_fixture.devicePath() + "/diff?from=" + QByteArray::number(sid) + "&format=csv&hideVolatile=1");
        QCOMPARE(csv.response.status, 200);
        QVERIFY(csv.response.body.startsWith("kind,path,old,new"));
        QVERIFY(csv.response.body.contains("value changed,Device.DeviceInfo.ProvisioningCode,"));
        QCOMPARE(m_fixture.request("GET", m_fixture.devicePath() + "/diff?from=banana").response.status, 400);

        const auto plan = m_fixture.request("POST", m_fixture.devicePath() + "/plan", "{\"target\":\"" + QByteArray::number(sid) + "\"}");
        QCOMPARE(plan.response.status, 200);
        const QJsonArray steps = object(plan).value(QStringLiteral("steps")).toArray();
        QCOMPARE(steps.size(), 1);
        QCOMPARE(steps.at(0).toObject().value(QStringLiteral("task")).toString(), QStringLiteral("setParameterValues"));

        const auto got = m_fixture.request("GET", base + "/" + QByteArray::number(sid));
        QCOMPARE(got.response.status, 200);
        QVERIFY(object(got).value(QStringLiteral("entries")).toArray().size() > 20);
        QCOMPARE(m_fixture.request("DELETE", base + "/" + QByteArray::number(sid)).response.status, 200);
        QCOMPARE(m_fixture.request("GET", base + "/" + QByteArray::number(sid)).response.status, 404);
        QCOMPARE(m_fixture.request("GET", "/devices/nobody/snapshots").response.status, 404);
    }

    void profilesImportExportAndApply()
    {
        const QByteArray doc = R"({"format":"cwmp-workbench-profile","version":1,"name":"api profile",
            "values":[{"path":"Device.DeviceInfo.ProvisioningCode","value":"from-profile","type":"string"}]})";
        QCOMPARE(m_fixture.request("POST", "/profiles", doc).response.status, 201);
        QCOMPARE(m_fixture.request("POST", "/profiles", doc).response.status, 409);
        QCOMPARE(m_fixture.request("POST", "/profiles/import", doc).response.status, 201);
        const auto bad = m_fixture.request("POST", "/profiles/import", R"({"version":1,"name":"x","values":[{"path":"Device..A","value":"1"}]})");
        QCOMPARE(bad.response.status, 400);
        QVERIFY(object(bad).value(QStringLiteral("error")).toString().contains(QStringLiteral("Device..A")));
        QCOMPARE(m_fixture.request("POST", "/profiles/import", "{not json").response.status, 400);

        const auto exported = m_fixture.request("GET", "/profiles/" + apitest::encoded("api profile"));
        QCOMPARE(exported.response.status, 200);
        QCOMPARE(object(exported).value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(array(m_fixture.request("GET", "/profiles")).size(), 1);

        const auto applied = m_fixture.request("POST", m_fixture.devicePath() + "/profiles/" + apitest::encoded("api profile") + "/apply");
        QCOMPARE(applied.response.status, 202);
        const QByteArray runPath = "/provisioning/runs/" + QByteArray::number(object(applied).value(QStringLiteral("runId")).toInteger());
        QJsonObject run;
        QVERIFY(QTest::qWaitFor([&] {
            run = object(m_fixture.request("GET", runPath));
            return run.value(QStringLiteral("state")).toString() != u"running";
        }, 30000));
        QCOMPARE(run.value(QStringLiteral("state")).toString(), QStringLiteral("done"));
        QCOMPARE(run.value(QStringLiteral("steps")).toArray().at(0).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("done"));
        QCOMPARE(m_fixture.device().parameters.find(QStringLiteral("Device.DeviceInfo.ProvisioningCode"))->value, QStringLiteral("from-profile"));

        QCOMPARE(m_fixture.request("DELETE", "/profiles/" + apitest::encoded("api profile")).response.status, 200);
        QCOMPARE(m_fixture.request("GET", "/profiles/" + apitest::encoded("api profile")).response.status, 404);
    }
};

QTEST_GUILESS_MAIN(tst_ProvisioningRoutes)
#include "tst_provisioningroutes.moc"
