#pragma once

// A spin box for the 64-bit XML Schema integers (unsignedInt, long, unsignedLong), whose
// ranges QSpinBox (an int) cannot hold. The value stays text, checked with the cwmp value
// rules, so unsignedLong keeps all of its 20 digits.

#include <QAbstractSpinBox>

namespace ui {

class ParameterNumberEdit : public QAbstractSpinBox
{
    Q_OBJECT

public:
    explicit ParameterNumberEdit(QWidget *parent = nullptr);

    void setRange(qint64 minimum, quint64 maximum, bool isSigned);
    qint64 minimum() const { return m_minimum; }
    quint64 maximum() const { return m_maximum; }
    bool isSigned() const { return m_signed; }

    void setValueText(const QString &text);
    QString valueText() const;

    QValidator::State validate(QString &input, int &pos) const override;
    void fixup(QString &input) const override;
    void stepBy(int steps) override;

protected:
    StepEnabled stepEnabled() const override;

private:
    qint64 m_minimum = 0;
    quint64 m_maximum = 0;
    bool m_signed = false;
};

} // namespace ui
