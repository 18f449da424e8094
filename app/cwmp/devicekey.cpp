#include "devicekey.h"

#include <QUrl>

namespace cwmp {

namespace {

QString encodePart(const QString &part)
{
    QString out = QString::fromLatin1(QUrl::toPercentEncoding(part.trimmed()));
    out.replace(QLatin1Char('-'), QLatin1String("%2D"));
    return out;
}

} // namespace

QString deviceKey(const QString &oui, const QString &productClass, const QString &serialNumber)
{
    return modelKey(oui, productClass) + QLatin1Char('-') + encodePart(serialNumber);
}

QString modelKey(const QString &oui, const QString &productClass)
{
    return encodePart(oui.toUpper()) + QLatin1Char('-') + encodePart(productClass);
}

} // namespace cwmp
