#pragma once

// A value the engineer types into another program or a device's web page: shown read-only
// (selectable), with a button that copies it to the clipboard.

#include <QWidget>

class QLineEdit;
class QToolButton;

namespace ui {

class CopyField : public QWidget
{
    Q_OBJECT

public:
    explicit CopyField(const QString &text = QString(), QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const;
    QLineEdit *lineEdit() const { return m_edit; }
    QToolButton *copyButton() const { return m_copy; }

private:
    QLineEdit *m_edit;
    QToolButton *m_copy;
};

} // namespace ui
