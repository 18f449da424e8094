#include "definition.h"

namespace datamodel {

namespace {

// "A.B.C" -> "A.B.", "A.B." -> "A.", "A." -> "".
QStringView withoutLastSegment(QStringView path)
{
    if (path.endsWith(u'.'))
        path.chop(1);
    const qsizetype dot = path.lastIndexOf(u'.');
    return dot < 0 ? QStringView() : path.first(dot + 1);
}

} // namespace

QString accessName(Access access)
{
    switch (access) {
    case Access::ReadOnly: return QStringLiteral("readOnly");
    case Access::ReadWrite: return QStringLiteral("readWrite");
    case Access::WriteOnceReadOnly: return QStringLiteral("writeOnceReadOnly");
    }
    return QStringLiteral("readOnly");
}

Access accessFromName(QStringView name)
{
    if (name == u"readWrite")
        return Access::ReadWrite;
    if (name == u"writeOnceReadOnly")
        return Access::WriteOnceReadOnly;
    return Access::ReadOnly;
}

QString statusName(Status status)
{
    switch (status) {
    case Status::Current: return QStringLiteral("current");
    case Status::Deprecated: return QStringLiteral("deprecated");
    case Status::Obsoleted: return QStringLiteral("obsoleted");
    case Status::Deleted: return QStringLiteral("deleted");
    }
    return QStringLiteral("current");
}

Status statusFromName(QStringView name)
{
    if (name == u"deprecated")
        return Status::Deprecated;
    if (name == u"obsoleted")
        return Status::Obsoleted;
    if (name == u"deleted")
        return Status::Deleted;
    return Status::Current;
}

QString Definition::name() const
{
    QStringView p(path);
    if (isObject()) {
        p.chop(1);
        if (p.endsWith(u"{i}"))
            p.chop(4);
    }
    const qsizetype dot = p.lastIndexOf(u'.');
    return (dot < 0 ? p : p.sliced(dot + 1)).toString();
}

QString Definition::parentPath() const
{
    QStringView p(path);
    if (isObject() && p.endsWith(u"{i}."))
        p.chop(4); // a table "A.B.{i}." lives in "A."
    return withoutLastSegment(p).toString();
}

} // namespace datamodel
