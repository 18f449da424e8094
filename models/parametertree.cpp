#include "parametertree.h"

#include <algorithm>

namespace models {

namespace {

bool nodeLess(const std::unique_ptr<ParameterNode> &a, const std::unique_ptr<ParameterNode> &b)
{
    return ParameterNode::lessThan(*a, *b);
}

} // namespace

ParameterTree::ParameterTree()
{
    buildLazy(acs::ParameterCache());
}

std::unique_ptr<ParameterNode> ParameterTree::makeNode(const QString &path, bool fetched)
{
    auto node = std::make_unique<ParameterNode>();
    node->path = path;
    node->name = ParameterNode::nameOf(path);
    node->isObject = path.endsWith(QLatin1Char('.'));
    node->fetched = fetched || !node->isObject;
    return node;
}

void ParameterTree::sortSubtree(ParameterNode *node)
{
    std::sort(node->children.begin(), node->children.end(), nodeLess);
    for (size_t i = 0; i < node->children.size(); ++i) {
        node->children[i]->row = int(i);
        node->children[i]->parent = node;
        sortSubtree(node->children[i].get());
    }
}

void ParameterTree::buildLazy(const acs::ParameterCache &cache)
{
    m_nodes.clear();
    m_root = std::make_unique<ParameterNode>();
    m_root->fetched = true;
    m_nodes.insert(QString(), m_root.get());
    const QStringList names = cache.children(QString());
    for (const QString &name : names) {
        auto node = makeNode(name, false);
        m_nodes.insert(name, node.get());
        m_root->children.push_back(std::move(node));
    }
    sortSubtree(m_root.get());
}

void ParameterTree::buildFiltered(const acs::ParameterCache &cache, const ParameterFilter &filter)
{
    buildLazy(acs::ParameterCache());
    const acs::ParameterCache::Map &entries = cache.entries();
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
        if (filter.matches(it.key()))
            ensurePath(it.key());
    }
    sortSubtree(m_root.get());
}

ParameterNode *ParameterTree::ensurePath(const QString &path)
{
    if (ParameterNode *existing = m_nodes.value(path))
        return existing;
    ParameterNode *parent = ensurePath(ParameterNode::parentPath(path));
    auto node = makeNode(path, true);
    node->parent = parent;
    node->row = int(parent->children.size());
    ParameterNode *raw = node.get();
    parent->children.push_back(std::move(node));
    m_nodes.insert(path, raw);
    return raw;
}

ParameterNode *ParameterTree::nearestAncestor(const QString &path, QString *child) const
{
    *child = path;
    QString ancestor = ParameterNode::parentPath(path);
    ParameterNode *found = nullptr;
    // Ends at the root, which is registered under "".
    while (!(found = m_nodes.value(ancestor))) {
        *child = ancestor;
        ancestor = ParameterNode::parentPath(ancestor);
    }
    return found;
}

void ParameterTree::attach(ParameterNode *parent, size_t row, NodeList::iterator first, NodeList::iterator last)
{
    for (auto it = first; it != last; ++it) {
        (*it)->parent = parent;
        registerSubtree(it->get());
    }
    auto &kids = parent->children;
    kids.insert(kids.begin() + qsizetype(row), std::make_move_iterator(first), std::make_move_iterator(last));
    for (size_t r = row; r < kids.size(); ++r)
        kids[r]->row = int(r);
}

void ParameterTree::detach(ParameterNode *parent, int first, int last)
{
    auto &kids = parent->children;
    for (int r = first; r <= last; ++r)
        unregisterSubtree(kids[size_t(r)].get());
    kids.erase(kids.begin() + first, kids.begin() + last + 1);
    for (size_t r = size_t(first); r < kids.size(); ++r)
        kids[r]->row = int(r);
}

void ParameterTree::registerSubtree(ParameterNode *node)
{
    m_nodes.insert(node->path, node);
    for (const auto &child : node->children)
        registerSubtree(child.get());
}

void ParameterTree::unregisterSubtree(ParameterNode *node)
{
    const auto it = m_nodes.find(node->path);
    if (it != m_nodes.end() && it.value() == node)
        m_nodes.erase(it);
    for (const auto &child : node->children)
        unregisterSubtree(child.get());
}

} // namespace models
