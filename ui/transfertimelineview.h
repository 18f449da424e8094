#pragma once

// One transfer's timeline (issue 7): what it is, a progress bar of the bytes the file
// server handed the device, the stages with their times, and the outcome — a failure in
// red plain words, so an upgrade that did nothing cannot go unnoticed.

#include <acs/transfertimeline.h>

#include <QWidget>

class QLabel;
class QProgressBar;
class QTableView;

namespace acs {
class TransferTracker;
}

namespace models {
class TransferTimelineModel;
}

namespace ui {

class TransferTimelineView : public QWidget
{
    Q_OBJECT

public:
    explicit TransferTimelineView(QWidget *parent = nullptr);

    void setTimeline(const acs::TransferTimeline &timeline);
    // Shows the timeline and keeps it current as the tracker reports changes.
    void follow(acs::TransferTracker *tracker, qint64 timelineId);
    const acs::TransferTimeline &timeline() const;

    QString titleText() const;
    QString outcomeText() const;
    int progressValue() const;
    QTableView *stageTable() const { return m_table; }

private:
    QString title(const acs::TransferTimeline &t) const;

    models::TransferTimelineModel *m_model;
    QLabel *m_title;
    QProgressBar *m_progress;
    QTableView *m_table;
    QLabel *m_outcome;
    QMetaObject::Connection m_following;
};

} // namespace ui
