// The Diagnostics tab end to end: a real engine, the diagnostics manager with its history in
// a real SQLite workspace, the built-in TR-143 and UDP echo servers, and the real simulator
// with an emulated WAN (20 ms ± 5 ms, 50 Mbit/s) so the curves look like a line's.
// With CWMP_DIAG_SHOTS=<dir> it also runs every test and writes a screenshot per chart.

#include <chartview.h>
#include <diagnosticinputsform.h>
#include <diagnosticrunlistmodel.h>
#include <diagnosticspage.h>

#include <acs/acsengine.h>
#include <acs/storepersistence.h>
#include <diagnostics/diagnosticdefaults.h>
#include <diagnostics/diagnosticsmanager.h>
#include <diagnostics/testserverurls.h>
#include <diagnostics/tr143server.h>
#include <diagnostics/udpechoserver.h>
#include <store/database.h>

#include <QtCharts/QAbstractAxis>
#include <QtCharts/QAbstractSeries>
#include <QtCharts/QBarSeries>
#include <QtCharts/QChart>
#include <QtCharts/QXYSeries>

#include <QApplication>
#include <QDir>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <support/testpaths.h>

using namespace diagnostics;

class DiagnosticsPageTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<acs::StorePersistence> m_persistence;
    std::unique_ptr<acs::AcsEngine> m_engine;
    std::unique_ptr<DiagnosticsManager> m_manager;
    Tr143Server *m_http = nullptr;
    UdpEchoServer *m_echo = nullptr;
    QProcess *m_sim = nullptr;
    QString m_device;
    std::unique_ptr<ui::DiagnosticsPage> m_page;

    static constexpr int kRunTimeoutMs = 45'000;

    QMap<QString, QString> defaults(DiagnosticKind kind, const QString &deviceId)
    {
        return DiagnosticDefaults::inputs(*m_engine, deviceId, kind, m_http->port(), m_echo->port());
    }

    // Runs the page's current test with the Run button and waits for its end.
    DiagnosticRun runFromPage(DiagnosticKind kind, const QMap<QString, QString> &overrides = {})
    {
        m_page->setKind(kind);
        for (auto it = overrides.cbegin(); it != overrides.cend(); ++it) {
            if (auto *spin = qobject_cast<QSpinBox *>(m_page->inputsForm()->field(it.key())))
                spin->setValue(it.value().toInt());
            else if (auto *edit = qobject_cast<QLineEdit *>(m_page->inputsForm()->field(it.key())))
                edit->setText(it.value());
        }
        QSignalSpy started(m_page.get(), &ui::DiagnosticsPage::runStarted);
        m_page->findChild<QPushButton *>(QStringLiteral("run"))->click();
        if (started.isEmpty())
            return {};
        const qint64 id = started.constFirst().constFirst().toLongLong();
        (void)QTest::qWaitFor([&] { return isFinished(m_manager->run(id)->state); }, kRunTimeoutMs);
        return *m_manager->run(id);
    }

    // A time-based TR-143 test: 4 s in 1-s increments (a curve), against a file larger
    // than 4 s of the line can move (the device stops at the duration).
    QMap<QString, QString> timeBased(DiagnosticKind kind) const
    {
        QMap<QString, QString> in{{QStringLiteral("TimeBasedTestDuration"), QStringLiteral("4")},
                                  {QStringLiteral("TimeBasedTestMeasurementInterval"), QStringLiteral("1")}};
        if (kind == DiagnosticKind::Download)
            in.insert(QStringLiteral("DownloadURL"), TestServerUrls::downloadUrl(QStringLiteral("127.0.0.1"), m_http->port(), 4'000'000'000LL).toString());
        else
            in.insert(QStringLiteral("TestFileLength"), QStringLiteral("0"));
        return in;
    }

    QWidget *chart(const QString &id) const
    {
        QTabWidget *tabs = m_page->chartTabs();
        for (int i = 0; i < tabs->count(); ++i) {
            if (tabs->widget(i)->objectName() == id)
                return tabs->widget(i);
        }
        return nullptr;
    }

    static QStringList seriesNames(const QChart *chart)
    {
        QStringList names;
        for (const QAbstractSeries *s : chart->series())
            names.append(s->name());
        return names;
    }

    static QStringList axisTitles(const QChart *chart)
    {
        QStringList titles;
        for (const QAbstractAxis *a : chart->axes())
            titles.append(a->titleText());
        return titles;
    }

    void selectRows(const QList<int> &rows)
    {
        QItemSelectionModel *selection = m_page->historyView()->selectionModel();
        selection->clearSelection();
        for (int row : rows)
            selection->select(m_page->historyModel()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }

    int rowOfKind(DiagnosticKind kind, int nth = 0) const
    {
        for (int row = 0; row < m_page->historyModel()->rowCount(); ++row) {
            if (m_page->historyModel()->runAt(row).kind == kind && nth-- == 0)
                return row;
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (!QFile::exists(testsupport::simulatorPath()))
            QSKIP("cwmp-cpe-sim is not built next to the test");
        m_db = std::make_unique<store::Database>();
        auto opened = m_db->open(m_dir.path());
        opened.waitForFinished();
        QVERIFY(opened.result().ok());
        m_persistence = std::make_unique<acs::StorePersistence>(*m_db);
        m_engine = std::make_unique<acs::AcsEngine>(m_persistence.get());
        acs::AcsSettings settings;
        settings.address = QHostAddress::LocalHost;
        settings.port = 0;
        settings.authMode = acs::CpeAuthMode::None;
        settings.crUsername = QStringLiteral("acs");
        settings.crPassword = QStringLiteral("cr-secret");
        settings.crMinIntervalMs = 0;
        settings.session.holdMs = 300;
        QVERIFY2(m_engine->start(settings), qPrintable(m_engine->errorString()));
        m_manager = std::make_unique<DiagnosticsManager>(*m_engine, m_db.get());
        m_manager->setReportTimeoutMs(40'000);
        m_http = new Tr143Server(this);
        QVERIFY(m_http->listen(QHostAddress::LocalHost, 0));
        m_echo = new UdpEchoServer(this);
        QVERIFY(m_echo->listen(QHostAddress::LocalHost, 0));

        m_sim = new QProcess(this);
        m_sim->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_sim->start(testsupport::simulatorPath(),
                     {QStringLiteral("--acs"), QStringLiteral("http://127.0.0.1:%1/").arg(m_engine->port()),
                      QStringLiteral("--cr-port"), QStringLiteral("0"), QStringLiteral("--cr-username"), QStringLiteral("acs"),
                      QStringLiteral("--cr-password"), QStringLiteral("cr-secret"), QStringLiteral("--serial-base"),
                      QStringLiteral("DIAGUI"), QStringLiteral("--log"), QStringLiteral("warn"), QStringLiteral("--wan-profile"),
                      QStringLiteral("latency=20ms,jitter=5ms,rate=50mbit")});
        QVERIFY(m_sim->waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(!m_engine->devices().ids().isEmpty(), 20'000);
        m_device = m_engine->devices().ids().constFirst();

        m_page = std::make_unique<ui::DiagnosticsPage>(
            *m_manager, *m_engine, [this](DiagnosticKind kind, const QString &id) { return defaults(kind, id); });
        m_page->resize(1280, 760);
        m_page->setDeviceId(m_device);
        m_page->show();
    }

    void cleanupTestCase()
    {
        m_page.reset();
        if (m_sim) {
            m_sim->terminate();
            m_sim->waitForFinished(5000);
        }
        m_manager.reset();
        m_engine.reset();
    }

    void proposesBuiltInServerUrls()
    {
        m_page->setKind(DiagnosticKind::Download);
        auto *url = qobject_cast<QLineEdit *>(m_page->inputsForm()->field(QStringLiteral("DownloadURL")));
        QVERIFY(url);
        QVERIFY2(url->text().contains(QStringLiteral(":%1/").arg(m_http->port())), qPrintable(url->text()));
        QVERIFY(m_page->inputsForm()->field(QStringLiteral("EnablePerConnectionResults")));
    }

    void pingChartsMinAvgMaxAndLossWithUnits()
    {
        const DiagnosticRun run = runFromPage(DiagnosticKind::IpPing, {{QStringLiteral("NumberOfRepetitions"), QStringLiteral("5")}});
        QVERIFY2(run.state == RunState::Complete, qPrintable(run.result.outcome));
        QVERIFY(m_page->statusText().contains(run.result.outcome));
        // The emulated 20 ms ± 5 ms latency is on the curve.
        QVERIFY2(run.result.figures.value(QStringLiteral("rttAvgMs")) >= 10, qPrintable(run.result.outcome));
        auto *view = qobject_cast<ui::ChartView *>(chart(QStringLiteral("pingRtt")));
        QVERIFY(view);
        QCOMPARE(seriesNames(view->chart()), (QStringList{QStringLiteral("Minimum RTT"), QStringLiteral("Average RTT"),
                                                          QStringLiteral("Maximum RTT"), QStringLiteral("Loss")}));
        const auto *avg = qobject_cast<QXYSeries *>(view->chart()->series().at(1));
        QCOMPARE(avg->count(), 1);
        QCOMPARE(avg->at(0).y(), run.result.figures.value(QStringLiteral("rttAvgMs")));
        const QStringList axes = axisTitles(view->chart());
        QVERIFY2(axes.contains(QStringLiteral("Round-trip time (ms)")), qPrintable(axes.join(u'|')));
        QVERIFY2(axes.contains(QStringLiteral("Loss (%)")), qPrintable(axes.join(u'|')));
        QVERIFY(axes.contains(QStringLiteral("Run started")));
    }

    void chartViewHoversWithUnitsZoomsAndFollowsThePalette()
    {
        m_page->chartTabs()->setCurrentWidget(chart(QStringLiteral("pingRtt")));
        auto *view = qobject_cast<ui::ChartView *>(chart(QStringLiteral("pingRtt")));
        QVERIFY(view);
        auto *avg = qobject_cast<QXYSeries *>(view->chart()->series().at(1));
        Q_EMIT avg->hovered(avg->at(0), true);
        QVERIFY2(view->lastHoverText().startsWith(QStringLiteral("Average RTT\n")), qPrintable(view->lastHoverText()));
        QVERIFY2(view->lastHoverText().endsWith(QStringLiteral(" ms")), qPrintable(view->lastHoverText()));
        view->chart()->zoomIn();
        QVERIFY(view->chart()->isZoomed());
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, view->viewport()->rect().center());
        QVERIFY(!view->chart()->isZoomed());
        QVERIFY(!view->isDarkTheme());
        QPalette dark = view->palette();
        dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::Base, QColor(0x10, 0x10, 0x10));
        view->setPalette(dark);
        QVERIFY(view->isDarkTheme());
        QCOMPARE(view->chart()->theme(), QChart::ChartThemeDark);
        view->setPalette(QPalette());
        QVERIFY(!view->isDarkTheme());
    }

    void downloadChartsThroughputConnectionsAndTcpOpen()
    {
        const DiagnosticRun run = runFromPage(DiagnosticKind::Download);
        QVERIFY2(run.state == RunState::Complete, qPrintable(run.result.outcome));
        auto *view = qobject_cast<ui::ChartView *>(chart(QStringLiteral("throughput")));
        QVERIFY(view);
        QCOMPARE(seriesNames(view->chart()), QStringList{QStringLiteral("Throughput")});
        const auto *line = qobject_cast<QXYSeries *>(view->chart()->series().constFirst());
        QCOMPARE(line->count(), run.result.series.value(QStringLiteral("throughputBps")).size());
        QVERIFY(line->count() >= 2);
        // The emulated 50 Mbit/s line, read in Mbit/s.
        const double mbit = run.result.figures.value(QStringLiteral("throughputBps")) / 1e6;
        QVERIFY2(mbit > 20 && mbit < 60, qPrintable(QString::number(mbit)));
        QCOMPARE(axisTitles(view->chart()), (QStringList{QStringLiteral("Time since start of transfer (s)"),
                                                         QStringLiteral("Throughput (Mbit/s)")}));
        auto *bars = qobject_cast<ui::ChartView *>(chart(QStringLiteral("connections")));
        QVERIFY(bars);
        QVERIFY(qobject_cast<QBarSeries *>(bars->chart()->series().constFirst()));
        QVERIFY(chart(QStringLiteral("tcpOpen")));
    }

    void csvExportHasTheThroughputSteps()
    {
        m_page->chartTabs()->setCurrentWidget(chart(QStringLiteral("throughput")));
        const QStringList lines = m_page->currentCsv().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.constFirst(), QStringLiteral("series,Time since start of transfer (s),Throughput (Mbit/s),"));
        const auto *view = qobject_cast<ui::ChartView *>(chart(QStringLiteral("throughput")));
        QCOMPARE(lines.size(), 1 + qobject_cast<QXYSeries *>(view->chart()->series().constFirst())->count());
        QVERIFY(lines.at(1).startsWith(QStringLiteral("Throughput,0,")));
        QTemporaryDir out;
        QVERIFY(m_page->exportCurrentPng(out.filePath(QStringLiteral("t.png"))));
        QVERIFY(QImage(out.filePath(QStringLiteral("t.png"))).width() > 100);
    }

    void twoDownloadsOverlayAsTwoSeries()
    {
        const DiagnosticRun second = runFromPage(DiagnosticKind::Download);
        QVERIFY2(second.state == RunState::Complete, qPrintable(second.result.outcome));
        selectRows({rowOfKind(DiagnosticKind::Download, 0), rowOfKind(DiagnosticKind::Download, 1)});
        auto *view = qobject_cast<ui::ChartView *>(chart(QStringLiteral("throughput")));
        QVERIFY(view);
        QCOMPARE(view->chart()->series().size(), 2);
        QVERIFY(view->chart()->series().at(0)->name() != view->chart()->series().at(1)->name());
        QVERIFY(view->chart()->series().at(0)->name().startsWith(QStringLiteral("Download ")));
    }

    void historyListsTheRunsAndReloadsThemFromTheStore()
    {
        QCOMPARE(m_page->historyModel()->rowCount(), 3);
        QCOMPARE(m_page->historyModel()->runAt(2).kind, DiagnosticKind::IpPing); // oldest last
        // A fresh page on the same workspace reads them back from SQLite.
        ui::DiagnosticsPage other(*m_manager, *m_engine, {});
        other.setDeviceId(m_device);
        QTRY_COMPARE(other.historyModel()->rowCount(), 3);
        QTRY_VERIFY(other.historyModel()->runAt(0).historyId != 0);
    }

    void screenshotsOfEveryChart()
    {
        const QString dir = qEnvironmentVariable("CWMP_DIAG_SHOTS");
        if (dir.isEmpty())
            QSKIP("set CWMP_DIAG_SHOTS=<dir> to write the screenshots");
        QDir().mkpath(dir);
        const auto shoot = [&](const QString &name) {
            QCoreApplication::processEvents();
            QTest::qWait(200);
            QVERIFY(m_page->grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
        };
        const auto shootTabs = [&](const QString &prefix) {
            for (int i = 0; i < m_page->chartTabs()->count(); ++i) {
                m_page->chartTabs()->setCurrentIndex(i);
                shoot(prefix + QStringLiteral("-") + m_page->chartTabs()->widget(i)->objectName());
            }
        };
        m_page->setKind(DiagnosticKind::IpPing);
        const qint64 repeat = m_page->runRepeated(2, 4);
        QVERIFY(repeat != 0);
        QSignalSpy done(m_manager.get(), &DiagnosticsManager::repeatFinished);
        QVERIFY(done.wait(60'000));
        selectRows({0});
        shoot(QStringLiteral("light-ping-repeated"));
        for (const DiagnosticKind kind : {DiagnosticKind::TraceRoute, DiagnosticKind::Upload, DiagnosticKind::UdpEcho,
                                          DiagnosticKind::NsLookup, DiagnosticKind::ServerSelection, DiagnosticKind::Download}) {
            // Download and upload as time-based tests: 4 s in 1-s increments give a curve.
            const bool transfer = kind == DiagnosticKind::Download || kind == DiagnosticKind::Upload;
            const DiagnosticRun run = runFromPage(kind, transfer ? timeBased(kind) : QMap<QString, QString>{});
            QVERIFY2(run.state == RunState::Complete, qPrintable(DiagnosticSpec::name(kind) + QStringLiteral(": ") + run.result.outcome));
            if (transfer)
                QVERIFY2(run.result.series.value(QStringLiteral("throughputBps")).size() >= 6, qPrintable(run.result.outcome));
            selectRows({0});
            shootTabs(QStringLiteral("light-") + DiagnosticSpec::name(kind));
        }
        // Before and after: two time-based downloads overlaid.
        const DiagnosticRun again = runFromPage(DiagnosticKind::Download, timeBased(DiagnosticKind::Download));
        QVERIFY2(again.state == RunState::Complete, qPrintable(again.result.outcome));
        selectRows({0, 1});
        shootTabs(QStringLiteral("light-download-overlay"));
        selectRows({0});
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, Qt::white);
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
        dark.setColor(QPalette::Text, Qt::white);
        dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
        dark.setColor(QPalette::ButtonText, Qt::white);
        dark.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
        for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
            dark.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
        QApplication::setPalette(dark);
        shootTabs(QStringLiteral("dark-download"));
        selectRows({rowOfKind(DiagnosticKind::UdpEcho)});
        shoot(QStringLiteral("dark-udpecho"));
        selectRows({rowOfKind(DiagnosticKind::IpPing)});
        shoot(QStringLiteral("dark-ping-repeated"));
        auto *view = m_page->chartTabs()->findChild<ui::ChartView *>();
        QVERIFY(view && view->isDarkTheme());
        QApplication::setPalette(QPalette());
    }
};

QTEST_MAIN(DiagnosticsPageTest)
#include "tst_diagnosticspage.moc"
