#include "profile.h"

#include "profileparser.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>

namespace cpesim {

namespace {

QString builtinPath(const QString &name)
{
    return QStringLiteral(":/cpesim/profiles/%1.profile").arg(name);
}

} // namespace

QStringList Profile::builtinNames()
{
    return {QStringLiteral("tr181-gateway"), QStringLiteral("tr181-large"),
            QStringLiteral("tr098-igd")};
}

ProfileLoadResult Profile::load(const QString &nameOrPath)
{
    if (!builtinNames().contains(nameOrPath))
        return loadFile(nameOrPath);
    // Built-ins are parsed once and shared by every device of the process.
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<const Profile>> cache;
    QMutexLocker lock(&mutex);
    if (const auto it = cache.constFind(nameOrPath); it != cache.constEnd())
        return {*it, QString()};
    ProfileLoadResult result = loadFile(builtinPath(nameOrPath));
    if (result.profile)
        cache.insert(nameOrPath, result.profile);
    return result;
}

ProfileLoadResult Profile::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {nullptr, QStringLiteral("%1: cannot read: %2").arg(path, file.errorString())};
    return parse(QString::fromUtf8(file.readAll()), path);
}

ProfileLoadResult Profile::parse(const QString &text, const QString &fileName)
{
    ProfileParser parser;
    return parser.parse(text, fileName);
}

QList<quint32> Profile::defaultInstances(const QString &tablePath, int tableObject) const
{
    if (const auto it = m_concreteInstances.constFind(tablePath); it != m_concreteInstances.constEnd())
        return *it;
    return m_objects[tableObject].defaultInstances;
}

std::optional<QString> Profile::valueOverride(const QString &path) const
{
    if (m_valueOverrides.isEmpty())
        return std::nullopt;
    const auto it = m_valueOverrides.constFind(path);
    if (it == m_valueOverrides.constEnd())
        return std::nullopt;
    return *it;
}

} // namespace cpesim
