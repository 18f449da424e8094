#pragma once

// What the console draws for a diagnostics run, as plain data (no Charts, no widgets): the
// ui layer turns each DiagnosticChartData into a QChart and the same data into CSV.

#include <diagnostics/diagnosticrun.h>

#include <QCoreApplication>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

namespace models {

struct ChartLine {
    QString name;
    QList<QPointF> points;
    bool secondaryAxis = false; // drawn against the right-hand axis (e.g. loss in %)
    bool markersOnly = false;   // a scatter (lost packets), not a line
    bool operator==(const ChartLine &) const = default;
};

struct ChartBarSet {
    QString name;
    QList<double> values; // one per category
    bool operator==(const ChartBarSet &) const = default;
};

struct DiagnosticChartData {
    enum class Shape { Lines, Bars, Table };

    QString id; // stable: "pingRtt", "hopRtt", "throughput", "connections", "tcpOpen", "packetRtt", "lookup", "selection"
    QString title;
    Shape shape = Shape::Lines;
    bool xIsTime = false; // x in ms since the epoch
    QString xTitle, xUnit;
    QString yTitle, yUnit;
    QString y2Title, y2Unit; // the secondary axis, when a line uses it
    QList<ChartLine> lines;
    QStringList categories; // bars
    QList<ChartBarSet> bars;
    QStringList header; // table
    QList<QStringList> rows;

    bool isEmpty() const { return lines.isEmpty() && bars.isEmpty() && rows.isEmpty(); }
    // The data of the chart as CSV (RFC 4180: quoted where needed, CRLF-free "\n" lines).
    QString toCsv() const;
};

// One builder per diagnostic kind. `runs` are the runs to draw together: for ping a series
// over runs (a repeat, or the history), for the others one run or two to overlay.
class DiagnosticChartBuilder
{
    Q_DECLARE_TR_FUNCTIONS(models::DiagnosticChartBuilder)

public:
    static QList<DiagnosticChartData> build(diagnostics::DiagnosticKind kind, const QList<diagnostics::DiagnosticRun> &runs);

    static DiagnosticChartData pingOverRuns(const QList<diagnostics::DiagnosticRun> &runs);
    static DiagnosticChartData traceRouteHops(const QList<diagnostics::DiagnosticRun> &runs);
    static DiagnosticChartData throughputOverTime(const QList<diagnostics::DiagnosticRun> &runs);
    static DiagnosticChartData connectionThroughput(const QList<diagnostics::DiagnosticRun> &runs);
    static DiagnosticChartData tcpOpenTime(const QList<diagnostics::DiagnosticRun> &runs);
    static DiagnosticChartData udpPackets(const QList<diagnostics::DiagnosticRun> &runs);
    static DiagnosticChartData lookupTable(const QList<diagnostics::DiagnosticRun> &runs);
    static DiagnosticChartData selectionTable(const QList<diagnostics::DiagnosticRun> &runs);

    // "Download 21:04:13" — names a run in a legend when runs are overlaid.
    static QString runLabel(const diagnostics::DiagnosticRun &run);
    static QString kindTitle(diagnostics::DiagnosticKind kind);
};

} // namespace models
