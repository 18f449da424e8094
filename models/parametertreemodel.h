#pragma once

// The device's parameter tree for the console's parameter browser, over the engine's
// cache (acs::DeviceRecord::parameters). Children load lazily: from the cache when it
// knows them, else live with GetParameterNames NextLevel=true (TR-069 A.3.2.2). A filter
// builds its node set from the whole cache, not only from what was expanded. Cache
// updates arrive as DeviceDirectory::parametersUpdated and touch only the loaded nodes.
// Edited values wait in edits() until they are applied together.

#include "parameterdefinitions.h"
#include "parameteredits.h"
#include "parameterfilter.h"
#include "parameternode.h"
#include "parametertree.h"

#include <acs/parametercache.h>
#include <acs/task.h>

#include <QAbstractItemModel>
#include <QHash>
#include <QSet>

namespace acs {
class AcsEngine;
}

namespace models {

class TaskDispatcher;

class ParameterTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, ValueColumn, TypeColumn, WritableColumn, NotificationColumn, LastReadColumn, ColumnCount };
    enum Role {
        PathRole = Qt::UserRole + 1, // QString, objects end in '.'
        IsObjectRole,                // bool
        ValueTypeRole,               // int(cwmp::ValueType)
        LoadingRole,                 // bool: a live read of this object's children is under way
        PendingRole,                 // bool: an edited value waits to be applied
        OldValueRole,                // QString: the value before the pending edit
        FaultRole,                   // QString: the fault the device reported for this parameter
        EditableRole,                // bool: writable and of a known type
        ReadAtRole,                  // qint64 ms since the epoch, 0 when never read
        DefinedOnlyRole,             // bool: from the definition only, the device did not report it
    };
    // What the filter text is matched against.
    enum class FilterScope { Names, NamesAndDescriptions };

    ParameterTreeModel(acs::AcsEngine &engine, TaskDispatcher *dispatcher, QObject *parent = nullptr);
    ~ParameterTreeModel() override;

    void setDevice(const QString &deviceId);
    QString device() const { return m_device; }
    // The device's cache, or nullptr without a device.
    const acs::ParameterCache *cache() const;

    // Empty text restores the lazy tree.
    void setFilter(const QString &text);
    QString filter() const { return m_filter.text(); }
    bool isFiltered() const { return !m_filter.isEmpty(); }

    // The data model that explains the rows (DefinitionLibrary::modelFor(device)); null = none.
    // Values to set are then checked against its facets, and it can add the objects and
    // parameters it defines that the device did not report.
    void setDefinitions(std::shared_ptr<const datamodel::DataModel> model);
    const ParameterDefinitions &definitions() const { return m_definitions; }
    // The definition of a row, or nullptr.
    const datamodel::Definition *definitionAt(const QModelIndex &index) const;
    void setShowDefinedOnly(bool show);
    bool showsDefinedOnly() const { return m_showDefinedOnly; }
    void setFilterScope(FilterScope scope);
    FilterScope filterScope() const { return m_filterScope; }

    // The node of a path, loading cached branches on the way; invalid when unknown.
    QModelIndex indexForPath(const QString &path);
    QString pathAt(const QModelIndex &index) const;
    // The data model's root object ("Device.", "InternetGatewayDevice."), or "" when the
    // cache holds several or none.
    QString rootObject() const;
    bool isLoading() const { return !m_loadingPaths.isEmpty(); }

    // Pending values, their SetParameterValues and its faults.
    ParameterEdits &edits() { return m_edits; }
    const ParameterEdits &edits() const { return m_edits; }
    // Why the last setData() on a value was refused, in plain words.
    QString lastEditError() const { return m_lastEditError; }

    // QAbstractItemModel
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    // A live read of an object's children failed; message in plain words.
    void loadFailed(const QString &objectPath, const QString &message);
    void definitionsChanged();

private:
    ParameterNode *nodeAt(const QModelIndex &index) const;
    QModelIndex indexOf(const ParameterNode *node, int column = 0) const;
    const acs::CachedParameter *cached(const ParameterNode *node) const;
    bool isEditable(const ParameterNode *node) const;
    void emitRowChanged(const ParameterNode *node);
    void emitRowChanged(const QString &path);

    void resetTree();
    ParameterFilter makeFilter(const QString &text) const;
    void appendDefinedOnly(const ParameterNode *parent, const QStringList &present, ParameterTree::NodeList &nodes) const;
    void clearDefinedOnly(const QSet<QString> &changed);
    // Inserts new children under a shown node, in natural order, one insert per run.
    void insertChildren(ParameterNode *parent, ParameterTree::NodeList nodes);
    void removeNodes(const QList<ParameterNode *> &nodes);

    void onParametersUpdated(const QString &deviceId, const QSet<QString> &changed, const QStringList &removed);
    void applyRemovals(const acs::ParameterCache &cache, const QStringList &removed);
    void applyChanges(const QSet<QString> &changed);
    void onTaskFinished(const acs::Task &task);
    void startLiveLoad(ParameterNode *node);
    void finishLoad(const QString &path);

    acs::AcsEngine &m_engine;
    TaskDispatcher *m_dispatcher;
    QString m_device;
    ParameterTree m_tree;
    qsizetype m_cacheSize = 0; // the cache's size after the last update
    ParameterFilter m_filter;
    FilterScope m_filterScope = FilterScope::Names;
    ParameterDefinitions m_definitions;
    bool m_showDefinedOnly = false;
    int m_changing = 0; // inside a begin/end pair of a structural change

    QHash<qint64, QString> m_loadTasks; // live reads: task id -> object path
    QSet<QString> m_loadingPaths;

    ParameterEdits m_edits;
    QString m_lastEditError;
};

} // namespace models
