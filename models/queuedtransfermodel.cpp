#include "queuedtransfermodel.h"

#include <QJsonObject>
#include <QLocale>

namespace models {

QueuedTransferModel::QueuedTransferModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void QueuedTransferModel::setTransfers(const QJsonArray &transfers, bool complete)
{
    beginResetModel();
    m_complete = complete;
    m_entries.clear();
    for (const QJsonValue &v : transfers) {
        const QJsonObject o = v.toObject();
        Entry e;
        e.commandKey = o.value(QLatin1String("commandKey")).toString();
        e.state = o.value(QLatin1String("state")).toInt();
        if (complete) {
            e.isDownload = o.value(QLatin1String("isDownload")).toBool();
            e.fileType = o.value(QLatin1String("fileType")).toString();
            e.fileSize = qint64(o.value(QLatin1String("fileSize")).toDouble());
            e.targetFileName = o.value(QLatin1String("targetFileName")).toString();
        }
        m_entries.append(e);
    }
    endResetModel();
}

void QueuedTransferModel::clear()
{
    beginResetModel();
    m_entries.clear();
    m_complete = true;
    endResetModel();
}

QString QueuedTransferModel::stateText(int state)
{
    switch (state) {
    case 1:
        return tr("Not yet started");
    case 2:
        return tr("In progress");
    case 3:
        return tr("Completed");
    }
    return tr("Unknown (%1)").arg(state);
}

int QueuedTransferModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int QueuedTransferModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QueuedTransferModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries.at(index.row());
    if (role == CommandKeyRole)
        return e.commandKey;
    if (role == StateCodeRole)
        return e.state;
    if (role == Qt::ToolTipRole && index.column() == CommandKeyColumn && e.commandKey.isEmpty())
        return tr("A transfer the device started by itself carries no CommandKey.");
    if (role != Qt::DisplayRole)
        return {};
    const QString unknown = tr("not reported");
    switch (index.column()) {
    case CommandKeyColumn:
        return e.commandKey.isEmpty() ? tr("(none)") : e.commandKey;
    case StateColumn:
        return stateText(e.state);
    case DirectionColumn:
        if (!e.isDownload)
            return unknown;
        return *e.isDownload ? tr("Download") : tr("Upload");
    case FileTypeColumn:
        return e.isDownload ? e.fileType : unknown;
    case FileSizeColumn:
        if (!e.fileSize)
            return unknown;
        // FileSize 0: the ACS did not announce one (TR-069 A.3.2.8 Download).
        return *e.fileSize > 0 ? QLocale().formattedDataSize(*e.fileSize, 1, QLocale::DataSizeTraditionalFormat)
                               : tr("not announced");
    case TargetFileNameColumn:
        return e.isDownload ? e.targetFileName : unknown;
    }
    return {};
}

QVariant QueuedTransferModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CommandKeyColumn:
        return tr("CommandKey");
    case StateColumn:
        return tr("State");
    case DirectionColumn:
        return tr("Direction");
    case FileTypeColumn:
        return tr("File type");
    case FileSizeColumn:
        return tr("Size");
    case TargetFileNameColumn:
        return tr("Target file name");
    }
    return {};
}

} // namespace models
