#include "diagnosticcharts.h"

#include "chartview.h"

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>

#include <QDateTime>
#include <QHeaderView>
#include <QTableWidget>

#include <algorithm>
#include <limits>

using models::DiagnosticChartData;

namespace ui {

namespace {

// Room above the highest value so the top point or bar is not on the frame.
void fitValueAxis(QValueAxis *axis, double min, double max)
{
    if (min > max) {
        min = 0;
        max = 1;
    }
    min = std::min(0.0, min);
    if (max <= min)
        max = min + 1;
    axis->setRange(min, max * 1.1);
    axis->applyNiceNumbers();
}

} // namespace

QChart *DiagnosticCharts::createChart(const DiagnosticChartData &data)
{
    QChart *chart = data.shape == DiagnosticChartData::Shape::Bars ? barChart(data) : lineChart(data);
    chart->setTitle(data.title);
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

QChart *DiagnosticCharts::lineChart(const DiagnosticChartData &data)
{
    auto *chart = new QChart;
    QAbstractAxis *x = nullptr;
    double xMin = std::numeric_limits<double>::max(), xMax = std::numeric_limits<double>::lowest();
    double yMin = xMin, yMax = xMax, y2Min = xMin, y2Max = xMax;
    for (const auto &line : data.lines) {
        for (const QPointF &p : line.points) {
            xMin = std::min(xMin, p.x());
            xMax = std::max(xMax, p.x());
            if (line.secondaryAxis) {
                y2Min = std::min(y2Min, p.y());
                y2Max = std::max(y2Max, p.y());
            } else {
                yMin = std::min(yMin, p.y());
                yMax = std::max(yMax, p.y());
            }
        }
    }
    if (data.xIsTime) {
        auto *time = ChartView::makeTimeAxis(data.xTitle);
        // One run is one point: give the axis a minute around it so it has a width.
        if (xMin >= xMax) {
            const double at = xMin <= xMax ? xMin : double(QDateTime::currentMSecsSinceEpoch());
            xMin = at - 30'000;
            xMax = at + 30'000;
        }
        time->setRange(QDateTime::fromMSecsSinceEpoch(qint64(xMin)), QDateTime::fromMSecsSinceEpoch(qint64(xMax)));
        x = time;
    } else {
        auto *value = ChartView::makeValueAxis(data.xTitle, data.xUnit);
        if (xMin > xMax) {
            xMin = 0;
            xMax = 1;
        }
        value->setRange(std::min(0.0, xMin), std::max(xMax, xMin + 1));
        value->applyNiceNumbers();
        x = value;
    }
    chart->addAxis(x, Qt::AlignBottom);
    QValueAxis *y = ChartView::makeValueAxis(data.yTitle, data.yUnit);
    fitValueAxis(y, yMin, yMax);
    chart->addAxis(y, Qt::AlignLeft);
    QValueAxis *y2 = nullptr;
    const bool needsY2 = std::any_of(data.lines.cbegin(), data.lines.cend(), [](const auto &l) { return l.secondaryAxis; });
    if (needsY2) {
        y2 = ChartView::makeValueAxis(data.y2Title, data.y2Unit);
        fitValueAxis(y2, 0, std::max(y2Max, 10.0));
        chart->addAxis(y2, Qt::AlignRight);
    }
    for (const auto &line : data.lines) {
        QXYSeries *series = nullptr;
        if (line.markersOnly) {
            auto *scatter = new QScatterSeries;
            scatter->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
            scatter->setMarkerSize(9);
            series = scatter;
        } else {
            series = new QLineSeries;
            series->setPointsVisible(true);
        }
        series->setName(line.name);
        series->append(line.points);
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(line.secondaryAxis ? y2 : y);
    }
    return chart;
}

QChart *DiagnosticCharts::barChart(const DiagnosticChartData &data)
{
    auto *chart = new QChart;
    auto *series = new QBarSeries;
    double max = 0;
    for (const auto &set : data.bars) {
        auto *bars = new QBarSet(set.name);
        for (double v : set.values) {
            bars->append(v);
            max = std::max(max, v);
        }
        series->append(bars);
    }
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->setTitleText(data.xTitle);
    categories->append(data.categories);
    chart->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);
    QValueAxis *y = ChartView::makeValueAxis(data.yTitle, data.yUnit);
    fitValueAxis(y, 0, max);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    return chart;
}

QWidget *DiagnosticCharts::table(const DiagnosticChartData &data, QWidget *parent)
{
    auto *table = new QTableWidget(int(data.rows.size()), int(data.header.size()), parent);
    table->setHorizontalHeaderLabels(data.header);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->setVisible(false);
    for (int r = 0; r < data.rows.size(); ++r) {
        for (int c = 0; c < data.rows.at(r).size() && c < data.header.size(); ++c)
            table->setItem(r, c, new QTableWidgetItem(data.rows.at(r).at(c)));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QWidget *DiagnosticCharts::createWidget(const DiagnosticChartData &data, QWidget *parent)
{
    if (data.shape == DiagnosticChartData::Shape::Table) {
        QWidget *w = table(data, parent);
        w->setObjectName(data.id);
        return w;
    }
    auto *view = new ChartView(createChart(data), parent);
    view->setObjectName(data.id);
    view->setExportBaseName(data.id);
    view->setCsvProvider([data] { return data.toCsv(); });
    return view;
}

} // namespace ui
