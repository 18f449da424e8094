#include "diagnosticinputsform.h"

#include <diagnostics/diagnosticspec.h>

#include <QCheckBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

#include <limits>

namespace ui {

DiagnosticInputsForm::DiagnosticInputsForm(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QFormLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
}

void DiagnosticInputsForm::setInputs(const QMap<QString, QString> &inputs, bool tr098)
{
    while (m_layout->rowCount() > 0)
        m_layout->removeRow(0);
    m_fields.clear();
    for (auto it = inputs.cbegin(); it != inputs.cend(); ++it) {
        const QString type = diagnostics::DiagnosticSpec::inputType(it.key(), tr098);
        QWidget *field = nullptr;
        if (type == u"boolean") {
            auto *box = new QCheckBox(this);
            box->setChecked(it.value() == u"true" || it.value() == u"1");
            field = box;
        } else if (type.startsWith(u"unsigned")) {
            auto *spin = new QSpinBox(this);
            spin->setRange(0, std::numeric_limits<int>::max());
            spin->setValue(it.value().toInt());
            spin->setGroupSeparatorShown(false);
            field = spin;
        } else {
            auto *edit = new QLineEdit(it.value(), this);
            edit->setClearButtonEnabled(true);
            field = edit;
        }
        field->setObjectName(QStringLiteral("input_") + it.key());
        // The parameter name is what the engineer finds in TR-181/TR-098; keep it as the label.
        m_layout->addRow(it.key(), field);
        m_fields.insert(it.key(), field);
    }
}

QMap<QString, QString> DiagnosticInputsForm::inputs() const
{
    QMap<QString, QString> out;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        if (auto *box = qobject_cast<QCheckBox *>(it.value()))
            out.insert(it.key(), box->isChecked() ? QStringLiteral("true") : QStringLiteral("false"));
        else if (auto *spin = qobject_cast<QSpinBox *>(it.value()))
            out.insert(it.key(), QString::number(spin->value()));
        else if (auto *edit = qobject_cast<QLineEdit *>(it.value()))
            out.insert(it.key(), edit->text().trimmed());
    }
    return out;
}

} // namespace ui
