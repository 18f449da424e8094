#pragma once

// Checks a parameter's text as it is typed against its data-model definition (lengths,
// patterns, ranges, enumerations, lists). An unacceptable text stays Intermediate, so that
// the engineer can go on typing; reason() says what is wrong in plain words.

#include <datamodel/definition.h>

#include <QValidator>

namespace ui {

class ParameterValueValidator : public QValidator
{
    Q_OBJECT

public:
    ParameterValueValidator(const datamodel::Definition &definition, QObject *parent = nullptr);

    State validate(QString &input, int &pos) const override;
    // Why the text cannot be set, or "" when it can.
    QString reason(const QString &text) const;

private:
    datamodel::Definition m_definition;
};

} // namespace ui
