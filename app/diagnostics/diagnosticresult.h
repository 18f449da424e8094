#pragma once

// The plain result of one diagnostics run: named figures, time series and the tables a
// chart or a report needs, derived from the raw values the device reported.

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPointF>
#include <QString>
#include <QStringList>

namespace diagnostics {

// One RouteHops row.
struct TraceHop {
    int index = 0;
    QString host;        // name, or the address when the device gave no name
    QString address;
    int errorCode = 0;   // ICMP code
    QList<double> rttMs; // one per try; 0 = no answer
    bool operator==(const TraceHop &) const = default;
};

// One PerConnectionResult row (or the whole transfer, for devices without the table).
struct TransferConnection {
    int index = 0;
    qint64 romUs = 0, bomUs = 0, eomUs = 0;         // µs since the epoch
    qint64 tcpOpenRequestUs = 0, tcpOpenResponseUs = 0;
    qint64 testBytes = 0;
    double throughputBps = 0; // testBytes * 8 / (EOM - BOM)
    double tcpOpenMs = 0;
    bool operator==(const TransferConnection &) const = default;
};

// One NSLookup Result row.
struct LookupAnswer {
    QString status;
    QString answerType;
    QString hostName;
    QStringList addresses;
    QString dnsServer;
    double responseTimeMs = 0;
    bool operator==(const LookupAnswer &) const = default;
};

struct DiagnosticResult {
    bool success = false;     // DiagnosticsState Complete/Completed
    QString deviceState;      // the DiagnosticsState read back
    QString outcome;          // plain words: a summary, or what went wrong
    // Figures by name, in the units the name says: "rttAvgMs", "lossPercent",
    // "throughputBps", "testBytes", "durationS", "tcpOpenMs", "hopCount", …
    QMap<QString, double> figures;
    // Short texts: "ipAddressUsed", "fastestHost", "host".
    QMap<QString, QString> texts;
    // Series by name, x and y in the units the name says: "throughputBps" (x: s since
    // BOM), "packetRttMs" (x: packet number), "hopRttMs" (x: hop number).
    QMap<QString, QList<QPointF>> series;
    QList<TraceHop> hops;
    QList<TransferConnection> connections;
    QList<LookupAnswer> answers;

    QJsonObject toJson() const;
    static DiagnosticResult fromJson(const QJsonObject &json);
    bool operator==(const DiagnosticResult &) const = default;
};

} // namespace diagnostics
