#pragma once

// Paints and edits the parameter browser's rows: an editor that fits the value's type
// (check box, spin box with the XML Schema range, date-time editor, text with a length
// limit), pending values in bold, a fault icon on rejected parameters and a spinner on
// branches that are being read from the device. With a data-model definition the editor
// follows it: a drop-down of the enumeration, spin boxes bounded by the range, and text
// checked against lengths and patterns as it is typed. Rows the device did not report
// (shown from the definition only) are grey and italic.

#include <QStyledItemDelegate>

namespace ui {

class ParameterValueDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ParameterValueDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // Public so that tests can see how a row is drawn (bold, icon).
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

    // The spinner's phase, advanced by the page's timer while branches load.
    void advanceSpinner() { m_spinnerStep = (m_spinnerStep + 1) % 12; }

Q_SIGNALS:
    // An edit the value rules refused, with the reason in plain words.
    void editRejected(const QString &path, const QString &why);
    // While typing: why the text cannot be set, or "" once it can.
    void editProblem(const QString &path, const QString &why);

private:
    int m_spinnerStep = 0;
};

} // namespace ui
