#pragma once

// What the parameter browser's filter box matches: a case-insensitive substring of the
// path, or, when the text holds a '*', a path glob in which '*' stands for one path
// segment (an object name or an instance number): "Device.WiFi.SSID.*.SSID". A glob that
// names an object also matches everything below it ("Device.Hosts.Host.*"). With
// definitions, it can also match the path patterns whose description holds the words.

#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringView>

namespace models {

class ParameterFilter
{
public:
    ParameterFilter() = default;
    explicit ParameterFilter(const QString &text);

    bool isEmpty() const { return m_text.isEmpty(); }
    bool isGlob() const { return m_glob; }
    const QString &text() const { return m_text; }
    bool matches(QStringView path) const;
    // Path patterns with "{i}" ("Device.WiFi.AccessPoint.{i}.WPS.Enable") that match too.
    void setPatterns(QSet<QString> patterns) { m_patterns = std::move(patterns); }

private:
    QString m_text;
    bool m_glob = false;
    QRegularExpression m_regex;
    QSet<QString> m_patterns;
};

} // namespace models
