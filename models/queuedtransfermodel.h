#pragma once

// The transfers a device says it has queued: the answer of GetAllQueuedTransfers (all
// columns) or of the deprecated GetQueuedTransfers (CommandKey and State only), as the
// engine hands it over in Task::result["transfers"] (app/acs/rpcbuilder.cpp).

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QList>
#include <QString>

#include <optional>

namespace models {

class QueuedTransferModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        CommandKeyColumn,
        StateColumn,
        DirectionColumn,
        FileTypeColumn,
        FileSizeColumn,
        TargetFileNameColumn,
        ColumnCount
    };
    enum Role { CommandKeyRole = Qt::UserRole + 1, StateCodeRole };

    struct Entry {
        QString commandKey;
        int state = 0;                 // 1 not yet started, 2 in progress, 3 completed
        std::optional<bool> isDownload; // unset: the deprecated RPC does not say
        QString fileType;
        std::optional<qint64> fileSize;
        QString targetFileName;
    };

    explicit QueuedTransferModel(QObject *parent = nullptr);

    // complete: the list came from GetAllQueuedTransfers (else the direction, type, size and
    // target are unknown, not empty).
    void setTransfers(const QJsonArray &transfers, bool complete);
    void clear();
    bool isComplete() const { return m_complete; }
    const Entry &entryAt(int row) const { return m_entries.at(row); }

    // TR-069 Annex A (GetAllQueuedTransfers, AllQueuedTransferStruct State).
    static QString stateText(int state);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Entry> m_entries;
    bool m_complete = true;
};

} // namespace models
