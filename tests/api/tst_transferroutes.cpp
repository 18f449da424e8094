// The transfer routes (issue 7) over HTTP against the real simulator: a configuration
// backup listed and read back, restored with its timeline, a log fetch, and the errors of
// a firmware upgrade with a file nobody registered.

#include "apitestfixture.h"

#include <acs/transfertracker.h>
#include <acs/uploadreceiver.h>
#include <api/transferroutes.h>

using apitest::array;
using apitest::object;

class tst_TransferRoutes : public QObject
{
    Q_OBJECT

private:
    apitest::Fixture m_fixture;
    acs::UploadReceiver m_uploads;
    std::unique_ptr<acs::TransferTracker> m_tracker;
    std::unique_ptr<api::TransferRoutes> m_routes;

    // Polls GET /transfers/{tid} until the timeline ends; its last JSON.
    QJsonObject finished(qint64 tid)
    {
        QJsonObject last;
        const bool ended = QTest::qWaitFor([&] {
            const auto got = m_fixture.request("GET", m_fixture.devicePath() + "/transfers/" + QByteArray::number(tid));
            last = object(got);
            return got.response.status == 200 && last.value(QStringLiteral("state")).toString() != u"running";
        }, 40000);
        if (!ended)
            qWarning("transfer %lld still running: %s", tid, QJsonDocument(last).toJson().constData());
        return last;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString error = m_fixture.start(QStringLiteral("TR0001"));
        if (error.contains(QStringLiteral("not built")))
            QSKIP(qPrintable(error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_uploads.setDirectory(m_fixture.path(QStringLiteral("uploads")));
        m_fixture.engine().setUploadReceiver(&m_uploads);
        m_fixture.engine().setFileServer(&m_fixture.files()); // the fixture serves no files to devices by itself
        m_tracker = std::make_unique<acs::TransferTracker>(&m_fixture.engine(), &m_fixture.files(), &m_uploads, nullptr, nullptr);
        m_routes = std::make_unique<api::TransferRoutes>(m_tracker.get());
        m_fixture.api().addRoutes(m_routes->routeGroup());
        QVERIFY(m_fixture.waitForIdleDevice());
    }

    void cleanupTestCase()
    {
        m_fixture.stopDevice();
    }

    void backupIsListedReadAndRestored()
    {
        const QByteArray backups = m_fixture.devicePath() + "/backups";
        const auto started = m_fixture.request("POST", backups);
        QCOMPARE(started.response.status, 202);
        const qint64 bid = object(started).value(QStringLiteral("id")).toInteger();
        QVERIFY(bid > 0);
        const QJsonObject done = finished(bid);
        QCOMPARE(done.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));

        const auto list = m_fixture.request("GET", backups);
        QCOMPARE(list.response.status, 200);
        QCOMPARE(array(list).size(), 1);
        QVERIFY(array(list).at(0).toObject().value(QStringLiteral("fileSize")).toInteger() > 0);

        const auto content = m_fixture.request("GET", backups + "/" + QByteArray::number(bid));
        QCOMPARE(content.response.status, 200);
        QVERIFY(content.response.body.contains("Device.DeviceInfo.SerialNumber="));

        QVERIFY(m_fixture.waitForIdleDevice());
        const auto restore = m_fixture.request("POST", backups + "/" + QByteArray::number(bid) + "/restore");
        QVERIFY2(restore.response.status == 202, restore.response.body.constData());
        const QJsonObject restored = finished(object(restore).value(QStringLiteral("id")).toInteger());
        QCOMPARE(restored.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(restored.value(QStringLiteral("backupId")).toInteger(), bid);

        const auto all = m_fixture.request("GET", m_fixture.devicePath() + "/transfers");
        QCOMPARE(all.response.status, 200);
        QCOMPARE(array(all).size(), 2);
    }

    void logFetchEndsWithTheFile()
    {
        QVERIFY(m_fixture.waitForIdleDevice());
        const auto started = m_fixture.request("POST", m_fixture.devicePath() + "/logs");
        QCOMPARE(started.response.status, 202);
        const QJsonObject done = finished(object(started).value(QStringLiteral("id")).toInteger());
        QCOMPARE(done.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(done.value(QStringLiteral("kind")).toString(), QStringLiteral("log"));
    }

    void firmwareErrorsAreClear()
    {
        const QByteArray firmware = m_fixture.devicePath() + "/firmware";
        const auto unknown = m_fixture.request("POST", firmware, R"({"file":"nobody.bin"})");
        QCOMPARE(unknown.response.status, 400);
        QVERIFY(object(unknown).value(QStringLiteral("error")).toString().contains(QLatin1String("nobody.bin")));
        QCOMPARE(m_fixture.request("POST", firmware, "not json").response.status, 400);
        QCOMPARE(m_fixture.request("GET", firmware).response.status, 405);
        QCOMPARE(m_fixture.request("GET", m_fixture.devicePath() + "/transfers/999999").response.status, 404);
    }
};

QTEST_GUILESS_MAIN(tst_TransferRoutes)
#include "tst_transferroutes.moc"
