// The Session log tab's model over a real workspace: a scripted CPE on 127.0.0.1 runs
// sessions against an engine whose persistence is a SQLite store in a temporary folder;
// after a restart the model reads the log back page by page, then appends live messages
// without losing or doubling any, and the filter narrows by RPC and by text in bodies
// still in the store.

#include <acs/acstestclient.h>

#include <sessionlogfiltermodel.h>
#include <sessionlogmodel.h>

#include <acs/acsengine.h>
#include <acs/fileserver.h>
#include <acs/workspace.h>
#include <cwmp/envelopecodec.h>
#include <http/httpclient.h>
#include <store/database.h>
#include <store/sqliteconnection.h>

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <future>
#include <memory>

using models::SessionLogFilterModel;
using models::SessionLogModel;

namespace {

constexpr int kWaitMs = 20000;

struct Acs {
    acs::Workspace workspace;
    acs::FileServer files;
    acs::AcsEngine engine{workspace.persistence()};
};

QByteArray informBody(const QString &serial)
{
    cwmp::Inform inform;
    inform.deviceId = {QStringLiteral("Workbench"), QStringLiteral("00D09E"), QStringLiteral("TestGW"), serial};
    inform.events = {{QStringLiteral("1 BOOT"), QString()}};
    inform.currentTime = QDateTime::currentDateTimeUtc();
    inform.parameterList = {
        {QStringLiteral("Device.ManagementServer.ConnectionRequestURL"), QStringLiteral("http://127.0.0.1:1/cr"), cwmp::ValueType::String},
    };
    cwmp::Envelope e;
    e.header.id = QStringLiteral("inform-%1").arg(serial);
    e.body = inform;
    return cwmp::encodeEnvelope(e);
}

QByteArray faultBody(int code, const QString &id)
{
    cwmp::Envelope e;
    e.header.id = id;
    e.body = cwmp::makeFault(code, QStringLiteral("No such object"));
    return cwmp::encodeEnvelope(e);
}

const QString kSerial = QStringLiteral("LOG1");

} // namespace

class SessionLogModelTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_deviceId;

    bool open(Acs &acs)
    {
        std::optional<bool> ok;
        acs.workspace.open(m_dir.path(), acs.engine, acs.files, [&](bool done, const QString &error) {
            if (!done)
                qWarning("workspace: %s", qPrintable(error));
            ok = done;
        });
        if (!QTest::qWaitFor([&] { return ok.has_value(); }, kWaitMs) || !*ok)
            return false;
        acs::AcsSettings s;
        s.address = QHostAddress::LocalHost;
        s.port = 0;
        s.authMode = acs::CpeAuthMode::None;
        s.session.holdMs = 0;
        return acs.engine.start(s);
    }

    // Inform, InformResponse, empty POST, 204: four messages.
    bool idleSession(Acs &acs)
    {
        http::HttpClient cpe{QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(acs.engine.port()))};
        if (acstest::postCwmp(cpe, informBody(kSerial)).response.status != 200)
            return false;
        return acstest::postCwmp(cpe, QByteArray()).response.status == 204;
    }

    // Inform, InformResponse, empty POST, GetParameterValues, Fault, 204: six messages.
    bool sessionWithAFault(Acs &acs)
    {
        http::HttpClient cpe{QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(acs.engine.port()))};
        if (acstest::postCwmp(cpe, informBody(kSerial)).response.status != 200)
            return false;
        const QString id = acs.engine.devices().ids().value(0);
        if (!acs.engine.queueTask(id, QStringLiteral("getParameterValues"),
                                  QJsonObject{{QStringLiteral("parameterNames"), QJsonArray{QStringLiteral("Device.Nope.")}}}))
            return false;
        const http::Result request = acstest::postCwmp(cpe, QByteArray());
        const cwmp::Envelope e = cwmp::decodeEnvelope(request.response.body).envelope;
        if (!std::holds_alternative<cwmp::GetParameterValues>(e.body))
            return false;
        return acstest::postCwmp(cpe, faultBody(9005, e.header.id.value_or(QString()))).response.status == 204;
    }

    bool waitLoaded(const SessionLogModel &model, int rows)
    {
        return QTest::qWaitFor([&] { return !model.isLoading() && model.rowCount() == rows; }, kWaitMs);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The first run of the workbench: two sessions, then the process ends.
        Acs first;
        QVERIFY(open(first));
        QVERIFY(idleSession(first));
        QVERIFY(sessionWithAFault(first));
        m_deviceId = first.engine.devices().ids().value(0);
        QVERIFY(m_deviceId.endsWith(kSerial));
    }

    void readsTheStoredLogBackAfterARestart()
    {
        Acs acs;
        QVERIFY(open(acs));
        SessionLogModel model(acs.engine, &acs.workspace.database());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy loading(&model, &SessionLogModel::loadingChanged);
        model.setDevice(m_deviceId);
        QVERIFY(model.isLoading());
        QVERIFY(waitLoaded(model, 10));
        QCOMPARE(loading.size(), 2);

        const QStringList expectedRpcs = {QStringLiteral("Inform"), QStringLiteral("InformResponse"), QString(), QString(),
                                          QStringLiteral("Inform"), QStringLiteral("InformResponse"), QString(),
                                          QStringLiteral("GetParameterValues"), QStringLiteral("Fault"), QString()};
        for (int row = 0; row < expectedRpcs.size(); ++row) {
            QCOMPARE(model.index(row, 0).data(SessionLogModel::RpcRole).toString(), expectedRpcs.at(row));
            QVERIFY(model.index(row, 0).data(SessionLogModel::ExchangeIdRole).toLongLong() > 0);
            // Stored bodies stay in the store until asked for.
            QVERIFY(!model.bodyLoaded(row));
        }
        QCOMPARE(model.index(0, SessionLogModel::DirectionColumn).data().toString(), SessionLogModel::directionText(true));
        QCOMPARE(model.index(1, SessionLogModel::DirectionColumn).data().toString(), SessionLogModel::directionText(false));
        QCOMPARE(model.index(1, SessionLogModel::StatusColumn).data().toInt(), 200);
        QCOMPARE(model.index(3, SessionLogModel::StatusColumn).data().toInt(), 204);
        QCOMPARE(model.index(2, SessionLogModel::RpcColumn).data().toString(), SessionLogModel::tr("(empty)"));
        QVERIFY(QRegularExpression(QStringLiteral("^\\d\\d:\\d\\d:\\d\\d\\.\\d\\d\\d$"))
                        .match(model.index(0, SessionLogModel::TimeColumn).data().toString())
                        .hasMatch());
        QVERIFY(model.index(0, SessionLogModel::SizeColumn).data().toLongLong() > 100);
        // Each session is one band; the next session takes the other.
        QCOMPARE(model.index(0, 0).data(SessionLogModel::SessionBandRole).toInt(), 0);
        QCOMPARE(model.index(3, 0).data(SessionLogModel::SessionBandRole).toInt(), 0);
        QCOMPARE(model.index(4, 0).data(SessionLogModel::SessionBandRole).toInt(), 1);
        QVERIFY(model.index(0, SessionLogModel::SessionColumn).data() != model.index(4, SessionLogModel::SessionColumn).data());

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.loadBody(0);
        QTRY_VERIFY(model.bodyLoaded(0));
        QCOMPARE(changed.size(), 1);
        QVERIFY(model.exchange(0).body.contains("Inform"));
        QCOMPARE(model.exchange(0).body.size(), model.exchange(0).size);
    }

    void appendsLiveMessagesWithoutDoublingThem()
    {
        Acs acs;
        QVERIFY(open(acs));
        SessionLogModel model(acs.engine, &acs.workspace.database());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        // The session runs while the stored log is still being read, in pages of three:
        // a job holding the store's worker keeps the reading going until the session is
        // over. Each message must be there once.
        model.setPageSize(3);
        model.setDevice(m_deviceId);
        std::promise<void> gate;
        std::shared_future<void> opened = gate.get_future().share();
        acs.workspace.database().submit([opened](store::SqliteConnection &) -> store::Result<bool> {
            opened.wait();
            return true;
        });
        QVERIFY(idleSession(acs));
        QVERIFY(model.isLoading());
        gate.set_value();
        QVERIFY(waitLoaded(model, 14));
        QStringList order;
        for (int row = 10; row < 14; ++row)
            order << model.exchange(row).rpcName;
        QCOMPARE(order, (QStringList{QStringLiteral("Inform"), QStringLiteral("InformResponse"), QString(), QString()}));

        // And once loaded, new messages are appended as they happen, bodies included.
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QVERIFY(idleSession(acs));
        QCOMPARE(model.rowCount(), 18);
        QCOMPARE(inserted.size(), 4);
        QCOMPARE(model.index(14, 0).data(SessionLogModel::RpcRole).toString(), QStringLiteral("Inform"));
        QVERIFY(model.bodyLoaded(14));
        QVERIFY(model.exchange(14).body.contains(kSerial.toUtf8()));
        QCOMPARE(model.index(14, 0).data(SessionLogModel::ExchangeIdRole).toLongLong(), 0);
        QVERIFY(model.index(14, 0).data(SessionLogModel::SessionBandRole) != model.index(13, 0).data(SessionLogModel::SessionBandRole));

        // Another model reading the store now sees the same 18 messages.
        SessionLogModel again(acs.engine, &acs.workspace.database());
        again.setDevice(m_deviceId);
        QVERIFY(waitLoaded(again, 18));
        for (int row = 0; row < 18; ++row) {
            QCOMPARE(again.exchange(row).rpcName, model.exchange(row).rpcName);
            QCOMPARE(again.exchange(row).sessionId, model.exchange(row).sessionId);
        }
    }

    void filtersByRpcAndByText()
    {
        Acs acs;
        QVERIFY(open(acs));
        SessionLogModel model(acs.engine, &acs.workspace.database());
        SessionLogFilterModel filter;
        filter.setLogModel(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setDevice(m_deviceId);
        QVERIFY(waitLoaded(model, 18));
        QCOMPARE(model.rpcNames(), (QStringList{QString(), QStringLiteral("Fault"), QStringLiteral("GetParameterValues"),
                                                QStringLiteral("Inform"), QStringLiteral("InformResponse")}));

        filter.setRpcFilter(QStringLiteral("Inform"));
        QCOMPARE(filter.rowCount(), 4);
        filter.setRpcFilter(QString());
        QCOMPARE(filter.rowCount(), 8); // empty POSTs and 204s
        filter.setRpcFilter(std::nullopt);
        QCOMPARE(filter.rowCount(), 18);

        // Headers are always searchable.
        filter.setTextFilter(QStringLiteral("set-cookie"));
        QVERIFY(filter.rowCount() >= 4);
        QVERIFY(filter.rowCount() < 18);
        // "No such object" is only in the Fault's body, which is still in the store: the
        // filter has it fetched and then finds it.
        filter.setTextFilter(QStringLiteral("no such OBJECT"));
        QTRY_COMPARE_WITH_TIMEOUT(filter.rowCount(), 1, kWaitMs);
        QCOMPARE(filter.index(0, 0).data(SessionLogModel::RpcRole).toString(), QStringLiteral("Fault"));
        QCOMPARE(filter.sourceRows(), QList<int>{8});
        filter.setRpcFilter(QStringLiteral("Inform"));
        QCOMPARE(filter.rowCount(), 0);
        filter.setTextFilter(QString());
        QCOMPARE(filter.rowCount(), 4);
    }

    void fetchesBodiesForAnExport()
    {
        Acs acs;
        QVERIFY(open(acs));
        SessionLogModel model(acs.engine, &acs.workspace.database());
        model.setDevice(m_deviceId);
        QVERIFY(waitLoaded(model, 18));
        QFuture<QList<store::SoapExchange>> future = model.withBodies({0, 7, 8});
        QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), kWaitMs);
        const QList<store::SoapExchange> rows = future.result();
        QCOMPARE(rows.size(), 3);
        QVERIFY(rows.at(0).body.contains("Inform"));
        QVERIFY(rows.at(1).body.contains("GetParameterValues"));
        QVERIFY(rows.at(2).body.contains("9005"));
        for (const store::SoapExchange &e : rows)
            QCOMPARE(e.body.size(), e.size);
    }

    void switchingDevicesDropsAnswersForTheOldOne()
    {
        Acs acs;
        QVERIFY(open(acs));
        SessionLogModel model(acs.engine, &acs.workspace.database());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setDevice(m_deviceId);
        model.setDevice(QStringLiteral("no-such-device"));
        // The store answers in order: the first device's page arrived before this one.
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.rpcNames().isEmpty());
    }
};

QTEST_GUILESS_MAIN(SessionLogModelTest)
#include "tst_sessionlogmodel.moc"
