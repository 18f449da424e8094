#pragma once

#include <datamodel/conformancereport.h>

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace datamodel {

// A conformance report as a file for people (a self-contained HTML page), for
// spreadsheets (CSV, RFC 4180) and for programs (JSON, the API's answer).
class ConformanceReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(datamodel::ConformanceReportWriter)

public:
    static QString toHtml(const ConformanceReport &report);
    // UTF-8, CRLF line ends, a header row; every field quoted when it needs to be.
    static QByteArray toCsv(const ConformanceReport &report);
    static QJsonObject toJson(const ConformanceReport &report);

    // RFC 4180 §2: a field with a comma, quote or line break is quoted, quotes doubled.
    static QString csvField(const QString &text);
};

} // namespace datamodel
