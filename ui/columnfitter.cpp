#include "columnfitter.h"

#include <QAbstractItemView>
#include <QGuiApplication>
#include <QHeaderView>
#include <QTableView>
#include <QTimer>
#include <QTreeView>

namespace ui {

namespace {
// Rows arrive in bursts (a page of the session log); fit once the burst is over.
constexpr int kFitDelayMs = 150;
// Fitting reads the size hint of every row shown; past this the view keeps its widths.
constexpr int kMaxRowsToFit = 500;
} // namespace

void ColumnFitter::install(QAbstractItemView *view, QHeaderView *header)
{
    new ColumnFitter(view, header);
}

ColumnFitter::ColumnFitter(QAbstractItemView *view, QHeaderView *header)
    : QObject(view)
    , m_view(view)
    , m_header(header)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(kFitDelayMs);
    connect(m_timer, &QTimer::timeout, this, &ColumnFitter::fit);
    // Only a drag on the header is the engineer's choice; the view itself resizes sections
    // too (the stretched last one, a wider window).
    connect(header, &QHeaderView::sectionResized, this, [this] {
        if (!m_fitting && QGuiApplication::mouseButtons() != Qt::NoButton)
            m_userResized = true;
    });
    const auto schedule = [this] {
        if (!m_userResized)
            m_timer->start();
    };
    if (QAbstractItemModel *model = view->model()) {
        connect(model, &QAbstractItemModel::modelReset, this, schedule);
        connect(model, &QAbstractItemModel::rowsInserted, this, schedule);
        connect(model, &QAbstractItemModel::layoutChanged, this, schedule);
    }
    m_timer->start();
}

void ColumnFitter::fit()
{
    if (m_userResized || !m_view->model() || m_view->model()->rowCount() > kMaxRowsToFit)
        return;
    m_fitting = true;
    const bool stretchLast = m_header->stretchLastSection();
    for (int column = 0; column < m_header->count(); ++column) {
        if (stretchLast && column == m_header->count() - 1)
            continue;
        if (auto *table = qobject_cast<QTableView *>(m_view))
            table->resizeColumnToContents(column);
        else if (auto *tree = qobject_cast<QTreeView *>(m_view))
            tree->resizeColumnToContents(column);
    }
    m_fitting = false;
}

} // namespace ui
