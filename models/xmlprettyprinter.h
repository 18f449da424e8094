#pragma once

// Indents a SOAP body for reading in the session log. What is not well-formed XML is shown
// as received: a log must show what was on the wire, even (especially) when it is broken.

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>

namespace models {

class XmlPrettyPrinter
{
    Q_DECLARE_TR_FUNCTIONS(models::XmlPrettyPrinter)

public:
    static constexpr int kIndent = 2;

    struct Output {
        QString text;
        bool formatted = false; // false: text is the input as received
        bool cancelled = false;
        QString notice;         // why the input was not formatted, in plain words
    };

    // Runs on any thread. cancelled() is polled now and then; when it returns true the
    // result is empty with cancelled set.
    static Output format(const QByteArray &xml, const std::function<bool()> &cancelled = {});
};

} // namespace models
