#include "transfertimelinemodel.h"

#include <QDateTime>

namespace models {

TransferTimelineModel::TransferTimelineModel(QObject *parent) : QAbstractTableModel(parent) { }

void TransferTimelineModel::setTimeline(const acs::TransferTimeline &timeline)
{
    const bool sameTimeline = timeline.id == m_timeline.id && timeline.stages.size() >= m_timeline.stages.size();
    if (!sameTimeline) {
        beginResetModel();
        m_timeline = timeline;
        endResetModel();
        return;
    }
    const int before = int(m_timeline.stages.size());
    const int after = int(timeline.stages.size());
    if (after > before) {
        beginInsertRows({}, before, after - 1);
        m_timeline = timeline;
        endInsertRows();
    } else {
        m_timeline = timeline;
    }
}

QString TransferTimelineModel::stageTitle(const QString &stage)
{
    using T = acs::TransferTimeline;
    if (stage == T::kQueuedStage)
        return tr("Queued");
    if (stage == T::kSnapshotStage)
        return tr("Snapshot");
    if (stage == T::kAcceptedStage)
        return tr("Accepted");
    if (stage == T::kFetchingStage)
        return tr("Device fetches");
    if (stage == T::kFetchedStage)
        return tr("File sent");
    if (stage == T::kUploadedStage)
        return tr("File received");
    if (stage == T::kTransferCompleteStage)
        return tr("TransferComplete");
    if (stage == T::kRebootedStage)
        return tr("Device rebooted");
    if (stage == T::kVersionStage)
        return tr("New version");
    if (stage == T::kSucceededStage)
        return tr("Succeeded");
    if (stage == T::kFailedStage)
        return tr("Failed");
    return stage;
}

int TransferTimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_timeline.stages.size());
}

int TransferTimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TransferTimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const acs::TransferStage &stage = m_timeline.stages.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QDateTime::fromMSecsSinceEpoch(stage.atMs).toString(QStringLiteral("HH:mm:ss.zzz"));
        case StageColumn:
            return stageTitle(stage.name);
        case TextColumn:
            return stage.text;
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == TextColumn ? QVariant(stage.text) : QVariant();
    case StageNameRole:
        return stage.name;
    case FailedRole:
        return stage.name == acs::TransferTimeline::kFailedStage;
    }
    return {};
}

QVariant TransferTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case StageColumn:
        return tr("Stage");
    case TextColumn:
        return tr("What happened");
    }
    return {};
}

} // namespace models
