#pragma once

#include <acs/servedfile.h>

#include <QAbstractTableModel>

namespace service {
class FileLibrary;
}

namespace models {

// The workspace's file library (issue 7), one row per file the file server offers, by name.
// Display texts are made once per refresh: data() only looks them up.
class FileListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        TypeColumn,
        SizeColumn,
        Sha256Column,
        VersionColumn,
        OuiColumn,
        ProductClassColumn,
        AddedColumn,
        ColumnCount
    };
    enum Role {
        NameRole = Qt::UserRole + 1, // the file's name, any column
        SizeRole,                    // bytes, qint64
        Sha256Role,                  // the full hex digest
        AddedMsRole,                 // ms since the epoch
        SortRole                     // the raw value of the column, for a sort proxy
    };
    // Characters of the digest shown in the column; the tooltip has all 64.
    static constexpr int kShortHashLength = 12;

    explicit FileListModel(service::FileLibrary &library, QObject *parent = nullptr);

    void reload();
    const acs::ServedFile &fileAt(int row) const { return m_rows.at(row).file; }
    // -1 when absent.
    int rowOf(const QString &name) const;
    static QString shortHash(const QByteArray &sha256);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        acs::ServedFile file;
        QString sizeText;
        QString addedText;
    };

    service::FileLibrary &m_library;
    QList<Row> m_rows;
};

} // namespace models
