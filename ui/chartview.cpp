#include "chartview.h"

#include <QtCharts/QAbstractBarSeries>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QValueAxis>
#include <QtCharts/QXYSeries>

#include <QApplication>
#include <QContextMenuEvent>
#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QToolTip>

#include <cmath>
#include <limits>

namespace ui {

namespace {
const char kUnitProperty[] = "cwmpUnit";

QString formatNumber(double value)
{
    // Enough digits for a ms RTT and a Mbit/s figure alike, without trailing noise.
    if (std::abs(value) >= 1000)
        return QString::number(value, 'f', 0);
    return QString::number(value, 'g', 4);
}
} // namespace

ChartView::ChartView(QWidget *parent)
    : QChartView(parent)
{
    init();
}

ChartView::ChartView(QChart *chart, QWidget *parent)
    : QChartView(parent)
{
    init();
    setChart(chart);
}

void ChartView::init()
{
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::RectangleRubberBand);
    setMouseTracking(true);
    setMinimumSize(320, 220);
    m_exportBaseName = QStringLiteral("chart");
    applyPaletteTheme();
}

void ChartView::setChart(QChart *chart)
{
    QChart *old = QChartView::chart();
    QChartView::setChart(chart);
    if (old && old != chart)
        delete old; // QChartView does not delete the chart it no longer shows
    applyPaletteTheme();
    connectHover();
}

QString ChartView::unitOf(const QAbstractAxis *axis)
{
    return axis ? axis->property(kUnitProperty).toString() : QString();
}

QValueAxis *ChartView::makeValueAxis(const QString &title, const QString &unit)
{
    auto *axis = new QValueAxis;
    axis->setTitleText(unit.isEmpty() ? title : tr("%1 (%2)").arg(title, unit));
    axis->setProperty(kUnitProperty, unit);
    axis->setLabelFormat(QStringLiteral("%.4g"));
    axis->setTickCount(6);
    return axis;
}

QDateTimeAxis *ChartView::makeTimeAxis(const QString &title, const QString &format)
{
    auto *axis = new QDateTimeAxis;
    axis->setTitleText(title);
    axis->setFormat(format);
    axis->setTickCount(6);
    return axis;
}

void ChartView::applyPaletteTheme()
{
    // A dark window colour means a dark desktop theme: the chart follows it rather than
    // shining white in the middle of a dark window.
    m_dark = palette().color(QPalette::Window).lightnessF() < 0.5;
    QChart *c = chart();
    if (!c)
        return;
    const QChart::ChartTheme theme = m_dark ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    // setTheme() recolours series and axes; keep the title font the owner chose.
    const QFont titleFont = c->titleFont();
    c->setTheme(theme);
    c->setTitleFont(titleFont);
    c->setBackgroundRoundness(0);
    c->setBackgroundBrush(palette().color(QPalette::Base));
    c->setTitleBrush(palette().color(QPalette::Text));
    c->legend()->setLabelColor(palette().color(QPalette::Text));
    for (QAbstractAxis *axis : c->axes()) {
        axis->setLabelsColor(palette().color(QPalette::Text));
        axis->setTitleBrush(palette().color(QPalette::Text));
    }
    Q_EMIT themeApplied(m_dark);
}

