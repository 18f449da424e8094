#pragma once

#include <acs/parameterdiff.h>

#include <QAbstractTableModel>

namespace models {

// A diff as a table: change, path, old and new value, writability. It keeps the whole diff
// (volatile parameters included) and filters it here, so that the subtree box and the
// "hide volatile" switch answer at once without reading the trees again.
class DiffModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ChangeColumn, PathColumn, OldColumn, NewColumn, WritableColumn, ColumnCount };
    enum Role { KindRole = Qt::UserRole + 1 }; // int(acs::DiffKind)

    explicit DiffModel(QObject *parent = nullptr);

    // The diff computed without hiding anything (DiffOptions{.hideVolatile = false}).
    void setDiff(const QList<acs::DiffEntry> &diff);
    void setSubtree(const QString &prefix);
    void setHideVolatile(bool hide);
    bool hidesVolatile() const { return m_hideVolatile; }
    QString subtree() const { return m_subtree; }

    // The rows shown, in order (for CSV export and plans).
    QList<acs::DiffEntry> visibleEntries() const;
    int totalCount() const { return int(m_all.size()); }

    static QString kindText(acs::DiffKind kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void refilter();

    QList<acs::DiffEntry> m_all;
    QList<qsizetype> m_visible; // indexes into m_all
    QString m_subtree;
    bool m_hideVolatile = true;
};

} // namespace models
