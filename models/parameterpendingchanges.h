#pragma once

// Values the engineer has edited but not yet sent: collected so that they go to the device
// together in one SetParameterValues, which TR-069 A.3.2.1 makes all-or-nothing.

#include <cwmp/cwmpvalue.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace models {

struct PendingChange {
    QString oldValue;
    QString newValue;
    cwmp::ValueType type = cwmp::ValueType::String;
};

class ParameterPendingChanges
{
public:
    // Records an edit. The value the parameter had before the first edit stays the "old"
    // one; editing back to it drops the change. Returns false when nothing changed.
    bool set(const QString &path, const QString &oldValue, const QString &newValue, cwmp::ValueType type);
    bool remove(const QString &path);
    void clear() { m_changes.clear(); }

    const PendingChange *find(const QString &path) const;
    int count() const { return int(m_changes.size()); }
    bool isEmpty() const { return m_changes.isEmpty(); }
    QStringList paths() const { return m_changes.keys(); }

    // The setParameterValues arguments: {"parameterValues": [[name, value, "xsd:type"], ...]}.
    QJsonObject taskArgs() const;
    // Drops the changes a finished setParameterValues sent (unless edited again since);
    // returns the paths dropped.
    QStringList dropSent(const QJsonArray &parameterValues);

private:
    QMap<QString, PendingChange> m_changes;
};

} // namespace models
