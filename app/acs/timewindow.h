#pragma once

// One ScheduleDownload time window (TR-069 A.4.1.6), and what the console and the API check
// before sending windows to a device.

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace acs {

struct TimeWindow {
    Q_DECLARE_TR_FUNCTIONS(TimeWindow)

public:
    // WindowStart/WindowEnd count seconds from the moment the device receives the request.
    quint32 start = 0;
    quint32 end = 0;
    QString mode = QStringLiteral("1 At Any Time"); // one of modes()
    QString userMessage;                            // string(256), shown to the user (mode 4)
    int maxRetries = -1;                            // -1: the device decides
    bool operator==(const TimeWindow &) const = default;

    // The four standard WindowMode values, and what each means in plain words.
    static QStringList modes();
    static QString describeMode(const QString &mode);
    // What is wrong with these windows (one or two, start not after end, not overlapping,
    // a standard mode, a message of at most 256 characters) in plain words; empty when fine.
    static QString problem(const QList<TimeWindow> &windows);
    // "04:10:00 to 05:00:00 (1 At Any Time)" for windows counted from fromMs (epoch ms).
    static QString describe(const QList<TimeWindow> &windows, qint64 fromMs);
};

} // namespace acs
