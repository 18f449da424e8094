#pragma once

#include <QtCharts/QChartView>

#include <functional>

class QAbstractAxis;
class QDateTimeAxis;
class QGraphicsSimpleTextItem;
class QValueAxis;

namespace ui {

// A chart view every chart of the console shares: rubber-band zoom (double-click or the
// context menu's "Reset zoom" resets it), the value under the mouse as a tooltip, "Export
// PNG…"/"Export CSV…" in the context menu, and a chart theme that follows the application
// palette (light or dark) whenever the palette changes.
class ChartView : public QChartView
{
    Q_OBJECT

public:
    explicit ChartView(QWidget *parent = nullptr);
    explicit ChartView(QChart *chart, QWidget *parent = nullptr);

    // Replaces the chart (the view takes ownership) and applies the palette's theme to it.
    void setChart(QChart *chart);
    // The data behind "Export CSV…"; without a provider the action is disabled.
    void setCsvProvider(std::function<QString()> provider) { m_csvProvider = std::move(provider); }
    QString csv() const { return m_csvProvider ? m_csvProvider() : QString(); }
    // The file name proposed by the export dialogs, without extension.
    void setExportBaseName(const QString &name) { m_exportBaseName = name; }

    // The units of a series' axes for the hover text ("ms", "Mbit/s"); set by makeValueAxis
    // on the axis and read back from it, so callers rarely need this.
    static QString unitOf(const QAbstractAxis *axis);

    // A value axis titled "title (unit)" that remembers its unit for the hover text.
    static QValueAxis *makeValueAxis(const QString &title, const QString &unit);
    // A clock-time axis (x in ms since the epoch) titled "title".
    static QDateTimeAxis *makeTimeAxis(const QString &title, const QString &format = QStringLiteral("HH:mm:ss"));

    bool isDarkTheme() const { return m_dark; }
    void resetZoom();
    bool exportPng(const QString &path);
    bool exportCsv(const QString &path) const;

    // The text of the last hover tooltip (for tests and the status bar).
    QString lastHoverText() const { return m_lastHover; }

Q_SIGNALS:
    void hovered(const QString &text);
    // After the palette theme was (re)applied, which resets series colours and pens: owners
    // that style series (dashed overlays) re-style here.
    void themeApplied(bool dark);

protected:
    void changeEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void init();
    void applyPaletteTheme();
    void connectHover();
    void showHover(const QString &text, const QPointF &chartValue, bool state);
    QString formatPoint(const QString &seriesName, const QAbstractAxis *xAxis, const QAbstractAxis *yAxis,
                        const QPointF &point) const;

    std::function<QString()> m_csvProvider;
    QString m_exportBaseName;
    QString m_lastHover;
    bool m_dark = false;
};

} // namespace ui
