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

    void scheduledFirmwareUpgradeRunsInItsWindow()
    {
        QFile image(m_fixture.path(QStringLiteral("gw-6.6.0.bin")));
        QVERIFY(image.open(QIODevice::WriteOnly));
        image.write("CWMP-SIM-FIRMWARE version=6.6.0\n" + QByteArray(64 * 1024, 'F'));
        image.close();
        m_fixture.files().addFile(acs::ServedFile{QStringLiteral("gw-6.6.0.bin"), image.fileName(), image.size(), {},
                                                  QStringLiteral("1 Firmware Upgrade Image"), {}, {}, QStringLiteral("6.6.0"), 0});
        QVERIFY(m_fixture.waitForIdleDevice());
        const auto started = m_fixture.request(
            "POST", m_fixture.devicePath() + "/firmware",
            R"({"file":"gw-6.6.0.bin","timeWindows":[{"start":1,"end":60,"mode":"2 Immediately","userMessage":"","maxRetries":-1}]})");
        QVERIFY2(started.response.status == 202, started.response.body.constData());
        const QJsonObject done = finished(object(started).value(QStringLiteral("id")).toInteger());
        QCOMPARE(done.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(done.value(QStringLiteral("newVersion")).toString(), QStringLiteral("6.6.0"));
        QVERIFY(QJsonDocument(done).toJson().contains("ScheduleDownload"));
    }

    void badTimeWindowsAreRefusedWithTheReason_data()
    {
        QTest::addColumn<QByteArray>("windows");
        QTest::addColumn<QString>("reason");
        QTest::newRow("start after end") << QByteArray(R"([{"start":50,"end":10}])") << QStringLiteral("after it ends");
        QTest::newRow("overlap") << QByteArray(R"([{"start":0,"end":100},{"start":50,"end":200}])")
                                 << QStringLiteral("overlap");
        QTest::newRow("three") << QByteArray(R"([{"start":0,"end":1},{"start":2,"end":3},{"start":4,"end":5}])")
                               << QStringLiteral("one or two");
        QTest::newRow("none") << QByteArray("[]") << QStringLiteral("one or two");
        QTest::newRow("mode") << QByteArray(R"([{"start":0,"end":1,"mode":"Later"}])") << QStringLiteral("Unknown window mode");
        QTest::newRow("negative") << QByteArray(R"([{"start":-1,"end":1}])") << QStringLiteral("seconds");
        QTest::newRow("not an array") << QByteArray(R"({"start":0})") << QStringLiteral("array");
    }

    void badTimeWindowsAreRefusedWithTheReason()
    {
        QFETCH(QByteArray, windows);
        QFETCH(QString, reason);
        const auto reply = m_fixture.request("POST", m_fixture.devicePath() + "/firmware",
                                             R"({"file":"gw-6.6.0.bin","timeWindows":)" + windows + "}");
        QCOMPARE(reply.response.status, 400);
        const QString error = object(reply).value(QStringLiteral("error")).toString();
        QVERIFY2(error.contains(reason), qPrintable(error));
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
