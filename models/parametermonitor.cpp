#include "parametermonitor.h"

#include "monitorpresets.h"
#include "counterrate.h"
#include "taskdispatcher.h"

#include <acs/acsengine.h>

#include <QDateTime>
#include <QJsonArray>
#include <QMap>

#include <algorithm>

namespace models {

namespace {

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

ParameterMonitor::ParameterMonitor(acs::AcsEngine &engine, TaskDispatcher &dispatcher, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_dispatcher(dispatcher)
{
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ParameterMonitor::poll);
    connect(&m_engine.devices(), &acs::DeviceDirectory::parametersUpdated, this,
            &ParameterMonitor::onParametersUpdated);
    connect(&m_dispatcher, &TaskDispatcher::taskFinished, this, &ParameterMonitor::onTaskFinished);
}

ParameterMonitor::~ParameterMonitor()
{
    // The restore task outlives us in the engine's queue; its outcome is simply not heard.
    stop();
}

void ParameterMonitor::setDevice(const QString &deviceId)
{
    if (deviceId == m_deviceId)
        return;
    stop();
    clearSeries();
    m_deviceId = deviceId;
}

int ParameterMonitor::addSeries(const MonitorSeriesSpec &spec)
{
    for (int i = 0; i < m_series.size(); ++i) {
        const MonitorSeriesSpec &s = m_series.at(i).spec;
        if (s.kind == spec.kind && s.path == spec.path && s.totalPath == spec.totalPath)
            return i;
    }
    m_series.append({spec, {}, std::nullopt});
    Q_EMIT seriesChanged();
    return int(m_series.size()) - 1;
}

int ParameterMonitor::addParameter(const QString &path)
{
    cwmp::ValueType type = cwmp::ValueType::Unspecified;
    if (const acs::DeviceRecord *device = m_engine.devices().find(m_deviceId)) {
        if (const acs::CachedParameter *p = device->parameters.find(path))
            type = p->type;
    }
    return addSeries(MonitorPresets::specForPath(path, type));
}

void ParameterMonitor::removeSeries(int index)
{
    if (index < 0 || index >= m_series.size())
        return;
    m_series.removeAt(index);
    Q_EMIT seriesChanged();
}

void ParameterMonitor::clearSeries()
{
    if (m_series.isEmpty())
        return;
    m_series.clear();
    Q_EMIT seriesChanged();
}

QStringList ParameterMonitor::watchedPaths() const
{
    QStringList out;
    for (const Series &s : m_series) {
        if (!out.contains(s.spec.path))
            out.append(s.spec.path);
        if (!s.spec.totalPath.isEmpty() && !out.contains(s.spec.totalPath))
            out.append(s.spec.totalPath);
    }
    return out;
}

QStringList ParameterMonitor::polledPaths() const
{
    if (m_runningMode == Mode::Polling)
        return watchedPaths();
    QStringList out;
    for (const QString &path : watchedPaths()) {
        if (m_refused.contains(path))
            out.append(path);
    }
    return out;
}

QStringList ParameterMonitor::notifiedPaths() const
{
    QStringList out(m_notified.cbegin(), m_notified.cend());
    out.sort();
    return out;
}

void ParameterMonitor::setIntervalSeconds(int seconds)
{
    m_intervalS = std::clamp(seconds, kMinIntervalS, kMaxIntervalS);
    if (m_timer.isActive())
        m_timer.start(m_intervalS * 1000);
}

void ParameterMonitor::setMode(Mode mode)
{
    m_mode = mode;
}

void ParameterMonitor::setCapacity(int points)
{
    m_capacity = std::max(2, points);
    for (Series &s : m_series) {
        if (s.points.size() > m_capacity)
            s.points.remove(0, s.points.size() - m_capacity);
    }
}

bool ParameterMonitor::start(QString *why)
{
    if (m_running)
        return true;
    if (!m_engine.devices().find(m_deviceId)) {
        if (why)
            *why = tr("No device is selected.");
        return false;
    }
    if (m_series.isEmpty()) {
        if (why)
            *why = tr("Pick at least one parameter to monitor.");
        return false;
    }
    m_running = true;
    m_runningMode = m_mode;
    m_refused.clear();
    m_firstPoll = true;
    // A rate needs two readings of this run: the gap since an earlier run is no sample.
    for (Series &s : m_series)
        s.last.reset();
    if (m_runningMode == Mode::Polling) {
        // Held open, the session carries each poll at once instead of a connection request
        // and a new session (Inform, empty POST) every interval.
        m_engine.setLive(m_deviceId, true);
        m_heldLive = true;
    } else {
        // Not held: a device can only report a VALUE CHANGE in a new session (TR-069 §3.7.1.5).
        startActiveNotification();
    }
    Q_EMIT runningChanged(true);
    poll(); // the first readings now; counters give their first rate one interval later
    m_timer.start(m_intervalS * 1000);
    return true;
}

void ParameterMonitor::startActiveNotification()
{
    const QStringList paths = watchedPaths();
    m_originalNotification.clear();
    qint64 id = 0;
    submit(QStringLiteral("getParameterAttributes"), {{QStringLiteral("parameterNames"), QJsonArray::fromStringList(paths)}},
           &id);
    m_readAttributesTaskId = id;
    // One SetParameterAttributes per parameter: the RPC is all-or-nothing (9009 names no
    // parameter), and a device may refuse active notification for some (activeNotify=canDeny).
    for (const QString &path : paths) {
        const QJsonObject args{
            {QStringLiteral("parameters"),
             QJsonArray{QJsonObject{{QStringLiteral("name"), path}, {QStringLiteral("notification"), 2}}}}};
        const QString error = submit(QStringLiteral("setParameterAttributes"), args, &id);
        if (id > 0)
            m_enableTasks.insert(id, path);
        else {
            m_refused.insert(path);
            Q_EMIT statusChanged(error);
        }
    }
    Q_EMIT statusChanged(tr("Asking the device to report changes of %n parameter(s) actively…", nullptr,
                            int(paths.size())));
}

void ParameterMonitor::stop()
{
    if (!m_running)
        return;
    m_running = false;
    m_timer.stop();
    if (m_heldLive) {
        m_engine.setLive(m_deviceId, false);
        m_heldLive = false;
    }
    // Attribute changes not sent yet are dropped; one already on its way is undone when it
    // comes back (onTaskFinished).
    const QList<qint64> pending = m_enableTasks.keys();
    for (qint64 id : pending) {
        if (m_dispatcher.cancel(id))
            m_enableTasks.remove(id);
    }
    if (!m_notified.isEmpty())
        restoreAttributes(notifiedPaths());
    Q_EMIT runningChanged(false);
    Q_EMIT statusChanged(tr("Stopped."));
}

void ParameterMonitor::restoreAttributes(const QStringList &paths)
{
    QJsonArray list;
    for (const QString &path : paths) {
        list.append(QJsonObject{{QStringLiteral("name"), path},
                                {QStringLiteral("notification"), m_originalNotification.value(path, 0)}});
        m_notified.remove(path);
    }
    if (list.isEmpty())
        return;
    qint64 id = 0;
    const QString error = submit(QStringLiteral("setParameterAttributes"), {{QStringLiteral("parameters"), list}}, &id);
    if (id > 0)
        m_restoreTasks.insert(id);
    else
        Q_EMIT statusChanged(error);
}

QString ParameterMonitor::submit(const QString &kind, const QJsonObject &args, qint64 *taskId)
{
    QString why;
    *taskId = m_dispatcher.submit(m_deviceId, kind, args, &why);
    return why;
}

void ParameterMonitor::poll()
{
    if (!m_running)
        return;
    // One read at a time: a slow device gets fewer samples, not a growing queue.
    if (m_pollTaskId != 0)
        return;
    QStringList paths = polledPaths();
    // The first read of an active-notification run takes every parameter once: the values
    // that rates and "memory in use" start from.
    if (m_runningMode == Mode::ActiveNotification && m_firstPoll)
        paths = watchedPaths();
    if (paths.isEmpty())
        return;
    qint64 id = 0;
    const QString error = submit(QStringLiteral("getParameterValues"),
                                 {{QStringLiteral("parameterNames"), QJsonArray::fromStringList(paths)}}, &id);
    if (id == 0) {
        Q_EMIT statusChanged(error);
        return;
    }
    m_pollTaskId = id;
    m_firstPoll = false;
    ++m_pollsSubmitted;
}

void ParameterMonitor::onTaskFinished(const acs::Task &task)
{
    if (task.id == m_pollTaskId) {
        m_pollTaskId = 0;
        if (task.state != acs::TaskState::Done)
            Q_EMIT statusChanged(TaskDispatcher::describe(task));
        return;
    }
    if (task.id == m_readAttributesTaskId) {
        m_readAttributesTaskId = 0;
        const QJsonArray list = task.result.value(QLatin1String("parameterAttributes")).toArray();
        for (const QJsonValue &v : list) {
            const QJsonObject o = v.toObject();
            m_originalNotification.insert(o.value(QLatin1String("name")).toString(),
                                          o.value(QLatin1String("notification")).toInt());
        }
        return;
    }
    if (const auto it = m_enableTasks.constFind(task.id); it != m_enableTasks.cend()) {
        const QString path = *it;
        m_enableTasks.erase(it);
        if (task.state == acs::TaskState::Done) {
            m_notified.insert(path);
            if (!m_running)
                restoreAttributes({path});
        } else if (m_running) {
            m_refused.insert(path);
            Q_EMIT statusChanged(tr("The device does not report %1 actively (%2); it is polled instead.")
                                     .arg(path, TaskDispatcher::describe(task)));
        }
        return;
    }
    if (m_restoreTasks.remove(task.id)) {
        if (m_restoreTasks.isEmpty())
            Q_EMIT restoreFinished(task.state == acs::TaskState::Done);
        if (task.state != acs::TaskState::Done)
            Q_EMIT statusChanged(TaskDispatcher::describe(task));
    }
}

void ParameterMonitor::onParametersUpdated(const QString &deviceId, const QSet<QString> &changed,
                                           const QStringList &removed)
{
    Q_UNUSED(removed)
    if (!m_running || deviceId != m_deviceId)
        return;
    for (int i = 0; i < m_series.size(); ++i) {
        if (changed.contains(m_series.at(i).spec.path))
            takeSample(i);
    }
}

void ParameterMonitor::takeSample(int index)
{
    const acs::DeviceRecord *device = m_engine.devices().find(m_deviceId);
    if (!device)
        return;
    Series &series = m_series[index];
    const acs::CachedParameter *p = device->parameters.find(series.spec.path);
    // Attribute-only updates (GetParameterAttributes) touch the row but read no value.
    if (!p || p->readAtMs == 0 || (series.last && p->readAtMs <= series.last->atMs))
        return;
    const Reading current{p->value, p->type, p->readAtMs};
    // Two readings much closer than the interval (the first poll was slow to reach the
    // device, the second quick) make a rate of mostly quantisation noise: devices update
    // counters once a second or less often. Keep the older reading and wait for the next.
    if (series.spec.kind == SeriesKind::Rate && series.last
        && current.atMs - series.last->atMs < qint64(m_intervalS) * 1000 / 2)
        return;
    QString total;
    if (!series.spec.totalPath.isEmpty()) {
        if (const acs::CachedParameter *t = device->parameters.find(series.spec.totalPath))
            total = t->value;
    }
    const std::optional<double> value = pointValue(series.spec, current, series.last, total);
    series.last = current;
    if (!value)
        return;
    series.points.append(QPointF(double(current.atMs), *value));
    if (series.points.size() > m_capacity)
        series.points.removeFirst(); // O(1) in Qt 6: QList keeps free space at its front
    Q_EMIT sampleAdded(index);
}

std::optional<double> ParameterMonitor::pointValue(const MonitorSeriesSpec &spec, const Reading &current,
                                                   const std::optional<Reading> &previous, const QString &totalValue)
{
    bool ok = false;
    switch (spec.kind) {
    case SeriesKind::Gauge: {
        const double v = current.value.trimmed().toDouble(&ok);
        return ok ? std::optional<double>(v) : std::nullopt;
    }
    case SeriesKind::Rate: {
        if (!previous)
            return std::nullopt;
        const quint64 now = current.value.trimmed().toULongLong(&ok);
        if (!ok)
            return std::nullopt;
        const quint64 before = previous->value.trimmed().toULongLong(&ok);
        if (!ok)
            return std::nullopt;
        // StatsCounter32 is unsignedInt on the wire, StatsCounter64 unsignedLong.
        const int bits = current.type == cwmp::ValueType::UnsignedInt ? 32 : 64;
        const std::optional<double> rate = CounterRate::perSecond(before, now, current.atMs - previous->atMs, bits);
        if (!rate)
            return std::nullopt;
        return spec.unit == MonitorUnit::BitsPerSecond ? *rate * 8.0 : *rate;
    }
    case SeriesKind::UsedPercent: {
        const double free = current.value.trimmed().toDouble(&ok);
        if (!ok)
            return std::nullopt;
        const double total = totalValue.trimmed().toDouble(&ok);
        if (!ok || total <= 0 || free < 0 || free > total)
            return std::nullopt;
        return 100.0 * (total - free) / total;
    }
    }
    return std::nullopt;
}

QString ParameterMonitor::toCsv(const QList<int> &series) const
{
    QList<int> columns = series;
    if (columns.isEmpty()) {
        for (int i = 0; i < m_series.size(); ++i)
            columns.append(i);
    }
    QStringList header{tr("time (UTC)")};
    QMap<qint64, QStringList> rows;
    for (qsizetype c = 0; c < columns.size(); ++c) {
        if (columns.at(c) < 0 || columns.at(c) >= m_series.size())
            continue;
        const Series &s = m_series.at(columns.at(c));
        header.append(csvField(tr("%1 (%2)").arg(s.spec.label, MonitorUnits::symbol(s.spec.unit))));
        for (const QPointF &p : s.points) {
            QStringList &row = rows[qint64(p.x())];
            while (row.size() < columns.size())
                row.append(QString());
            row[c] = QString::number(p.y(), 'g', 12);
        }
    }
    QString out = header.join(QLatin1Char(',')) + QLatin1Char('\n');
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        out += QDateTime::fromMSecsSinceEpoch(it.key()).toUTC().toString(Qt::ISODateWithMs);
        out += QLatin1Char(',') + it.value().join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return out;
}

} // namespace models
