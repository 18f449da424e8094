#pragma once

// The device page's Monitor tab: pick parameters (presets found in the device's tree, or
// any parameter by path), poll them at an interval or have the device report them by
// active notification, and watch them as live charts, one per unit (throughput in bit/s,
// counts, %). Counters are drawn as rates. The data lives in models::ParameterMonitor.

#include <monitorseries.h>

#include <QHash>
#include <QList>
#include <QWidget>

class QComboBox;
class QDateTimeAxis;
class QLabel;
class QLineEdit;
class QLineSeries;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QSpinBox;
class QStringListModel;
class QValueAxis;
class QGridLayout;

namespace acs {
class AcsEngine;
}

namespace models {
class ParameterMonitor;
class TaskDispatcher;
struct MonitorPreset;
}

namespace ui {

class ChartView;

class MonitorPage : public QWidget
{
    Q_OBJECT

public:
    MonitorPage(acs::AcsEngine &engine, models::TaskDispatcher &dispatcher, QWidget *parent = nullptr);
    ~MonitorPage() override;

    // Stops monitoring the previous device (its attributes are set back) and shows this one.
    void setDevice(const QString &deviceId);
    QString deviceId() const { return m_deviceId; }

    models::ParameterMonitor &monitor() const { return *m_monitor; }
    // The charts shown, one per unit, in the order of the models::MonitorUnit values.
    QList<ChartView *> charts() const;

Q_SIGNALS:
    void statusMessage(const QString &text);

private:
    struct ChartGroup {
        models::MonitorUnit unit = models::MonitorUnit::Count;
        ChartView *view = nullptr;
        QValueAxis *y = nullptr;
        QDateTimeAxis *x = nullptr;
        double scale = 1;     // the axis shows value / scale (bit/s as kbit/s, Mbit/s)
        QString scaledUnit;   // "Mbit/s"
        QHash<int, QLineSeries *> lines; // by ParameterMonitor series index
    };

    void buildControls(QWidget *panel);
    void reloadPresets();
    void reloadCompletions();
    void readTree();
    void addParameterFromField();
    void toggleRunning();
    void restartIfRunning();
    void applySelection();
    void rebuildCharts();
    void appendPoint(int seriesIndex);
    void fitAxes(ChartGroup &group);
    void setScale(ChartGroup &group, double scale, const QString &unit);
    void updateControls();
    QList<models::MonitorSeriesSpec> checkedSpecs() const;

    acs::AcsEngine &m_engine;
    models::TaskDispatcher &m_dispatcher;
    models::ParameterMonitor *m_monitor;
    QString m_deviceId;
    QList<models::MonitorPreset> m_presets;
    QList<models::MonitorSeriesSpec> m_manual;
    qint64 m_readTreeTask = 0;

    QListWidget *m_picker = nullptr;
    QLabel *m_pickerHint = nullptr;
    QPushButton *m_readTree = nullptr;
    QLineEdit *m_pathEdit = nullptr;
    QPushButton *m_addPath = nullptr;
    QStringListModel *m_completions = nullptr;
    QSpinBox *m_interval = nullptr;
    QComboBox *m_mode = nullptr;
    QPushButton *m_startStop = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_emptyCharts = nullptr;
    QGridLayout *m_chartLayout = nullptr;
    bool m_populating = false;
    bool m_picked = false; // the engineer changed the checks: keep them over reloads
    QList<ChartGroup> m_groups;
    QHash<int, int> m_groupOfSeries; // series index -> index in m_groups
};

} // namespace ui
