#pragma once

#include <diagnosticchartdata.h>

class QChart;
class QWidget;

namespace ui {

class ChartView;

// Turns the plain chart data of a diagnostic (models::DiagnosticChartBuilder) into widgets:
// a ChartView with axes in units, a legend and hover values, or a table for NSLookup and
// server selection. The CSV export of the view is the same data.
class DiagnosticCharts
{
public:
    // A ChartView (lines or bars) or a QTableWidget (tables); the caller owns it.
    static QWidget *createWidget(const models::DiagnosticChartData &data, QWidget *parent = nullptr);
    static QChart *createChart(const models::DiagnosticChartData &data);

private:
    static QChart *lineChart(const models::DiagnosticChartData &data);
    static QChart *barChart(const models::DiagnosticChartData &data);
    static QWidget *table(const models::DiagnosticChartData &data, QWidget *parent);
};

} // namespace ui
