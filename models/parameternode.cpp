#include "parameternode.h"

namespace models {

namespace {

bool isNumber(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (const QChar c : s) {
        if (!c.isDigit())
            return false;
    }
    return true;
}

QStringView bare(const QString &name)
{
    QStringView v(name);
    return v.endsWith(QLatin1Char('.')) ? v.chopped(1) : v;
}

} // namespace

bool ParameterNode::lessThan(const ParameterNode &a, const ParameterNode &b)
{
    const QStringView x = bare(a.name);
    const QStringView y = bare(b.name);
    if (isNumber(x) && isNumber(y)) {
        // Compare by length first: instance numbers have no leading zeros.
        if (x.size() != y.size())
            return x.size() < y.size();
        return x < y;
    }
    const int c = x.compare(y);
    if (c != 0)
        return c < 0;
    return a.name < b.name;
}

QString ParameterNode::parentPath(const QString &path)
{
    const qsizetype end = path.endsWith(QLatin1Char('.')) ? path.size() - 2 : path.size() - 1;
    if (end < 0)
        return QString();
    const qsizetype dot = path.lastIndexOf(QLatin1Char('.'), end);
    return dot < 0 ? QString() : path.left(dot + 1);
}

QString ParameterNode::nameOf(const QString &path)
{
    return path.mid(parentPath(path).size());
}

} // namespace models
