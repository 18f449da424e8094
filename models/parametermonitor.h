#pragma once

// Live charts of a device's parameters, as plain data: the Monitor tab reads its points
// from here. Values come either by polling (one GetParameterValues for every watched
// parameter every N seconds, the session held open meanwhile) or by active notification
// (TR-069 §3.2.1 / A.3.2.4: SetParameterAttributes Notification=2, then the device opens a
// session with "4 VALUE CHANGE" and the new values in the Inform's ParameterList).
// Either way the values reach the device's parameter cache; every sample is taken from
// there (DeviceDirectory::parametersUpdated), stamped with the time it was read.

#include "monitorseries.h"

#include <acs/task.h>
#include <cwmp/cwmpvalue.h>

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointF>
#include <QSet>
#include <QTimer>

#include <optional>

namespace acs {
class AcsEngine;
}

namespace models {

class TaskDispatcher;

class ParameterMonitor : public QObject
{
    Q_OBJECT

public:
    enum class Mode { Polling, ActiveNotification };

    static constexpr int kDefaultCapacity = 3600; // points kept per series
    static constexpr int kMinIntervalS = 1;
    static constexpr int kMaxIntervalS = 3600;
    static constexpr int kDefaultIntervalS = 5;

    ParameterMonitor(acs::AcsEngine &engine, TaskDispatcher &dispatcher, QObject *parent = nullptr);
    ~ParameterMonitor() override;

    // Stops monitoring the previous device (restoring its attributes) and forgets the series.
    void setDevice(const QString &deviceId);
    QString deviceId() const { return m_deviceId; }

    // Returns the series' index; a series already watched keeps its index and points.
    int addSeries(const MonitorSeriesSpec &spec);
    // A parameter named by hand, charted as MonitorPresets::specForPath says (its type
    // from the cache when known).
    int addParameter(const QString &path);
    void removeSeries(int index);
    void clearSeries();
    int seriesCount() const { return int(m_series.size()); }
    const MonitorSeriesSpec &spec(int index) const { return m_series.at(index).spec; }
    // x: ms since the epoch (when the ACS read the value), y: the value in spec().unit.
    const QList<QPointF> &points(int index) const { return m_series.at(index).points; }
    // Every parameter the series read (MemoryStatus.Total too), without duplicates.
    QStringList watchedPaths() const;

    void setIntervalSeconds(int seconds); // clamped to kMinIntervalS..kMaxIntervalS
    int intervalSeconds() const { return m_intervalS; }
    void setMode(Mode mode);              // applies at the next start()
    Mode mode() const { return m_mode; }
    void setCapacity(int points);
    int capacity() const { return m_capacity; }

    // False with *why when there is no device or nothing to watch.
    bool start(QString *why = nullptr);
    // Stops polling, lets the session go and sets back the notification attributes that
    // start() changed (restoreFinished when the device has taken them).
    void stop();
    bool isRunning() const { return m_running; }
    // In active-notification mode: the parameters the device refused to notify actively
    // (fault 9009; TR-181 marks the Stats counters activeNotify=canDeny). They are polled.
    QStringList polledPaths() const;
    QStringList notifiedPaths() const;
    bool isPollPending() const { return m_pollTaskId != 0; }
    int pollsSubmitted() const { return m_pollsSubmitted; }

    // The series as columns (all of them when `series` is empty), one row per time a value
    // was read (ISO time in UTC).
    QString toCsv(const QList<int> &series = {}) const;

    // Pure: the point a reading gives, or nullopt (first reading of a counter, a counter
    // reset, an unparsable value). `previous*` is the series' last reading.
    struct Reading {
        QString value;
        cwmp::ValueType type = cwmp::ValueType::Unspecified;
        qint64 atMs = 0;
    };
    static std::optional<double> pointValue(const MonitorSeriesSpec &spec, const Reading &current,
                                            const std::optional<Reading> &previous, const QString &totalValue);

Q_SIGNALS:
    void sampleAdded(int seriesIndex);
    void seriesChanged(); // added, removed or cleared
    void runningChanged(bool running);
    // A line for the status bar of the page: what the monitor does or why it cannot.
    void statusChanged(const QString &text);
    void restoreFinished(bool ok);

private:
    struct Series {
        MonitorSeriesSpec spec;
        QList<QPointF> points;
        std::optional<Reading> last;
    };

    void poll();
    void onParametersUpdated(const QString &deviceId, const QSet<QString> &changed, const QStringList &removed);
    void onTaskFinished(const acs::Task &task);
    void takeSample(int index);
    void startActiveNotification();
    void restoreAttributes(const QStringList &paths);
    QString submit(const QString &kind, const QJsonObject &args, qint64 *taskId);

    acs::AcsEngine &m_engine;
    TaskDispatcher &m_dispatcher;
    QString m_deviceId;
    QList<Series> m_series;
    QTimer m_timer;
    Mode m_mode = Mode::Polling;
    Mode m_runningMode = Mode::Polling;
    int m_intervalS = kDefaultIntervalS;
    int m_capacity = kDefaultCapacity;
    bool m_running = false;
    bool m_heldLive = false;
    qint64 m_pollTaskId = 0;
    bool m_firstPoll = false;
    int m_pollsSubmitted = 0;

    // Active notification: the attribute each parameter had before (from GetParameterAttributes;
    // 0 when it could not be read), the SPA task per parameter, and the outcome.
    qint64 m_readAttributesTaskId = 0;
    QHash<QString, int> m_originalNotification;
    QHash<qint64, QString> m_enableTasks;
    QSet<QString> m_notified; // Notification=2 set by this run
    QSet<QString> m_refused;
    QSet<qint64> m_restoreTasks;
};

} // namespace models
