#include "monitorpage.h"

#include "chartview.h"

#include <monitorpresets.h>
#include <parametermonitor.h>
#include <taskdispatcher.h>

#include <acs/acsengine.h>

#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

#include <QComboBox>
#include <QCompleter>
#include <QDateTime>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QStringListModel>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace ui {

using models::MonitorPreset;
using models::MonitorSeriesSpec;
using models::MonitorUnit;
using models::MonitorUnits;
using models::ParameterMonitor;

namespace {

constexpr int kSourceRole = Qt::UserRole;     // 0: preset, 1: parameter added by path
constexpr int kIndexRole = Qt::UserRole + 1;  // index into the presets or the added parameters
constexpr int kKeyRole = Qt::UserRole + 2;    // preset key or path: keeps the check across reloads

struct Scale {
    double factor;
    const char *unit;
};

// Axis units by magnitude: a gateway moves between bit/s at idle and Gbit/s.
QList<Scale> scalesFor(MonitorUnit unit)
{
    switch (unit) {
    case MonitorUnit::BitsPerSecond:
        return {{1, QT_TRANSLATE_NOOP("ui::MonitorPage", "bit/s")},
                {1e3, QT_TRANSLATE_NOOP("ui::MonitorPage", "kbit/s")},
                {1e6, QT_TRANSLATE_NOOP("ui::MonitorPage", "Mbit/s")},
                {1e9, QT_TRANSLATE_NOOP("ui::MonitorPage", "Gbit/s")}};
    case MonitorUnit::KiB:
        return {{1, QT_TRANSLATE_NOOP("ui::MonitorPage", "KiB")},
                {1024, QT_TRANSLATE_NOOP("ui::MonitorPage", "MiB")},
                {1024.0 * 1024.0, QT_TRANSLATE_NOOP("ui::MonitorPage", "GiB")}};
    default:
        return {};
    }
}

bool isNumeric(cwmp::ValueType type)
{
    switch (type) {
    case cwmp::ValueType::Int:
    case cwmp::ValueType::UnsignedInt:
    case cwmp::ValueType::Long:
    case cwmp::ValueType::UnsignedLong:
    case cwmp::ValueType::Decimal:
    case cwmp::ValueType::Unspecified: // only the name is known yet
        return true;
    default:
        return false;
    }
}

// The chart's title names the quantity ("Throughput"); the vertical axis names the unit
// only, which fits the height of a small chart ("Throughput (kbit/s)" is elided).
QValueAxis *makeAxis(MonitorUnit unit, const QString &symbol)
{
    QValueAxis *axis = ChartView::makeValueAxis(MonitorUnits::title(unit), symbol);
    axis->setTitleText(symbol);
    return axis;
}

} // namespace

