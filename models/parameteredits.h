#pragma once

// The parameter browser's edits of one device: values waiting to be applied, the one
// SetParameterValues that carries them (TR-069 A.3.2.1: all or nothing), and the faults
// the device reported per parameter when it refused them.

#include "parameterfaults.h"
#include "parameterpendingchanges.h"

#include <acs/task.h>

#include <QHash>
#include <QObject>

#include <functional>

namespace acs {
class AcsEngine;
}

namespace models {

class TaskDispatcher;

class ParameterEdits : public QObject
{
    Q_OBJECT

public:
    ParameterEdits(acs::AcsEngine &engine, TaskDispatcher *dispatcher, QObject *parent = nullptr);

    // Drops every change and fault: they belonged to the previous device.
    void setDevice(const QString &deviceId);

    // A further check of a value to set (the data-model definition's facets): the reason
    // it is refused, or "". Values already pending are checked again by invalidReason().
    using Validator = std::function<QString(const QString &path, const QString &value)>;
    void setValidator(Validator validator) { m_validator = std::move(validator); }
    // The first pending value the validator refuses, as "path: reason"; "" when all pass.
    QString invalidReason() const;

    // Validates the text against the parameter's type (cwmp value rules) and records it.
    bool setValue(const QString &path, const QString &text, QString *why = nullptr);
    const PendingChange *pending(const QString &path) const { return m_pending.find(path); }
    const ParameterPendingChanges &changes() const { return m_pending; }
    int count() const { return m_pending.count(); }
    void revert();
    // The paths left the cache (an instance was deleted): their edits go too.
    void forget(const QStringList &paths);

    // Sends every change in one setParameterValues; the task id, or 0 with *why.
    qint64 apply(QString *why = nullptr);
    qint64 applyTaskId() const { return m_applyTaskId; }
    bool isApplying() const { return m_applyTaskId != 0; }

    const ParameterFault *fault(const QString &path) const;
    const QHash<QString, ParameterFault> &faults() const { return m_faults; }

Q_SIGNALS:
    // Rows whose pending value or fault changed.
    void rowsChanged(const QStringList &paths);
    void countChanged(int count);
    // The setParameterValues sent by apply() ended; faults() is filled after a fault.
    void applyFinished(const acs::Task &task);

private:
    void onTaskFinished(const acs::Task &task);
    QStringList clearFaults();

    acs::AcsEngine &m_engine;
    TaskDispatcher *m_dispatcher;
    QString m_device;
    ParameterPendingChanges m_pending;
    QJsonObject m_applyArgs;
    qint64 m_applyTaskId = 0;
    QHash<QString, ParameterFault> m_faults;
    Validator m_validator;
};

} // namespace models
