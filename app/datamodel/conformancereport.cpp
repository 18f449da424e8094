#include "conformancereport.h"

#include <algorithm>

namespace datamodel {

ConformanceFinding::Severity ConformanceFinding::severityOf(Category category)
{
    // A vendor extension is allowed by TR-106 §3.3; without its definition there is
    // nothing to hold it to, so it is reported, but as information only.
    return category == Category::VendorExtension ? Severity::Info : Severity::Error;
}

int ConformanceReport::count(Category category) const
{
    return int(std::count_if(findings.cbegin(), findings.cend(),
                             [category](const ConformanceFinding &f) { return f.category == category; }));
}

int ConformanceReport::errorCount() const
{
    return int(std::count_if(findings.cbegin(), findings.cend(), [](const ConformanceFinding &f) {
        return f.severity() == ConformanceFinding::Severity::Error;
    }));
}

int ConformanceReport::infoCount() const
{
    return int(findings.size()) - errorCount();
}

QList<ConformanceReport::Category> ConformanceReport::categories()
{
    return {Category::UnknownObject,   Category::UnknownParameter, Category::MissingParameter,
            Category::Writability,     Category::WrongType,        Category::InvalidValue,
            Category::NumberOfEntries, Category::TooManyEntries,   Category::VendorExtension};
}

QString ConformanceReport::categoryKey(Category category)
{
    switch (category) {
    case Category::UnknownObject: return QStringLiteral("unknown-object");
    case Category::UnknownParameter: return QStringLiteral("unknown-parameter");
    case Category::VendorExtension: return QStringLiteral("vendor-extension");
    case Category::MissingParameter: return QStringLiteral("missing-parameter");
    case Category::Writability: return QStringLiteral("writability");
    case Category::WrongType: return QStringLiteral("wrong-type");
    case Category::InvalidValue: return QStringLiteral("invalid-value");
    case Category::NumberOfEntries: return QStringLiteral("number-of-entries");
    case Category::TooManyEntries: return QStringLiteral("too-many-entries");
    }
    return {};
}

QString ConformanceReport::categoryTitle(Category category)
{
    switch (category) {
    case Category::UnknownObject: return tr("Unknown object");
    case Category::UnknownParameter: return tr("Unknown parameter");
    case Category::VendorExtension: return tr("Vendor extension, no definition");
    case Category::MissingParameter: return tr("Missing parameter");
    case Category::Writability: return tr("Writability differs");
    case Category::WrongType: return tr("Wrong type");
    case Category::InvalidValue: return tr("Invalid value");
    case Category::NumberOfEntries: return tr("NumberOfEntries differs");
    case Category::TooManyEntries: return tr("Too many entries");
    }
    return {};
}

QString ConformanceReport::severityKey(ConformanceFinding::Severity severity)
{
    return severity == ConformanceFinding::Severity::Error ? QStringLiteral("error") : QStringLiteral("info");
}

} // namespace datamodel
