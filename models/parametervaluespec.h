#pragma once

// Which editor fits a parameter's value and what it may hold: the XML Schema ranges of
// the integer types (TR-069 A.2.1 / TR-106 §3.2) and a length limit for text. The cache
// does not know a parameter's facets, so strings get TR-106's common string(256) limit,
// stretched to the current value when that is already longer.

#include <cwmp/cwmpvalue.h>

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace models {

class ParameterValueSpec
{
    Q_DECLARE_TR_FUNCTIONS(models::ParameterValueSpec)

public:
    enum class Editor { Boolean, Integer, DateTime, Text };

    static constexpr int kStringLength = 256;
    static constexpr int kBinaryLength = 65536; // base64/hexBinary without a facet
    static constexpr int kDecimalLength = 64;

    static ParameterValueSpec forType(cwmp::ValueType type, const QString &currentValue = {});

    Editor editor() const { return m_editor; }
    cwmp::ValueType type() const { return m_type; }
    bool isSigned() const { return m_signed; }
    // Integer bounds; the minimum is 0 for the unsigned types.
    qint64 minimum() const { return m_minimum; }
    quint64 maximum() const { return m_maximum; }
    int maxLength() const { return m_maxLength; }

    // The canonical form of an acceptable value, or nullopt with *why in plain words.
    std::optional<QString> accept(const QString &text, QString *why = nullptr) const;

private:
    Editor m_editor = Editor::Text;
    cwmp::ValueType m_type = cwmp::ValueType::String;
    bool m_signed = false;
    qint64 m_minimum = 0;
    quint64 m_maximum = 0;
    int m_maxLength = kStringLength;
};

} // namespace models
