#include "conformancereportwriter.h"

#include <QDateTime>
#include <QJsonArray>

namespace datamodel {

namespace {

using Category = ConformanceFinding::Category;

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString checkedAt(const ConformanceReport &report)
{
    return QDateTime::fromMSecsSinceEpoch(report.checkedAtMs, Qt::UTC).toString(Qt::ISODate);
}

// Constant colours: the file is read outside the console, without its palette.
QString categoryColour(Category category)
{
    switch (category) {
    case Category::UnknownObject:
    case Category::UnknownParameter: return QStringLiteral("#fde2e1");
    case Category::MissingParameter: return QStringLiteral("#fff0d6");
    case Category::Writability:
    case Category::WrongType: return QStringLiteral("#f3e5f5");
    case Category::InvalidValue: return QStringLiteral("#ffe4ec");
    case Category::NumberOfEntries:
    case Category::TooManyEntries: return QStringLiteral("#e3f2fd");
    case Category::VendorExtension: return QStringLiteral("#eeeeee");
    }
    return QStringLiteral("#ffffff");
}

} // namespace

QString ConformanceReportWriter::toHtml(const ConformanceReport &report)
{
    QString html;
    html += QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n<title>%1</title>\n")
                .arg(escaped(tr("Conformance report for %1").arg(report.deviceId)));
    html += QStringLiteral(
        "<style>body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:collapse;width:100%}"
        "th,td{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}"
        "th{background:#f5f5f5}td.path{font-family:monospace;word-break:break-all}"
        ".summary td{border:none;padding:2px 12px 2px 0}.clean{color:#1b5e20}.errors{color:#b71c1c}</style>\n"
        "</head><body>\n");
    html += QStringLiteral("<h1>%1</h1>\n").arg(escaped(tr("Conformance report for %1").arg(report.deviceId)));
    html += QStringLiteral("<p>%1</p>\n")
                .arg(escaped(tr("Checked against %1 (the device claims version %2) on %3: %4 objects, %5 parameters.")
                                 .arg(report.modelName, report.claimedVersion, checkedAt(report))
                                 .arg(report.objectsChecked)
                                 .arg(report.parametersChecked)));
    html += report.isClean()
                ? QStringLiteral("<p class=\"clean\">%1</p>\n").arg(escaped(tr("No errors found.")))
                : QStringLiteral("<p class=\"errors\">%1</p>\n").arg(escaped(tr("%1 errors found.").arg(report.errorCount())));
    html += QStringLiteral("<table class=\"summary\">\n");
    for (Category c : ConformanceReport::categories()) {
        html += QStringLiteral("<tr><td style=\"background:%1\">%2</td><td>%3</td></tr>\n")
                    .arg(categoryColour(c), escaped(ConformanceReport::categoryTitle(c)))
                    .arg(report.count(c));
    }
    html += QStringLiteral("</table>\n");
    if (!report.findings.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2>\n<table>\n<tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr>\n")
                    .arg(escaped(tr("Findings")), escaped(tr("Path")), escaped(tr("Category")), escaped(tr("Expected")),
                         escaped(tr("Actual")), escaped(tr("Explanation")));
        for (const ConformanceFinding &f : report.findings) {
            html += QStringLiteral("<tr style=\"background:%1\"><td class=\"path\">%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td></tr>\n")
                        .arg(categoryColour(f.category), escaped(f.path), escaped(ConformanceReport::categoryTitle(f.category)),
                             escaped(f.expected), escaped(f.actual), escaped(f.message));
        }
        html += QStringLiteral("</table>\n");
    }
    html += QStringLiteral("</body></html>\n");
    return html;
}

QString ConformanceReportWriter::csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return u'"' + quoted + u'"';
}

QByteArray ConformanceReportWriter::toCsv(const ConformanceReport &report)
{
    QString csv = QStringLiteral("path,category,severity,expected,actual,message\r\n");
    for (const ConformanceFinding &f : report.findings) {
        const QStringList fields{f.path, ConformanceReport::categoryKey(f.category),
                                 ConformanceReport::severityKey(f.severity()), f.expected, f.actual, f.message};
        QStringList out;
        for (const QString &field : fields)
            out.append(csvField(field));
        csv += out.join(u',') + QLatin1String("\r\n");
    }
    return csv.toUtf8();
}

QJsonObject ConformanceReportWriter::toJson(const ConformanceReport &report)
{
    QJsonObject counts;
    for (Category c : ConformanceReport::categories())
        counts.insert(ConformanceReport::categoryKey(c), report.count(c));
    QJsonArray findings;
    for (const ConformanceFinding &f : report.findings) {
        findings.append(QJsonObject{{QStringLiteral("path"), f.path},
                                    {QStringLiteral("category"), ConformanceReport::categoryKey(f.category)},
                                    {QStringLiteral("severity"), ConformanceReport::severityKey(f.severity())},
                                    {QStringLiteral("expected"), f.expected},
                                    {QStringLiteral("actual"), f.actual},
                                    {QStringLiteral("message"), f.message}});
    }
    return QJsonObject{{QStringLiteral("device"), report.deviceId},
                       {QStringLiteral("model"), report.modelName},
                       {QStringLiteral("claimedVersion"), report.claimedVersion},
                       {QStringLiteral("checkedAt"), checkedAt(report)},
                       {QStringLiteral("objects"), report.objectsChecked},
                       {QStringLiteral("parameters"), report.parametersChecked},
                       {QStringLiteral("errors"), report.errorCount()},
                       {QStringLiteral("infos"), report.infoCount()},
                       {QStringLiteral("counts"), counts},
                       {QStringLiteral("findings"), findings}};
}

} // namespace datamodel
