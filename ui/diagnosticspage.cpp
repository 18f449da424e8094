#include "diagnosticspage.h"

#include "chartview.h"
#include "diagnosticcharts.h"
#include "diagnosticinputsform.h"

#include <diagnosticchartdata.h>
#include <diagnosticrunlistmodel.h>

#include <acs/acsengine.h>
#include <diagnostics/diagnosticsmanager.h>

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

using diagnostics::DiagnosticKind;
using diagnostics::DiagnosticRun;
using diagnostics::DiagnosticSpec;

namespace ui {

DiagnosticsPage::DiagnosticsPage(diagnostics::DiagnosticsManager &manager, acs::AcsEngine &engine, Defaults defaults,
                                 QWidget *parent)
    : QWidget(parent)
    , m_manager(manager)
    , m_engine(engine)
    , m_defaults(std::move(defaults))
    , m_kind(new QComboBox(this))
    , m_form(new DiagnosticInputsForm(this))
    , m_run(new QPushButton(tr("&Run"), this))
    , m_repeat(new QPushButton(tr("R&epeat"), this))
    , m_interval(new QSpinBox(this))
    , m_count(new QSpinBox(this))
    , m_cancel(new QPushButton(tr("&Cancel"), this))
    , m_status(new QLabel(this))
    , m_history(new QTableView(this))
    , m_model(new models::DiagnosticRunListModel(this))
    , m_charts(new QTabWidget(this))
    , m_exportPng(new QPushButton(tr("Export PNG…"), this))
    , m_exportCsv(new QPushButton(tr("Export CSV…"), this))
{
    for (const DiagnosticKind kind : DiagnosticSpec::all())
        m_kind->addItem(models::DiagnosticChartBuilder::kindTitle(kind), int(kind));
    m_interval->setRange(1, 86'400);
    m_interval->setValue(10);
    m_interval->setSuffix(tr(" s"));
    m_interval->setToolTip(tr("Seconds from the start of one run to the start of the next"));
    m_count->setRange(2, 10'000);
    m_count->setValue(10);
    m_count->setSuffix(tr(" runs"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_kind->setObjectName(QStringLiteral("kind"));
    m_run->setObjectName(QStringLiteral("run"));
    m_repeat->setObjectName(QStringLiteral("repeat"));
    m_cancel->setObjectName(QStringLiteral("cancel"));
    m_status->setObjectName(QStringLiteral("status"));

    auto *testBox = new QGroupBox(tr("Test"), this);
    auto *testLayout = new QVBoxLayout(testBox);
    testLayout->addWidget(m_kind);
    testLayout->addWidget(m_form);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_run);
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    testLayout->addLayout(buttons);
    auto *repeatRow = new QHBoxLayout;
    repeatRow->addWidget(new QLabel(tr("Every"), this));
    repeatRow->addWidget(m_interval);
    repeatRow->addWidget(new QLabel(tr("for"), this));
    repeatRow->addWidget(m_count);
    repeatRow->addWidget(m_repeat);
    repeatRow->addStretch();
    testLayout->addLayout(repeatRow);
    testLayout->addWidget(m_status);
    testLayout->addStretch();

    m_history->setModel(m_model);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_history->verticalHeader()->setVisible(false);
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_history->setAlternatingRowColors(true);
    m_history->setWordWrap(false);
    m_history->setToolTip(tr("Select two runs of one test to overlay them"));
    for (int column = 0; column < models::DiagnosticRunListModel::OutcomeColumn; ++column)
        m_history->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    auto *left = new QSplitter(Qt::Vertical, this);
    left->addWidget(testBox);
    left->addWidget(m_history);
    left->setStretchFactor(1, 1);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_charts, 1);
    auto *exportRow = new QHBoxLayout;
    exportRow->addStretch();
    exportRow->addWidget(m_exportPng);
    exportRow->addWidget(m_exportCsv);
    rightLayout->addLayout(exportRow);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    split->setSizes({420, 700});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &DiagnosticsPage::onKindChanged);
    connect(m_run, &QPushButton::clicked, this, [this] { runNow(); });
    connect(m_repeat, &QPushButton::clicked, this, [this] { runRepeated(m_interval->value(), m_count->value()); });
    connect(m_cancel, &QPushButton::clicked, this, &DiagnosticsPage::cancelRun);
    connect(m_exportPng, &QPushButton::clicked, this, &DiagnosticsPage::exportPng);
    connect(m_exportCsv, &QPushButton::clicked, this, &DiagnosticsPage::exportCsv);
    connect(m_history->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DiagnosticsPage::onSelectionChanged);
    connect(&m_manager, &diagnostics::DiagnosticsManager::runChanged, this, &DiagnosticsPage::onRunChanged);
    connect(&m_manager, &diagnostics::DiagnosticsManager::runFinished, this, &DiagnosticsPage::onRunChanged);
    connect(&m_manager, &diagnostics::DiagnosticsManager::repeatFinished, this, [this](qint64 repeatId) {
        if (repeatId == m_activeRepeat)
            m_activeRepeat = 0;
        updateButtons();
    });
    updateButtons();
}

void DiagnosticsPage::setDeviceId(const QString &deviceId)
{
    if (deviceId == m_deviceId)
        return;
    m_deviceId = deviceId;
    m_activeRun = 0;
    m_activeRepeat = 0;
    m_model->setDeviceId(deviceId);
    showRuns({});
    onKindChanged();
    reloadHistory();
}

void DiagnosticsPage::reloadHistory()
{
    const QString device = m_deviceId;
    // The runs of this process first (the store answers later, and may have no store).
    for (const DiagnosticRun &run : m_manager.runs(device))
        m_model->upsert(run);
    if (device.isEmpty())
        return;
    m_manager.history(device).then(this, [this, device](const store::Result<QList<DiagnosticRun>> &result) {
        if (device != m_deviceId || !result.ok())
            return;
        // The reset drops the selection: keep the runs the engineer looks at selected.
        QList<QPair<qint64, qint64>> selected;
        for (const QModelIndex &index : m_history->selectionModel()->selectedRows())
            selected.append({m_model->runAt(index.row()).id, m_model->runAt(index.row()).historyId});
        m_model->setHistory(result.value());
        QItemSelection keep;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const DiagnosticRun &run = m_model->runAt(row);
            for (const auto &[id, historyId] : std::as_const(selected)) {
                if ((id != 0 && run.id == id) || (historyId != 0 && run.historyId == historyId))
                    keep.select(m_model->index(row, 0), m_model->index(row, models::DiagnosticRunListModel::ColumnCount - 1));
            }
        }
        m_history->selectionModel()->select(keep, QItemSelectionModel::ClearAndSelect);
        onSelectionChanged();
    });
}

void DiagnosticsPage::setKind(DiagnosticKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

DiagnosticKind DiagnosticsPage::kind() const
{
    return DiagnosticKind(m_kind->currentData().toInt());
}

void DiagnosticsPage::onKindChanged()
{
    const acs::DeviceRecord *device = m_engine.devices().find(m_deviceId);
    const QString igd = QStringLiteral("InternetGatewayDevice.");
    bool tr098 = false;
    if (device) {
        const auto first = device->parameters.entries().lowerBound(igd);
        tr098 = first != device->parameters.entries().cend() && first.key().startsWith(igd);
    }
    QMap<QString, QString> inputs = m_defaults ? m_defaults(kind(), m_deviceId) : DiagnosticSpec::defaultInputs(kind(), tr098);
    if (!tr098 && (kind() == DiagnosticKind::Download || kind() == DiagnosticKind::Upload)) {
        // TR-181 2.9+ time-based test: only a time-based test gives IncrementalResult rows
        // (a throughput curve). 0 = file-based; 0 inputs are not sent (see startInputs).
        inputs.insert(QStringLiteral("TimeBasedTestDuration"), inputs.value(QStringLiteral("TimeBasedTestDuration"), QStringLiteral("0")));
        inputs.insert(QStringLiteral("TimeBasedTestMeasurementInterval"),
                      inputs.value(QStringLiteral("TimeBasedTestMeasurementInterval"), QStringLiteral("0")));
    }
    m_form->setInputs(inputs, tr098);
}

QMap<QString, QString> DiagnosticsPage::startInputs() const
{
    QMap<QString, QString> inputs = m_form->inputs();
    // A device older than TR-181 2.9 faults the whole SetParameterValues on an unknown
    // parameter: leave the optional time-based inputs out unless the engineer set them.
    for (const QString &name : {QStringLiteral("TimeBasedTestDuration"), QStringLiteral("TimeBasedTestMeasurementInterval")}) {
        if (inputs.value(name) == u"0")
            inputs.remove(name);
    }
    return inputs;
}

QString DiagnosticsPage::statusText() const
{
    return m_status->text();
}

qint64 DiagnosticsPage::runNow()
{
    QString why;
    const qint64 id = m_manager.start(m_deviceId, kind(), startInputs(), &why);
    if (id == 0) {
        m_status->setText(tr("Could not start: %1").arg(why));
        return 0;
    }
    m_activeRun = id;
    m_activeRepeat = 0;
    if (const auto run = m_manager.run(id))
        onRunChanged(*run);
    const int row = m_model->rowOfRun(id);
    if (row >= 0)
        m_history->selectRow(row);
    updateButtons();
    Q_EMIT runStarted(id);
    return id;
}

qint64 DiagnosticsPage::runRepeated(int intervalSeconds, int count)
{
    QString why;
    const qint64 repeat = m_manager.startRepeated(m_deviceId, kind(), startInputs(), intervalSeconds, count, &why);
    if (repeat == 0) {
        m_status->setText(tr("Could not start: %1").arg(why));
        return 0;
    }
    m_activeRepeat = repeat;
    const QList<DiagnosticRun> runs = m_manager.repeatRuns(repeat);
    if (!runs.isEmpty()) {
        m_activeRun = runs.constLast().id;
        onRunChanged(runs.constLast());
        const int row = m_model->rowOfRun(m_activeRun);
        if (row >= 0)
            m_history->selectRow(row);
        Q_EMIT runStarted(m_activeRun);
    }
    updateButtons();
    return repeat;
}

void DiagnosticsPage::cancelRun()
{
    if (m_activeRepeat != 0)
        m_manager.cancelRepeat(m_activeRepeat);
    else if (m_activeRun != 0)
        m_manager.cancel(m_activeRun);
    updateButtons();
}

void DiagnosticsPage::onRunChanged(const DiagnosticRun &run)
{
    if (run.deviceId != m_deviceId)
        return;
    m_model->upsert(run);
    // A repeat's next run becomes the one the status line follows.
    if (m_activeRepeat != 0 && run.repeatId == m_activeRepeat && run.id != m_activeRun && !diagnostics::isFinished(run.state)) {
        m_activeRun = run.id;
        m_history->selectRow(m_model->rowOfRun(run.id));
    }
    if (run.id == m_activeRun) {
        const QString title = models::DiagnosticChartBuilder::kindTitle(run.kind);
        const QString state = models::DiagnosticRunListModel::stateText(run.state);
        if (diagnostics::isFinished(run.state)) {
            m_status->setText(run.repeatCount > 1
                                  ? tr("%1 run %2 of %3: %4 — %5").arg(title).arg(run.repeatIndex).arg(run.repeatCount).arg(state, run.result.outcome)
                                  : tr("%1: %2 — %3").arg(title, state, run.result.outcome));
        } else {
            m_status->setText(tr("%1: %2 (%3 %)").arg(title, run.progressText).arg(int(run.progress * 100)));
        }
    }
    if (m_shownRuns.contains(run.id) || (run.repeatId != 0 && run.repeatId == m_activeRepeat))
        onSelectionChanged();
    updateButtons();
}

void DiagnosticsPage::updateButtons()
{
    const auto active = m_manager.run(m_activeRun);
    const bool running = (active && !diagnostics::isFinished(active->state))
        || (m_activeRepeat != 0 && m_manager.isRepeatActive(m_activeRepeat));
    m_cancel->setEnabled(running);
    m_run->setEnabled(!m_deviceId.isEmpty());
    m_repeat->setEnabled(!m_deviceId.isEmpty() && !running);
    const bool hasChart = m_charts->count() > 0;
    m_exportPng->setEnabled(hasChart);
    m_exportCsv->setEnabled(hasChart);
}

QList<DiagnosticRun> DiagnosticsPage::runsToChart(const QList<int> &rows) const
{
    QList<DiagnosticRun> runs;
    for (int row : rows) {
        if (row >= 0 && row < m_model->rowCount())
            runs.append(m_model->runAt(row));
    }
    if (runs.isEmpty())
        return {};
    // Runs of different tests cannot share a chart: show the first one.
    const DiagnosticKind kind = runs.constFirst().kind;
    if (std::any_of(runs.cbegin(), runs.cend(), [kind](const DiagnosticRun &r) { return r.kind != kind; }))
        runs = {runs.constFirst()};
    if (runs.size() == 1 && kind == DiagnosticKind::IpPing) {
        // Ping reads as a trend: the runs of the same repeat, or every ping of the device.
        const DiagnosticRun one = runs.constFirst();
        runs.clear();
        for (const DiagnosticRun &r : m_model->runs()) {
            if (r.kind == kind && (one.repeatId == 0 || r.repeatId == one.repeatId))
                runs.append(r);
        }
    }
    return runs;
}

void DiagnosticsPage::showRows(const QList<int> &rows)
{
    showRuns(runsToChart(rows));
}

void DiagnosticsPage::onSelectionChanged()
{
    QList<int> rows;
    for (const QModelIndex &index : m_history->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    showRows(rows);
}

void DiagnosticsPage::showRuns(const QList<DiagnosticRun> &runs)
{
    const int currentTab = m_charts->currentIndex();
    while (m_charts->count() > 0) {
        QWidget *w = m_charts->widget(0);
        m_charts->removeTab(0);
        w->deleteLater();
    }
    m_shownRuns.clear();
    for (const DiagnosticRun &run : runs)
        m_shownRuns.append(run.id);
    if (!runs.isEmpty()) {
        for (const auto &data : models::DiagnosticChartBuilder::build(runs.constFirst().kind, runs)) {
            QWidget *w = DiagnosticCharts::createWidget(data, m_charts);
            m_charts->addTab(w, data.title);
            if (data.isEmpty())
                m_charts->setTabToolTip(m_charts->count() - 1, tr("No data: the run has no result for this chart."));
        }
        if (currentTab >= 0 && currentTab < m_charts->count())
            m_charts->setCurrentIndex(currentTab);
    }
    updateButtons();
}

QString DiagnosticsPage::currentCsv() const
{
    QWidget *w = m_charts->currentWidget();
    if (auto *view = qobject_cast<ChartView *>(w))
        return view->csv();
    if (auto *table = qobject_cast<QTableWidget *>(w)) {
        // The table's own data, as shown.
        const QList<DiagnosticRun> runs = runsToChart([this] {
            QList<int> rows;
            for (const QModelIndex &index : m_history->selectionModel()->selectedRows())
                rows.append(index.row());
            return rows;
        }());
        for (const auto &data : models::DiagnosticChartBuilder::build(runs.isEmpty() ? kind() : runs.constFirst().kind, runs)) {
            if (data.id == table->objectName())
                return data.toCsv();
        }
    }
    return {};
}

bool DiagnosticsPage::exportCurrentPng(const QString &path)
{
    QWidget *w = m_charts->currentWidget();
    return w && w->grab().save(path, "PNG");
}

void DiagnosticsPage::exportPng()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export chart as PNG"), m_charts->currentWidget()->objectName()
                                                          + QStringLiteral(".png"), tr("PNG images (*.png)"));
    if (!path.isEmpty() && !exportCurrentPng(path))
        QMessageBox::warning(this, tr("Export PNG"), tr("Could not write %1.").arg(path));
}

void DiagnosticsPage::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export data as CSV"), m_charts->currentWidget()->objectName()
                                                          + QStringLiteral(".csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text) || file.write(currentCsv().toUtf8()) < 0)
        QMessageBox::warning(this, tr("Export CSV"), tr("Could not write %1.").arg(path));
}

} // namespace ui
