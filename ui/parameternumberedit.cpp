#include "parameternumberedit.h"

#include <cwmp/cwmpvalue.h>

#include <QLineEdit>

#include <limits>

namespace ui {

ParameterNumberEdit::ParameterNumberEdit(QWidget *parent)
    : QAbstractSpinBox(parent)
{
    setRange(0, std::numeric_limits<quint32>::max(), false);
}

void ParameterNumberEdit::setRange(qint64 minimum, quint64 maximum, bool isSigned)
{
    // A data-model range can lift an unsigned type's floor (PeriodicInformInterval >= 1).
    m_minimum = isSigned ? minimum : qMax<qint64>(minimum, 0);
    m_maximum = isSigned ? qMin<quint64>(maximum, quint64(std::numeric_limits<qint64>::max())) : maximum;
    m_signed = isSigned;
    setToolTip(tr("From %1 to %2").arg(m_minimum).arg(m_maximum));
}

void ParameterNumberEdit::setValueText(const QString &text)
{
    lineEdit()->setText(text.trimmed());
}

QString ParameterNumberEdit::valueText() const
{
    return lineEdit()->text().trimmed();
}

QValidator::State ParameterNumberEdit::validate(QString &input, int &) const
{
    const QString text = input.trimmed();
    if (text.isEmpty() || (m_signed && m_minimum < 0 && text == QLatin1String("-")) || text == QLatin1String("+"))
        return QValidator::Intermediate;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!c.isDigit() && !(i == 0 && (c == QLatin1Char('-') || c == QLatin1Char('+'))))
            return QValidator::Invalid;
    }
    if (m_signed)
        return cwmp::parseInt(text, m_minimum, qint64(m_maximum)).has_value() ? QValidator::Acceptable : QValidator::Invalid;
    const std::optional<quint64> value = cwmp::parseUnsigned(text, m_maximum);
    if (!value)
        return QValidator::Invalid;
    // Below the floor: more digits may still bring it into range ("3" on the way to "30").
    return *value < quint64(m_minimum) ? QValidator::Intermediate : QValidator::Acceptable;
}

void ParameterNumberEdit::fixup(QString &input) const
{
    if (input.trimmed().isEmpty() || input.trimmed() == QLatin1String("-") || input.trimmed() == QLatin1String("+"))
        input = QString::number(qMax<qint64>(m_minimum, 0));
    else if (!m_signed && cwmp::parseUnsigned(input.trimmed(), m_maximum).value_or(0) < quint64(m_minimum))
        input = QString::number(m_minimum);
}

void ParameterNumberEdit::stepBy(int steps)
{
    const QString text = valueText();
    if (m_signed) {
        const qint64 v = cwmp::parseInt(text, m_minimum, qint64(m_maximum)).value_or(0);
        // Saturate at the bounds instead of wrapping around.
        qint64 next = v;
        if (steps > 0)
            next = v > qint64(m_maximum) - steps ? qint64(m_maximum) : v + steps;
        else if (steps < 0)
            next = v < m_minimum - steps ? m_minimum : v + steps;
        setValueText(QString::number(next));
    } else {
        const quint64 v = cwmp::parseUnsigned(text, m_maximum).value_or(0);
        quint64 next = v;
        if (steps > 0)
            next = v > m_maximum - quint64(steps) ? m_maximum : v + quint64(steps);
        else if (steps < 0)
            next = v < quint64(m_minimum) + quint64(-qint64(steps)) ? quint64(m_minimum) : v - quint64(-qint64(steps));
        setValueText(QString::number(next));
    }
}

QAbstractSpinBox::StepEnabled ParameterNumberEdit::stepEnabled() const
{
    const QString text = valueText();
    StepEnabled e = StepNone;
    if (m_signed) {
        const auto v = cwmp::parseInt(text, m_minimum, qint64(m_maximum));
        if (!v || *v < qint64(m_maximum))
            e |= StepUpEnabled;
        if (!v || *v > m_minimum)
            e |= StepDownEnabled;
    } else {
        const auto v = cwmp::parseUnsigned(text, m_maximum);
        if (!v || *v < m_maximum)
            e |= StepUpEnabled;
        if (!v || *v > quint64(m_minimum))
            e |= StepDownEnabled;
    }
    return e;
}

} // namespace ui