MonitorPage::MonitorPage(acs::AcsEngine &engine, models::TaskDispatcher &dispatcher, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_dispatcher(dispatcher)
    , m_monitor(new ParameterMonitor(engine, dispatcher, this))
{
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    auto *panel = new QWidget(splitter);
    buildControls(panel);

    auto *scroll = new QScrollArea(splitter);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *chartArea = new QWidget(scroll);
    m_chartLayout = new QGridLayout(chartArea);
    m_chartLayout->setContentsMargins(0, 0, 0, 0);
    m_emptyCharts = new QLabel(tr("Pick parameters on the left and press Start: each unit gets its own chart."),
                               chartArea);
    m_emptyCharts->setAlignment(Qt::AlignCenter);
    m_emptyCharts->setWordWrap(true);
    m_emptyCharts->setEnabled(false);
    m_chartLayout->addWidget(m_emptyCharts, 0, 0);
    scroll->setWidget(chartArea);

    splitter->addWidget(panel);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({320, 980});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_monitor, &ParameterMonitor::sampleAdded, this, &MonitorPage::appendPoint);
    connect(m_monitor, &ParameterMonitor::runningChanged, this, &MonitorPage::updateControls);
    connect(m_monitor, &ParameterMonitor::statusChanged, this, [this](const QString &text) {
        m_status->setText(text);
        Q_EMIT statusMessage(text);
    });
    connect(&m_dispatcher, &models::TaskDispatcher::taskFinished, this, [this](const acs::Task &task) {
        if (task.id != m_readTreeTask)
            return;
        m_readTreeTask = 0;
        m_status->setText(models::TaskDispatcher::describe(task));
        reloadPresets();
        reloadCompletions();
        updateControls();
    });
    // A device shown before its first full read (a new device is read whole on arrival)
    // gets its presets, and their interface names, as the tree comes in.
    connect(&m_engine.devices(), &acs::DeviceDirectory::deviceChanged, this, [this](const QString &id) {
        const acs::DeviceRecord *device = id == m_deviceId ? m_engine.devices().find(id) : nullptr;
        if (!device || m_monitor->isRunning())
            return;
        const QList<MonitorPreset> fresh = models::MonitorPresets::discover(device->parameters);
        const auto sameAs = [](const QList<MonitorPreset> &a, const QList<MonitorPreset> &b) {
            return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const MonitorPreset &x, const MonitorPreset &y) {
                return x.key == y.key && x.title == y.title;
            });
        };
        if (sameAs(fresh, m_presets))
            return;
        reloadPresets();
        reloadCompletions();
        updateControls();
    });
    updateControls();
}

MonitorPage::~MonitorPage() = default;

void MonitorPage::buildControls(QWidget *panel)
{
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 6, 0);

    auto *pick = new QGroupBox(tr("Parameters"), panel);
    auto *pickLayout = new QVBoxLayout(pick);
    m_picker = new QListWidget(pick);
    m_picker->setObjectName(QStringLiteral("monitorPicker"));
    m_picker->setToolTip(tr("The checked lines are charted."));
    pickLayout->addWidget(m_picker, 1);
    connect(m_picker, &QListWidget::itemChanged, this, [this] {
        if (m_populating)
            return;
        m_picked = true;
        restartIfRunning();
    });
    m_pickerHint = new QLabel(tr("No presets yet: the console has not read this device's parameters."), pick);
    m_pickerHint->setWordWrap(true);
    pickLayout->addWidget(m_pickerHint);
    m_readTree = new QPushButton(tr("Read the device's parameters"), pick);
    m_readTree->setToolTip(tr("Reads the whole parameter tree once, to find interfaces, access points and counters."));
    connect(m_readTree, &QPushButton::clicked, this, &MonitorPage::readTree);
    pickLayout->addWidget(m_readTree);

    auto *addRow = new QHBoxLayout;
    m_pathEdit = new QLineEdit(pick);
    m_pathEdit->setObjectName(QStringLiteral("monitorPath"));
    m_pathEdit->setPlaceholderText(tr("Add parameter by path…"));
    m_pathEdit->setClearButtonEnabled(true);
    m_completions = new QStringListModel(this);
    auto *completer = new QCompleter(m_completions, m_pathEdit);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_pathEdit->setCompleter(completer);
    connect(m_pathEdit, &QLineEdit::returnPressed, this, &MonitorPage::addParameterFromField);
    m_addPath = new QPushButton(tr("Add"), pick);
    connect(m_addPath, &QPushButton::clicked, this, &MonitorPage::addParameterFromField);
    addRow->addWidget(m_pathEdit, 1);
    addRow->addWidget(m_addPath);
    pickLayout->addLayout(addRow);
    layout->addWidget(pick, 1);

    auto *how = new QGroupBox(tr("Sampling"), panel);
    auto *form = new QFormLayout(how);
    m_mode = new QComboBox(how);
    m_mode->setObjectName(QStringLiteral("monitorMode"));
    m_mode->addItem(tr("Polling"), int(ParameterMonitor::Mode::Polling));
    m_mode->addItem(tr("Active notification"), int(ParameterMonitor::Mode::ActiveNotification));
    m_mode->setToolTip(tr("Polling reads every parameter at the interval over a session kept open.\n"
                          "Active notification asks the device to report changes itself; parameters it "
                          "refuses to report (most counters) are polled at the interval."));
    form->addRow(tr("Mode:"), m_mode);
    m_interval = new QSpinBox(how);
    m_interval->setObjectName(QStringLiteral("monitorInterval"));
    m_interval->setRange(ParameterMonitor::kMinIntervalS, ParameterMonitor::kMaxIntervalS);
    m_interval->setValue(ParameterMonitor::kDefaultIntervalS);
    m_interval->setSuffix(tr(" s"));
    connect(m_interval, &QSpinBox::valueChanged, m_monitor, &ParameterMonitor::setIntervalSeconds);
    form->addRow(tr("Interval:"), m_interval);
    m_startStop = new QPushButton(tr("Start"), how);
    m_startStop->setObjectName(QStringLiteral("monitorStartStop"));
    connect(m_startStop, &QPushButton::clicked, this, &MonitorPage::toggleRunning);
    form->addRow(m_startStop);
    layout->addWidget(how);

    m_status = new QLabel(panel);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
}

