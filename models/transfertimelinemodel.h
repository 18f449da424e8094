#pragma once

// The stages of one transfer timeline (acs::TransferTimeline) as rows: time, stage, what
// happened. The view sets the whole timeline again whenever the tracker reports a change;
// rows that were there keep their place, new stages are appended.

#include <acs/transfertimeline.h>

#include <QAbstractTableModel>

namespace models {

class TransferTimelineModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, StageColumn, TextColumn, ColumnCount };
    enum Role {
        StageNameRole = Qt::UserRole + 1, // the stage's key, "transferComplete"
        FailedRole,                       // true on the failure row (delegates paint it red)
    };

    explicit TransferTimelineModel(QObject *parent = nullptr);

    void setTimeline(const acs::TransferTimeline &timeline);
    const acs::TransferTimeline &timeline() const { return m_timeline; }
    // The stage's name in plain words ("TransferComplete", "Device rebooted").
    static QString stageTitle(const QString &stage);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    acs::TransferTimeline m_timeline;
};

} // namespace models