void ChartView::connectHover()
{
    QChart *c = chart();
    if (!c)
        return;
    for (QAbstractSeries *series : c->series()) {
        if (auto *xy = qobject_cast<QXYSeries *>(series)) {
            connect(xy, &QXYSeries::hovered, this, [this, xy](const QPointF &point, bool state) {
                const QList<QAbstractAxis *> xs = chart()->axes(Qt::Horizontal, xy);
                const QList<QAbstractAxis *> ys = chart()->axes(Qt::Vertical, xy);
                // hovered() gives the mouse position on the line; the nearest data point is
                // what the engineer wants to read.
                QPointF nearest = point;
                double best = std::numeric_limits<double>::max();
                const QPointF here = chart()->mapToPosition(point, xy);
                for (const QPointF &p : xy->points()) {
                    const QPointF at = chart()->mapToPosition(p, xy);
                    const double d = std::abs(at.x() - here.x()) + std::abs(at.y() - here.y());
                    if (d < best) {
                        best = d;
                        nearest = p;
                    }
                }
                showHover(formatPoint(xy->name(), xs.value(0), ys.value(0), nearest), nearest, state);
            });
        } else if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            connect(bars, &QAbstractBarSeries::hovered, this, [this, bars](bool state, int index, QBarSet *set) {
                const QList<QAbstractAxis *> xs = chart()->axes(Qt::Horizontal, bars);
                const QList<QAbstractAxis *> ys = chart()->axes(Qt::Vertical, bars);
                // Horizontal bar series have the categories on the vertical axis.
                QAbstractAxis *categoryAxis = nullptr;
                const QAbstractAxis *valueAxis = nullptr;
                for (QAbstractAxis *a : xs + ys) {
                    if (a->type() == QAbstractAxis::AxisTypeBarCategory)
                        categoryAxis = a;
                    else
                        valueAxis = a;
                }
                QString category = QString::number(index + 1);
                if (auto *cats = qobject_cast<QBarCategoryAxis *>(categoryAxis))
                    category = cats->categories().value(index, category);
                const QString unit = unitOf(valueAxis);
                const QString value = formatNumber(set->at(index));
                const QString text = unit.isEmpty() ? tr("%1 — %2: %3").arg(set->label(), category, value)
                                                    : tr("%1 — %2: %3 %4").arg(set->label(), category, value, unit);
                showHover(text, QPointF(index, set->at(index)), state);
            });
        }
    }
}

QString ChartView::formatPoint(const QString &seriesName, const QAbstractAxis *xAxis, const QAbstractAxis *yAxis,
                               const QPointF &point) const
{
    QString x;
    if (const auto *time = qobject_cast<const QDateTimeAxis *>(xAxis)) {
        x = QDateTime::fromMSecsSinceEpoch(qint64(point.x())).toString(time->format());
    } else {
        const QString unit = unitOf(xAxis);
        x = unit.isEmpty() ? formatNumber(point.x()) : tr("%1 %2").arg(formatNumber(point.x()), unit);
    }
    const QString yUnit = unitOf(yAxis);
    const QString y = yUnit.isEmpty() ? formatNumber(point.y()) : tr("%1 %2").arg(formatNumber(point.y()), yUnit);
    return tr("%1\nx: %2\ny: %3").arg(seriesName, x, y);
}

void ChartView::showHover(const QString &text, const QPointF &chartValue, bool state)
{
    Q_UNUSED(chartValue);
    if (!state) {
        QToolTip::hideText();
        return;
    }
    m_lastHover = text;
    QToolTip::showText(QCursor::pos(), text, this);
    Q_EMIT hovered(text);
}

void ChartView::resetZoom()
{
    if (chart())
        chart()->zoomReset();
}

bool ChartView::exportPng(const QString &path)
{
    return grab().save(path, "PNG");
}

bool ChartView::exportCsv(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        return false;
    return file.write(csv().toUtf8()) >= 0;
}

void ChartView::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPaletteTheme();
}

void ChartView::mouseDoubleClickEvent(QMouseEvent *event)
{
    resetZoom();
    event->accept();
}

void ChartView::mouseReleaseEvent(QMouseEvent *event)
{
    // QChartView zooms out on a right click while a rubber band is set; the right button
    // opens the context menu here instead.
    if (event->button() == Qt::RightButton) {
        event->accept();
        return;
    }
    QChartView::mouseReleaseEvent(event);
}

void ChartView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    QAction *reset = menu.addAction(tr("Reset zoom"));
    reset->setEnabled(chart() && chart()->isZoomed());
    connect(reset, &QAction::triggered, this, &ChartView::resetZoom);
    menu.addSeparator();
    QAction *png = menu.addAction(tr("Export PNG…"));
    connect(png, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export chart as PNG"), m_exportBaseName + QStringLiteral(".png"),
                                                          tr("PNG images (*.png)"));
        if (!path.isEmpty() && !exportPng(path))
            QMessageBox::warning(this, tr("Export PNG"), tr("Could not write %1.").arg(path));
    });
    QAction *csvAction = menu.addAction(tr("Export CSV…"));
    csvAction->setEnabled(bool(m_csvProvider));
    connect(csvAction, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export data as CSV"), m_exportBaseName + QStringLiteral(".csv"),
                                                          tr("CSV files (*.csv)"));
        if (!path.isEmpty() && !exportCsv(path))
            QMessageBox::warning(this, tr("Export CSV"), tr("Could not write %1.").arg(path));
    });
    menu.exec(event->globalPos());
}

} // namespace ui
