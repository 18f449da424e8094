#pragma once

#include "objecttemplate.h"
#include "parametermeta.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace cpesim {

class Profile;

struct ProfileLoadResult {
    std::shared_ptr<const Profile> profile;
    QString error; // "file:line: message" when profile is null
};

// A device profile: the shared, immutable part of every simulated device built from it
// (tree shape, metadata, factory defaults, default instances). Devices hold a
// shared_ptr to it and keep only their differences (DeviceState's overlay), so 1,000
// devices of one profile store the tree once. Format: resources/profiles/README.md.
class Profile
{
public:
    // A built-in name ("tr181-gateway") or a file path. Built-ins are parsed once per
    // process and shared.
    static ProfileLoadResult load(const QString &nameOrPath);
    static ProfileLoadResult loadFile(const QString &path);
    static ProfileLoadResult parse(const QString &text, const QString &fileName);
    static QStringList builtinNames();
    static QString defaultName() { return QStringLiteral("tr181-gateway"); }

    QString name() const { return m_name; }
    QString rootName() const { return m_objects.isEmpty() ? QString() : m_objects[0].name; }
    int rootObject() const { return 0; }
    const ObjectTemplate &object(int index) const { return m_objects[index]; }
    const ParameterMeta &parameter(int index) const { return m_params[index]; }
    qsizetype objectTemplateCount() const { return m_objects.size(); }
    qsizetype parameterTemplateCount() const { return m_params.size(); }
    int findObject(const QString &pattern) const { return m_objectByPattern.value(pattern, -1); }
    int findParameter(const QString &pattern) const { return m_paramByPattern.value(pattern, -1); }

    // Factory instance numbers of a table at a concrete path ("Device.IP.Interface.").
    QList<quint32> defaultInstances(const QString &tablePath, int tableObject) const;
    // A factory value given for one concrete parameter (`default Device.IP.Interface.1.Name`).
    std::optional<QString> valueOverride(const QString &path) const;
    // Per-device variables (`var`) with their profile defaults.
    const QHash<QString, QString> &variables() const { return m_variables; }
    // Parameters in the factory tree (all instances expanded).
    qsizetype parameterCount() const { return m_parameterCount; }
    // Parameter templates flagged forced-inform, in profile order.
    const QList<int> &forcedInformParameters() const { return m_forced; }
    // Parameter templates with a default notification other than 0 or with a generator.
    const QList<int> &notifyingParameters() const { return m_notifying; }

private:
    friend class ProfileParser;
    QString m_name;
    QList<ObjectTemplate> m_objects;
    QList<ParameterMeta> m_params;
    QHash<QString, int> m_objectByPattern;
    QHash<QString, int> m_paramByPattern;
    QHash<QString, QList<quint32>> m_concreteInstances;
    QHash<QString, QString> m_valueOverrides;
    QHash<QString, QString> m_variables;
    QList<int> m_forced;
    QList<int> m_notifying;
    qsizetype m_parameterCount = 0;
};

} // namespace cpesim