void MonitorPage::setDevice(const QString &deviceId)
{
    if (deviceId == m_deviceId)
        return;
    m_monitor->setDevice(deviceId); // stops and restores the previous device
    m_deviceId = deviceId;
    m_manual.clear();
    m_picked = false;
    m_picker->clear();
    m_status->clear();
    m_readTreeTask = 0;
    reloadPresets();
    reloadCompletions();
    rebuildCharts();
    updateControls();
}

void MonitorPage::reloadPresets()
{
    QSet<QString> checked;
    // Until the engineer picks, the proposal follows the tree as it is read (interface
    // names arrive after the first presets).
    const bool firstTime = !m_picked;
    for (int i = 0; i < m_picker->count(); ++i) {
        if (m_picker->item(i)->checkState() == Qt::Checked)
            checked.insert(m_picker->item(i)->data(kKeyRole).toString());
    }
    const QScopedValueRollback populating(m_populating, true);
    m_picker->clear();
    m_presets.clear();
    if (const acs::DeviceRecord *device = m_engine.devices().find(m_deviceId))
        m_presets = models::MonitorPresets::discover(device->parameters);

    bool wanChecked = false;
    for (int i = 0; i < m_presets.size(); ++i) {
        const MonitorPreset &preset = m_presets.at(i);
        auto *item = new QListWidgetItem(preset.title, m_picker);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setData(kSourceRole, 0);
        item->setData(kIndexRole, i);
        item->setData(kKeyRole, preset.key);
        QStringList paths;
        for (const MonitorSeriesSpec &s : preset.series)
            paths.append(s.totalPath.isEmpty() ? s.path : tr("%1 / %2").arg(s.path, s.totalPath));
        item->setToolTip(paths.join(QLatin1Char('\n')));
        // A first look at a device: CPU, memory, WiFi clients and the WAN throughput.
        bool on = checked.contains(preset.key);
        if (firstTime) {
            const bool wan = !wanChecked && preset.key.startsWith(QLatin1String("throughput:"))
                && (preset.title.contains(QLatin1String("WAN")));
            wanChecked = wanChecked || wan;
            on = wan || preset.key == u"cpu" || preset.key == u"memory" || preset.key == u"wifi-clients";
        }
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
    for (int i = 0; i < m_manual.size(); ++i) {
        auto *item = new QListWidgetItem(m_manual.at(i).label, m_picker);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setData(kSourceRole, 1);
        item->setData(kIndexRole, i);
        item->setData(kKeyRole, m_manual.at(i).path);
        item->setToolTip(m_manual.at(i).path);
        item->setCheckState(firstTime || checked.contains(m_manual.at(i).path) ? Qt::Checked : Qt::Unchecked);
    }
    m_pickerHint->setVisible(m_presets.isEmpty() && !m_deviceId.isEmpty());
}

void MonitorPage::reloadCompletions()
{
    QStringList paths;
    if (const acs::DeviceRecord *device = m_engine.devices().find(m_deviceId)) {
        const auto &entries = device->parameters.entries();
        for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
            if (!it.key().endsWith(QLatin1Char('.')) && isNumeric(it.value().type))
                paths.append(it.key());
        }
    }
    m_completions->setStringList(paths);
}

