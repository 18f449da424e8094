#pragma once

// The nodes behind ParameterTreeModel and the path -> node hash that lets an update find
// its row without searching. No signals here: the model announces every change it makes.

#include "parameterfilter.h"
#include "parameternode.h"

#include <acs/parametercache.h>

#include <QHash>

namespace models {

class ParameterTree
{
public:
    using NodeList = std::vector<std::unique_ptr<ParameterNode>>;

    ParameterTree();

    ParameterNode *root() const { return m_root.get(); }
    ParameterNode *find(const QString &path) const { return m_nodes.value(path); }
    qsizetype size() const { return m_nodes.size(); }

    // Drops every node; the lazy tree starts with the cache's top-level objects, the
    // filtered one holds every match with its ancestors, all loaded.
    void buildLazy(const acs::ParameterCache &cache);
    void buildFiltered(const acs::ParameterCache &cache, const ParameterFilter &filter);

    static std::unique_ptr<ParameterNode> makeNode(const QString &path, bool fetched);
    static void sortSubtree(ParameterNode *node);
    // Filtered trees: the node of the path, created loaded with its missing ancestors.
    ParameterNode *ensurePath(const QString &path);
    // The nearest node above an unknown path, and the path of its child on the way down.
    ParameterNode *nearestAncestor(const QString &path, QString *child) const;

    // Moves the nodes [first, last) in as parent's children from row `row` on, registers
    // them and renumbers the rows after them.
    void attach(ParameterNode *parent, size_t row, NodeList::iterator first, NodeList::iterator last);
    // Removes parent's rows first..last (inclusive) with their subtrees.
    void detach(ParameterNode *parent, int first, int last);
    void registerSubtree(ParameterNode *node);

private:
    void unregisterSubtree(ParameterNode *node);

    std::unique_ptr<ParameterNode> m_root;
    QHash<QString, ParameterNode *> m_nodes; // every node, the root under ""
};

} // namespace models
