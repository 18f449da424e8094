#pragma once

#include "noderef.h"
#include "profile.h"

#include <QDateTime>
#include <QHash>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace cpesim {

// Per-parameter attributes set by SetParameterAttributes (TR-069 A.3.2.4).
struct ParameterAttributes {
    int notification = 0;
    QStringList accessList;
    bool operator==(const ParameterAttributes &) const = default;
};

// The data model of one simulated device: the shared Profile plus a copy-on-write overlay
// of what this device changed (values, instance lists, next-instance counters,
// attributes). A fresh device has an empty overlay (overlaySize() == 0).
class DeviceState
{
public:
    DeviceState(std::shared_ptr<const Profile> profile, QHash<QString, QString> variables = {},
                quint64 seed = 0);

    const Profile &profile() const { return *m_profile; }
    const std::shared_ptr<const Profile> &sharedProfile() const { return m_profile; }
    QString rootPath() const { return m_profile->rootName() + u'.'; }

    // An exact path: instance numbers only. Invalid when the node does not exist.
    NodeRef resolve(QStringView path) const;
    // A path that may hold "*" for instance numbers (instance wildcards, TR-069 Amd 6):
    // every existing match, in tree order. Empty when nothing matches.
    QList<NodeRef> resolveWildcards(QStringView path) const;
    NodeRef root() const;

    // Calls `visit` for `node` and everything below it, depth-first in profile order:
    // objects, tables and instances when `objects` is true, parameters always. Stops when
    // `visit` returns false.
    bool walk(const NodeRef &node, bool objects, const std::function<bool(const NodeRef &)> &visit) const;
    // The immediate children of an object/instance (parameters and objects), or the
    // instances of a table.
    QList<NodeRef> children(const NodeRef &node) const;

    // The current value (hidden parameters included: hiding is an RPC concern).
    QString value(const NodeRef &parameter) const;
    // Convenience for the runtime and tests; nullopt for an unknown path.
    std::optional<QString> value(QStringView path) const;
    void setValue(const NodeRef &parameter, const QString &value);
    // Sets a value by path without validation; false for an unknown parameter.
    bool setValue(QStringView path, const QString &value);
    const ParameterMeta &meta(const NodeRef &parameter) const { return m_profile->parameter(parameter.param); }

    QList<quint32> instances(const NodeRef &table) const;
    // AddObject: a new row with template defaults; nullopt when the table is full.
    std::optional<quint32> addInstance(const NodeRef &table);
    // DeleteObject: the row and everything below it.
    void deleteInstance(const NodeRef &instance);

    int notification(const NodeRef &parameter) const;
    QStringList accessList(const NodeRef &parameter) const;
    void setAttributes(const QString &path, const ParameterAttributes &attributes);
    // Parameters whose notification is not 0, now (profile defaults plus overlay).
    QList<NodeRef> notifyingParameters() const;

    // The device clock that drives volatile values (uptime, counters, hosts).
    QDateTime now() const { return m_now; }
    void setNow(const QDateTime &now) { m_now = now; }
    QDateTime bootTime() const { return m_bootTime; }
    void setBootTime(const QDateTime &time) { m_bootTime = time; }
    quint64 seed() const { return m_seed; }
    const QHash<QString, QString> &variables() const { return m_variables; }

    // Back to the profile: values, rows, counters and attributes.
    void factoryReset();

    // The overlay, for persistence and for the "devices share the profile" check.
    qsizetype overlaySize() const;
    const QHash<QString, QString> &changedValues() const { return m_values; }
    const QHash<QString, QList<quint32>> &changedInstances() const { return m_instances; }
    const QHash<QString, quint32> &nextInstanceCounters() const { return m_nextInstance; }
    const QHash<QString, ParameterAttributes> &changedAttributes() const { return m_attributes; }
    void restoreOverlay(QHash<QString, QString> values, QHash<QString, QList<quint32>> instances,
                        QHash<QString, quint32> nextInstance,
                        QHash<QString, ParameterAttributes> attributes);

private:
    QList<quint32> instancesAt(const QString &tablePath, int tableObject, bool inAdded) const;
    NodeRef childNode(const NodeRef &parent, int childIndexCode) const;
    NodeRef instanceNode(const NodeRef &table, quint32 number) const;
    void resolveInto(const NodeRef &at, const QList<QStringView> &segments, qsizetype index,
                     bool allowWildcards, QList<NodeRef> *out) const;
    void purgeBelow(const QString &path);

    std::shared_ptr<const Profile> m_profile;
    QHash<QString, QString> m_variables;
    quint64 m_seed = 0;
    QDateTime m_now;
    QDateTime m_bootTime;
    // Overlay (copy-on-write over the profile).
    QHash<QString, QString> m_values;
    QHash<QString, QList<quint32>> m_instances;
    QHash<QString, quint32> m_nextInstance;
    QHash<QString, ParameterAttributes> m_attributes;
};

} // namespace cpesim