void MonitorPage::readTree()
{
    QString why;
    // An empty object name reads the whole tree (GetParameterNames, then the values).
    m_readTreeTask = m_dispatcher.submit(m_deviceId, QStringLiteral("refreshObject"),
                                         {{QStringLiteral("objectName"), QString()}}, &why);
    m_status->setText(m_readTreeTask ? tr("Reading the device's parameters…") : why);
    updateControls();
}

void MonitorPage::addParameterFromField()
{
    const QString path = m_pathEdit->text().trimmed();
    if (path.isEmpty() || m_deviceId.isEmpty())
        return;
    if (path.endsWith(QLatin1Char('.'))) {
        m_status->setText(tr("%1 is an object; name one of its parameters.").arg(path));
        return;
    }
    cwmp::ValueType type = cwmp::ValueType::Unspecified;
    if (const acs::DeviceRecord *device = m_engine.devices().find(m_deviceId)) {
        if (const acs::CachedParameter *p = device->parameters.find(path))
            type = p->type;
    }
    const MonitorSeriesSpec spec = models::MonitorPresets::specForPath(path, type);
    for (int i = 0; i < m_picker->count(); ++i) {
        if (m_picker->item(i)->data(kKeyRole).toString() == path) {
            m_picker->item(i)->setCheckState(Qt::Checked);
            m_pathEdit->clear();
            return;
        }
    }
    const QScopedValueRollback populating(m_populating, true);
    m_manual.append(spec);
    auto *item = new QListWidgetItem(spec.label, m_picker);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    item->setData(kSourceRole, 1);
    item->setData(kIndexRole, int(m_manual.size()) - 1);
    item->setData(kKeyRole, path);
    item->setToolTip(path);
    item->setCheckState(Qt::Checked);
    m_pathEdit->clear();
    restartIfRunning();
}

void MonitorPage::restartIfRunning()
{
    // A changed selection applies at once: the run starts again with the new parameters
    // (in active-notification mode this also sets and restores the attributes again).
    if (!m_monitor->isRunning())
        return;
    m_monitor->stop();
    toggleRunning();
}

QList<MonitorSeriesSpec> MonitorPage::checkedSpecs() const
{
    QList<MonitorSeriesSpec> out;
    for (int i = 0; i < m_picker->count(); ++i) {
        const QListWidgetItem *item = m_picker->item(i);
        if (item->checkState() != Qt::Checked)
            continue;
        const int index = item->data(kIndexRole).toInt();
        if (item->data(kSourceRole).toInt() == 0)
            out += m_presets.value(index).series;
        else if (index < m_manual.size())
            out.append(m_manual.at(index));
    }
    return out;
}

void MonitorPage::applySelection()
{
    const QList<MonitorSeriesSpec> wanted = checkedSpecs();
    // Series still wanted keep their points; the others go.
    for (int i = m_monitor->seriesCount() - 1; i >= 0; --i) {
        if (!wanted.contains(m_monitor->spec(i)))
            m_monitor->removeSeries(i);
    }
    for (const MonitorSeriesSpec &spec : wanted)
        m_monitor->addSeries(spec);
}

