#pragma once

#include <QMap>
#include <QWidget>

class QFormLayout;

namespace ui {

// The inputs of a diagnostic as a form, one field per input of DiagnosticSpec with the
// widget its xsd type asks for: a check box for boolean, a spin box for unsignedInt and
// unsignedLong, a line edit for strings (hosts, URLs).
class DiagnosticInputsForm : public QWidget
{
    Q_OBJECT

public:
    explicit DiagnosticInputsForm(QWidget *parent = nullptr);

    // Rebuilds the fields for these inputs (name -> proposed value).
    void setInputs(const QMap<QString, QString> &inputs, bool tr098 = false);
    QMap<QString, QString> inputs() const;
    // The field of one input (object name "input_<Name>"), for tests.
    QWidget *field(const QString &name) const { return m_fields.value(name); }

private:
    QFormLayout *m_layout;
    QMap<QString, QWidget *> m_fields;
};

} // namespace ui
