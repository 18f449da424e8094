#pragma once

// What the parameter browser's context menu does to the device: add and delete object
// instances (TR-069 A.3.2.6/A.3.2.7), read and set notification (A.3.2.4/A.3.2.5), copy a
// path or value, export a subtree. Every device action is one task through the
// dispatcher; the outcome comes back as a plain-words status message.

#include <QHash>
#include <QObject>
#include <QPointer>

class QMenu;
class QWidget;

namespace acs {
struct Task;
}

namespace models {
class ParameterTreeModel;
class TaskDispatcher;
}

namespace ui {

class ParameterActions : public QObject
{
    Q_OBJECT

public:
    ParameterActions(models::ParameterTreeModel &model, models::TaskDispatcher &dispatcher, QWidget *dialogParent);

    // The menu for a row (or for the whole tree when path is empty).
    QMenu *menuFor(const QString &path, QWidget *parent);

    // A table object's path ("Device.NAT.PortMapping."): the ACS may add rows to it.
    static bool isTable(const models::ParameterTreeModel &model, const QString &path);
    // An instance's path ("Device.NAT.PortMapping.3.").
    static bool isInstance(const QString &path);

    void addInstance(const QString &tablePath);
    // Asks for confirmation first (a dialog named "confirmDelete").
    void deleteInstance(const QString &instancePath);
    void setNotification(const QString &path, int notification);
    void readNotification(const QString &path);
    void copyPath(const QString &path);
    void copyValue(const QString &path);
    void exportSubtree(const QString &path, bool asJson);

Q_SIGNALS:
    void statusMessage(const QString &text);
    // An added instance is in the cache: the page shows and selects it.
    void instanceAdded(const QString &instancePath);

private:
    enum class Kind { AddObject, DeleteObject, Other };
    qint64 submit(Kind kind, const QString &taskKind, const QJsonObject &args);
    void onTaskFinished(const acs::Task &task);

    models::ParameterTreeModel &m_model;
    models::TaskDispatcher &m_dispatcher;
    QPointer<QWidget> m_dialogParent;
    QHash<qint64, Kind> m_tasks;
};

} // namespace ui
