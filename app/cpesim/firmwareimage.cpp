#include "firmwareimage.h"

#include <QRegularExpression>

namespace cpesim::FirmwareImage {

namespace {

const QRegularExpression &versionPattern()
{
    static const QRegularExpression kVersion(QStringLiteral("(\\d+(?:\\.\\d+)+(?:-[A-Za-z0-9]+)?)"));
    return kVersion;
}

constexpr qsizetype kMaxVersionLength = 64; // DeviceInfo.SoftwareVersion is string(64)

} // namespace

std::optional<QString> versionFromContent(const QByteArray &head)
{
    const qsizetype end = head.indexOf('\n');
    const QByteArray line = (end < 0 ? head : head.left(end)).trimmed();
    if (!line.startsWith(kMagic))
        return std::nullopt;
    static const QRegularExpression kField(QStringLiteral("\\bversion=([A-Za-z0-9._-]+)"));
    const auto match = kField.match(QString::fromLatin1(line));
    if (!match.hasMatch() || match.captured(1).size() > kMaxVersionLength)
        return std::nullopt;
    return match.captured(1);
}

std::optional<QString> versionFromName(const QString &fileName)
{
    const QString base = fileName.section(u'/', -1);
    const auto match = versionPattern().match(base);
    if (!match.hasMatch() || match.captured(1).size() > kMaxVersionLength)
        return std::nullopt;
    return match.captured(1);
}

QByteArray header(const QString &version)
{
    return QByteArray(kMagic) + " version=" + version.toLatin1() + '\n';
}

} // namespace cpesim::FirmwareImage
