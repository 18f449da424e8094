#include "testpaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace testsupport {

QString sharedDir()
{
    const QString dir = QStringLiteral(CWMP_SHARED_DIR);
    return QFileInfo(dir).isDir() ? dir : QString();
}

QString sharedFile(const QString &relativePath)
{
    const QString dir = sharedDir();
    return dir.isEmpty() ? QString() : QDir(dir).filePath(relativePath);
}

QString testsDir()
{
    return QStringLiteral(CWMP_TESTS_DIR);
}

QString simulatorPath()
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("cwmp-cpe-sim"));
}

} // namespace testsupport
