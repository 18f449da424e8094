#pragma once

// Keeps a table's columns wide enough for their header and their first rows: Qt's
// default section width cuts "Last inform" to "ast Infor". Columns are fitted when rows
// first arrive and whenever the engineer has not resized them by hand.

#include <QObject>

class QAbstractItemView;
class QHeaderView;
class QTimer;

namespace ui {

class ColumnFitter : public QObject
{
    Q_OBJECT

public:
    // Installs itself on the view (as its child); the view may be a table or a tree.
    static void install(QAbstractItemView *view, QHeaderView *header);

private:
    ColumnFitter(QAbstractItemView *view, QHeaderView *header);
    void fit();

    QAbstractItemView *m_view;
    QHeaderView *m_header;
    QTimer *m_timer;
    bool m_fitting = false;
    bool m_userResized = false;
};

} // namespace ui