void MonitorPage::toggleRunning()
{
    if (m_monitor->isRunning()) {
        m_monitor->stop();
        return;
    }
    applySelection();
    rebuildCharts();
    m_monitor->setIntervalSeconds(m_interval->value());
    m_monitor->setMode(ParameterMonitor::Mode(m_mode->currentData().toInt()));
    QString why;
    if (!m_monitor->start(&why)) {
        m_status->setText(why);
        return;
    }
    const int count = int(m_monitor->watchedPaths().size());
    m_status->setText(m_monitor->mode() == ParameterMonitor::Mode::Polling
                          ? tr("Polling %n parameter(s) every %1 s.", nullptr, count).arg(m_monitor->intervalSeconds())
                          : tr("Watching %n parameter(s) by active notification.", nullptr, count));
}

QList<ChartView *> MonitorPage::charts() const
{
    QList<ChartView *> out;
    for (const ChartGroup &g : m_groups)
        out.append(g.view);
    return out;
}

void MonitorPage::rebuildCharts()
{
    for (ChartGroup &g : m_groups) {
        m_chartLayout->removeWidget(g.view);
        delete g.view;
    }
    m_groups.clear();
    m_groupOfSeries.clear();

    for (MonitorUnit unit : {MonitorUnit::BitsPerSecond, MonitorUnit::PacketsPerSecond, MonitorUnit::PerSecond,
                             MonitorUnit::Percent, MonitorUnit::KiB, MonitorUnit::Count}) {
        QList<int> members;
        for (int i = 0; i < m_monitor->seriesCount(); ++i) {
            if (m_monitor->spec(i).unit == unit)
                members.append(i);
        }
        if (members.isEmpty())
            continue;
        ChartGroup group;
        group.unit = unit;
        group.scaledUnit = MonitorUnits::symbol(unit);
        auto *chart = new QChart;
        chart->setTitle(MonitorUnits::title(unit));
        // A legend below the plot has room for about three names; more go to the right.
        chart->legend()->setAlignment(members.size() > 3 ? Qt::AlignRight : Qt::AlignBottom);
        chart->setMargins(QMargins(4, 4, 4, 4));
        group.x = ChartView::makeTimeAxis(tr("Time"));
        group.y = makeAxis(unit, group.scaledUnit);
        if (members.size() > 3)
            group.x->setTickCount(4); // the plot is narrower beside a legend
        chart->addAxis(group.x, Qt::AlignBottom);
        chart->addAxis(group.y, Qt::AlignLeft);
        for (int index : members) {
            auto *line = new QLineSeries(chart);
            line->setName(m_monitor->spec(index).label);
            for (const QPointF &p : m_monitor->points(index))
                line->append(p);
            chart->addSeries(line);
            line->attachAxis(group.x);
            line->attachAxis(group.y);
            group.lines.insert(index, line);
            m_groupOfSeries.insert(index, int(m_groups.size()));
        }
        // Hover and theme are wired in setChart: the series must be in the chart by then.
        group.view = new ChartView(chart);
        group.view->setMinimumHeight(300);
        group.view->setExportBaseName(QStringLiteral("monitor-%1").arg(MonitorUnits::title(unit).toLower()));
        group.view->setCsvProvider([this, members] { return m_monitor->toCsv(members); });
        m_groups.append(group);
        fitAxes(m_groups.last());
    }
    // Two columns from three charts on: four charts stacked would each be a thin strip.
    const int columns = m_groups.size() >= 3 ? 2 : 1;
    for (int i = 0; i < m_groups.size(); ++i)
        m_chartLayout->addWidget(m_groups.at(i).view, i / columns, i % columns);
    m_emptyCharts->setVisible(m_groups.isEmpty());
}

void MonitorPage::appendPoint(int seriesIndex)
{
    const auto g = m_groupOfSeries.constFind(seriesIndex);
    if (g == m_groupOfSeries.cend())
        return; // added after the charts were built; shown at the next Start
    ChartGroup &group = m_groups[*g];
    QLineSeries *line = group.lines.value(seriesIndex);
    const QList<QPointF> &points = m_monitor->points(seriesIndex);
    if (!line || points.isEmpty())
        return;
    const QPointF p = points.constLast();
    line->append(p.x(), p.y() / group.scale);
    while (line->count() > points.size())
        line->remove(0);
    fitAxes(group);
}

