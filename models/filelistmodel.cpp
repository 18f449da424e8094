#include "filelistmodel.h"

#include <service/filelibrary.h>

#include <QDateTime>
#include <QLocale>

namespace models {

FileListModel::FileListModel(service::FileLibrary &library, QObject *parent) : QAbstractTableModel(parent), m_library(library)
{
    connect(&library, &service::FileLibrary::changed, this, &FileListModel::reload);
    reload();
}

void FileListModel::reload()
{
    const QLocale locale;
    QList<Row> rows;
    for (const acs::ServedFile &f : m_library.files()) {
        Row row{f, locale.formattedDataSize(f.size, 1, QLocale::DataSizeTraditionalFormat), QString()};
        if (f.addedMs > 0)
            row.addedText = locale.toString(QDateTime::fromMSecsSinceEpoch(f.addedMs), QLocale::ShortFormat);
        rows.append(row);
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int FileListModel::rowOf(const QString &name) const
{
    // Rows are sorted by name (FileLibrary::files()).
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), name,
                                     [](const Row &row, const QString &n) { return row.file.name < n; });
    return it != m_rows.cend() && it->file.name == name ? int(it - m_rows.cbegin()) : -1;
}

QString FileListModel::shortHash(const QByteArray &sha256)
{
    if (sha256.size() <= kShortHashLength)
        return QString::fromLatin1(sha256);
    return QString::fromLatin1(sha256.left(kShortHashLength)) + QChar(0x2026);
}

int FileListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FileListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FileListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const acs::ServedFile &f = row.file;
    switch (role) {
    case NameRole:
        return f.name;
    case SizeRole:
        return f.size;
    case Sha256Role:
        return QString::fromLatin1(f.sha256);
    case AddedMsRole:
        return f.addedMs;
    case Qt::ToolTipRole:
        if (index.column() == Sha256Column)
            return QString::fromLatin1(f.sha256);
        if (index.column() == SizeColumn)
            return tr("%1 bytes").arg(QLocale().toString(f.size));
        if (index.column() == NameColumn)
            return f.path;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
    case SortRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case NameColumn:
        return f.name;
    case TypeColumn:
        return f.fileType;
    case SizeColumn:
        return role == SortRole ? QVariant(f.size) : QVariant(row.sizeText);
    case Sha256Column:
        return role == SortRole ? QString::fromLatin1(f.sha256) : shortHash(f.sha256);
    case VersionColumn:
        return f.version;
    case OuiColumn:
        return f.oui;
    case ProductClassColumn:
        return f.productClass;
    case AddedColumn:
        return role == SortRole ? QVariant(f.addedMs) : QVariant(row.addedText);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant FileListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case SizeColumn:
        return tr("Size");
    case Sha256Column:
        return tr("SHA-256");
    case VersionColumn:
        return tr("Version");
    case OuiColumn:
        return tr("OUI");
    case ProductClassColumn:
        return tr("Product class");
    case AddedColumn:
        return tr("Added");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace models
