#include "transferlistmodel.h"

#include <acs/transfertracker.h>

#include <QDateTime>
#include <QLocale>

#include <algorithm>

using acs::TransferTimeline;

namespace models {

namespace {

bool newerFirst(const TransferTimeline &a, const TransferTimeline &b)
{
    return a.startedMs != b.startedMs ? a.startedMs > b.startedMs : a.id > b.id;
}

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

TransferListModel::TransferListModel(acs::TransferTracker *tracker, QObject *parent)
    : QAbstractTableModel(parent), m_tracker(tracker)
{
    if (m_tracker) {
        connect(m_tracker, &acs::TransferTracker::timelineChanged, this, &TransferListModel::upsert);
        connect(m_tracker, &acs::TransferTracker::timelineFinished, this, &TransferListModel::upsert);
    }
}

void TransferListModel::setDeviceId(const QString &deviceId)
{
    beginResetModel();
    m_deviceId = deviceId;
    m_rows.clear();
    m_rowOfId.clear();
    endResetModel();
    reload();
}

void TransferListModel::reload()
{
    m_liveSinceLoad.clear();
    const quint64 ticket = ++m_loadTicket;
    if (!m_tracker || m_deviceId.isEmpty()) {
        m_loading = false;
        Q_EMIT loaded();
        return;
    }
    m_loading = true;
    m_tracker->history(m_deviceId).then(this, [this, ticket](const QList<TransferTimeline> &history) {
        if (ticket != m_loadTicket)
            return; // another device (or a newer reload) since
        m_loading = false;
        setHistory(history);
        Q_EMIT loaded();
    });
}

void TransferListModel::setHistory(const QList<TransferTimeline> &history)
{
    QList<TransferTimeline> merged;
    QHash<qint64, TransferTimeline> live = m_liveSinceLoad;
    for (const TransferTimeline &t : history) {
        if (t.deviceId != m_deviceId)
            continue;
        // The store may answer with a copy older than what the tracker reported meanwhile.
        merged.append(live.contains(t.id) ? live.take(t.id) : t);
    }
    for (const TransferTimeline &t : std::as_const(live))
        merged.append(t);
    std::stable_sort(merged.begin(), merged.end(), newerFirst);
    beginResetModel();
    m_rows = merged;
    reindex();
    endResetModel();
    m_liveSinceLoad.clear();
}

void TransferListModel::reindex()
{
    m_rowOfId.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowOfId.insert(m_rows.at(i).id, i);
}

int TransferListModel::insertionRow(const TransferTimeline &t) const
{
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), t, newerFirst);
    return int(it - m_rows.cbegin());
}

void TransferListModel::upsert(const TransferTimeline &timeline)
{
    if (m_deviceId.isEmpty() || timeline.deviceId != m_deviceId)
        return;
    m_liveSinceLoad.insert(timeline.id, timeline);
    const int row = rowOfTimeline(timeline.id);
    if (row >= 0) {
        m_rows[row] = timeline;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const int at = insertionRow(timeline);
    beginInsertRows({}, at, at);
    m_rows.insert(at, timeline);
    reindex();
    endInsertRows();
}

QString TransferListModel::kindText(const QString &kind)
{
    if (kind == TransferTimeline::kBackup)
        return tr("Configuration backup");
    if (kind == TransferTimeline::kRestore)
        return tr("Configuration restore");
    if (kind == TransferTimeline::kLog)
        return tr("Log fetch");
    if (kind == TransferTimeline::kFirmware)
        return tr("Firmware upgrade");
    if (kind == TransferTimeline::kAutonomous)
        return tr("Transfer by the device");
    return kind;
}

QString TransferListModel::stateText(const QString &state)
{
    if (state == TransferTimeline::kRunning)
        return tr("Running");
    if (state == TransferTimeline::kSucceeded)
        return tr("Succeeded");
    if (state == TransferTimeline::kFailed)
        return tr("Failed");
    return state;
}

QString TransferListModel::fileText(const TransferTimeline &t)
{
    if (t.isRunning() && t.bytesTotal > 0 && t.bytesSent > 0 && t.bytesSent < t.bytesTotal)
        return tr("%1 (%2 of %3)").arg(t.fileName, sizeText(t.bytesSent), sizeText(t.bytesTotal));
    if (t.fileName.isEmpty())
        return t.fileSize > 0 ? sizeText(t.fileSize) : QString();
    if (t.fileSize > 0)
        return tr("%1 (%2)").arg(t.fileName, sizeText(t.fileSize));
    return t.fileName;
}

QString TransferListModel::resultText(const TransferTimeline &t)
{
    if (t.state == TransferTimeline::kFailed)
        return t.failure.isEmpty() ? tr("Failed.") : t.failure;
    if (t.state == TransferTimeline::kSucceeded && t.kind == TransferTimeline::kFirmware && !t.newVersion.isEmpty())
        return tr("Now runs %1").arg(t.newVersion);
    return t.stages.isEmpty() ? QString() : t.stages.constLast().text;
}

int TransferListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TransferListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TransferListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TransferTimeline &t = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case WhenColumn:
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(t.startedMs), QLocale::ShortFormat);
        case KindColumn:
            return kindText(t.kind);
        case StateColumn:
            return stateText(t.state);
        case FileColumn:
            return fileText(t);
        case ResultColumn:
            return resultText(t);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == WhenColumn)
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(t.startedMs), QLocale::LongFormat);
        if (index.column() == FileColumn && !t.path.isEmpty())
            return t.path;
        if (index.column() == ResultColumn)
            return resultText(t);
        return {};
    case TimelineIdRole:
        return t.id;
    case KindNameRole:
        return t.kind;
    case StateNameRole:
        return t.state;
    case PathRole:
        return t.path;
    case StartedMsRole:
        return t.startedMs;
    }
    return {};
}

QVariant TransferListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn:
        return tr("When");
    case KindColumn:
        return tr("Kind");
    case StateColumn:
        return tr("State");
    case FileColumn:
        return tr("File / size");
    case ResultColumn:
        return tr("Result");
    }
    return {};
}

} // namespace models
