#pragma once

// What the parameter browser knows about its current row: the full path, the data-model
// definition (description, type through its named types, constraints, units, default,
// access, the version it appeared in, its status) and the value the device last reported
// (type, writable, notification, read time). Rows without a definition say why: a vendor
// extension, or a name the data model does not have.

#include <QWidget>

class QModelIndex;
class QTextBrowser;

namespace datamodel {
struct Definition;
struct Syntax;
}

namespace models {
class ParameterTreeModel;
}

namespace ui {

class ParameterDetailsPane : public QWidget
{
    Q_OBJECT

public:
    explicit ParameterDetailsPane(models::ParameterTreeModel &model, QWidget *parent = nullptr);

    // Shows the row of index (any column); an invalid index clears the pane.
    void showIndex(const QModelIndex &index);
    QString path() const { return m_path; }
    // The text as shown, without markup (for tests and copying).
    QString plainText() const;

    // "IPv4Address → IPAddress → string(45)", "list of unsignedInt[1:4094]".
    static QString typeText(const datamodel::Syntax &syntax);
    // One line per facet: range, length, enumeration, pattern, list limits.
    static QStringList constraintLines(const datamodel::Syntax &syntax);

private:
    QString definitionHtml(const datamodel::Definition &definition) const;
    QString liveHtml(const QModelIndex &index) const;

    models::ParameterTreeModel &m_model;
    QTextBrowser *m_text;
    QString m_path;
};

} // namespace ui
