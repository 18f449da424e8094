#include "diffmodel.h"

namespace models {

namespace {

QString writableText(int writable)
{
    return writable < 0 ? QStringLiteral("?") : writable ? DiffModel::tr("writable") : DiffModel::tr("read-only");
}

} // namespace

DiffModel::DiffModel(QObject *parent) : QAbstractTableModel(parent) { }

void DiffModel::setDiff(const QList<acs::DiffEntry> &diff)
{
    beginResetModel();
    m_all = diff;
    m_visible.clear();
    for (qsizetype i = 0; i < m_all.size(); ++i) {
        const acs::DiffEntry &e = m_all.at(i);
        if ((m_subtree.isEmpty() || e.path.startsWith(m_subtree)) && !(m_hideVolatile && acs::isVolatileParameter(e.path)))
            m_visible.append(i);
    }
    endResetModel();
}

void DiffModel::setSubtree(const QString &prefix)
{
    if (prefix == m_subtree)
        return;
    m_subtree = prefix;
    refilter();
}

void DiffModel::setHideVolatile(bool hide)
{
    if (hide == m_hideVolatile)
        return;
    m_hideVolatile = hide;
    refilter();
}

void DiffModel::refilter()
{
    setDiff(QList<acs::DiffEntry>(m_all));
}

QList<acs::DiffEntry> DiffModel::visibleEntries() const
{
    QList<acs::DiffEntry> out;
    out.reserve(m_visible.size());
    for (qsizetype i : m_visible)
        out.append(m_all.at(i));
    return out;
}

QString DiffModel::kindText(acs::DiffKind kind)
{
    switch (kind) {
    case acs::DiffKind::ObjectAdded: return tr("Object added");
    case acs::DiffKind::ObjectRemoved: return tr("Object removed");
    case acs::DiffKind::ParameterAdded: return tr("Parameter added");
    case acs::DiffKind::ParameterRemoved: return tr("Parameter removed");
    case acs::DiffKind::ValueChanged: return tr("Value changed");
    case acs::DiffKind::WritabilityChanged: return tr("Writability changed");
    }
    return {};
}

int DiffModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int DiffModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DiffModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const acs::DiffEntry &e = m_all.at(m_visible.at(index.row()));
    if (role == KindRole)
        return int(e.kind);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const bool object = e.kind == acs::DiffKind::ObjectAdded || e.kind == acs::DiffKind::ObjectRemoved;
    switch (index.column()) {
    case ChangeColumn: return kindText(e.kind);
    case PathColumn: return e.path;
    case OldColumn:
        if (object)
            return e.kind == acs::DiffKind::ObjectRemoved ? tr("%n parameter(s)", nullptr, e.foldedEntries) : QString();
        return e.kind == acs::DiffKind::ParameterAdded ? QString() : e.oldValue;
    case NewColumn:
        if (object)
            return e.kind == acs::DiffKind::ObjectAdded ? tr("%n parameter(s)", nullptr, e.foldedEntries) : QString();
        return e.kind == acs::DiffKind::ParameterRemoved ? QString() : e.newValue;
    case WritableColumn:
        if (object)
            return {};
        if (e.oldWritable != e.newWritable && e.oldWritable >= 0 && e.newWritable >= 0)
            return tr("%1 → %2").arg(writableText(e.oldWritable), writableText(e.newWritable));
        return writableText(e.newWritable >= 0 ? e.newWritable : e.oldWritable);
    }
    return {};
}

QVariant DiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ChangeColumn: return tr("Change");
    case PathColumn: return tr("Path");
    case OldColumn: return tr("Old");
    case NewColumn: return tr("New");
    case WritableColumn: return tr("Writable");
    }
    return {};
}

} // namespace models
