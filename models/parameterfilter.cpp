#include "parameterfilter.h"

#include <datamodel/datamodel.h>

namespace models {

ParameterFilter::ParameterFilter(const QString &text)
    : m_text(text.trimmed())
{
    m_glob = m_text.contains(QLatin1Char('*'));
    if (!m_glob)
        return;
    // Each '*' is one segment (or part of one): it never crosses a '.'. A pattern that does
    // not end in '.' may name an object, whose subtree then matches too.
    QString pattern = QRegularExpression::escape(m_text);
    pattern.replace(QLatin1String("\\*"), QLatin1String("[^.]*"));
    if (m_text.endsWith(QLatin1Char('.')))
        pattern = QLatin1Char('^') + pattern;
    else
        pattern = QLatin1Char('^') + pattern + QLatin1String("(\\..*)?$");
    m_regex.setPattern(pattern);
    m_regex.setPatternOptions(QRegularExpression::CaseInsensitiveOption);
    m_regex.optimize();
}

bool ParameterFilter::matches(QStringView path) const
{
    if (m_text.isEmpty())
        return true;
    const bool byName = m_glob ? m_regex.match(path).hasMatch() : path.contains(m_text, Qt::CaseInsensitive);
    return byName || (!m_patterns.isEmpty() && m_patterns.contains(datamodel::DataModel::normalise(path)));
}

} // namespace models
