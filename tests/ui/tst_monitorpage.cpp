// The Monitor tab, offscreen, over a real engine and the real simulator on 127.0.0.1: the
// presets found in the device's tree are offered and the first-look ones checked; Start
// draws one chart per unit with the right series names and axis units, and the lines grow
// at the interval; Stop stops them. With CWMP_MONITOR_SCREENSHOT=<dir> set it monitors for
// 30 s and writes a light and a dark screenshot there (run under Xvfb for real fonts).

#include <chartview.h>
#include <monitorpage.h>
#include <parametermonitor.h>
#include <taskdispatcher.h>

#include <acs/acsengine.h>

#include <QtCharts/QChart>
#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QtTest>

#include <support/testpaths.h>

Q_DECLARE_METATYPE(acs::Task)

namespace {

QStringList seriesNames(const ui::ChartView *view)
{
    QStringList out;
    for (const QAbstractSeries *s : view->chart()->series())
        out.append(s->name());
    return out;
}

QString valueAxisTitle(const ui::ChartView *view)
{
    const QList<QAbstractAxis *> axes = view->chart()->axes(Qt::Vertical);
    return axes.isEmpty() ? QString() : axes.constFirst()->titleText();
}

int minPoints(const ui::ChartView *view)
{
    int least = std::numeric_limits<int>::max();
    for (const QAbstractSeries *s : view->chart()->series())
        least = std::min(least, int(static_cast<const QLineSeries *>(s)->count()));
    return least;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    return p;
}

} // namespace

class MonitorPageTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    acs::AcsEngine *m_engine = nullptr;
    models::TaskDispatcher *m_dispatcher = nullptr;
    QProcess *m_sim = nullptr;
    QString m_id;

    void requireDevice()
    {
        if (m_id.isEmpty())
            QSKIP("cwmp-cpe-sim is not built next to the test");
        QTRY_VERIFY_WITH_TIMEOUT(!m_engine->isInSession(m_id), 30000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<acs::Task>();
        QVERIFY(m_dir.isValid());
        m_engine = new acs::AcsEngine(nullptr, this);
        acs::AcsSettings settings;
        settings.address = QHostAddress::LocalHost;
        settings.port = 0;
        settings.authMode = acs::CpeAuthMode::None;
        settings.crUsername = QStringLiteral("acs");
        settings.crPassword = QStringLiteral("cr-secret");
        settings.crMinIntervalMs = 0;
        settings.crTimeoutMs = 2000;
        // Longer than the 1 s interval: the held session carries every poll (as the
        // default 20 s does in the console).
        settings.session.holdMs = 5000;
        QVERIFY2(m_engine->start(settings), qPrintable(m_engine->errorString()));
        m_dispatcher = new models::TaskDispatcher(*m_engine, this);

        const QString sim = testsupport::simulatorPath();
        if (!QFile::exists(sim))
            return;
        m_sim = new QProcess(this);
        m_sim->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_sim->start(sim, {QStringLiteral("--acs"), QStringLiteral("http://127.0.0.1:%1/").arg(m_engine->port()),
                           QStringLiteral("--cr-port"), QStringLiteral("0"), QStringLiteral("--cr-username"),
                           QStringLiteral("acs"), QStringLiteral("--cr-password"), QStringLiteral("cr-secret"),
                           QStringLiteral("--serial-base"), QStringLiteral("MP0001"), QStringLiteral("--periodic-interval"),
                           QStringLiteral("3600"), QStringLiteral("--log"), QStringLiteral("warn")});
        QVERIFY(m_sim->waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(!m_engine->devices().ids().isEmpty(), 15000);
        m_id = m_engine->devices().ids().constFirst();
    }

    void cleanupTestCase()
    {
        if (m_sim && m_sim->state() != QProcess::NotRunning) {
            m_sim->terminate();
            m_sim->waitForFinished(5000);
        }
    }

    void offersPresetsOnceTheTreeIsRead()
    {
        requireDevice();
        ui::MonitorPage page(*m_engine, *m_dispatcher);
        page.setDevice(m_id);
        auto *picker = page.findChild<QListWidget *>(QStringLiteral("monitorPicker"));
        QVERIFY(picker);
        QCOMPARE(picker->count(), 0); // only the Inform's parameters are known yet
        QPushButton *readTree = nullptr;
        for (QPushButton *b : page.findChildren<QPushButton *>()) {
            if (b->text() == u"Read the device's parameters")
                readTree = b;
        }
        QVERIFY(readTree && readTree->isEnabled());
        readTree->click();
        // The presets follow the tree as it comes in: interfaces get their names once the
        // values are read.
        const auto titles = [picker] {
            QStringList all;
            for (int i = 0; i < picker->count(); ++i)
                all.append(picker->item(i)->text());
            return all;
        };
        QTRY_VERIFY2_WITH_TIMEOUT(titles().contains(QStringLiteral("Throughput eth1")), qPrintable(titles().join(QLatin1Char('|'))), 60000);
        QStringList checked;
        for (int i = 0; i < picker->count(); ++i) {
            if (picker->item(i)->checkState() == Qt::Checked)
                checked.append(picker->item(i)->text());
        }
        QCOMPARE(checked, (QStringList{QStringLiteral("CPU usage"), QStringLiteral("Memory in use"),
                                       QStringLiteral("Throughput eth0 (WAN)"), QStringLiteral("WiFi associated devices")}));
    }

    void chartsEachUnitWithGrowingLines()
    {
        requireDevice();
        ui::MonitorPage page(*m_engine, *m_dispatcher);
        page.resize(1300, 860);
        page.setDevice(m_id);
        const QString shots = qEnvironmentVariable("CWMP_MONITOR_SCREENSHOT");
        if (!shots.isEmpty())
            page.show();
        auto *picker = page.findChild<QListWidget *>(QStringLiteral("monitorPicker"));
        QTRY_VERIFY(picker->count() > 0); // the tree was read by the previous test
        // A parameter added by path gets its own chart (packets/s).
        auto *path = page.findChild<QLineEdit *>(QStringLiteral("monitorPath"));
        path->setText(QStringLiteral("Device.Ethernet.Interface.1.Stats.PacketsReceived"));
        QTest::keyClick(path, Qt::Key_Return);
        QCOMPARE(picker->item(picker->count() - 1)->checkState(), Qt::Checked);
        page.findChild<QSpinBox *>(QStringLiteral("monitorInterval"))->setValue(1);
        auto *startStop = page.findChild<QPushButton *>(QStringLiteral("monitorStartStop"));
        QCOMPARE(startStop->text(), QStringLiteral("Start"));
        startStop->click();
        QVERIFY(page.monitor().isRunning());
        QCOMPARE(startStop->text(), QStringLiteral("Stop"));

        const QList<ui::ChartView *> charts = page.charts();
        QCOMPARE(charts.size(), 4);
        QCOMPARE(charts.at(0)->chart()->title(), QStringLiteral("Throughput"));
        QCOMPARE(seriesNames(charts.at(0)), (QStringList{QStringLiteral("eth0 (WAN) received"), QStringLiteral("eth0 (WAN) sent")}));
        QCOMPARE(charts.at(1)->chart()->title(), QStringLiteral("Packet rate"));
        QCOMPARE(valueAxisTitle(charts.at(1)), QStringLiteral("packets/s"));
        QCOMPARE(seriesNames(charts.at(1)), QStringList{QStringLiteral("Ethernet.Interface.1.Stats.PacketsReceived")});
        QCOMPARE(seriesNames(charts.at(2)), (QStringList{QStringLiteral("CPU usage"), QStringLiteral("Memory in use")}));
        QCOMPARE(valueAxisTitle(charts.at(2)), QStringLiteral("%"));
        QCOMPARE(seriesNames(charts.at(3)).size(), 4); // one line per access point
        QCOMPARE(valueAxisTitle(charts.at(3)), QStringLiteral("count"));
        for (const ui::ChartView *view : charts) {
            QVERIFY(view->chart()->legend()->isVisible());
            QVERIFY(!view->csv().isEmpty());
            QCOMPARE(view->chart()->axes(Qt::Horizontal).constFirst()->type(), QAbstractAxis::AxisTypeDateTime);
        }

        QTRY_VERIFY_WITH_TIMEOUT(minPoints(charts.at(0)) >= 2, 30000);
        const int before = minPoints(charts.at(0));
        QTRY_VERIFY_WITH_TIMEOUT(minPoints(charts.at(0)) > before, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(minPoints(charts.at(2)) >= 3 && minPoints(charts.at(3)) >= 3, 15000);
        // A few hundred kbit/s: the axis switches to kbit/s.
        QCOMPARE(valueAxisTitle(charts.at(0)), QStringLiteral("kbit/s"));
        const auto *rates = static_cast<const QLineSeries *>(charts.at(0)->chart()->series().constFirst());
        QVERIFY(rates->at(rates->count() - 1).y() > 50 && rates->at(rates->count() - 1).y() < 2000);
        // The CSV of a chart has its own series only.
        QVERIFY(charts.at(0)->csv().startsWith(QLatin1String("time (UTC),eth0 (WAN) received (bit/s),eth0 (WAN) sent (bit/s)\n")));

        if (!shots.isEmpty()) {
            QTest::qWait(30000);
            charts.at(0)->setFocus();
            QVERIFY(page.grab().save(QDir(shots).filePath(QStringLiteral("monitor-light.png"))));
            qApp->setPalette(darkPalette());
            QTRY_VERIFY(charts.at(0)->isDarkTheme());
            QTest::qWait(3000);
            QVERIFY(page.grab().save(QDir(shots).filePath(QStringLiteral("monitor-dark.png"))));
            qApp->setPalette(QPalette());
        }

        // Unchecking a preset while running applies at once.
        for (int i = 0; i < picker->count(); ++i) {
            if (picker->item(i)->text() == u"WiFi associated devices")
                picker->item(i)->setCheckState(Qt::Unchecked);
        }
        QVERIFY(page.monitor().isRunning());
        QCOMPARE(page.charts().size(), 3);
        QCOMPARE(page.monitor().seriesCount(), 5);

        startStop->click();
        QVERIFY(!page.monitor().isRunning());
        QCOMPARE(startStop->text(), QStringLiteral("Start"));
        const int stoppedAt = minPoints(page.charts().at(0));
        QTest::qWait(2500);
        QCOMPARE(minPoints(page.charts().at(0)), stoppedAt);
    }
};

QTEST_MAIN(MonitorPageTest)
#include "tst_monitorpage.moc"
