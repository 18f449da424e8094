// The device list model over a real engine on 127.0.0.1: the real simulator binary and a
// CPE scripted over a socket register devices; the model shows them within a second of
// their first Inform, sorts by the values under the text, filters on any column and drops
// a forgotten device.

#include <devicelistmodel.h>
#include <devicesortfiltermodel.h>

#include <acs/acsengine.h>
#include <acs/acstestclient.h>
#include <cwmp/envelopecodec.h>
#include <http/httpclient.h>

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <support/testpaths.h>

using models::DeviceListModel;

namespace {

QByteArray informBody(const QString &serial)
{
    cwmp::Inform inform;
    inform.deviceId = {QStringLiteral("Scripted Labs"), QStringLiteral("00AA11"), QStringLiteral("ScriptGW"), serial};
    inform.events = {{QStringLiteral("0 BOOTSTRAP"), QString()}, {QStringLiteral("1 BOOT"), QString()}};
    inform.currentTime = QDateTime::currentDateTimeUtc();
    inform.parameterList = {
        {QStringLiteral("Device.DeviceInfo.SoftwareVersion"), QStringLiteral("7.7.7"), cwmp::ValueType::String},
        {QStringLiteral("Device.DeviceInfo.ModelName"), QStringLiteral("Scripted One"), cwmp::ValueType::String},
    };
    cwmp::Envelope e;
    e.header.id = QStringLiteral("inform-%1").arg(serial);
    e.body = inform;
    return cwmp::encodeEnvelope(e);
}

} // namespace

class DeviceListModelTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    acs::AcsEngine *m_engine = nullptr;
    DeviceListModel *m_model = nullptr;
    models::DeviceSortFilterModel *m_proxy = nullptr;
    QProcess *m_sim = nullptr;
    QHash<QString, qint64> m_informReceivedMs; // device -> when its first Inform arrived
    QHash<QString, qint64> m_rowInsertedMs;    // device -> when its row appeared

    QString text(const QString &deviceId, int column) const
    {
        return m_model->index(m_model->rowOf(deviceId), column).data().toString();
    }
    QString idOfSerial(const QString &serial) const
    {
        for (const QString &id : m_engine->devices().ids()) {
            if (id.endsWith(serial))
                return id;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_engine = new acs::AcsEngine(nullptr, this);
        acs::AcsSettings settings;
        settings.address = QHostAddress::LocalHost;
        settings.port = 0;
        settings.authMode = acs::CpeAuthMode::None;
        settings.crUsername = QStringLiteral("acs");
        settings.crPassword = QStringLiteral("cr-secret");
        settings.crMinIntervalMs = 0;
        QVERIFY2(m_engine->start(settings), qPrintable(m_engine->errorString()));

        m_model = new DeviceListModel(*m_engine, this);
        new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::Fatal, this);
        m_proxy = new models::DeviceSortFilterModel(this);
        m_proxy->setSourceModel(m_model);
        new QAbstractItemModelTester(m_proxy, QAbstractItemModelTester::FailureReportingMode::Fatal, this);

        connect(m_engine, &acs::AcsEngine::messageLogged, this, [this](const acs::LoggedMessage &m) {
            if (m.incoming && m.rpc == QLatin1String("Inform") && !m_informReceivedMs.contains(m.deviceId))
                m_informReceivedMs.insert(m.deviceId, m.startedMs);
        });
        connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first, int last) {
            for (int row = first; row <= last; ++row)
                m_rowInsertedMs.insert(m_model->deviceIdAt(row), QDateTime::currentMSecsSinceEpoch());
        });
    }

    void cleanupTestCase()
    {
        if (m_sim) {
            m_sim->terminate();
            m_sim->waitForFinished(5000);
        }
    }

    void showsANewDeviceWithinASecondOfItsFirstInform()
    {
        const QString sim = testsupport::simulatorPath();
        if (!QFile::exists(sim))
            QSKIP("cwmp-cpe-sim is not built next to the test");
        QCOMPARE(m_model->rowCount(), 0);
        QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
        m_sim = new QProcess(this);
        m_sim->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_sim->start(sim, {QStringLiteral("--acs"), QStringLiteral("http://127.0.0.1:%1/").arg(m_engine->port()),
                           QStringLiteral("--cr-port"), QStringLiteral("0"), QStringLiteral("--cr-username"),
                           QStringLiteral("acs"), QStringLiteral("--cr-password"), QStringLiteral("cr-secret"),
                           QStringLiteral("--serial-base"), QStringLiteral("LST0001"), QStringLiteral("--periodic-interval"),
                           QStringLiteral("3600"), QStringLiteral("--state-dir"), m_dir.filePath(QStringLiteral("state")),
                           QStringLiteral("--log"), QStringLiteral("warn")});
        QVERIFY(m_sim->waitForStarted());
        QVERIFY(inserted.wait(15000));
        QCOMPARE(m_model->rowCount(), 1);
        const QString id = m_model->deviceIdAt(0);
        QVERIFY(id.endsWith(QLatin1String("LST0001")));
        QVERIFY(m_informReceivedMs.contains(id));
        QVERIFY2(m_rowInsertedMs.value(id) - m_informReceivedMs.value(id) < 1000,
                 qPrintable(QStringLiteral("%1 ms").arg(m_rowInsertedMs.value(id) - m_informReceivedMs.value(id))));
    }

    void columnsShowTheIdentityFromTheInform()
    {
        const QString id = idOfSerial(QStringLiteral("LST0001"));
        if (id.isEmpty())
            QSKIP("no simulator device");
        QTRY_VERIFY_WITH_TIMEOUT(!m_engine->isInSession(id), 15000);
        const acs::DeviceRecord &d = *m_engine->devices().find(id);
        QVERIFY(!d.deviceId.manufacturer.isEmpty());
        QCOMPARE(text(id, DeviceListModel::Manufacturer), d.deviceId.manufacturer);
        QCOMPARE(text(id, DeviceListModel::Model), d.modelName.isEmpty() ? d.deviceId.productClass : d.modelName);
        QCOMPARE(text(id, DeviceListModel::Serial), QStringLiteral("LST0001"));
        QVERIFY(!d.softwareVersion.isEmpty());
        QCOMPARE(text(id, DeviceListModel::SoftwareVersion), d.softwareVersion);
        QCOMPARE(text(id, DeviceListModel::Address), QStringLiteral("127.0.0.1"));
        QVERIFY(text(id, DeviceListModel::LastEvents).contains(QLatin1String("0 BOOTSTRAP")));
        QVERIFY2(text(id, DeviceListModel::State).startsWith(QLatin1String("seen ")), qPrintable(text(id, DeviceListModel::State)));
        QCOMPARE(m_model->index(0, DeviceListModel::Address).data(DeviceListModel::DeviceIdRole).toString(), id);
        QCOMPARE(m_model->index(0, DeviceListModel::LastInform).data(DeviceListModel::SortRole).toLongLong(), d.lastInformMs);
        QCOMPARE(m_model->headerData(DeviceListModel::Serial, Qt::Horizontal).toString(), QStringLiteral("Serial number"));
    }

    void showsInSessionWhileTheDeviceIsInASession()
    {
        const QString id = idOfSerial(QStringLiteral("LST0001"));
        if (id.isEmpty())
            QSKIP("no simulator device");
        QStringList statesDuringSession;
        QSignalSpy stateChanges(m_model, &QAbstractItemModel::dataChanged);
        const auto c = connect(m_engine, &acs::AcsEngine::sessionStarted, this, [&] {
            statesDuringSession.append(text(id, DeviceListModel::State));
        });
        QSignalSpy finished(m_engine, &acs::AcsEngine::sessionFinished);
        m_engine->connectionRequest(id);
        QVERIFY(finished.wait(15000));
        disconnect(c);
        QCOMPARE(statesDuringSession, QStringList{QStringLiteral("in session")});
        QCOMPARE(text(id, DeviceListModel::State), QStringLiteral("seen just now"));
        QVERIFY(!stateChanges.isEmpty());
    }

    void addsADeviceInformingOverASocket()
    {
        QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
        const int before = m_model->rowCount();
        http::HttpClient client{QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_engine->port()))};
        const http::Result r = acstest::postCwmp(client, informBody(QStringLiteral("LST0002")));
        QVERIFY2(r.responded, qPrintable(r.error));
        QCOMPARE(r.response.status, 200);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(m_model->rowCount(), before + 1);
        const QString id = idOfSerial(QStringLiteral("LST0002"));
        QCOMPARE(text(id, DeviceListModel::State), QStringLiteral("in session"));
        QVERIFY(m_rowInsertedMs.value(id) - m_informReceivedMs.value(id) < 1000);
        const http::Result end = acstest::postCwmp(client, QByteArray());
        QCOMPARE(end.response.status, 204);
        QCOMPARE(text(id, DeviceListModel::Manufacturer), QStringLiteral("Scripted Labs"));
        QCOMPARE(text(id, DeviceListModel::Model), QStringLiteral("Scripted One"));
        QCOMPARE(text(id, DeviceListModel::SoftwareVersion), QStringLiteral("7.7.7"));
        QCOMPARE(text(id, DeviceListModel::LastEvents), QStringLiteral("0 BOOTSTRAP, 1 BOOT"));
        QVERIFY(text(id, DeviceListModel::State).startsWith(QLatin1String("seen ")));
    }

    void sortsByTheTimeUnderTheText()
    {
        // "2 min ago" is older than "15 s ago" although it sorts first as text.
        const QString older = idOfSerial(QStringLiteral("LST0002"));
        QVERIFY(!older.isEmpty());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QString newer;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QString id = m_model->deviceIdAt(row);
            m_engine->devices().find(id)->lastInformMs = id == older ? now - 120000 : now - 15000 - row;
            if (id != older && newer.isEmpty())
                newer = id;
        }
        if (newer.isEmpty())
            QSKIP("needs the simulator device as well");
        m_model->setClock([now] { return now; });
        QCOMPARE(text(older, DeviceListModel::LastInform), QStringLiteral("2 min ago"));
        QCOMPARE(text(newer, DeviceListModel::LastInform), QStringLiteral("15 s ago"));
        m_proxy->sort(DeviceListModel::LastInform, Qt::AscendingOrder);
        QCOMPARE(m_proxy->index(0, 0).data(DeviceListModel::DeviceIdRole).toString(), older);
        m_proxy->sort(DeviceListModel::LastInform, Qt::DescendingOrder);
        QCOMPARE(m_proxy->index(m_proxy->rowCount() - 1, 0).data(DeviceListModel::DeviceIdRole).toString(), older);
        m_model->setClock({});
    }

    void filtersOnAnyColumn_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<int>("rows");
        QTest::newRow("empty shows all") << QString() << -1;
        QTest::newRow("serial") << QStringLiteral("LST0002") << 1;
        QTest::newRow("case does not matter") << QStringLiteral("scripted labs") << 1;
        QTest::newRow("address of both") << QStringLiteral("127.0.0.1") << -1;
        QTest::newRow("software version") << QStringLiteral("7.7.7") << 1;
        QTest::newRow("event") << QStringLiteral("1 BOOT") << 1; // the simulator last sent "6 CONNECTION REQUEST"
        QTest::newRow("the device key") << QStringLiteral("00AA11-ScriptGW") << 1;
        QTest::newRow("nothing") << QStringLiteral("no such device") << 0;
    }

    void filtersOnAnyColumn()
    {
        QFETCH(QString, filter);
        QFETCH(int, rows);
        m_proxy->setFilterText(filter);
        QCOMPARE(m_proxy->rowCount(), rows < 0 ? m_model->rowCount() : rows);
        m_proxy->setFilterText(QString());
        QCOMPARE(m_proxy->rowCount(), m_model->rowCount());
    }

    void refreshesOnlyTheTimeColumnsEverySecond()
    {
        QVERIFY(m_model->rowCount() > 0);
        QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
        QTest::qWait(DeviceListModel::kRefreshIntervalMs * 2 + 200);
        QVERIFY(changed.size() >= 2);
        for (const QList<QVariant> &args : std::as_const(changed)) {
            const auto topLeft = args.at(0).value<QModelIndex>();
            const auto bottomRight = args.at(1).value<QModelIndex>();
            QCOMPARE(topLeft.column(), int(DeviceListModel::State));
            QCOMPARE(bottomRight.column(), int(DeviceListModel::LastInform));
            QCOMPARE(topLeft.row(), 0);
            QCOMPARE(bottomRight.row(), m_model->rowCount() - 1);
        }
    }

    void statesFollowSessionsAndTheInformInterval_data()
    {
        QTest::addColumn<bool>("inSession");
        QTest::addColumn<qint64>("sinceInformMs");
        QTest::addColumn<QString>("intervalPath");
        QTest::addColumn<QString>("interval");
        QTest::addColumn<int>("state");
        const int inSession = int(DeviceListModel::OnlineState::InSession);
        const int seen = int(DeviceListModel::OnlineState::Seen);
        const int offline = int(DeviceListModel::OnlineState::Offline);
        const QString tr181 = QStringLiteral("Device.ManagementServer.PeriodicInformInterval");
        const QString tr098 = QStringLiteral("InternetGatewayDevice.ManagementServer.PeriodicInformInterval");
        QTest::newRow("in a session") << true << qint64(86400000) << QString() << QString() << inSession;
        QTest::newRow("no interval, 59 min") << false << qint64(59 * 60000) << QString() << QString() << seen;
        QTest::newRow("no interval, 61 min") << false << qint64(61 * 60000) << QString() << QString() << offline;
        QTest::newRow("60 s interval, 119 s") << false << qint64(119000) << tr181 << QStringLiteral("60") << seen;
        QTest::newRow("60 s interval, 121 s") << false << qint64(121000) << tr181 << QStringLiteral("60") << offline;
        QTest::newRow("TR-098 interval") << false << qint64(1300000) << tr098 << QStringLiteral("600") << offline;
        QTest::newRow("unusable interval") << false << qint64(30 * 60000) << tr181 << QStringLiteral("0") << seen;
        QTest::newRow("never informed") << false << qint64(-1) << QString() << QString() << offline;
    }

    void statesFollowSessionsAndTheInformInterval()
    {
        QFETCH(bool, inSession);
        QFETCH(qint64, sinceInformMs);
        QFETCH(QString, intervalPath);
        QFETCH(QString, interval);
        QFETCH(int, state);
        const qint64 now = 1700000000000;
        acs::DeviceRecord d;
        d.lastInformMs = sinceInformMs < 0 ? 0 : now - sinceInformMs;
        if (!intervalPath.isEmpty())
            d.parameters.setValue(intervalPath, interval, cwmp::ValueType::UnsignedInt, now);
        QCOMPARE(int(DeviceListModel::onlineState(d, inSession, now)), state);
    }

    void removesTheRowOfAForgottenDevice()
    {
        const QString first = m_model->deviceIdAt(0);
        const QString second = m_model->deviceIdAt(1);
        if (second.isEmpty())
            QSKIP("needs two devices");
        QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
        const int before = m_model->rowCount();
        QVERIFY(m_engine->forgetDevice(first));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.at(0).at(1).toInt(), 0);
        QCOMPARE(m_model->rowCount(), before - 1);
        QCOMPARE(m_model->rowOf(first), -1);
        QCOMPARE(m_model->rowOf(second), 0);
        QCOMPARE(m_model->deviceIdAt(0), second);
    }

    void listsTheDevicesTheDirectoryAlreadyHas()
    {
        DeviceListModel fresh(*m_engine);
        QAbstractItemModelTester tester(&fresh, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(fresh.rowCount(), int(m_engine->devices().ids().size()));
        QVERIFY(fresh.rowCount() > 0);
        QCOMPARE(fresh.rowOf(m_engine->devices().ids().constFirst()) >= 0, true);
    }
};

QTEST_GUILESS_MAIN(DeviceListModelTest)
#include "tst_devicelistmodel.moc"
