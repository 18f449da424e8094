#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <utility>

namespace datamodel::Internal {

// A small element tree of one data-model file: local names, attributes, the element's
// own character data (descriptions, templates) and the line it starts on, for errors.
struct XmlNode {
    QString name;
    QList<std::pair<QString, QString>> attributes;
    QString text;
    QList<XmlNode> children;
    qint64 line = 0;

    // The attribute's value, or a null string when absent.
    QString attribute(QStringView key) const
    {
        for (const auto &a : attributes) {
            if (a.first == key)
                return a.second;
        }
        return {};
    }
    bool hasAttribute(QStringView key) const
    {
        for (const auto &a : attributes) {
            if (a.first == key)
                return true;
        }
        return false;
    }
    const XmlNode *child(QStringView childName) const
    {
        for (const XmlNode &c : children) {
            if (c.name == childName)
                return &c;
        }
        return nullptr;
    }
};

} // namespace datamodel::Internal
