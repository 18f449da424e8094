#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace datamodel {

// One way a device's tree departs from its data-model definition.
struct ConformanceFinding {
    enum class Category : quint8 {
        UnknownObject,    // an object the definition lacks (standard names)
        UnknownParameter, // a parameter the definition lacks (standard names)
        VendorExtension,  // X_<OUI>_… with no imported vendor definition: informational
        MissingParameter, // a parameter the present object must have (see ConformanceChecker)
        Writability,      // GetParameterNames Writable differs from the definition's access
        WrongType,        // the xsi:type the device sent differs from the defined type
        InvalidValue,     // the value violates the type, range, enumeration, pattern or length
        NumberOfEntries,  // <Table>NumberOfEntries disagrees with the rows present
        TooManyEntries,   // more rows than the table's maxEntries
    };
    enum class Severity : quint8 { Error, Info };

    QString path;
    Category category = Category::UnknownParameter;
    QString expected;
    QString actual;
    QString message; // plain words, translated

    Severity severity() const { return severityOf(category); }
    static Severity severityOf(Category category);
    friend bool operator==(const ConformanceFinding &, const ConformanceFinding &) = default;
};

// The outcome of one check: what was checked, against which model, and every finding
// sorted by path.
struct ConformanceReport {
    Q_DECLARE_TR_FUNCTIONS(datamodel::ConformanceReport)

public:
    using Category = ConformanceFinding::Category;
    static constexpr int kCategoryCount = 9;

    QString deviceId;
    QString modelName;      // "Device:2.19"
    QString claimedVersion; // what the device announces ("2.19"), the model's when silent
    qint64 checkedAtMs = 0; // UTC ms since the epoch
    int objectsChecked = 0;
    int parametersChecked = 0;
    QList<ConformanceFinding> findings;

    int count(Category category) const;
    int errorCount() const;
    int infoCount() const;
    bool isClean() const { return errorCount() == 0; }

    static QList<Category> categories();
    // A stable key for files and the API ("unknown-parameter").
    static QString categoryKey(Category category);
    // For people ("Unknown parameter"), translated.
    static QString categoryTitle(Category category);
    static QString severityKey(ConformanceFinding::Severity severity); // "error" | "info"
};

} // namespace datamodel