void MonitorPage::fitAxes(ChartGroup &group)
{
    // The engineer's zoom wins until "Reset zoom" (double-click).
    if (group.view && group.view->chart()->isZoomed())
        return;
    double minX = 0;
    double maxX = 0;
    double maxY = 0;
    bool any = false;
    for (auto it = group.lines.cbegin(); it != group.lines.cend(); ++it) {
        for (const QPointF &p : m_monitor->points(it.key())) {
            minX = any ? std::min(minX, p.x()) : p.x();
            maxX = any ? std::max(maxX, p.x()) : p.x();
            maxY = std::max(maxY, p.y());
            any = true;
        }
    }
    const QList<Scale> scales = scalesFor(group.unit);
    if (!scales.isEmpty()) {
        Scale chosen = scales.constFirst();
        for (const Scale &s : scales) {
            if (maxY >= s.factor)
                chosen = s;
        }
        if (chosen.factor != group.scale)
            setScale(group, chosen.factor, tr(chosen.unit));
    }
    const double now = double(QDateTime::currentMSecsSinceEpoch());
    if (!any) {
        minX = now - 60000;
        maxX = now;
    } else if (maxX - minX < 10000) {
        maxX = minX + 10000; // a few points do not fill the whole width
    }
    group.x->setRange(QDateTime::fromMSecsSinceEpoch(qint64(minX)), QDateTime::fromMSecsSinceEpoch(qint64(maxX)));
    if (group.unit == MonitorUnit::Percent) {
        group.y->setRange(0, 100);
        return;
    }
    const double top = std::max(maxY / group.scale * 1.1, group.unit == MonitorUnit::Count ? 5.0 : 1.0);
    group.y->setRange(0, top);
    group.y->applyNiceNumbers();
    group.y->setMin(0);
}

void MonitorPage::setScale(ChartGroup &group, double scale, const QString &unit)
{
    QChart *chart = group.view ? group.view->chart() : nullptr;
    if (!chart)
        return;
    // A new axis rather than a renamed one: ChartView reads the unit of the hover text
    // from the axis it made. It keeps the old axis' theme colours and fonts.
    QValueAxis *axis = makeAxis(group.unit, unit);
    axis->setLabelsBrush(group.y->labelsBrush());
    axis->setLabelsFont(group.y->labelsFont());
    axis->setTitleBrush(group.y->titleBrush());
    axis->setTitleFont(group.y->titleFont());
    axis->setGridLinePen(group.y->gridLinePen());
    axis->setMinorGridLinePen(group.y->minorGridLinePen());
    axis->setLinePen(group.y->linePen());
    chart->removeAxis(group.y);
    delete group.y;
    chart->addAxis(axis, Qt::AlignLeft);
    group.y = axis;
    group.scale = scale;
    group.scaledUnit = unit;
    for (auto it = group.lines.cbegin(); it != group.lines.cend(); ++it) {
        QList<QPointF> scaled = m_monitor->points(it.key());
        for (QPointF &p : scaled)
            p.setY(p.y() / scale);
        it.value()->replace(scaled);
        it.value()->attachAxis(axis);
    }
}

void MonitorPage::updateControls()
{
    const bool running = m_monitor->isRunning();
    const bool device = !m_deviceId.isEmpty() && m_engine.devices().find(m_deviceId);
    m_startStop->setText(running ? tr("Stop") : tr("Start"));
    m_startStop->setEnabled(device);
    m_pathEdit->setEnabled(device);
    m_addPath->setEnabled(device);
    m_mode->setEnabled(!running);
    m_readTree->setEnabled(device && !running && m_readTreeTask == 0);
    m_readTree->setVisible(m_presets.isEmpty());
}

} // namespace ui
